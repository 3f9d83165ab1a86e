// The web build in the real editor: code-server's workbench in chromium with the extension forced
// into the web worker extension host (`remote.extensionKind: ["web"]`), the host VS Code for the Web
// uses. The browser entry (client/out/browser.js) must start the worker server and give the same
// editor features: classification in the status bar, squiggles. No Node language server may run.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import * as host from '../../vscode-host/host.cjs';
import { openFile, screenshot } from './workbench';

const EXTENSION_ID = 'cable-tools.cable-lang';
const onCI = Boolean(process.env.CI) && process.env.CI !== 'false';
const missing = host.missingReason();
const skip = missing && !onCI ? missing : false;
if (skip) console.log(`# web-extension tests SKIPPED: ${skip}`);

/** Command lines of the processes descending from the one whose command line holds `marker`. */
function descendantsOf(marker: string): string[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => !!match)
    .map(([, pid, ppid, args]) => ({ pid, ppid, args }));
  const found = new Set(rows.filter((row) => row.args.includes(marker)).map((row) => row.pid));
  assert.ok(found.size > 0, `a process running with ${marker}`);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) if (found.has(row.ppid) && !found.has(row.pid)) grew = !!found.add(row.pid);
  }
  return rows.filter((row) => found.has(row.pid)).map((row) => row.args);
}

describe('the extension in the web worker extension host (code-server, chromium)', { skip }, () => {
  let userDataDir: string;
  let server: host.CodeServer;
  let browser: BrowserContext;
  let page: Page;

  before(async () => {
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-web-user-'));
    const { userSettings } = host as unknown as { userSettings: Record<string, unknown> };
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(
      path.join(userDataDir, 'User/settings.json'),
      JSON.stringify({ ...userSettings, 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } }, null, 2),
    );
    server = await host.startCodeServer({ name: 'ui-web-server', userDataDir });
    const workspace = path.join(server.tmp, 'workspace');
    fs.cpSync(path.join(host.repoRoot, 'tests/fixtures/workspace'), workspace, { recursive: true });
    browser = await host.launchBrowser(path.join(server.tmp, 'chromium'));
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(30_000);
    const pageLog = fs.createWriteStream(path.join(host.artifactsDir, 'logs', 'ui-web-page.log'));
    page.on('console', (message) => pageLog.write(`[${message.type()}] ${message.text()}\n`));
    await page.goto(host.workbenchUrl(server.origin, workspace, { extensionDevelopmentPath: host.repoRoot }));
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'confidential.cable' }).waitFor();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows the classification of the active cable in the status bar', async () => {
    await openFile(page, 'confidential.cable', 'TASHKENT 001503');
    const item = page.locator('.statusbar-item', { hasText: 'CONFIDENTIAL' });
    await item.waitFor();
    assert.match(await item.innerText(), /CONFIDENTIAL/);
    await screenshot(page, 'web-status-bar');
  });

  it('squiggles a missing REASON', async () => {
    await openFile(page, 'missing-reason.cable', 'TASHKENT 001504');
    await page.locator('.editor-instance .squiggly-error').first().waitFor();
    await screenshot(page, 'web-squiggle');
  });

  it('runs no Node language server: the features above came from the worker', () => {
    const processes = descendantsOf(userDataDir);
    assert.deepEqual(processes.filter((args) => args.includes('server/out/server.js')), []);
  });
});
