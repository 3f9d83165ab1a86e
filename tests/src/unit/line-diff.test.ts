/** The line diff behind formatting edits and --fix-dry-run: its hunks rebuild the new text, touch
 *  only changed lines, and fall back to one hunk past the cost limit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffLines, type LineHunk } from '../../../server/lib/core/line-diff';

function apply(a: readonly string[], b: readonly string[], hunks: LineHunk[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const hunk of hunks) {
    assert.ok(hunk.oldStart >= at && hunk.oldEnd >= hunk.oldStart && hunk.newEnd >= hunk.newStart, 'ordered hunks');
    out.push(...a.slice(at, hunk.oldStart), ...b.slice(hunk.newStart, hunk.newEnd));
    at = hunk.oldEnd;
  }
  return [...out, ...a.slice(at)];
}

const lines = fc.array(fc.constantFrom('1. (C) A', '2. (C) B', 'TAGS: PREL', '', 'END SUMMARY.'), { maxLength: 12 });

test('applying the hunks to the old lines gives the new lines', () => {
  fc.assert(
    fc.property(lines, lines, (a, b) => {
      assert.deepEqual(apply(a, b, diffLines(a, b)), b);
      assert.deepEqual(apply(a, b, diffLines(a, b, 1)), b);
    }),
    { numRuns: 3000 },
  );
});

test('one changed line is one one-line hunk; equal texts have none', () => {
  const a = ['C O N F I D E N T I A L', 'TAGS: POGOV', 'SUBJECT: X', '1. (C) A'];
  const b = ['C O N F I D E N T I A L', 'TAGS: PGOV', 'SUBJECT: X', '1. (C) A'];
  assert.deepEqual(diffLines(a, b), [{ oldStart: 1, oldEnd: 2, newStart: 1, newEnd: 2 }]);
  assert.deepEqual(diffLines(a, a), []);
  // Two separate changes stay two hunks (unchanged lines between them are not rewritten).
  const d = ['X', 'TAGS: POGOV', 'SUBJECT: X', '1. (C) Z'];
  assert.deepEqual(diffLines(a, d), [
    { oldStart: 0, oldEnd: 1, newStart: 0, newEnd: 1 },
    { oldStart: 3, oldEnd: 4, newStart: 3, newEnd: 4 },
  ]);
});
