#!/usr/bin/env node
// Runs the extension-host suites (tests/lib/vscode, mocha tdd, the `vscode` API) in a real VS Code
// through @vscode/test-electron's runTests, on a temp copy of tests/fixtures/workspace:
//  - desktop VS Code when `code` is on the PATH (and CABLE_VSCODE_HOST is not "code-server"),
//  - else code-server through code-shim.mjs (installed by install.mjs).
// Exit code: 0 all passed, 1 a failure. The in-host run() prints `vscode: N passed, N failed`.
//
// --packaged: the same suites against the shipped artifact instead of the sources: packs the .vsix
// (scripts/package-vsix.mjs --no-build), installs it into a fresh extensions folder, and loads only
// an empty stub as the development extension; the tests then check that the extension they drive
// is the installed one. Its closing line reads `packaged: N passed, N failed`.
import { runTests } from '@vscode/test-electron';
import { execFileSync, spawnSync } from 'node:child_process';
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

/** Packs the .vsix and installs it into `extensionsDir`; returns the stub development extension. */
function installPackaged(tmp, extensionsDir, desktop) {
  const vsixDir = path.join(tmp, 'vsix');
  fs.mkdirSync(vsixDir, { recursive: true });
  const pack = spawnSync(process.execPath, [path.join(host.repoRoot, 'scripts/package-vsix.mjs'), '--no-build', '--out-dir', vsixDir], { cwd: host.repoRoot, stdio: 'inherit' });
  if (pack.status !== 0) throw new Error(`packaging the .vsix failed (exit ${pack.status})`);
  const vsix = fs.readdirSync(vsixDir).find((name) => name.endsWith('.vsix'));
  if (!vsix) throw new Error(`no .vsix in ${vsixDir}`);
  if (desktop) {
    execFileSync('code', ['--extensions-dir', extensionsDir, '--install-extension', path.join(vsixDir, vsix)], { stdio: 'inherit' });
  } else {
    console.log(`[packaged] ${host.installExtension(path.join(vsixDir, vsix), extensionsDir)}`);
  }
  // runTests needs a development extension: an empty one, so the installed package is the one tested.
  const stub = path.join(tmp, 'stub');
  fs.mkdirSync(stub, { recursive: true });
  fs.writeFileSync(path.join(stub, 'package.json'), JSON.stringify({ name: 'cable-test-stub', publisher: 'cable-tools', version: '0.0.0', engines: { vscode: '^1.91.0' } }));
  return stub;
}

async function main(packaged) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-run-'));
  const workspace = path.join(tmp, 'workspace');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir);
  fs.cpSync(path.join(host.repoRoot, 'tests/fixtures/workspace'), workspace, { recursive: true });
  const desktop = desktopCode();
  const executable = desktop ?? path.join(here, 'code-shim.mjs');
  console.log(`[vscode] running in ${desktop ? `desktop VS Code (${desktop})` : `code-server ${host.HOST_VERSION} via code-shim.mjs`}${packaged ? ', extension installed from the .vsix' : ''}`);
  const started = Date.now();
  try {
    const extensionDevelopmentPath = packaged ? installPackaged(tmp, extensionsDir, desktop) : host.repoRoot;
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath,
      extensionTestsPath: path.join(host.repoRoot, 'tests/lib/vscode/index.js'),
      // Other extensions off, except with the packaged one (--disable-extensions would turn it off too).
      launchArgs: [workspace, ...(packaged ? [] : ['--disable-extensions']), `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${extensionsDir}`],
      extensionTestsEnv: packaged ? { CABLE_SUITE_NAME: 'packaged', CABLE_EXPECT_EXTENSION_UNDER: extensionsDir } : { CABLE_SUITE_NAME: 'vscode' },
    });
    return 0;
  } catch (error) {
    console.error(`[vscode] ${error.message}`);
    return 1;
  } finally {
    console.log(`[timing] ${packaged ? 'packaged' : 'extension-host'} suite (${packaged ? 'pack, install, ' : ''}editor start, tests, stop): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === path.join(here, 'run-vscode-tests.mjs')) process.exit(await main(process.argv.includes('--packaged')));
