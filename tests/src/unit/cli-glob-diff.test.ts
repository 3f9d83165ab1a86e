/** The CLI's own small algorithms: glob patterns and the unified diff of --fix-dry-run. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { globToRegExp, hasGlob, splitGlob } from '../../../server/lib/cli/glob';
import { unifiedDiff } from '../../../server/lib/cli/diff';

test('globToRegExp: * within a segment, ** across segments, ? one character', () => {
  const cases: [string, string[], string[]][] = [
    ['*.cable', ['a.cable', '.cable'], ['a/b.cable', 'a.tel', 'a.cablex']],
    ['**/*.cable', ['a.cable', 'x/a.cable', 'x/y/z/a.cable'], ['a.tel', 'x/a.tel']],
    ['a/**', ['a/b', 'a/b/c.cable'], ['b/a', 'a']],
    ['a/**/b/*.tel', ['a/b/x.tel', 'a/q/r/b/x.tel'], ['a/bb/x.tel', 'a/b/c/x.tel']],
    ['09?ASHKENT*.cable', ['09TASHKENT1503.cable'], ['09TTASHKENT1503.cable', '09/ASHKENT.cable']],
    ['a.b+c(d)[e].cable', ['a.b+c(d)[e].cable'], ['aXb+c(d)[e].cable']],
    ['x**y', ['xy', 'xaby'], ['xa/by']],
  ];
  for (const [pattern, yes, no] of cases) {
    const regex = globToRegExp(pattern);
    for (const path of yes) assert.ok(regex.test(path), `${pattern} matches ${path}`);
    for (const path of no) assert.ok(!regex.test(path), `${pattern} does not match ${path}`);
  }
});

test('splitGlob: the folder to walk and the pattern below it', () => {
  assert.deepEqual(splitGlob('samples/**/*.cable'), { base: 'samples', rest: '**/*.cable' });
  assert.deepEqual(splitGlob('*.cable'), { base: '.', rest: '*.cable' });
  assert.deepEqual(splitGlob('/tmp/x/*.tel'), { base: '/tmp/x', rest: '*.tel' });
  assert.deepEqual(splitGlob('/*.tel'), { base: '/', rest: '*.tel' });
  assert.ok(hasGlob('a/*.cable') && hasGlob('a?') && !hasGlob('a/b.cable'));
});

/** Applies a unified diff to `before` (what `patch` does), checking the hunk headers on the way. */
function applyUnified(before: string, diff: string): string {
  const old = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const lines = diff.split('\n');
  assert.ok(lines[0].startsWith('--- ') && lines[1].startsWith('+++ '));
  const out: string[] = [];
  let cursor = 0;
  let i = 2;
  while (i < lines.length && lines[i] !== '') {
    const header = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(lines[i]);
    assert.ok(header, `hunk header: ${lines[i]}`);
    const [oldStart, oldCount, , newCount] = header.slice(1).map(Number);
    const from = oldCount === 0 ? oldStart : oldStart - 1;
    out.push(...old.slice(cursor, from));
    cursor = from;
    let seenOld = 0;
    let seenNew = 0;
    for (i++; i < lines.length && lines[i] !== '' && !lines[i].startsWith('@@'); i++) {
      const kind = lines[i][0];
      const text = lines[i].slice(1);
      if (kind === ' ' || kind === '-') {
        assert.equal(old[cursor], text, 'context and removed lines match the old text');
        cursor++;
        seenOld++;
      }
      if (kind === ' ' || kind === '+') {
        out.push(text);
        seenNew++;
      }
    }
    assert.deepEqual([seenOld, seenNew], [oldCount, newCount], 'hunk header counts');
  }
  out.push(...old.slice(cursor));
  return out.length ? `${out.join('\n')}\n` : '';
}

test('unifiedDiff: a one-line change with three lines of context', () => {
  const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
  const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
  assert.equal(unifiedDiff(before, after, 'a/x', 'b/x'), '--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n');
  assert.equal(unifiedDiff(before, before, 'a/x', 'b/x'), '');
});

test('unifiedDiff: distant changes get separate hunks, near ones share one', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
  const changed = [...lines];
  changed[2] = 'TWO';
  changed[25] = 'TWENTY-FIVE';
  const diff = unifiedDiff(`${lines.join('\n')}\n`, `${changed.join('\n')}\n`, 'a', 'b');
  assert.equal(diff.match(/^@@/gm)?.length, 2);
  changed[8] = 'EIGHT';
  const near = unifiedDiff(`${lines.join('\n')}\n`, `${changed.join('\n')}\n`, 'a', 'b');
  assert.equal(near.match(/^@@/gm)?.length, 2, 'lines 2 and 8 are within 6 lines: one hunk; 25 another');
});

test('unifiedDiff: applying the diff to the old text gives the new text (random texts)', () => {
  const text = fc.array(fc.constantFrom('A', 'B', 'C', 'D', ''), { maxLength: 30 }).map((lines) => (lines.length ? `${lines.join('\n')}\n` : ''));
  fc.assert(
    fc.property(text, text, (before, after) => {
      const diff = unifiedDiff(before, after, 'a', 'b');
      if (before === after) return diff === '';
      return applyUnified(before, diff) === after;
    }),
    { numRuns: 500 },
  );
});
