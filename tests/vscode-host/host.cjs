// The real editor the tests drive: code-server 4.139.1 (VS Code 1.139.1) on Node 24, both installed by
// install.mjs into a cache folder outside the clone, and Debian's chromium driven by playwright-core.
// CommonJS so that the ESM scripts (shim, runner, npm start) and the compiled TS UI tests share it.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const HOST_VERSION = '4.139.1';
const repoRoot = path.resolve(__dirname, '../..');
const artifactsDir = path.join(repoRoot, 'tests/artifacts');
const chromiumPath = process.env.CABLE_CHROMIUM || '/usr/bin/chromium';

/** The versioned cache folder: `$CABLE_VSCODE_HOST_DIR`, else `$HOME/.cache/cable-vscode-host/<version>`. */
function hostDir() {
  if (process.env.CABLE_VSCODE_HOST_DIR) return path.resolve(process.env.CABLE_VSCODE_HOST_DIR);
  return path.join(os.homedir(), '.cache', 'cable-vscode-host', HOST_VERSION);
}

function hostPaths(dir = hostDir()) {
  return {
    dir,
    stamp: path.join(dir, 'installed.json'),
    node24Dir: path.join(dir, 'node24'),
    node24Bin: path.join(dir, 'node24/node_modules/.bin'),
    node24: path.join(dir, 'node24/node_modules/.bin/node'),
    serverDir: path.join(dir, 'server'),
    entry: path.join(dir, 'server/node_modules/code-server/out/node/entry.js'),
  };
}

/** Why the host cannot run right now, or null when it can (installed, and chromium present). */
function missingReason() {
  const paths = hostPaths();
  if (!fs.existsSync(paths.stamp) || !fs.existsSync(paths.entry) || !fs.existsSync(paths.node24)) {
    return `code-server ${HOST_VERSION} is not installed in ${paths.dir} (run: node tests/vscode-host/install.mjs)`;
  }
  if (!fs.existsSync(chromiumPath)) return `${chromiumPath} is missing (as root: apt-get install chromium)`;
  return null;
}

// Keeps the web workbench quiet and predictable: no welcome page, no trust prompt, no network
// lookups, no AI side bar, a fixed theme so screenshots do not change with VS Code's default.
const userSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.lightbulb.enabled': 'on',
  'window.commandCenter': false,
  // Tests undo their edits with "Revert File": an auto-save in between would make the edit permanent.
  'files.autoSave': 'off',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', () => resolve(0));
    request.setTimeout(2000, () => request.destroy());
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the child exits; resolves at once if it already has. */
function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts one code-server on a free loopback port with every state folder in a fresh temp dir
 * (nothing written to $HOME). `name` names the log file under tests/artifacts/logs/.
 * Returns { port, origin, tmp, logFile, userDataDir, stop() }; stop() kills the whole process group,
 * waits for it, copies the extension-host logs next to the server log and removes the temp dir.
 */
async function startCodeServer({ name, userDataDir, extensionsDir, env = {}, port } = {}) {
  const reason = missingReason();
  if (reason) throw new Error(reason);
  const paths = hostPaths();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-'));
  userDataDir = userDataDir ? path.resolve(userDataDir) : path.join(tmp, 'user-data');
  extensionsDir = extensionsDir ? path.resolve(extensionsDir) : path.join(tmp, 'extensions');
  const settingsFile = path.join(userDataDir, 'User/settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify(userSettings, null, 2));
  }
  fs.mkdirSync(path.join(artifactsDir, 'logs'), { recursive: true });
  const logFile = path.join(artifactsDir, 'logs', `${name || 'code-server'}.log`);
  const log = fs.openSync(logFile, 'w');
  port = port || (await freePort());
  const xdg = { XDG_CONFIG_HOME: path.join(tmp, 'xdg/config'), XDG_DATA_HOME: path.join(tmp, 'xdg/data'), XDG_CACHE_HOME: path.join(tmp, 'xdg/cache') };
  const args = [
    paths.entry, '--config', '/dev/null', '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  // detached: its own process group, so stop() can also reach extension hosts and language servers.
  const child = spawn(paths.node24, args, { env: { ...process.env, ...env, ...xdg }, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  const origin = `http://127.0.0.1:${port}`;

  // If this process ends without stop() (a signal, an uncaught error), the detached group would
  // outlive it: kill it and drop the temp dir on the way out.
  const onExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(130));
  }

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited(child), sleep(8000)]);
    }
    try {
      process.kill(-child.pid, 'SIGKILL'); // whatever of the group outlived the SIGTERM
    } catch {
      // the group is already gone
    }
    await exited(child);
    await sleep(200);
    const hostLogs = path.join(userDataDir, 'logs');
    if (fs.existsSync(hostLogs)) {
      fs.cpSync(hostLogs, path.join(artifactsDir, 'logs', `${name || 'code-server'}-editor-logs`), { recursive: true });
    }
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }

  const deadline = Date.now() + 60_000;
  while ((await httpStatus(`${origin}/healthz`)) !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not become ready on ${origin}; its log: ${logFile}`);
    }
    await sleep(150);
  }
  return { port, origin, tmp, logFile, userDataDir, stop };
}

/** Installs a packaged extension (.vsix) into `extensionsDir` with code-server's own CLI. */
function installExtension(vsix, extensionsDir) {
  const { spawnSync } = require('node:child_process');
  const paths = hostPaths();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-install-'));
  try {
    const xdg = { XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch };
    const args = [paths.entry, '--config', '/dev/null', '--user-data-dir', path.join(scratch, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix];
    const result = spawnSync(paths.node24, args, { encoding: 'utf8', env: { ...process.env, ...xdg } });
    if (result.status !== 0) throw new Error(`installing ${vsix} failed (exit ${result.status}): ${result.stdout}${result.stderr}`);
    return result.stdout.trim();
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The workbench URL that opens `folder` with the payload loading extensions from source (and tests). */
function workbenchUrl(origin, folder, { extensionDevelopmentPath = [], extensionTestsPath } = {}) {
  const authority = new URL(origin).host;
  const remote = (p) => `vscode-remote://${authority}${encodeURI(path.resolve(p))}`;
  const payload = [];
  for (const dev of [].concat(extensionDevelopmentPath)) payload.push(['extensionDevelopmentPath', remote(dev)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  return `${origin}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Headless Debian chromium with a fresh profile under `profileDir`; its own XDG dirs too. */
async function launchBrowser(profileDir) {
  const { chromium } = require('playwright-core');
  fs.mkdirSync(profileDir, { recursive: true });
  const xdg = { XDG_CONFIG_HOME: path.join(profileDir, 'xdg/config'), XDG_CACHE_HOME: path.join(profileDir, 'xdg/cache') };
  return chromium.launchPersistentContext(path.join(profileDir, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, ...xdg },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

// Workbench log lines that say nothing about the extension: connection chatter and the gallery
// lookups that fail offline.
const noise = [
  /Creating a socket/, /Resolv(ing|ed) connection token/, /ENOTFOUND/, /marketplace|gallery/i, /vsda/,
  /\[reconnection-grace-time\]/, /Updating additional builtin extensions/, /\[Service Worker\]/, /\[AgentHost/,
  /\[AccountPolicyGate\]/, /authentication provider 'github'/, /^Creation of workbench contribution/,
];

/** mocha and the workbench log with printf-style format strings: apply %s/%d/%i/%f/%o/%O/%j/%c. */
function formatLogArgs(args) {
  if (!Array.isArray(args) || args.length === 0) return '';
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  let text = first.replace(/%[sdifoOjc%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (rest.length === 0) return spec;
    const value = rest.shift();
    if (spec === '%c') return '';
    if (spec === '%d' || spec === '%i') return String(Math.trunc(Number(value)));
    if (spec === '%f') return String(Number(value));
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
  if (rest.length) text += ' ' + rest.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return text;
}

/** A filter for one log stream: drops noise lines and the stack lines that follow them (a test
 *  failure's stack is kept). */
function logFilter() {
  let inNoise = false;
  return (line) => {
    if (noise.some((pattern) => pattern.test(line))) inNoise = true;
    else if (!(inNoise && /^\s+at /.test(line))) inNoise = false;
    return !inNoise;
  };
}

module.exports = {
  HOST_VERSION, repoRoot, artifactsDir, chromiumPath, hostDir, hostPaths, missingReason, userSettings,
  freePort, startCodeServer, installExtension, workbenchUrl, launchBrowser, formatLogArgs, logFilter, sleep,
};
