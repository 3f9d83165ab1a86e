#!/usr/bin/env node
// A stand-in for the `code` executable that @vscode/test-electron launches
// (`runTests({ vscodeExecutablePath: <this file> })`): it accepts the VS Code CLI arguments, starts
// code-server (VS Code 1.139.1) on a free loopback port, opens the web workbench in headless chromium
// with a payload carrying extensionDevelopmentPath + extensionTestsPath, relays the workbench log
// (mocha's output included) to stdout, and exits with the code the test module's run() produced.
//
// Understood: --extensionDevelopmentPath=P (repeatable), --extensionTestsPath=P, --user-data-dir=P,
// --extensions-dir=P, and the first argument that is not a flag = the folder to open. Other flags
// (--no-sandbox, --disable-gpu-sandbox, --skip-welcome, ...) mean nothing for code-server: ignored.
// CABLE_VSCODE_TEST_TIMEOUT (seconds, default 300) bounds the whole run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import host from './host.cjs';

function parseArgs(argv) {
  const options = { extensionDevelopmentPath: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([\w-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) {
      options.folder ??= path.resolve(arg);
      continue;
    }
    const [, name, inline] = match;
    const known = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'];
    if (!known.includes(name)) continue;
    const value = inline ?? argv[++i];
    if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPath.push(path.resolve(value));
    if (name === 'extensionTestsPath') options.extensionTestsPath = path.resolve(value);
    if (name === 'user-data-dir') options.userDataDir = value;
    if (name === 'extensions-dir') options.extensionsDir = value;
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!options.extensionTestsPath) {
    console.error('code-shim: --extensionTestsPath=<test module> is required (this shim only runs extension tests)');
    return 2;
  }
  const timeoutSeconds = Number(process.env.CABLE_VSCODE_TEST_TIMEOUT || 300);
  const folder = options.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cable-empty-'));
  const suite = process.env.CABLE_SUITE_NAME || 'vscode'; // names the log files
  const t0 = Date.now();
  const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  const server = await host.startCodeServer({ name: `${suite}-tests-server`, userDataDir: options.userDataDir, extensionsDir: options.extensionsDir });
  let browser;
  let timer;
  try {
    browser = await host.launchBrowser(path.join(server.tmp, 'chromium'));
    const page = browser.pages()[0] ?? (await browser.newPage());
    const pageLog = fs.createWriteStream(path.join(host.artifactsDir, 'logs', `${suite}-tests-page.log`));
    page.on('console', (message) => pageLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => pageLog.write(`[pageerror] ${error.stack || error}\n`));
    let finish;
    const exitCode = new Promise((resolve) => (finish = resolve));
    timer = setTimeout(() => {
      console.error(`code-shim: no result after ${timeoutSeconds} s; logs: ${server.logFile}, ${path.join(host.artifactsDir, 'logs')}`);
      finish(1);
    }, timeoutSeconds * 1000);
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const keep = host.logFilter();
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      for (const line of host.formatLogArgs(args).split('\n')) {
        if (!keep(line)) continue;
        (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
      }
    });
    const url = host.workbenchUrl(server.origin, folder, {
      extensionDevelopmentPath: options.extensionDevelopmentPath,
      extensionTestsPath: options.extensionTestsPath,
    });
    console.log(`[timing] code-server up: ${elapsed(t0)}`);
    const t1 = Date.now();
    await page.goto(url);
    const code = await exitCode;
    console.log(`[timing] workbench load + extension tests: ${elapsed(t1)}`);
    pageLog.end();
    return code;
  } finally {
    clearTimeout(timer);
    const t2 = Date.now();
    await browser?.close().catch(() => {});
    await server.stop();
    console.log(`[timing] browser + code-server stop: ${elapsed(t2)}`);
    if (!options.folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`code-shim: ${error.stack || error}`);
    process.exit(1);
  },
);
