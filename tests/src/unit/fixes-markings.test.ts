/**
 * Fixes and options of the marking rules (CBL001-CBL011): each fix's exact resulting text, that it
 * changes nothing outside its finding's element, and that applying the safe fixes again changes
 * nothing. Options are exercised through the same configuration object the CLI and server use.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, fixAll, lint, lintDocument, parse } from '../../../server/lib/core';
import type { CableDate, Finding, Fix, LintConfig } from '../../../server/lib/core';

const TODAY: CableDate = { year: 2009, month: 9, day: 18 };

const HEADER = ['VZCZCXYZ0000', 'RR RUEHWEB', '', 'DE RUEHNT #1503 2610924', 'ZNY CCCCC ZZH', 'R 180924Z SEP 09', 'FM AMEMBASSY TASHKENT', 'TO RUEHC/SECSTATE WASHDC 1338', ''];

/** A small cable with the given classification, E.O. and CLASSIFIED BY lines (null = omitted). */
function cable(parts: { cls?: string; eo?: string | null; cby?: string | null; body?: string[]; security?: string }): string {
  const header = HEADER.map((line) => (line.startsWith('ZN') && parts.security ? parts.security : line));
  const lines = [...header, parts.cls ?? 'C O N F I D E N T I A L TASHKENT 001503', '', 'SIPDIS', ''];
  if (parts.eo !== null) lines.push(parts.eo ?? 'E.O. 12958: DECL: 09/18/2019');
  lines.push('TAGS: PREL UNGA UZ', 'SUBJECT: UNGA DEMARCHE DELIVERED', '', 'REF: 09 STATE 90254', '');
  if (parts.cby !== null) lines.push(parts.cby ?? 'CLASSIFIED BY: Katrisa Peffley, Pol/Econ Officer, DOS, Pol/Econ; REASON: 1.4(B), (D)', '');
  lines.push(...(parts.body ?? ['1. (C) SUMMARY: The Uzbek government wants to work together. END SUMMARY.', '', '2. (U) Post delivered reftel points.', 'NORLAND']));
  return lines.join('\n') + '\n';
}

function findings(text: string, alias: string, config?: LintConfig): Finding[] {
  return lint(text, { today: TODAY, config }).findings.filter((finding) => finding.rule === alias);
}

function only(text: string, alias: string, messagePart: string, config?: LintConfig): Finding {
  const matching = findings(text, alias, config).filter((finding) => finding.message.includes(messagePart));
  assert.equal(matching.length, 1, `expected one ${alias} finding containing "${messagePart}", got: ${JSON.stringify(findings(text, alias, config).map((f) => f.message))}`);
  return matching[0];
}

/** Applies one fix; checks the text outside its edits is untouched and the edits stay inside the
 *  line(s) of the finding's element (`within`). */
function apply(text: string, fix: Fix, within: { start: number; end: number }): string {
  for (const edit of fix.edits) {
    assert.ok(edit.start >= within.start && edit.end <= within.end, `edit ${edit.start}-${edit.end} outside ${within.start}-${within.end}`);
  }
  const result = applyEdits(text, fix.edits);
  const first = Math.min(...fix.edits.map((edit) => edit.start));
  const last = Math.max(...fix.edits.map((edit) => edit.end));
  assert.equal(result.slice(0, first), text.slice(0, first), 'text before the fix changed');
  assert.equal(result.slice(result.length - (text.length - last)), text.slice(last), 'text after the fix changed');
  return result;
}

function lineOf(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in text`);
  const start = text.lastIndexOf('\n', at) + 1;
  const newline = text.indexOf('\n', at);
  return { start, end: newline === -1 ? text.length : newline };
}

function assertIdempotent(text: string): void {
  const once = fixAll(text, { today: TODAY }).text;
  const twice = fixAll(once, { today: TODAY });
  assert.equal(twice.text, once, 'a second Fix All changed the text');
  assert.equal(twice.applied, 0);
}

describe('classification-line fix', () => {
  test('rewrites a damaged spaced level, safely, and nothing else', () => {
    const text = cable({ cls: 'E C R E T SECTION 01 OF 03 TASHKENT 001503', security: 'ZNY SSSSS ZZH', body: ['1. (S) Text.', '', '2. (C) More.', 'NORLAND'] });
    const finding = only(text, 'classification-line', 'Malformed classification level "E C R E T"');
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].safe, true);
    const fixed = apply(text, finding.fixes[0], lineOf(text, 'E C R E T SECTION'));
    assert.ok(fixed.includes('\nS E C R E T SECTION 01 OF 03 TASHKENT 001503\n'));
    assert.equal(findings(fixed, 'classification-line').length, 0);
    assertIdempotent(text);
  });

  test('rewrites a lower-cased word level', () => {
    const text = cable({ cls: 'Confidential TASHKENT 001503' });
    const finding = only(text, 'classification-line', 'expected "CONFIDENTIAL"');
    assert.ok(apply(text, finding.fixes[0], lineOf(text, 'Confidential')).includes('\nCONFIDENTIAL TASHKENT 001503\n'));
  });

  test('reports a level the parser could not recognise, without a fix', () => {
    const text = cable({});
    const doc = parse(text);
    assert.ok(doc.classification, 'fixture must parse a classification line');
    // A parser that keeps an unrecognised level (level null) must still get a clear message.
    const unknown = { ...doc, classification: { ...doc.classification, level: null, malformed: false } };
    const result = lintDocument(unknown, { today: TODAY }).filter((f) => f.rule === 'classification-line');
    assert.equal(result.length, 1);
    assert.match(result[0].message, /^Unknown classification level "C O N F I D E N T I A L": expected UNCLAS/);
    assert.deepEqual(result[0].fixes, []);
  });
});

describe('classified-by fix', () => {
  test('inserts the template after the last heading element, not safe', () => {
    const text = cable({ cby: null });
    const finding = only(text, 'classified-by', 'has no CLASSIFIED BY line');
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].safe, false);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.includes('REF: 09 STATE 90254\nCLASSIFIED BY: <name>, <title>, <agency>, <office>; REASON: 1.4( )\n\n1. (C) SUMMARY'), fixed);
    assert.equal(findings(fixed, 'classified-by').length, 0);
    // Not safe: Fix All leaves the cable alone.
    assert.equal(fixAll(text, { today: TODAY }).text.includes('<name>'), false);
  });

  test('keeps CRLF line breaks', () => {
    const text = cable({ cby: null }).replace(/\n/g, '\r\n');
    const finding = only(text, 'classified-by', 'has no CLASSIFIED BY line');
    assert.ok(applyEdits(text, finding.fixes[0].edits).includes('REF: 09 STATE 90254\r\nCLASSIFIED BY: <name>'));
  });
});

describe('classification-reason fixes and option', () => {
  test('normalizes 1:4 to 1.4 (safe, only the section changes)', () => {
    const text = cable({ cby: 'Classified By: Ambassador Karl W. Eikenberry for Reasons 1:4 b,d' });
    const finding = only(text, 'classification-reason', 'Malformed REASON section "1:4"');
    assert.equal(finding.fixes[0].safe, true);
    const fixed = apply(text, finding.fixes[0], { start: finding.start, end: finding.end });
    assert.ok(fixed.includes('Classified By: Ambassador Karl W. Eikenberry for Reasons 1.4 b,d\n'));
    assertIdempotent(text);
  });

  test('normalizes 1/5 to 1.5, which is then reported as late', () => {
    const text = cable({ cby: 'Classified By: Ambassador X for reasons 1/5 (b) and (d)' });
    const fixed = fixAll(text, { today: TODAY }).text;
    assert.ok(fixed.includes('for reasons 1.5 (b) and (d)'));
    only(fixed, 'classification-reason', 'REASON cites section 1.5 in a cable of 2009');
  });

  test('joins a section broken over a line break (safe) and leaves the categories readable', () => {
    const text = cable({ cby: 'Classified By: Political Minister Counselor George Glass for reasons 1.\n4 (b,d).' });
    const finding = only(text, 'classification-reason', 'Malformed REASON section "1. 4"');
    assert.equal(finding.fixes[0].safe, true);
    const fixed = apply(text, finding.fixes[0], { start: finding.start, end: finding.end });
    assert.ok(fixed.includes('for reasons 1.4 (b,d).\n'), fixed);
    assert.equal(findings(fixed, 'classification-reason').length, 0);
    assertIdempotent(text);
  });

  test('a number that is no section gets an unsafe 1.4', () => {
    const text = cable({ cby: 'CLASSIFIED BY: Gene Cretz, Ambassador, DOS, Embassy Tripoli; REASON: 1.6 (b)' });
    const finding = only(text, 'classification-reason', 'Unknown REASON section "1.6"');
    assert.equal(finding.fixes[0].safe, false);
    assert.ok(applyEdits(text, finding.fixes[0].edits).includes('REASON: 1.4 (b)\n'));
  });

  test('inserts REASON: 1.4( ) where the reason is missing', () => {
    const plain = cable({ cby: 'Classified By: Ambassador Robert F. Godec' });
    const finding = only(plain, 'classification-reason', 'gives no REASON');
    assert.equal(finding.fixes[0].safe, false);
    const cby = lineOf(plain, 'Classified By:');
    assert.ok(apply(plain, finding.fixes[0], cby).includes('Classified By: Ambassador Robert F. Godec; REASON: 1.4( )\n'));
    const withStop = cable({ cby: 'Classified By: Ambassador Robert F. Godec.  ' });
    const stop = only(withStop, 'classification-reason', 'gives no REASON');
    assert.ok(applyEdits(withStop, stop.fixes[0].edits).includes('Classified By: Ambassador Robert F. Godec. REASON: 1.4( )  \n'));
  });

  test('offers 1.4 for a late 1.5 (not safe)', () => {
    const text = cable({ cby: 'Classified By: CDA Robert Whitehead for reasons 1.5 (b) and (d)' });
    const finding = only(text, 'classification-reason', 'REASON cites section 1.5');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.fixes[0].safe, false);
    assert.ok(apply(text, finding.fixes[0], { start: finding.start, end: finding.end }).includes('for reasons 1.4 (b) and (d)'));
  });

  test('section15UntilYear moves the cut-off year', () => {
    const text = cable({ cby: 'Classified By: CDA Robert Whitehead for reasons 1.5 (b) and (d)' });
    assert.equal(findings(text, 'classification-reason', { rules: { 'classification-reason': { options: { section15UntilYear: 2009 } } } }).length, 0);
    assert.equal(findings(text, 'classification-reason', { rules: { 'classification-reason': { options: { section15UntilYear: 2008 } } } }).length, 1);
  });
});

describe('fromYear options', () => {
  const old = (text: string) => text.replace('R 180924Z SEP 09', 'R 180924Z SEP 86').replace('DECL: 09/18/2019', 'DECL: OADR');
  test('classified-by skips cables before fromYear (1995 by default)', () => {
    const text = old(cable({ cby: null }));
    assert.equal(findings(text, 'classified-by').length, 0);
    const config: LintConfig = { rules: { 'classified-by': { options: { fromYear: 1980 } } } };
    only(text, 'classified-by', 'CONFIDENTIAL cable has no CLASSIFIED BY line', config);
  });

  test('portion-marking skips missing marks before fromYear (1979 by default), not malformed ones', () => {
    const text = old(cable({ body: ['1. Text.', '', '2. (c) More.', 'NORLAND'] })).replace('R 180924Z SEP 86', 'R 180924Z SEP 75');
    assert.deepEqual(findings(text, 'portion-marking').map((f) => f.message), ['Malformed portion mark (c) on paragraph 2: expected (C)']);
    const config: LintConfig = { rules: { 'portion-marking': { options: { fromYear: 1970 } } } };
    only(text, 'portion-marking', 'Paragraph 1 has no portion mark', config);
  });
});

describe('portion-marking fixes', () => {
  const body = ['1. (C) SUMMARY: Text. END SUMMARY.', '', '2. Post delivered reftel points.', '', '3.Glued text.', 'NORLAND'];

  test('offers one unsafe fix per mark up to the cable level', () => {
    const text = cable({ body });
    const finding = only(text, 'portion-marking', 'Paragraph 2 has no portion mark');
    assert.deepEqual(finding.fixes.map((fix) => fix.title), ['Mark paragraph 2 (U)', 'Mark paragraph 2 (SBU)', 'Mark paragraph 2 (C)']);
    assert.ok(finding.fixes.every((fix) => !fix.safe));
    const paragraph = lineOf(text, '2. Post delivered');
    assert.ok(apply(text, finding.fixes[2], paragraph).includes('\n2. (C) Post delivered reftel points.\n'));
    assert.ok(apply(text, finding.fixes[0], paragraph).includes('\n2. (U) Post delivered reftel points.\n'));
    const glued = only(text, 'portion-marking', 'Paragraph 3 has no portion mark');
    assert.ok(apply(text, glued.fixes[1], lineOf(text, '3.Glued')).includes('\n3. (SBU) Glued text.\n'));
    // Unsafe fixes are never applied by Fix All.
    assert.equal(fixAll(text, { today: TODAY }).text, text);
  });

  test('offers NOFORN variants on a NOFORN SECRET cable', () => {
    const text = cable({ cls: 'S E C R E T TASHKENT 001503', security: 'ZNY SSSSS ZZH', body: ['1. (S/NF) Text.', '', '2. More.', 'NORLAND'] }).replace('SIPDIS', 'NOFORN\nSIPDIS');
    const finding = only(text, 'portion-marking', 'Paragraph 2 has no portion mark');
    assert.deepEqual(finding.fixes.map((fix) => fix.title.replace('Mark paragraph 2 ', '')), ['(U)', '(SBU)', '(C)', '(C/NF)', '(S)', '(S/NF)']);
  });

  test('normalizes malformed marks safely, idempotently', () => {
    const text = cable({ cls: 'S E C R E T TASHKENT 001503', security: 'ZNY SSSSS ZZH', body: ['1. (N/SF) Text.', '', '2. (SNF) Text.', '', '3. (c) Text.', 'NORLAND'] }).replace('SIPDIS', 'NOFORN\nSIPDIS');
    const first = only(text, 'portion-marking', 'Malformed portion mark (N/SF)');
    assert.equal(first.fixes[0].safe, true);
    assert.ok(apply(text, first.fixes[0], { start: first.start, end: first.end }).includes('\n1. (S/NF) Text.\n'));
    const fixed = fixAll(text, { today: TODAY }).text;
    assert.ok(fixed.includes('\n1. (S/NF) Text.\n\n2. (S/NF) Text.\n\n3. (C) Text.\n'), fixed);
    assert.equal(findings(fixed, 'portion-marking').length, 0);
    assertIdempotent(text);
  });
});

describe('declassification-date fix and options', () => {
  test('writes non-canonical dates as MM/DD/YYYY, safely', () => {
    for (const [written, expected] of [['3/13/2018', '03/13/2018'], ['2019-02-12', '02/12/2019'], ['9/18/19', '09/18/2019']]) {
      const text = cable({ eo: `E.O. 12958: DECL: ${written}` });
      const finding = only(text, 'declassification-date', `DECL date "${written}" is not in the canonical form: expected "${expected}"`);
      assert.equal(finding.severity, 'info');
      assert.equal(finding.fixes[0].safe, true);
      assert.ok(apply(text, finding.fixes[0], { start: finding.start, end: finding.end }).includes(`\nE.O. 12958: DECL: ${expected}\n`));
      assertIdempotent(text);
    }
  });

  test('reads 2-digit years in the window around the cable date', () => {
    const text = cable({ eo: 'E.O. 12958: DECL: 11/29/10' }).replace('R 180924Z SEP 09', 'R 290924Z NOV 00');
    const finding = only(text, 'declassification-date', 'expected "11/29/2010"');
    assert.ok(applyEdits(text, finding.fixes[0].edits).includes('DECL: 11/29/2010\n'));
    assert.equal(findings(text, 'declassification-date').length, 1, 'a 2010 date is 10 years after a 2000 cable: no other finding');
  });

  test('format YYYY/MM/DD is written by the fix; strictFormat reports the other form', () => {
    const config: LintConfig = { rules: { 'declassification-date': { options: { format: 'YYYY/MM/DD' } } } };
    const iso = cable({ eo: 'E.O. 12958: DECL: 2019-09-18' });
    const finding = only(iso, 'declassification-date', 'expected "2019/09/18"', config);
    assert.ok(applyEdits(iso, finding.fixes[0].edits).includes('DECL: 2019/09/18\n'));
    const classic = cable({ eo: 'E.O. 12958: DECL: 09/18/2019' });
    assert.equal(findings(classic, 'declassification-date', config).length, 0, 'the other canonical form is accepted by default');
    const strict: LintConfig = { rules: { 'declassification-date': { options: { format: 'YYYY/MM/DD', strictFormat: true } } } };
    const reported = only(classic, 'declassification-date', 'expected "2019/09/18"', strict);
    assert.ok(applyEdits(classic, reported.fixes[0].edits).includes('DECL: 2019/09/18\n'));
    const fixed = fixAll(classic, { today: TODAY, config: strict });
    assert.equal(fixAll(fixed.text, { today: TODAY, config: strict }).applied, 0);
  });

  test('maxYears bounds the span', () => {
    const text = cable({ eo: 'E.O. 12958: DECL: 09/18/2024' });
    assert.equal(findings(text, 'declassification-date').length, 0);
    const config: LintConfig = { rules: { 'declassification-date': { options: { maxYears: 10 } } } };
    only(text, 'declassification-date', 'is 15 years after the cable\'s date 2009-09-18: expected at most 10', config);
  });
});

/** Lines a cable is made of, damaged in the ways real cables are: shuffled and glued together
 *  they reach the odd corners of every marking rule. */
const FRAGMENTS = [
  'VZCZCXYZ0000', 'OO RUEHWEB', 'DE RUEHNT #1503/01 2610924', 'DE RUEHNT #', 'ZNY CCSCC ZZH', 'ZNR', 'ZNY SSSSS',
  'O R 320960Z SPT 09', 'R 180924Z SEP 2009', 'FM AMEMBASSY', 'FM SECSTATE WASHDC', 'C O N F I D E N T I A L TASHKENT 001503',
  'SE C R E T', 'S e c r e t state 068250', 'UNCLAS E F T O', 'LIMITED OFFICIAL USE', 'SECRET NOFORN', 'NOFORN',
  'E.O. 12958: DECL: 02/30/2019', 'EO 1295 DECL: 6/30/08', 'E.O.: N/A', 'E.O. 13526: DECL: 2019-13-01', 'E.O. 12958:',
  'CLASSIFIED BY: ; REASON:', 'Classified By: Derived from', 'Classified By: X for reasons 1.', '4 (i), (', 'REASON: 1:5 (B) AND',
  'SUBJECT: (TS//NF) X', '1. (N/SF) Text', '2.', '3. (c)', '¶4. (S/NF)', '15. percent', '1. SECRET - ENTIRE TEXT.',
  'BEGIN TEXT:', 'END TEXT.', 'A. (S) Sub', 'xxxxxxxxxxxx', '', ' ', '(', ')', ':', '#', '/',
];

describe('marking rules never throw', () => {
  test('on cables shuffled from damaged fragments (property)', () => {
    const line = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }));
    const eol = fc.constantFrom('\n', '\r\n', '\r', ' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { maxLength: 40 }), (parts) => {
        const text = parts.map(([content, end]) => content + end).join('');
        const findings = lint(text, { today: TODAY }).findings;
        assert.deepEqual(findings.filter((finding) => finding.message.startsWith('Internal error')).map((f) => f.message), []);
        for (const finding of findings) assert.ok(finding.start >= 0 && finding.end <= text.length && finding.start <= finding.end);
      }),
      { numRuns: 300, seed: 20091918 },
    );
  });


  test('on truncated and odd inputs', () => {
    const base = cable({ body: ['1. (C) Text.', '', '2. (N/SF) More.', '', '3. No mark.', 'NORLAND'] });
    const inputs = ['', '\n', 'E.O.', 'E.O. 12958: DECL:', 'CLASSIFIED BY', 'R 999999Z XXX 99', 'ZNY', '1.', '(S)'];
    for (let cut = 0; cut < base.length; cut += 7) inputs.push(base.slice(0, cut));
    for (const input of inputs) {
      const result = lint(input, { today: TODAY });
      const internal = result.findings.filter((finding) => finding.message.startsWith('Internal error'));
      assert.deepEqual(internal, [], JSON.stringify(input));
    }
  });
});
