/**
 * Cable ids in every form the corpus writes them reduce to one canonical id, the key that joins a
 * REF item to the cable it cites; and the reference-target rule built on it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalCableId, normalizeCableId, postOfId } from '../../../server/lib/core/cable-id';
import { lint, type CableDate } from '../../../server/lib/core';

test('every written form of a cable id gives the canonical id', () => {
  const cases: [string, number | null, string | null][] = [
    ['09 STATE 90254', null, '09STATE90254'],
    ['STATE 90254', 2009, '09STATE90254'],
    ['09STATE90254', null, '09STATE90254'],
    ['09state90254', null, '09STATE90254'],
    ['KHARTOUM 00378', 2008, '08KHARTOUM378'],
    ['2007 MANAGUA 2135', 2009, '07MANAGUA2135'],
    ['2007MANAGUA2135', null, '07MANAGUA2135'],
    ['STATE 54183 (08)', 2009, '08STATE54183'],
    ['SECSTATE 54183 (08)', null, '08STATE54183'],
    ['08 SECSTATE 54183', null, '08STATE54183'],
    ['08SECSTATE54183', null, '08STATE54183'],
    ['07 HAGUE 1234', null, '07THEHAGUE1234'],
    ['09 TASHKENT 001503', null, '09TASHKENT1503'],
    ['  09 TASHKENT 1503 ', null, '09TASHKENT1503'],
  ];
  for (const [text, year, expected] of cases) {
    assert.equal(normalizeCableId(text, year), expected, `${text} (citing year ${year})`);
  }
});

test('what is not a cable id, or has no knowable year, gives null', () => {
  for (const [text, year] of [
    ['STATE 90254', null],
    ['', 2009],
    ['TD-314/09169-05', 2009],
    ['09 XXXXXXXXXXXX 1234', null],
    ['hello world', 2009],
    ['IIR 6 902 9642 06', 2009],
  ] as const) {
    assert.equal(normalizeCableId(text, year), null, `${text}`);
  }
});

test('canonicalCableId applies aliases to an own id; postOfId reads the post back', () => {
  assert.equal(canonicalCableId('09TASHKENT1503'), '09TASHKENT1503');
  assert.equal(canonicalCableId('07HAGUE12'), '07THEHAGUE12');
  assert.equal(canonicalCableId(null), null);
  assert.equal(postOfId('09STATE90254'), 'STATE');
  assert.equal(postOfId('not an id'), null);
});

const CITING = `VZCZCXRO1503
PP RUEHWEB
DE RUEHNT #1503 2610924
ZNY CCCCC ZZH
P 180924Z SEP 09
FM AMEMBASSY TASHKENT
TO RUEHC/SECSTATE WASHDC PRIORITY 1111

C O N F I D E N T I A L TASHKENT 001503

E.O. 12958: DECL: 2019/09/18
TAGS: PREL PGOV UZ
SUBJECT: UZBEKISTAN: THE GOU WANTS TO COOPERATE

REF: A. 09 STATE 90254
     B. TASHKENT 1450

1. (C) The Uzbek government wants to work with the USG (REFS A and B).

NORLAND
`;

function targetFindings(resolve?: (id: string) => { date: CableDate | null } | undefined) {
  return lint(CITING, { resolveCable: resolve }).findings.filter((f) => f.rule === 'reference-target');
}

test('reference-target: a REF to a workspace cable dated after the citing cable is reported (info)', () => {
  const dates: Record<string, CableDate> = {
    '09STATE90254': { year: 2009, month: 9, day: 1 },
    '09TASHKENT1450': { year: 2009, month: 10, day: 2 },
  };
  const asked: string[] = [];
  const findings = targetFindings((id) => {
    asked.push(id);
    return dates[id] ? { date: dates[id] } : undefined;
  });
  assert.deepEqual(asked.sort(), ['09STATE90254', '09TASHKENT1450']);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'info');
  assert.match(findings[0].message, /REF B cites 09TASHKENT1450, dated 2009-10-02: after this cable's date \(2009-09-18\)/);
  assert.equal(CITING.slice(findings[0].start, findings[0].end), 'TASHKENT 1450');
});

test('reference-target: without a workspace, or with earlier or undated cables, nothing is reported', () => {
  assert.deepEqual(targetFindings(), []);
  assert.deepEqual(targetFindings(() => ({ date: null })), []);
  assert.deepEqual(targetFindings(() => ({ date: { year: 2009, month: 9, day: 18 } })), []);
});
