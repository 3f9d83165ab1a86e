// `npm start`: opens the extension, loaded from source, on the sample cables in a real VS Code.
//  - desktop VS Code when `code` is on the PATH: `code --extensionDevelopmentPath=<repo> samples`;
//  - otherwise code-server (installed on first use into the cache, see tests/vscode-host/install.mjs)
//    bound to 127.0.0.1 only; prints the URL to open and stays up until Ctrl+C.
// CABLE_VSCODE_HOST=code-server forces code-server; PORT picks its port (default: a free one).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import host from '../tests/vscode-host/host.cjs';
import { ensureHost } from '../tests/vscode-host/install.mjs';

const samples = path.join(host.repoRoot, 'samples');
const hasSamples = fs.existsSync(samples) && fs.readdirSync(samples).some((name) => /\.(cable|tel)$/.test(name));
const folder = hasSamples ? samples : path.join(host.repoRoot, 'tests/fixtures/workspace');

function hasDesktopCode() {
  if (process.env.CABLE_VSCODE_HOST === 'code-server') return false;
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

if (hasDesktopCode()) {
  console.log(`Opening ${folder} in VS Code with the extension from ${host.repoRoot}`);
  const result = spawnSync('code', [`--extensionDevelopmentPath=${host.repoRoot}`, folder], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

const problem = ensureHost();
if (problem) {
  console.error(`Cannot start code-server here: ${problem}`);
  process.exit(1);
}
// Ctrl+C: stop code-server gracefully (registered first, so host.cjs adds no handler of its own).
let server;
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping code-server…`);
  await server?.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
server = await host.startCodeServer({ name: 'start-server', port: Number(process.env.PORT) || undefined });
const url = host.workbenchUrl(server.origin, folder, { extensionDevelopmentPath: host.repoRoot });
console.log(`\ncode-server ${host.HOST_VERSION} with the Cable extension from source, on ${path.relative(host.repoRoot, folder)}/`);
console.log(`Open in a browser on this machine (bound to 127.0.0.1 only; ssh -L ${server.port}:127.0.0.1:${server.port} from elsewhere):\n\n  ${url}\n`);
console.log(`Server log: ${server.logFile}. Press Ctrl+C to stop.`);

setInterval(() => {}, 1 << 30); // stay up until a signal
