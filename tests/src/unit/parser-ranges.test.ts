/**
 * Exact ranges over every real fixture: walking the whole tree generically, each token's text is
 * the document text at its range, every range lies inside the document, body items and spans come
 * in order. Also checks that the walk really visits the elements (not an empty tree).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/lib/core/parser';
import { assertOrdered, assertRangesExact, realNames, realText } from './parser-helpers';

const names = realNames();

test('there are at least 25 real fixtures', () => {
  assert.ok(names.length >= 25, `${names.length} fixtures`);
});

for (const name of names) {
  test(`ranges exact: ${name}`, () => {
    const text = realText(name);
    const doc = parse(text);
    const checked = assertRangesExact(doc, name);
    assertOrdered(doc, name);
    // A real cable yields a classification line or a body: the walk must have had work to do.
    assert.ok(checked > 5, `${name}: only ${checked} ranges`);
    // The same text with CRLF line breaks has the same number of ranges, all exact too.
    const crlf = parse(text.replace(/\r?\n/g, '\r\n'));
    assert.equal(assertRangesExact(crlf, `${name} (CRLF)`), checked, `${name}: CRLF changes the tree`);
  });
}
