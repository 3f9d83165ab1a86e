#!/usr/bin/env node
// Installs the real editor the tests drive, once per machine: Debian's chromium (+ libkrb5-dev for
// code-server's kerberos module) through apt when root, then Node 24 and code-server from npm into
// the versioned cache folder outside the clone (host.cjs hostDir()). A stamp written last marks a
// finished install, so an interrupted one is wiped and redone. ~3.5 min cold, ~0 s when cached.
//
//   node tests/vscode-host/install.mjs      exit 0 ready, 2 cannot install here (reason printed), 1 failed
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import host from './host.cjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const toolFolders = ['node24', 'server'];

function lockDigest() {
  const hash = createHash('sha256');
  for (const folder of toolFolders) {
    for (const file of ['package.json', 'package-lock.json']) {
      const p = path.join(here, folder, file);
      if (fs.existsSync(p)) hash.update(fs.readFileSync(p));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function isInstalled(paths) {
  if (!fs.existsSync(paths.stamp) || !fs.existsSync(paths.entry) || !fs.existsSync(paths.node24)) return false;
  try {
    return JSON.parse(fs.readFileSync(paths.stamp, 'utf8')).digest === lockDigest();
  } catch {
    return false;
  }
}

/** npm and its scripts read npm_* variables as config: an outer `npm test` must not leak its
 *  user agent (code-server's postinstall checks the Node version in it) or its prefix. */
function cleanEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  // node-gyp must not fetch headers (offline). Every native module is N-API, so the running Node's
  // own headers do; respect an explicit nodedir from the user's npm config.
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (fs.existsSync(path.join(prefix, 'include/node/node_api.h'))) env.npm_config_nodedir = prefix;
  return { ...env, ...extra };
}

function run(command, args, options = {}) {
  console.log(`[vscode-host] $ ${command} ${args.join(' ')}${options.cwd ? `   (in ${options.cwd})` : ''}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** apt packages: chromium always; libkrb5-dev only while code-server still has to be compiled. */
function ensureAptPackages(needBuildHeaders) {
  const missing = [];
  if (!fs.existsSync(host.chromiumPath)) missing.push('chromium');
  if (needBuildHeaders && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return null;
  if (!isRoot) return `${missing.join(' and ')} missing and not root (run as root: apt-get install -y ${missing.join(' ')})`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...missing], { env });
  return null;
}

/** One installer at a time (two `npm test` runs may start together); a dead holder's lock is taken over. */
function takeLock(dir) {
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = 0;
      try {
        holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
        process.kill(holder, 0);
      } catch {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another install (pid ${holder}) holds ${lock}`);
      if (Date.now() % 30_000 < 1000) console.log(`[vscode-host] waiting for install pid ${holder}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
}

function installFolder(paths, folder, env) {
  const target = path.join(paths.dir, folder);
  fs.mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    const source = path.join(here, folder, file);
    if (fs.existsSync(source)) fs.copyFileSync(source, path.join(target, file));
  }
  const hasLock = fs.existsSync(path.join(here, folder, 'package-lock.json'));
  run('npm', [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: target, env });
  // First install without a lockfile: keep the one npm wrote so later installs are reproducible.
  if (!hasLock) fs.copyFileSync(path.join(target, 'package-lock.json'), path.join(here, folder, 'package-lock.json'));
}

/** Returns null when the host is ready, else the reason it cannot be installed on this machine. */
export function ensureHost() {
  const paths = host.hostPaths();
  const installed = isInstalled(paths);
  const aptProblem = ensureAptPackages(!installed);
  if (aptProblem) return aptProblem;
  if (installed) return null;
  const release = takeLock(paths.dir);
  try {
    if (isInstalled(paths)) return null; // another run finished it while we waited
    const started = Date.now();
    console.log(`[vscode-host] installing code-server ${host.HOST_VERSION} + Node 24 into ${paths.dir}`);
    fs.rmSync(paths.dir, { recursive: true, force: true });
    installFolder(paths, 'node24', cleanEnv());
    // code-server's postinstall refuses any Node but 24: put Node 24 first on PATH for npm.
    installFolder(paths, 'server', cleanEnv({ PATH: `${paths.node24Bin}${path.delimiter}${process.env.PATH}` }));
    // --config and XDG dirs in a temp folder: even --version writes ~/.config/code-server otherwise.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-version-'));
    const xdg = { XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch };
    const version = spawnSync(paths.node24, [paths.entry, '--config', '/dev/null', '--version'], { encoding: 'utf8', env: { ...process.env, ...xdg } });
    fs.rmSync(scratch, { recursive: true, force: true });
    if (!String(version.stdout).includes(host.HOST_VERSION)) {
      throw new Error(`installed code-server does not report ${host.HOST_VERSION}: ${version.stdout}${version.stderr}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    fs.writeFileSync(paths.stamp, JSON.stringify({ version: host.HOST_VERSION, digest: lockDigest(), seconds, date: new Date().toISOString() }, null, 2));
    console.log(`[vscode-host] installed in ${seconds} s`);
    return null;
  } finally {
    release();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1] === path.join(here, 'install.mjs')) {
  const started = Date.now();
  try {
    const reason = ensureHost();
    if (reason) {
      console.log(`[vscode-host] cannot install here: ${reason}`);
      process.exit(2);
    }
    console.log(`[vscode-host] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${host.hostDir()}`);
  } catch (error) {
    console.error(`[vscode-host] install failed: ${error.message}`);
    process.exit(1);
  }
}
