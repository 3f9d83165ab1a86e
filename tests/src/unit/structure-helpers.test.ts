/**
 * The helpers behind the TAGS and body-structure rules: REF and paragraph citations found in text,
 * edit distance and run-together splits, TAGS suggestions, and the numbering judge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRefCitations } from '../../../server/lib/core/rules/util/text-refs';
import { findParaCitations } from '../../../server/lib/core/rules/util/text-paras';
import { editDistance, nearest, splitRunTogether } from '../../../server/lib/core/rules/util/suggest';
import { suggestTag, TAG_TYPOS } from '../../../server/lib/core/rules/util/text-tags';
import { judgeSequence } from '../../../server/lib/core/rules/util/text-numbering';
import { lookupTag } from '../../../server/lib/core/data/tags-vocabulary';

function refLetters(text: string): string {
  return findRefCitations(text, 0, text.length).map((citation) => citation.letter).join('');
}

test('REF citations: the spellings of 5 FAH practice, lists and ranges', () => {
  assert.equal(refLetters('As reported REF A, recent rumors'), 'A');
  assert.equal(refLetters('(ref b) and reftel C; Ref. D'), 'BCD');
  assert.equal(refLetters('expansion of the relationship (REFS D and E).'), 'DE');
  assert.equal(refLetters('Board of Governors meeting (reftels C/D).'), 'CD');
  assert.equal(refLetters('see reftels B-D for details'), 'BCD');
  assert.equal(refLetters('REFS A, B and D'), 'ABD');
});

test('REF citations: prose is not a citation', () => {
  assert.equal(refLetters('Post delivered reftel points to Amanov'), '');
  assert.equal(refLetters('a reference A and a referral B'), '');
  assert.equal(refLetters('as REF A and I think'), 'A');
  assert.equal(refLetters('PREF A'), '');
  const text = 'xx REF A yy';
  const [citation] = findRefCitations(text, 0, text.length);
  assert.deepEqual({ start: citation.start, end: citation.end, text: citation.text }, { start: 7, end: 8, text: 'A' });
  assert.deepEqual(findRefCitations(text, 9, text.length), [], 'only inside the range');
});

test('paragraph citations: own paragraphs only', () => {
  const values = (text: string) => findParaCitations(text, 0, text.length).map((citation) => citation.value);
  assert.deepEqual(values('This is an action request; see para 10.'), [10]);
  assert.deepEqual(values('(see paragraph 9), and PARA 2 below'), [9, 2]);
  assert.deepEqual(values('paras 3 and 4'), [3]);
  assert.deepEqual(values('as in para 3 of reftel'), []);
  assert.deepEqual(values('REF A para 2 says'), []);
  assert.deepEqual(values('paragraphs of text, parade 4, para 12345'), []);
});

test('edit distance counts transpositions as one edit and stops early past the limit', () => {
  assert.equal(editDistance('PGOV', 'PGOV'), 0);
  assert.equal(editDistance('POGOV', 'PGOV'), 1);
  assert.equal(editDistance('PGVO', 'PGOV'), 1);
  assert.equal(editDistance('KWWMN', 'KWMN'), 1);
  assert.equal(editDistance('ABCD', 'WXYZ'), 4);
  assert.equal(editDistance('ABCDEFGH', 'WXYZ', 1), 2, 'limit + 1 once the limit is passed');
  assert.deepEqual(nearest('PRELL', ['PREL', 'PGOV', 'PREF'], 1), [{ word: 'PREL', distance: 1 }]);
});

test('run-together words split into the fewest known pieces', () => {
  const known = (piece: string) => ['MASS', 'MNUC', 'PHUM', 'PGOV', 'AF'].includes(piece);
  assert.deepEqual(splitRunTogether('MASSMNUC', known), ['MASS', 'MNUC']);
  assert.deepEqual(splitRunTogether('PHUMPGOVAF', known), ['PHUM', 'PGOV', 'AF']);
  assert.equal(splitRunTogether('MASSXNUC', known), null);
  assert.equal(splitRunTogether('MASS', known), null, 'one piece is not a split');
});

test('TAGS suggestions: the typo map, splits, near codes, and no guesses', () => {
  for (const [typo, code] of Object.entries(TAG_TYPOS)) {
    assert.ok(lookupTag(code), `${code} (for ${typo}) is in the vocabulary`);
    assert.equal(lookupTag(typo), undefined, `${typo} is not`);
    assert.deepEqual(suggestTag(typo), [code]);
  }
  assert.deepEqual(suggestTag('MASSMNUC'), ['MASS MNUC']);
  assert.deepEqual(suggestTag('KDEMAF'), ['KDEM AF']);
  assert.deepEqual(suggestTag('PGOF'), ['PGOV']);
  assert.deepEqual(suggestTag('UNFCYP'), ['UNFICYP']);
  assert.deepEqual(suggestTag('PINX'), ['PINR', 'PINS']);
  assert.deepEqual(suggestTag('BRUSSELS'), [], 'not cut into countries');
  assert.deepEqual(suggestTag('NPT'), [], 'three letters: too many acronyms nearby');
  assert.deepEqual(suggestTag('COUNTERTERRORISM'), []);
});

test('numbering judge: gap, repeat, restart, mangled pilcrow, stray', () => {
  const judge = (numbers: string[]) => judgeSequence(numbers.map((written) => ({ written, value: Number(written) }))).map((v) => v.kind);
  assert.deepEqual(judge(['1', '2', '3']), ['ok', 'ok', 'ok']);
  assert.deepEqual(judge(['1', '2', '4', '5']), ['ok', 'ok', 'break', 'ok']);
  assert.deepEqual(judge(['1', '2', '3', '4', '5', '6', '5', '6', '7']), ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'break', 'ok', 'ok']);
  assert.deepEqual(judge(['11', '12', '13', '4']), ['mangled', 'mangled', 'mangled', 'ok']);
  assert.deepEqual(judge(['1', '2', '3', '30', '4']), ['ok', 'ok', 'ok', 'stray', 'ok']);
  assert.deepEqual(judge(['1', '2', '3', '4', '15', '5']), ['ok', 'ok', 'ok', 'ok', 'stray', 'ok'], '09DOHA502: a wrapped "15." is a stray, not ¶5');
  const restart = judgeSequence(['1', '2', '1'].map((written) => ({ written, value: Number(written) })))[2];
  assert.deepEqual(restart, { kind: 'break', target: 3, expected: 3, previous: 2, restart: true });
});
