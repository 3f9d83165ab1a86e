#!/usr/bin/env node
// Runs the extension-host suites (tests/lib/vscode, mocha tdd, the `vscode` API) in a real VS Code
// through @vscode/test-electron's runTests, on a temp copy of tests/fixtures/workspace:
//  - desktop VS Code when `code` is on the PATH (and CABLE_VSCODE_HOST is not "code-server"),
//  - else code-server through code-shim.mjs (installed by install.mjs).
// Exit code: 0 all passed, 1 a failure. The in-host run() prints `vscode: N passed, N failed`.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import host from './host.cjs';

const here = path.dirname(new URL(import.meta.url).pathname);

/** The Electron binary behind a desktop `code` on the PATH (what runTests wants), or null. */
export function desktopCode() {
  if (process.env.CABLE_VSCODE_HOST === 'code-server') return null;
  let cli;
  try {
    cli = fs.realpathSync(execFileSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
  // Linux: <install>/bin/code -> <install>/code; macOS: .../Contents/Resources/app/bin/code -> .../Contents/MacOS/Electron
  const candidates = [path.resolve(cli, '../../code'), path.resolve(cli, '../../../../MacOS/Electron'), path.resolve(cli, '../../Code.exe')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ?? null;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-run-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(host.repoRoot, 'tests/fixtures/workspace'), workspace, { recursive: true });
  const desktop = desktopCode();
  const executable = desktop ?? path.join(here, 'code-shim.mjs');
  console.log(`[vscode] running in ${desktop ? `desktop VS Code (${desktop})` : `code-server ${host.HOST_VERSION} via code-shim.mjs`}`);
  const started = Date.now();
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: host.repoRoot,
      extensionTestsPath: path.join(host.repoRoot, 'tests/lib/vscode/index.js'),
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`],
    });
    return 0;
  } catch (error) {
    console.error(`[vscode] ${error.message}`);
    return 1;
  } finally {
    console.log(`[timing] extension-host suite (editor start, tests, stop): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === path.join(here, 'run-vscode-tests.mjs')) process.exit(await main());
