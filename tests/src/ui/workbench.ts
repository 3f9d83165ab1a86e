// Drives the real VS Code workbench (code-server in headless chromium) for the UI tests: one
// code-server and one browser per test file, the extension loaded from source through the payload's
// extensionDevelopmentPath, on a temp copy of tests/fixtures/workspace. Screenshots go to
// tests/artifacts/ (gitignored).
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import * as host from '../../vscode-host/host.cjs';

export interface Workbench {
  page: Page;
  workspace: string;
  logFile: string;
  close(): Promise<void>;
}

export async function openWorkbench(name: string): Promise<Workbench> {
  const server = await host.startCodeServer({ name: `${name}-server` });
  let browser: BrowserContext | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await server.stop();
  };
  try {
    const workspace = path.join(server.tmp, 'workspace');
    fs.cpSync(path.join(host.repoRoot, 'tests/fixtures/workspace'), workspace, { recursive: true });
    browser = await host.launchBrowser(path.join(server.tmp, 'chromium'));
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(30_000);
    const pageLog = fs.createWriteStream(path.join(host.artifactsDir, 'logs', `${name}-page.log`));
    page.on('console', (message) => pageLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => pageLog.write(`[pageerror] ${error.stack ?? error}\n`));
    const started = Date.now();
    await page.goto(host.workbenchUrl(server.origin, workspace, { extensionDevelopmentPath: host.repoRoot }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'confidential.cable' }).waitFor();
    console.log(`[timing] workbench ready: ${Date.now() - started} ms`);
    return { page, workspace, logFile: server.logFile, close };
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n(logs: ${server.logFile}, ${path.join(host.artifactsDir, 'logs')})`);
  }
}

/** Runs a command from the palette by its label, e.g. "View: Toggle Problems". */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(`>${label}`);
  // Enter picks the focused row: wait until filtering has put the command there.
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: label }).waitFor();
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Opens a workspace file with Quick Open and waits for its text to show. */
export async function openFile(page: Page, name: string, lineText: string): Promise<Locator> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(name);
  // The recently opened list shows first: wait until filtering has focused the file asked for.
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).waitFor();
  await input.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  const editor = page.locator('.editor-instance .monaco-editor', { has: page.locator('.view-lines', { hasText: lineText }) });
  await editor.waitFor();
  return editor;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(host.artifactsDir, `${name}.png`);
  fs.mkdirSync(host.artifactsDir, { recursive: true });
  await page.screenshot({ path: file });
  return file;
}

/** Removes screenshots a previous run left, so that a FAILED-n.png is always this run's. */
export function removeScreenshots(pattern: RegExp): void {
  if (!fs.existsSync(host.artifactsDir)) return;
  for (const name of fs.readdirSync(host.artifactsDir)) if (pattern.test(name)) fs.rmSync(path.join(host.artifactsDir, name));
}
