import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/lib/core/text';

test('LineIndex counts \\r\\n, \\n and \\r as line breaks like the editor', () => {
  const index = new LineIndex('a\r\nbc\nd\re');
  assert.deepEqual(index.lineStarts, [0, 3, 6, 8]);
  assert.deepEqual(index.positionAt(4), { line: 1, character: 1 });
  assert.equal(index.offsetAt({ line: 2, character: 0 }), 6);
  assert.equal(index.lineEnd(0), 1);
  assert.equal(index.lineEnd(3), 9);
});
