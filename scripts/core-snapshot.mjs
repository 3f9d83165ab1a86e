// `node scripts/core-snapshot.mjs [--out FILE] [folders...]`: what the core makes of every cable, as
// one fingerprint. For performance work: run it before and after a change that must not change
// behaviour; the fingerprints (and, with --out, the dumps) must be identical.
//
// For each cable (LF as stored, then with CRLF line breaks): the parse tree without the text and
// every finding with its fixes, judged against a fixed "today". Folders default to the shared
// corpus (../shared/corpus/cablegate and real, when present) and tests/fixtures. Needs `npm run build`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
const folders = args.length > 0
  ? args
  : [join(root, '../shared/corpus/cablegate'), join(root, '../shared/corpus/real'), join(root, 'tests/fixtures')].filter((folder) => existsSync(folder));

const libIndex = join(root, 'server/lib/core/index.js');
if (!existsSync(libIndex)) {
  console.error('core-snapshot: server/lib is missing; run `npm run build` first');
  process.exit(2);
}
const core = require(libIndex);
const TODAY = { year: 2009, month: 9, day: 18 };

const files = folders.flatMap((folder) =>
  readdirSync(folder, { recursive: true })
    .filter((name) => /\.(cable|tel|txt)$/.test(name))
    .sort()
    .map((name) => join(folder, name)),
);
const hash = createHash('sha1');
const dump = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const variant of [text, text.replace(/\r?\n/g, '\r\n')]) {
    const { doc, findings } = core.lint(variant, { today: TODAY });
    // The path relative to the repo: the same fingerprint in any clone or worktree.
    const entry = `${relative(root, file)}\n${JSON.stringify({ ...doc, text: undefined })}\n${JSON.stringify(findings)}\n`;
    hash.update(entry);
    if (out) dump.push(entry);
  }
}
if (out) writeFileSync(out, dump.join(''));
console.log(`${files.length} cables, ${hash.digest('hex')}`);
