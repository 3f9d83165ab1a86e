// Editor latency of the language server (run by scripts/bench.mjs, or alone after `npm run build`).
//
// Method: END TO END over stdio. The bundled server (server/out/server.js --stdio) runs as a child
// process, as in the editor; figures include the JSON-RPC transport both ways, so they are an upper
// bound of the server-side time. Each measured edit inserts one character in the middle of the
// cable (an incremental didChange).
// - change → diagnostics: a server with the debounce set to 0 (initializationOptions
//   `diagnosticsDelay: 0`); time from sending the change to the publishDiagnostics of that version.
//   The server's own parse + lint time is reported beside it (`timing: true` makes the server send
//   `cable/timing` notifications).
// - request → document symbols: a second server with a long debounce (no lint runs in between, as
//   when the editor asks for the outline while the user types); the request is sent right after the
//   change, so it pays the re-parse of the new version plus the outline.
// Figures: server start → initialize response; both latencies for a typical ~10 KB cable and a 1 MB
// cable (median and p95 over 200 edits; targets p95 < 16 ms and < 100 ms); bundle sizes. Prints, does
// not assert. Options: --edits N (default 200), --json.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const editsArg = args.indexOf('--edits');
const EDITS = editsArg === -1 ? 200 : Math.max(1, Number(args[editsArg + 1]));
const asJson = args.includes('--json');
const log = asJson ? () => {} : (line = '') => console.log(line);
const serverPath = join(root, 'server/out/server.js');
if (!existsSync(serverPath)) {
  console.error('bench-server: server/out/server.js is missing; run `npm run build` first');
  process.exit(2);
}
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

// --- cables -------------------------------------------------------------------------------------
const reference = readFileSync(join(root, 'tests/fixtures/protocol/09TASHKENT1503.cable'), 'utf8');
const signatureAt = reference.lastIndexOf('NORLAND');
const head = reference.slice(0, signatureAt);

/** Real paragraph text from the fixtures, renumbered in sequence, appended until `bytes`. */
function cableOf(bytes) {
  const paragraphs = [];
  const dirs = ['tests/fixtures/protocol', 'tests/fixtures/real'].map((d) => join(root, d)).filter(existsSync);
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.cable') || !statSync(join(dir, name)).isFile()) continue;
      for (const match of readFileSync(join(dir, name), 'utf8').matchAll(/^¶?\d+\. (\([A-Z/]+\) [^\n]{40,})$/gm)) {
        paragraphs.push(match[1].replace(/\((S|TS)[^)]*\)/, '(C)'));
      }
    }
  }
  let text = head;
  let n = 5;
  for (let i = 0; text.length < bytes; i++) text += `${n++}. ${paragraphs[i % paragraphs.length]}\n\n`;
  return text + 'NORLAND\n';
}

// --- client -------------------------------------------------------------------------------------
function startServer() {
  const started = performance.now();
  const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  const arrived = new Map(); // publications nobody waited for yet
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`;
    const waiter = waiters.get(key);
    waiters.delete(key);
    if (waiter) waiter(params);
    else arrived.set(key, params);
  });
  const timings = new Map();
  connection.onNotification('cable/timing', (params) => timings.set(`${params.uri}@${params.version}`, params));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const diagnostics = (uri, version) => {
    const key = `${uri}@${version}`;
    const early = arrived.get(key);
    arrived.delete(key);
    return early ? Promise.resolve(early) : new Promise((resolve) => waiters.set(key, resolve));
  };
  return { child, connection, diagnostics, started, timings };
}

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (x) => `${x.toFixed(1)} ms`;

async function open(server, name, text) {
  const uri = `file:///bench/${name}.cable`;
  const opened = server.diagnostics(uri, 1);
  const openStart = performance.now();
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
  let document = TextDocument.create(uri, 'cable', 1, text);
  const middle = document.positionAt(Math.floor(text.length / 2));
  /** Sends one edit; returns the new version. */
  const change = async (character) => {
    const version = document.version + 1;
    const changes = [{ range: { start: middle, end: middle }, text: character }];
    document = TextDocument.update(document, changes, version);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  };
  const close = () => server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { uri, opened, openStart, change, close };
}

async function measureDiagnostics(server, name, text) {
  const doc = await open(server, name, text);
  const first = await doc.opened;
  const openMs = performance.now() - doc.openStart;
  const times = [];
  const inside = [];
  for (let i = 0; i < EDITS; i++) {
    const start = performance.now();
    const version = await doc.change(i % 2 ? 'a' : ' ');
    await server.diagnostics(doc.uri, version);
    times.push(performance.now() - start);
    const timing = server.timings.get(`${doc.uri}@${version}`);
    if (timing) inside.push(timing.parseMs + timing.lintMs);
  }
  await doc.close();
  return {
    bytes: Buffer.byteLength(text),
    findings: first.diagnostics.length,
    openMs,
    diagnostics: { median: median(times), p95: percentile(times, 95) },
    insideServer: inside.length ? { median: median(inside), p95: percentile(inside, 95) } : null,
  };
}

async function measureSymbols(server, name, text) {
  const doc = await open(server, name, text);
  await doc.opened; // the open is linted at once, whatever the debounce
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    await doc.change(i % 2 ? 'a' : ' ');
    const start = performance.now();
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    times.push(performance.now() - start);
  }
  await doc.close();
  return { median: median(times), p95: percentile(times, 95) };
}

async function initialize(options) {
  const server = startServer();
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: options,
  });
  const initializeMs = performance.now() - server.started;
  await server.connection.sendNotification('initialized', {});
  return { server, initializeMs };
}

async function stop(server) {
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
}

const linting = await initialize({ diagnosticsDelay: 0, timing: true });
const outlining = await initialize({ diagnosticsDelay: 600000 });
const typicalText = cableOf(10 * 1024);
const largeText = cableOf(1024 * 1024);
const results = {
  method: 'end-to-end over stdio',
  edits: EDITS,
  initializeMs: linting.initializeMs,
  typical: { ...(await measureDiagnostics(linting.server, 'typical', typicalText)), symbols: await measureSymbols(outlining.server, 'typical', typicalText) },
  large: { ...(await measureDiagnostics(linting.server, 'large', largeText)), symbols: await measureSymbols(outlining.server, 'large', largeText) },
  bundles: Object.fromEntries(
    ['server/out/server.js', 'client/out/extension.js']
      .filter((file) => existsSync(join(root, file)))
      .map((file) => [file, statSync(join(root, file)).size]),
  ),
};
await stop(linting.server);
await stop(outlining.server);

const targets = { typical: 16, large: 100 };
log(`language server (${results.method}; ${EDITS} edits per cable; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
log(`  start → initialize response: ${ms(results.initializeMs)}`);
for (const key of ['typical', 'large']) {
  const r = results[key];
  const verdict = r.diagnostics.p95 < targets[key] && r.symbols.p95 < targets[key] ? 'within' : 'OVER';
  log(`  ${key} cable, ${(r.bytes / 1024).toFixed(0)} KB (${r.findings} findings; open → diagnostics ${ms(r.openMs)}):`);
  log(`    change → diagnostics      median ${ms(r.diagnostics.median)}, p95 ${ms(r.diagnostics.p95)}`);
  if (r.insideServer) log(`      of which parse + lint in the server: median ${ms(r.insideServer.median)}, p95 ${ms(r.insideServer.p95)}`);
  log(`    request → documentSymbol  median ${ms(r.symbols.median)}, p95 ${ms(r.symbols.p95)}`);
  log(`    target p95 < ${targets[key]} ms: ${verdict}`);
}
for (const [file, size] of Object.entries(results.bundles)) log(`  bundle ${file}: ${(size / 1024).toFixed(0)} KB`);
if (asJson) console.log(JSON.stringify({ server: results }, null, 2));
