// `node scripts/bench-ab.mjs <lib-a> <lib-b> [--passes N] [--mode lint|parse] [--corpus <folder>]`:
// which of two builds of the core is faster, on a machine shared with others.
//
// <lib-a> and <lib-b> are compiled `server/lib` folders (e.g. a copy taken before a change, and the
// current one). Both are loaded in ONE process and their corpus passes alternate, the order swapped
// every round, so that a neighbour's load or a warm cache favours neither. CPU time per pass; the
// figures to compare are the minimum and the lower quartile (a median moves with the load).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args.splice(index, 2)[1];
};
const passes = Math.max(1, Number(option('--passes', 30)));
const mode = option('--mode', 'lint');
const folder = option('--corpus', join(root, '../shared/corpus/cablegate'));
const libs = args.map((lib) => resolve(lib));
if (libs.length !== 2 || !libs.every((lib) => existsSync(join(lib, 'core/index.js'))) || !['lint', 'parse'].includes(mode)) {
  console.error('usage: node scripts/bench-ab.mjs <lib-a> <lib-b> [--passes N] [--mode lint|parse] [--corpus <folder>]');
  console.error('       each lib is a compiled server/lib folder (it holds core/index.js)');
  process.exit(2);
}
if (!existsSync(folder)) {
  console.error(`bench-ab: no corpus at ${folder} (--corpus <folder> names one)`);
  process.exit(2);
}

const corpus = readdirSync(folder, { recursive: true })
  .filter((name) => /\.(cable|tel)$/.test(name))
  .sort()
  .map((name) => readFileSync(join(folder, name), 'utf8'));
const TODAY = { year: 2009, month: 9, day: 18 };
const cores = libs.map((lib) => require(join(lib, 'core/index.js')));
const run = mode === 'parse'
  ? (core) => { for (const text of corpus) core.parse(text); }
  : (core) => { for (const text of corpus) core.lint(text, { today: TODAY }); };
const cpuMs = (fn) => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const WARMUP = 5; // V8 settles its optimised code over the first passes (see bench.mjs)
const times = [[], []];
for (let round = 0; round < WARMUP + passes; round++) {
  for (const k of round % 2 === 0 ? [0, 1] : [1, 0]) {
    const ms = cpuMs(() => run(cores[k]));
    if (round >= WARMUP) times[k].push(ms);
  }
}
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
console.log(`${mode}, ${corpus.length} cables, ${passes} passes each after ${WARMUP} warm-up, CPU ms per pass`);
libs.forEach((lib, k) => {
  const [min, p25, med] = [0, 0.25, 0.5].map((q) => quantile(times[k], q).toFixed(1));
  console.log(`${k === 0 ? 'A' : 'B'}  min ${min}  p25 ${p25}  median ${med}   ${lib}`);
});
const change = (q) => (100 * (quantile(times[1], q) / quantile(times[0], q) - 1)).toFixed(1);
console.log(`B against A: min ${change(0)} %, p25 ${change(0.25)} %`);
