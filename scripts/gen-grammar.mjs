// Writes syntaxes/cable.tmLanguage.json from syntaxes/cable.tmLanguage.mjs and the TAGS vocabulary
// (server/src/core/data/tags.tsv: subject and organization codes are matched by name).
//   node scripts/gen-grammar.mjs          regenerate
//   node scripts/gen-grammar.mjs --check  exit 1 if the committed JSON is not what the source gives
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGrammar } from '../syntaxes/cable.tmLanguage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TAGS_TSV = root + 'server/src/core/data/tags.tsv';
const OUTPUT = root + 'syntaxes/cable.tmLanguage.json';

/** TAGS codes by kind (`subject`, `program`, `geographic`, `organization`) from the vocabulary file. */
export function readVocabulary(path = TAGS_TSV) {
  const byKind = { subject: new Set(), program: new Set(), geographic: new Set(), organization: new Set() };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [code, , kindColumn] = line.split('\t');
    const kind = (kindColumn ?? '').split(' ')[0];
    if (code && byKind[kind]) byKind[kind].add(code.trim());
  }
  return Object.fromEntries(Object.entries(byKind).map(([kind, codes]) => [kind, [...codes].sort()]));
}

export function generate() {
  return JSON.stringify(buildGrammar(readVocabulary()), null, 2) + '\n';
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = generate();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // missing file: reported below as out of date
    }
    if (current !== text) {
      console.error('syntaxes/cable.tmLanguage.json is out of date: run `node scripts/gen-grammar.mjs`');
      process.exit(1);
    }
    console.log('syntaxes/cable.tmLanguage.json is up to date');
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
