// Editor latency of the language server (run by scripts/bench.mjs, or alone after `npm run build`).
//
// Method: END TO END over stdio. The bundled server (server/out/server.js --stdio) runs as a child
// process, as in the editor, with the diagnostics debounce set to 0 (initializationOptions
// `diagnosticsDelay: 0`), so a figure = JSON-RPC transport both ways + re-parse + lint (or outline)
// — an upper bound of the server-side time. The server's own parse + lint time per edit is reported
// too (initializationOptions `timing: true` makes it send `cable/timing` notifications). Each measured edit inserts one character in the middle
// of the cable (an incremental didChange) and waits for the publishDiagnostics of that version;
// each outline measurement is an edit followed at once by textDocument/documentSymbol (so the
// outline pays the re-parse of the new version). Prints, does not assert.
//
// Figures: server start → initialize response; change → diagnostics and request → document symbols
// for a typical ~10 KB cable and a 1 MB cable (median and p95 over 200 edits; targets p95 < 16 ms
// and < 100 ms); bundle sizes. Options: --edits N (default 200), --json.
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
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`;
    waiters.get(key)?.(params);
    waiters.delete(key);
  });
  const timings = new Map();
  connection.onNotification('cable/timing', (params) => timings.set(`${params.uri}@${params.version}`, params));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const diagnostics = (uri, version) => new Promise((resolve) => waiters.set(`${uri}@${version}`, resolve));
  return { child, connection, diagnostics, started, timings };
}

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (x) => `${x.toFixed(1)} ms`;

async function measure(server, name, text) {
  const { connection, diagnostics, timings } = server;
  const uri = `file:///bench/${name}.cable`;
  let document = TextDocument.create(uri, 'cable', 1, text);
  const opened = diagnostics(uri, 1);
  const openStart = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
  const first = await opened;
  const openMs = performance.now() - openStart;
  const middle = document.positionAt(Math.floor(text.length / 2));
  const change = async (character) => {
    const version = document.version + 1;
    const changes = [{ range: { start: middle, end: middle }, text: character }];
    document = TextDocument.update(document, changes, version);
    const published = diagnostics(uri, version);
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return published;
  };
  const lintTimes = [];
  const insideTimes = [];
  for (let i = 0; i < EDITS; i++) {
    const start = performance.now();
    const published = await change(i % 2 ? 'a' : ' ');
    lintTimes.push(performance.now() - start);
    const inside = timings.get(`${uri}@${published.version}`);
    if (inside) insideTimes.push(inside.parseMs + inside.lintMs);
  }
  const symbolTimes = [];
  for (let i = 0; i < EDITS; i++) {
    const published = change('e');
    const start = performance.now();
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    symbolTimes.push(performance.now() - start);
    await published;
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    bytes: Buffer.byteLength(text),
    findings: first.diagnostics.length,
    openMs,
    diagnostics: { median: median(lintTimes), p95: percentile(lintTimes, 95) },
    insideServer: insideTimes.length ? { median: median(insideTimes), p95: percentile(insideTimes, 95) } : null,
    symbols: { median: median(symbolTimes), p95: percentile(symbolTimes, 95) },
  };
}

const server = startServer();
await server.connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  initializationOptions: { diagnosticsDelay: 0, timing: true },
});
const initializeMs = performance.now() - server.started;
await server.connection.sendNotification('initialized', {});

const results = {
  method: 'end-to-end over stdio, diagnosticsDelay 0',
  edits: EDITS,
  initializeMs,
  typical: await measure(server, 'typical', cableOf(10 * 1024)),
  large: await measure(server, 'large', cableOf(1024 * 1024)),
  bundles: Object.fromEntries(
    ['server/out/server.js', 'client/out/extension.js']
      .filter((file) => existsSync(join(root, file)))
      .map((file) => [file, statSync(join(root, file)).size]),
  ),
};
await server.connection.sendRequest('shutdown');
await server.connection.sendNotification('exit');

const targets = { typical: 16, large: 100 };
log(`language server (${results.method}; ${EDITS} edits per cable; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
log(`  start → initialize response: ${ms(initializeMs)}`);
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
