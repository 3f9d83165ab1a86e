import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  ALL_TAG_CODES,
  fipsForIso,
  isFipsCountry,
  lookupTag,
  lookupTagAll,
} from '../../../server/lib/core/data/tags-vocabulary';
import { FIPS_COUNTRIES, ISO_TO_FIPS } from '../../../server/lib/core/data/tags-fips';

const ROOT = join(__dirname, '../../..');
const TSV = join(ROOT, 'server/src/core/data/tags.tsv');

function tsvRows(): { code: string; kind: string }[] {
  return readFileSync(TSV, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('code\t'))
    .map((line) => {
      const [code, , kind] = line.split('\t');
      return { code, kind: kind.split(' ')[0] };
    });
}

test('every code of tags.tsv is in the vocabulary, with its kind among its entries', () => {
  const rows = tsvRows();
  assert.ok(rows.length > 900, `tags.tsv has ${rows.length} rows`);
  for (const { code, kind } of rows) {
    assert.ok(lookupTag(code), `${code} missing`);
    if (code === 'UN') continue; // the United Nations, deliberately not a place
    assert.ok(lookupTagAll(code).some((entry) => entry.kind === kind), `${code} lost kind ${kind}`);
  }
});

test('the FIPS 10-4 list is complete and has no duplicates', () => {
  const codes = FIPS_COUNTRIES.map(([code]) => code);
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(codes.length >= 265 && codes.length <= 280, `${codes.length} FIPS codes`);
  for (const code of codes) {
    assert.match(code, /^[A-Z]{2}$/);
    assert.equal(lookupTag(code)?.kind, 'geographic', code);
  }
});

test('known meanings: subject codes and FIPS digraphs (not ISO)', () => {
  assert.deepEqual(lookupTag('PGOV'), { code: 'PGOV', meaning: 'Internal Governmental Affairs', kind: 'subject' });
  assert.equal(lookupTag('PHUM')?.meaning, 'Human Rights');
  assert.equal(lookupTag('RS')?.meaning, 'Russia');
  assert.equal(lookupTag('KN')?.meaning, 'Korea, North');
  assert.equal(lookupTag('KS')?.meaning, 'Korea, South');
  assert.equal(lookupTag('GM')?.meaning, 'Germany');
  assert.equal(lookupTag('CH')?.meaning, 'China');
  assert.equal(lookupTag('IZ')?.meaning, 'Iraq');
  assert.equal(lookupTag('KDEM')?.kind, 'program');
  assert.equal(lookupTag('UNGA')?.kind, 'organization');
  assert.equal(lookupTag('UN')?.kind, 'organization');
  assert.equal(lookupTag('XG')?.kind, 'geographic');
  assert.equal(lookupTag('AL')?.meaning, 'Albania');
  assert.ok(lookupTagAll('AL').some((entry) => entry.kind === 'organization'));
  assert.equal(lookupTag('POGOV'), undefined);
  assert.equal(lookupTag('pgov'), undefined, 'codes are upper case on TAGS lines');
});

test('ISO codes map to FIPS only where FIPS leaves the ISO code unassigned', () => {
  assert.deepEqual(fipsForIso('RU'), { fips: 'RS', country: 'Russia' });
  assert.equal(fipsForIso('CN'), undefined, 'CN is Comoros in FIPS: never corrected');
  assert.equal(fipsForIso('toString'), undefined);
  for (const [iso, { fips }] of Object.entries(ISO_TO_FIPS)) {
    assert.ok(!isFipsCountry(iso), `${iso} is a FIPS code, the mapping would be a guess`);
    assert.ok(isFipsCountry(fips), `${fips} is not a FIPS code`);
  }
});

test('ALL_TAG_CODES is sorted, unique and covers lookups', () => {
  assert.deepEqual([...ALL_TAG_CODES].sort(), ALL_TAG_CODES);
  assert.equal(new Set(ALL_TAG_CODES).size, ALL_TAG_CODES.length);
  assert.ok(ALL_TAG_CODES.includes('PREL') && ALL_TAG_CODES.includes('ZI'));
  for (const code of ALL_TAG_CODES) assert.ok(lookupTag(code));
});

test('tags-corpus.ts is what the generator makes from tags.tsv', () => {
  const script = pathToFileURL(join(ROOT, 'scripts/gen-tags-data.mjs')).href;
  const program = `import { corpusRows, render } from ${JSON.stringify(script)}; import { readFileSync } from 'node:fs';
process.stdout.write(render(corpusRows(readFileSync(${JSON.stringify(TSV)}, 'utf8'))));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, readFileSync(join(ROOT, 'server/src/core/data/tags-corpus.ts'), 'utf8'), 'run node scripts/gen-tags-data.mjs');
});
