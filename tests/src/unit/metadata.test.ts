/** core/metadata.ts: the id, caveats and the mapping from the tree (real parser output). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalId, caveatsOf, extractMetadata, isoDate } from '../../../server/lib/core/metadata';
import { parse } from '../../../server/lib/core/parser';

test('canonicalId: 2-digit year + post without spaces + serial without leading zeros', () => {
  assert.equal(canonicalId(2009, 'TASHKENT', '001503'), '09TASHKENT1503');
  assert.equal(canonicalId(2008, 'STATE', '103511'), '08STATE103511');
  assert.equal(canonicalId(2003, 'ABU DHABI', '002641'), '03ABUDHABI2641');
  assert.equal(canonicalId(1975, 'tehran', '5055'), '75TEHRAN5055');
  assert.equal(canonicalId(2000, 'HARARE', '06677'), '00HARARE6677');
  assert.equal(canonicalId(2009, 'TASHKENT', '000000'), '09TASHKENT0');
  assert.equal(canonicalId(2009, 'TASH-KENT', '1503'), null);
  assert.equal(canonicalId(2010, 'XXXXXXXXXXXX', '000004'), null, 'a redacted post (10SHENYANG4)');
  assert.equal(canonicalId(2009, 'TASHKENT', '15O3'), null);
});

test('caveatsOf: handling caveats from captions and the classification line, canonical, once each', () => {
  assert.deepEqual(caveatsOf(['SIPDIS', 'NOFORN', 'SIPDIS']), ['NOFORN']);
  assert.deepEqual(caveatsOf(['SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY', 'SENSITIVE']), ['SBU']);
  assert.deepEqual(caveatsOf(['NOFORN, NOT FOR INTERNET DISTRIBUTION']), ['NOFORN']);
  assert.deepEqual(caveatsOf(['EFTO', 'SECRET NOFORN']), ['EFTO', 'NOFORN']);
  assert.deepEqual(caveatsOf(['REL TO USA, FVEY']), ['REL TO USA, FVEY']);
  assert.deepEqual(caveatsOf(['WEBGRAM EXCLUDED ONLY']), []);
});

test('isoDate pads', () => {
  assert.equal(isoDate({ year: 2009, month: 9, day: 8 }), '2009-09-08');
});

const DRAFT = [
  'UNCLAS SECTION 01 OF 02 ABU DHABI 002641',
  '',
  'SENSITIVE',
  'SIPDIS',
  '',
  'E.O. 12958: N/A',
  'TAGS: PGOV PREL AE',
  'SUBJECT: A SUBJECT',
  '',
  'REF: A. 03 STATE 1234 B. ABU DHABI 99',
  '',
  '1. (SBU) First.',
  '',
  '2. (U) Second.',
  '',
  'SISON',
  '',
].join('\n');

test('extractMetadata on a header-less draft', () => {
  const metadata = extractMetadata(parse(DRAFT));
  assert.equal(metadata.id, null, 'no DTG, no explicit date: no id');
  assert.equal(extractMetadata(parse(DRAFT), { date: { year: 2003, month: 6, day: 3 } }).id, '03ABUDHABI2641');
  assert.deepEqual(metadata.classification, { level: 'UNCLASSIFIED', caveats: ['SBU'] });
  assert.equal(metadata.date, null);
  assert.deepEqual(metadata.tags, ['PGOV', 'PREL', 'AE']);
  assert.equal(metadata.subject, 'A SUBJECT');
  assert.deepEqual(metadata.references.map((r) => [r.letter, r.id]), [
    ['A', '03STATE1234'],
    ['B', null],
  ]);
  assert.equal(metadata.classifiedBy, null);
  assert.deepEqual(metadata.declassify?.kind, 'na');
  assert.deepEqual(metadata.paragraphs, [
    { number: 1, portion: '(SBU)', line: 12 },
    { number: 2, portion: '(U)', line: 14 },
  ]);
  assert.equal(metadata.signature, 'SISON');
});

test('extractMetadata never throws on odd input', () => {
  for (const text of ['', '\n\n', 'NNNN', 'S E C R E T\n1. (S)', '\u0000\uFFFD', 'R 321299Z XXX 09\nFM\nTO']) {
    const metadata = extractMetadata(parse(text));
    assert.equal(typeof metadata, 'object');
    assert.ok(Array.isArray(metadata.paragraphs));
  }
});
