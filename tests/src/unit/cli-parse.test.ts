/** `cable-lint parse` on the reference cable 09TASHKENT1503 (fields checked against the text). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CLI_FIXTURES, lineStartingWith, readText, run, TASHKENT } from './cli-run';

test('parse prints one JSON array with the metadata of 09TASHKENT1503', () => {
  const result = run(['parse', '--format', 'json', 'tests/fixtures/cli/09TASHKENT1503.cable']);
  assert.equal(result.status, 0, result.stderr);
  const parsed = JSON.parse(result.stdout);
  assert.equal(parsed.length, 1);
  const [cable] = parsed;
  const text = readText(TASHKENT);
  assert.deepEqual(Object.keys(cable), ['file', 'id', 'classification', 'date', 'from', 'to', 'tags', 'subject', 'references', 'classifiedBy', 'declassify', 'paragraphs', 'signature']);
  assert.equal(cable.file, 'tests/fixtures/cli/09TASHKENT1503.cable');
  assert.equal(cable.id, '09TASHKENT1503');
  assert.deepEqual(cable.classification, { level: 'CONFIDENTIAL', caveats: [] });
  assert.equal(cable.date, '2009-09-18T09:24:00Z');
  assert.equal(cable.from, 'AMEMBASSY TASHKENT');
  assert.deepEqual(cable.to, ['SECSTATE WASHDC']);
  assert.deepEqual(cable.tags, ['PREL', 'UNGA', 'XG']);
  assert.equal(cable.subject, 'UNGA DEMARCHE DELIVERED: UZBEKISTAN WANTS TO COOPERATE IN AREAS OF MUTUAL INTEREST');
  assert.deepEqual(cable.references, [{ letter: null, text: '09 STATE 90254', id: '09STATE90254' }]);
  assert.deepEqual(cable.classifiedBy, { by: 'Katrisa Peffley, Pol/Econ Officer, DOS, Pol/Econ', section: '1.4', reasons: ['B', 'D'] });
  assert.deepEqual(cable.declassify, { kind: 'date', text: '2019/09/18', date: '2019-09-18' });
  // The mangled pilcrows: 11. 12. 13. then ¶4. (the paragraph number is the 4 after the pilcrow).
  assert.deepEqual(cable.paragraphs, [
    { number: 11, portion: '(C)', line: lineStartingWith(text, '11. (C)') },
    { number: 12, portion: '(C)', line: lineStartingWith(text, '12. (C)') },
    { number: 13, portion: '(C)', line: lineStartingWith(text, '13. (C)') },
    { number: 4, portion: '(C)', line: lineStartingWith(text, '¶4. (C)') },
  ]);
  assert.equal(cable.signature, 'NORLAND');
});

test('parse: a draft without a DTG has no date, and no id unless --date gives the year', () => {
  const draft = join(CLI_FIXTURES, 'clean-draft.cable');
  const [plain] = JSON.parse(run(['parse', draft]).stdout);
  assert.equal(plain.date, null);
  assert.equal(plain.id, null);
  assert.equal(plain.from, null);
  assert.deepEqual(plain.to, []);
  assert.deepEqual(plain.classification, { level: 'CONFIDENTIAL', caveats: [] });
  const [dated] = JSON.parse(run(['parse', '--date', '2009-09-18', draft]).stdout);
  assert.equal(dated.id, '09TASHKENT1503');
  assert.equal(dated.date, null, 'the explicit date gives the id year only');
});

test('parse: several files, standard input and an unreadable one', () => {
  const text = readText(TASHKENT);
  const result = run(['parse', TASHKENT, 'missing.cable', '-'], { input: text.replace('C O N F I D E N T I A L', 'S E C R E T') });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^cable-lint: missing\.cable: no such file or folder$/m);
  const parsed = JSON.parse(result.stdout);
  assert.deepEqual(parsed.map((c: { file: string }) => c.file), [TASHKENT, '<stdin>']);
  assert.equal(parsed[1].classification.level, 'SECRET');
  assert.equal(run(['parse', '--format', 'text', TASHKENT]).status, 2);
});
