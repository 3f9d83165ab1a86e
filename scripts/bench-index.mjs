// Workspace index figures (run by scripts/bench.mjs, or alone after `npm run build`).
//
// Method: the bundled server (server/out/server.js --stdio) runs as a child process with
// /work/shared/corpus/cablegate (994 cables) as its only workspace folder, as in the editor.
// - index time: from the `initialized` notification to the answer of `cable/indexInfo { wait: true }`
//   (end to end over stdio); the server's own build time (`buildMs` in the answer) beside it.
// - memory: the server's resident set size right after the build, from `process.memoryUsage()`
//   taken INSIDE the server process by the `cable/indexInfo` request (`memory.rss`, heap beside it).
// - workspace-symbol query: `workspace/symbol` round trips over stdio (median and p95 of 50 queries
//   of one to three words).
// Targets: index < 2 s, RSS < 100 MB, query < 20 ms. Prints, does not assert. Skips (with the
// reason) when the corpus is absent. Options: --json, --corpus DIR.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const log = asJson ? () => {} : (line = '') => console.log(line);
const corpusArg = args.indexOf('--corpus');
const corpus = corpusArg === -1 ? '/work/shared/corpus/cablegate' : args[corpusArg + 1];
const serverPath = join(root, 'server/out/server.js');
if (!existsSync(serverPath)) {
  console.error('bench-index: server/out/server.js is missing; run `npm run build` first');
  process.exit(2);
}
if (!existsSync(corpus)) {
  log(`workspace index      skipped: ${corpus} is absent (the cablegate corpus is not part of the repository)`);
  process.exit(0);
}
const cables = readdirSync(corpus).filter((name) => /\.(cable|tel)$/i.test(name)).length;
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');

const MB = 1024 * 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const verdict = (ok) => (ok ? 'ok' : 'OVER TARGET');

const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
connection.onRequest('client/registerCapability', () => null);
connection.onNotification('window/logMessage', () => {});
connection.listen();

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  workspaceFolders: [{ uri: pathToFileURL(corpus).toString(), name: 'cablegate' }],
  initializationOptions: { diagnosticsDelay: 0 },
  capabilities: { workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
});
const started = performance.now();
await connection.sendNotification('initialized', {});
const info = await connection.sendRequest('cable/indexInfo', { wait: true });
const indexMs = performance.now() - started;

const QUERIES = ['madrid', 'nato contingency', '09STATE', 'iran nuclear', 'berlin', 'brasilia 1094', 'SPAIN TERRORISM CASES', 'x', 'moscow', 'gas'];
const times = [];
let results = 0;
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  const found = await connection.sendRequest('workspace/symbol', { query: QUERIES[i % QUERIES.length] });
  times.push(performance.now() - t);
  results += found.length;
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();

const rssMB = info.memory ? info.memory.rss / MB : null;
const figures = {
  cables,
  indexed: info.cables,
  withId: info.withId,
  indexMs,
  serverBuildMs: info.buildMs,
  rssMB,
  heapUsedMB: info.memory ? info.memory.heapUsed / MB : null,
  symbolQueryMs: { median: median(times), p95: percentile(times, 95) },
};
log(`workspace index      ${info.cables} of ${cables} cables (${info.withId} with an id) in ${indexMs.toFixed(0)} ms ` +
  `(server build ${info.buildMs} ms; target < 2000 ms)   ${verdict(indexMs < 2000)}`);
if (rssMB !== null) {
  log(`server memory        RSS ${rssMB.toFixed(1)} MB after the build, heap used ${figures.heapUsedMB.toFixed(1)} MB ` +
    `(process.memoryUsage() in the server via cable/indexInfo; target < 100 MB)   ${verdict(rssMB < 100)}`);
}
log(`workspace symbols    median ${figures.symbolQueryMs.median.toFixed(2)} ms, p95 ${figures.symbolQueryMs.p95.toFixed(2)} ms ` +
  `over stdio (50 queries, ${results} results; target < 20 ms)   ${verdict(figures.symbolQueryMs.p95 < 20)}`);
if (asJson) console.log(JSON.stringify(figures, null, 2));
