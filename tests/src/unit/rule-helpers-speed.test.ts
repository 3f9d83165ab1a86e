/**
 * The fast paths the rules use instead of general algorithms must give the general algorithms'
 * answers: edit distance up to one against the full table, word search by the last letter against
 * a plain search for each spelling. Property tests over random words from a small alphabet, so
 * near-misses (one letter dropped, added, replaced, swapped) are common.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, editDistanceUpToOne } from '../../../server/lib/core/rules/util/suggest';
import { mergeSorted, wordStarts, wordStartsByLastLetter } from '../../../server/lib/core/rules/util/text-scan';

const word = fc.string({ unit: fc.constantFrom('P', 'G', 'O', 'V', 'R'), maxLength: 7 });

test('editDistanceUpToOne equals min(editDistance, 2)', () => {
  fc.assert(
    fc.property(word, word, (a, b) => {
      assert.equal(editDistanceUpToOne(a, b), Math.min(editDistance(a, b), 2), `${a} / ${b}`);
    }),
    { numRuns: 5000 },
  );
  assert.equal(editDistanceUpToOne('PGVO', 'PGOV'), 1);
  assert.equal(editDistanceUpToOne('POGOV', 'PGOV'), 1);
  assert.equal(editDistanceUpToOne('MOPPS', 'MOPS'), 1);
  assert.equal(editDistanceUpToOne('KWWMN', 'PGOV'), 2);
});

const prose = fc.string({ unit: fc.constantFrom('R', 'E', 'F', 'r', 'e', 'f', ' ', 'X', '\n'), maxLength: 60 });

test('wordStartsByLastLetter finds what wordStarts finds for REF / Ref / ref', () => {
  const isRef = (text: string, i: number) => /^(?:REF|Ref|ref)$/.test(text.slice(i, i + 3));
  fc.assert(
    fc.property(prose, fc.nat(10), fc.nat(10), (text, from, cut) => {
      const start = Math.min(from, text.length);
      const end = Math.max(start, text.length - cut);
      const expected = mergeSorted(wordStarts(text, 'REF', start, end), wordStarts(text, 'Ref', start, end), wordStarts(text, 'ref', start, end));
      const lower = wordStartsByLastLetter(text, 'f', 3, start, end, isRef);
      const upper = wordStartsByLastLetter(text, 'F', 3, start, end, isRef);
      assert.deepEqual(mergeSorted(upper, lower, []), expected, JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test('wordStarts skips occurrences inside a word', () => {
  const text = 'REF A, PREFERENCE, reftel, (REF B)';
  assert.deepEqual(wordStarts(text, 'REF', 0, text.length), [0, 28]);
  assert.deepEqual(wordStarts(text, 'ref', 0, text.length), [19]);
});
