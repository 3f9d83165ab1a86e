// minimalEdits (server/src/service/text-diff.ts): the edits rebuild the new text exactly and are
// as small as the change — what formatting and "fix all" rely on to leave the rest untouched.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits } from '../../../server/lib/core';
import { minimalEdits } from '../../../server/lib/service/text-diff';

describe('minimalEdits', () => {
  it('returns nothing for equal texts', () => {
    assert.deepEqual(minimalEdits('TAGS: PREL\n', 'TAGS: PREL\n'), []);
  });

  it('gives one small edit per separate change', () => {
    const before = 'SE C R E T TASHKENT 001520\n\nTAGS: PREL\nREASON: 1:4(B)\n2.(C) Text\n';
    const after = 'S E C R E T TASHKENT 001520\n\nTAGS: PREL\nREASON: 1.4(B)\n2. (C) Text\n';
    assert.deepEqual(minimalEdits(before, after), [
      { start: 1, end: 1, newText: ' ' },
      { start: 48, end: 49, newText: '.' },
      { start: 56, end: 56, newText: ' ' },
    ]);
  });

  it('handles inserted and deleted lines and CRLF without splitting a line break', () => {
    const before = 'A\r\nB\r\nC\r\n';
    const after = 'A\r\nX\r\nB\r\nC';
    const edits = minimalEdits(before, after);
    assert.equal(applyEdits(before, edits), after);
    for (const edit of edits) {
      assert.ok(!(before[edit.start - 1] === '\r' && before[edit.start] === '\n'), 'an edit never starts inside CRLF');
    }
  });

  it('rebuilds any text from any other (property)', () => {
    const alphabet = fc.constantFrom('A', 'B', ' ', '\n', '\r\n', '(', 'C', ')', '😀');
    const text = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const edits = minimalEdits(a, b);
        assert.equal(applyEdits(a, edits), b);
        const replaced = edits.reduce((sum, edit) => sum + edit.end - edit.start, 0);
        assert.ok(replaced <= a.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('falls back to one edit when the texts differ everywhere, still exact', () => {
    const a = Array.from({ length: 300 }, (_, i) => `line ${i}\n`).join('');
    const b = Array.from({ length: 300 }, (_, i) => `LINE ${i * 7}\n`).join('');
    assert.equal(applyEdits(a, minimalEdits(a, b, 50)), b);
  });
});
