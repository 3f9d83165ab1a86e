// `npm run bench`: how fast the core is, in-process, on real cables.
//
// Corpus: the 994 Cablegate cables of ../shared/corpus/cablegate (relative to the repo root) or, on
// a clone without it, a ~10 MB corpus generated from the repo's own fixtures (mutated copies).
// Figures: parse-only and parse+all-rules throughput in MB/s (target >= 100 MB/s on one core), by
// wall clock and by CPU time, the rules alone on trees parsed beforehand, the load average,
// per-cable latency (median, p95), the slowest rules, and one 1 MB cable built by concatenating
// paragraphs of real cables. Editor latency figures are another script's (scripts/bench-server.mjs,
// run at the end when it exists).
//
// Options: --iterations N (measured passes, default 5), --warmup N (passes before them, default 5:
// V8 compiles the parser and the rules with its optimising tier over the first few thousand cables,
// about five passes here; the first, cold pass is printed on its own line), --corpus <folder>, --generated (ignore the
// shared corpus), --size <MB> (size of the generated corpus, default 10), --json (figures as JSON on
// stdout), --no-server (skip bench-server.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const TARGET_MB_S = 100;
const MB = 1024 * 1024;
const TODAY = { year: 2009, month: 9, day: 18 };

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const iterations = Math.max(1, Number(option('--iterations', 5)));
const warmups = Math.max(0, Number(option('--warmup', 5)));
const asJson = args.includes('--json');
const log = asJson ? () => {} : (line = '') => console.log(line);

if (!existsSync(join(root, 'server/lib/core/index.js'))) {
  console.error('bench: server/lib is missing; run `npm run build` first');
  process.exit(2);
}
const core = require(join(root, 'server/lib/core/index.js'));

// ------------------------------------------------------------------------------------------------
// Corpus

function cableFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return cableFiles(path);
    return /\.(cable|tel)$/.test(entry.name) ? [path] : [];
  });
}

function loadFolder(folder) {
  return cableFiles(folder)
    .sort()
    .map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
}

/** ~10 MB from the repo's fixtures: expectation lines removed, serials and words varied, bodies
 *  repeated, so that the parser sees many distinct but realistic cables. */
function generatedCorpus(targetBytes = 10 * MB) {
  const seeds = cableFiles(join(root, 'tests/fixtures'))
    .map((path) => readFileSync(path, 'utf8').split('\n').filter((line) => !line.startsWith('#!')).join('\n'))
    .filter((text) => text.length > 200);
  if (seeds.length === 0) throw new Error('no fixtures to generate a corpus from');
  const words = ['GOVERNMENT', 'MINISTER', 'EMBASSY', 'ELECTION', 'AGREEMENT', 'DELEGATION'];
  const cables = [];
  let total = 0;
  for (let i = 0; total < targetBytes; i++) {
    let text = seeds[i % seeds.length]
      .replace(/\b(\d{6})\b/, String(100000 + i).padStart(6, '0'))
      .replace(/\bGOVERNMENT\b/g, words[i % words.length]);
    if (i % 3 === 0) text += `\n${text.slice(Math.floor(text.length / 2))}`; // longer bodies
    cables.push({ name: `generated-${i}.cable`, text });
    total += Buffer.byteLength(text);
  }
  return cables;
}

const sharedCorpus = option('--corpus', join(root, '../shared/corpus/cablegate'));
const useShared = !args.includes('--generated') && existsSync(sharedCorpus) && statSync(sharedCorpus).isDirectory();
const corpus = useShared ? loadFolder(sharedCorpus) : generatedCorpus(Number(option('--size', 10)) * MB);
const corpusBytes = corpus.reduce((sum, cable) => sum + Buffer.byteLength(cable.text), 0);

/** One cable of >= 1 MB: the reference heading, then paragraphs of the corpus renumbered 1..n. */
function oneMegabyteCable() {
  const reference = join(root, 'tests/fixtures/cli/09TASHKENT1503.cable');
  const heading = readFileSync(reference, 'utf8').split(/\n(?=11\. \(C\))/)[0];
  const paragraphs = [];
  for (const cable of corpus) {
    const doc = core.parse(cable.text);
    for (const item of doc.body.items) {
      if (item.type !== 'paragraph' || item.quoted) continue;
      const body = cable.text.slice(item.number.end, item.end).replace(/^\.\s*(\([A-Z/]+\))?\s*/, '').trim();
      if (body.length > 80) paragraphs.push(body);
    }
  }
  let text = `${heading}\n`;
  for (let n = 0; Buffer.byteLength(text) < MB; n++) text += `${n + 1}. (C) ${paragraphs[n % paragraphs.length]}\n\n`;
  return `${text}NORLAND\n`;
}

// ------------------------------------------------------------------------------------------------
// Measurement

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6; // ms
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function passes(fn, warm = 2) {
  for (let i = 0; i < warm; i++) fn();
  return Array.from({ length: iterations }, () => time(fn));
}

const mbPerS = (bytes, ms) => bytes / MB / (ms / 1000);
const verdict = (value) => `target >= ${TARGET_MB_S} MB/s: ${value >= TARGET_MB_S ? 'ok' : 'BELOW TARGET'}`;
const fmt = (value, digits = 1) => value.toFixed(digits).padStart(7);

log(`cable-lint bench: ${corpus.length} cables, ${(corpusBytes / MB).toFixed(2)} MB ` +
  `(${useShared ? relative(root, sharedCorpus) : 'generated from tests/fixtures; ../shared/corpus/cablegate not found'})`);
log(`node ${process.version}, ${core.allRules.length} rules, ${iterations} measured passes after ${warmups} warm-up passes (median); ` +
  `load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${availableParallelism()} CPUs`);
log();

// Parse-only and parse+rules passes alternate (one of each per round), so that a build running on
// the same machine slows both alike instead of whichever ran while it did. Every pass counts the
// garbage collection it triggers. CPU time (process.cpuUsage) is printed beside the wall clock: on a
// shared machine it is the steadier figure.
// No parsed tree outlives its cable here, as in cable-lint and the editor. Trees kept alive for the
// whole process (the rules-only figures below) make V8 allocate every later tree straight into the
// old generation ("allocation-site pretenuring"), which slowed these passes by about half; so the
// kept trees are made only after these figures are taken.
let findings = 0;
const parseAll = () => { for (const cable of corpus) core.parse(cable.text); };
const lintAll = () => {
  findings = 0;
  for (const cable of corpus) findings += core.lint(cable.text, { today: TODAY }).findings.length;
};
const measured = { parse: { wall: [], cpu: [] }, lint: { wall: [], cpu: [] }, rules: { wall: [], cpu: [] } };
/** The first pass of each, before the JIT has compiled anything: what a one-off run pays. */
const cold = {};
function measureRounds(entries) {
  for (let round = 0; round < iterations + warmups; round++) {
    for (const [name, fn] of entries) {
      const cpuStart = process.cpuUsage();
      const wall = time(fn);
      const cpu = process.cpuUsage(cpuStart);
      if (round === 0) cold[name] = wall;
      if (round < warmups) continue; // warm-up
      measured[name].wall.push(wall);
      measured[name].cpu.push((cpu.user + cpu.system) / 1000);
    }
  }
}
measureRounds([['parse', parseAll], ['lint', lintAll]]);

// Per cable, over all passes (each cable timed alone: latency as the editor sees it).
const perCable = [];
for (let pass = 0; pass < iterations; pass++) {
  for (const cable of corpus) perCable.push(time(() => core.lint(cable.text, { today: TODAY })));
}

const docs = corpus.map((cable) => core.parse(cable.text));
const rulesAll = () => { for (const doc of docs) core.lintDocument(doc, { today: TODAY }); };
measureRounds([['rules', rulesAll]]);

const parsePasses = measured.parse.wall;
const lintPasses = measured.lint.wall;
const parseMs = median(parsePasses);
const lintMs = median(lintPasses);
const rulesMs = median(measured.rules.wall);
const parseRate = mbPerS(corpusBytes, parseMs);
const lintRate = mbPerS(corpusBytes, lintMs);
const cpuRate = (name) => mbPerS(corpusBytes, median(measured[name].cpu));
// The best pass shows what the code can do when the machine is not busy with something else.
const best = (ms) => `best ${mbPerS(corpusBytes, Math.min(...ms)).toFixed(1)} MB/s`;
const cpuNote = (name) => `CPU ${median(measured[name].cpu).toFixed(0)} ms = ${cpuRate(name).toFixed(1)} MB/s`;
log(`parse only          ${fmt(parseRate)} MB/s  (${parseMs.toFixed(0)} ms per pass; ${best(parsePasses)}; ${cpuNote('parse')})   ${verdict(parseRate)}`);
log(`parse + all rules   ${fmt(lintRate)} MB/s  (${lintMs.toFixed(0)} ms per pass; ${best(lintPasses)}; ${cpuNote('lint')})   ${verdict(lintRate)}   ${findings} findings`);
log(`all rules only      ${fmt(mbPerS(corpusBytes, rulesMs))} MB/s  (${rulesMs.toFixed(0)} ms per pass on trees parsed beforehand; ${best(measured.rules.wall)}; ${cpuNote('rules')})`);
if (warmups > 0) {
  log(`first pass (cold)   parse ${mbPerS(corpusBytes, cold.parse).toFixed(1)} MB/s (${cold.parse.toFixed(0)} ms), ` +
    `parse + all rules ${mbPerS(corpusBytes, cold.lint).toFixed(1)} MB/s (${cold.lint.toFixed(0)} ms): the JIT compiles as it goes`);
}
log(`per cable           median ${median(perCable).toFixed(3)} ms, p95 ${percentile(perCable, 95).toFixed(3)} ms, ` +
  `max ${Math.max(...perCable).toFixed(2)} ms`);

// Rules alone on pre-parsed trees: where the time goes.
const ruleTimes = core.allRules.map((rule) => {
  const ms = median(passes(() => { for (const doc of docs) core.lintDocument(doc, { today: TODAY, rules: [rule] }); }, 1));
  return { rule: rule.alias, ms, rate: mbPerS(corpusBytes, ms) };
}).sort((a, b) => b.ms - a.ms);
log(`slowest rules       ${ruleTimes.slice(0, 5).map((r) => `${r.rule} ${r.ms.toFixed(1)} ms`).join(', ')}`);

const big = oneMegabyteCable();
const bigBytes = Buffer.byteLength(big);
const bigParse = median(passes(() => core.parse(big)));
const bigLint = median(passes(() => core.lint(big, { today: TODAY })));
log(`one 1 MB cable      parse ${bigParse.toFixed(1)} ms, parse + rules ${bigLint.toFixed(1)} ms ` +
  `(${(bigBytes / MB).toFixed(2)} MB, ${fmt(mbPerS(bigBytes, bigLint)).trim()} MB/s)   ${verdict(mbPerS(bigBytes, bigLint))}`);

if (asJson) {
  console.log(JSON.stringify({
    corpus: { cables: corpus.length, bytes: corpusBytes, source: useShared ? 'cablegate' : 'generated' },
    targetMBps: TARGET_MB_S,
    parseMBps: parseRate,
    lintMBps: lintRate,
    bestParseMBps: mbPerS(corpusBytes, Math.min(...parsePasses)),
    bestLintMBps: mbPerS(corpusBytes, Math.min(...lintPasses)),
    coldMBps: warmups > 0 ? { parse: mbPerS(corpusBytes, cold.parse), lint: mbPerS(corpusBytes, cold.lint) } : null,
    rulesOnlyMBps: mbPerS(corpusBytes, rulesMs),
    cpuMBps: { parse: cpuRate('parse'), lint: cpuRate('lint'), rulesOnly: cpuRate('rules') },
    loadAverage: loadavg(),
    perCableMs: { median: median(perCable), p95: percentile(perCable, 95) },
    rulesMs: Object.fromEntries(ruleTimes.map((r) => [r.rule, r.ms])),
    oneMegabyte: { bytes: bigBytes, parseMs: bigParse, lintMs: bigLint },
  }, null, 2));
}

// Editor figures (language-server latency) live in their own script.
const serverBench = join(root, 'scripts/bench-server.mjs');
if (existsSync(serverBench) && !args.includes('--no-server')) {
  log();
  log('--- editor (scripts/bench-server.mjs) ---');
  const result = spawnSync(process.execPath, [serverBench], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}

// Workspace index figures (cross-cable navigation) in their own script.
if (existsSync(join(root, 'scripts/bench-index.mjs')) && !args.includes('--no-server')) { log(); log('--- workspace index (scripts/bench-index.mjs) ---'); const r = spawnSync(process.execPath, [join(root, 'scripts/bench-index.mjs')], { stdio: 'inherit', cwd: root }); if (r.status !== 0) process.exitCode = r.status ?? 1; }
