/**
 * Property tests (fast-check): on random strings and on mutated real cables (lines deleted,
 * duplicated, swapped, garbage inserted, cut at random points) the parser never throws, every
 * range lies inside the document and matches its text, and body items and spans stay ordered.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../../server/lib/core/parser';
import { collapseWhitespace } from '../../../server/lib/core/parser/scan';
import { assertOrdered, assertRangesExact, realNames, realText } from './parser-helpers';

const cables = realNames().map(realText);

function check(text: string): void {
  const doc = parse(text);
  assert.equal(doc.text, text);
  assertRangesExact(doc, 'generated');
  assertOrdered(doc, 'generated');
}

/** Characters that matter to the parser, so random strings hit its branches often. */
const cableChar = fc.constantFrom(
  ...'SECRTONFIDLUAXx0123456789 .:;,()/-¶[]#\n\r\t'.split(''),
  'C O N F I D E N T I A L ', 'E.O. 12958: DECL: ', 'TAGS: ', 'SUBJECT: ', 'REF: A. ', 'CLASSIFIED BY: ',
  '1. (C) ', 'END SUMMARY.', 'BEGIN TEXT', 'NNNN', '-----\n', 'XXXXXXXX', '(S//NF) ', '\u2019', '\ud83d',
);

test('random strings of cable-ish characters', () => {
  fc.assert(fc.property(fc.array(cableChar, { maxLength: 300 }).map((a) => a.join('')), check), { numRuns: 400 });
});

test('arbitrary unicode strings, including long lines', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2500 }), check), { numRuns: 150 });
});

type Mutation = { kind: 'delete' | 'duplicate' | 'swap' | 'garbage' | 'cut'; at: number; other: number; garbage: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'garbage', 'cut'),
  at: fc.nat(),
  other: fc.nat(),
  garbage: fc.string({ maxLength: 60 }),
});

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    const j = m.other % lines.length;
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]);
        break;
      case 'swap':
        [lines[i], lines[j]] = [lines[j], lines[i]];
        break;
      case 'garbage':
        lines.splice(i, 0, m.garbage);
        break;
      case 'cut': {
        const joined = lines.join('\n');
        lines = joined.slice(0, m.at % (joined.length + 1)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

test('mutated real cables', () => {
  fc.assert(
    fc.property(fc.nat({ max: cables.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (index, mutations) => {
      check(mutate(cables[index], mutations));
    }),
    { numRuns: 300 },
  );
});

test('real cables cut at every 97th character', () => {
  for (const text of cables.slice(0, 8)) {
    for (let at = 0; at < text.length; at += 97) check(text.slice(0, at));
  }
});

test('real cables cut inside every keyword the parser looks for', () => {
  const keywords = /SUMMARY|Summary|COMMENT|Comment|BEGIN|TEXT|QUOTE|REASON|reasons|SECTION|CLASSIFIED|Classified|ENTIRE|E\.O\.|DECL|TAGS|SUBJECT|REF|NNNN|End Cable|\(S\/\/|[0-9]{8} +[0-9]{3}/g;
  let cuts = 0;
  for (const text of cables) {
    for (const m of text.matchAll(keywords)) {
      for (let k = 1; k < m[0].length; k++) {
        check(text.slice(0, (m.index ?? 0) + k));
        cuts++;
      }
    }
  }
  assert.ok(cuts > 1000, `only ${cuts} cuts`);
});

test('a 2,000-character line, binary noise and deep repetition finish quickly', () => {
  const long = 'C O N F I D E N T I A L ' + 'X'.repeat(2000) + '\n' + '1. (C) ' + 'word '.repeat(400) + '\n';
  const noise = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
  const repeated = 'REF: A. STATE 1 B. STATE 2\n'.repeat(2000) + 'TAGS: PREL,\n'.repeat(2000) + '(((((((('.repeat(500);
  for (const text of [long, noise, repeated, '1.'.repeat(5000), 'S E C R E T '.repeat(500), '-\n'.repeat(5000)]) {
    const started = process.hrtime.bigint();
    check(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 2000, `took ${ms} ms`);
  }
});

test('collapseWhitespace is s.replace(/\\s+/g, " ") (the regex it stands for, on every kind of blank)', () => {
  const blank = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\ufeff', '\u2028', '\u3000', '\u000b');
  const piece = fc.oneof(blank, fc.string({ maxLength: 6 }), fc.constantFrom('SENSITIVE', 'BUT', 'é', '¶'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const s = pieces.join('');
      assert.equal(collapseWhitespace(s), s.replace(/\s+/g, ' '));
    }),
    { numRuns: 3000 },
  );
});
