/**
 * The parser on the odd forms of each element (cable-format.md §3-§11), one small draft per case:
 * spellings of the classification level, E.O. and DECL forms, TAGS, REF, CLASSIFIED BY / REASON,
 * portion marks, body structure, one-line headings, line endings.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../server/lib/core/parser';
import type { CableDocument, Paragraph } from '../../../server/lib/core/tree';
import { assertOrdered, assertRangesExact, outline } from './parser-helpers';
import { ALL_TAG_CODES, lookupTag } from '../../../server/lib/core/data/tags-vocabulary';

/** Parses and checks the ranges on the way, so every form here is also a range test. */
function p(text: string): CableDocument {
  const doc = parse(text);
  assertRangesExact(doc, JSON.stringify(text.slice(0, 40)));
  assertOrdered(doc);
  return doc;
}

const draft = (heading: string, body = '1. (C) Text.\n2. (C) More text.\n\nNAME\n'): string => `${heading}\n\n${body}`;

describe('classification level spellings', () => {
  const cases: [string, string | null, boolean, string?][] = [
    ['C O N F I D E N T I A L TASHKENT 001503', 'CONFIDENTIAL', false],
    ['CONFIDENTIAL', 'CONFIDENTIAL', false],
    ['S E C R E T        DOHA 00214', 'SECRET', false],
    ['SECRET SECTION 01 of 05 ROME 000097', 'SECRET', false],
    ['T O P S E C R E T STATE 000001', 'TOP SECRET', false],
    ['TOP SECRET', 'TOP SECRET', false],
    ['UNCLAS', 'UNCLASSIFIED', false],
    ['UNCLASSIFIED BUENOS AIRES 2481', 'UNCLASSIFIED', false],
    ['LIMITED OFFICIAL USE MADRID 01234', 'LIMITED OFFICIAL USE', false],
    ['E C R E T SECTION 01 OF 03 BAGHDAD 000146', 'SECRET', true, 'S E C R E T'],
    ['SE C R E T TUNIS 000193', 'SECRET', true, 'S E C R E T'],
    ['S e c r e t state 068250', 'SECRET', true, 'S E C R E T'],
    ['C O N F I D E N T I A TASHKENT 001503', 'CONFIDENTIAL', true, 'C O N F I D E N T I A L'],
    ['Confidential', 'CONFIDENTIAL', true, 'CONFIDENTIAL'],
  ];
  for (const [line, level, malformed, suggestion] of cases) {
    test(line, () => {
      const c = p(draft(line)).classification;
      assert.ok(c, 'classification line found');
      assert.deepEqual([c.level, c.malformed, c.suggestion], [level, malformed, suggestion]);
    });
  }
  test('UNCLAS E F T O and UNCLAS EFTO keep the caveat', () => {
    const spaced = p(draft('UNCLAS E F T O STATE 001234')).classification!;
    assert.deepEqual([spaced.levelText.text, spaced.caveats.map((c) => c.text), spaced.post?.text, spaced.serial?.text], ['UNCLAS', ['E F T O'], 'STATE', '001234']);
    const word = p(draft('UNCLAS EFTO')).classification!;
    assert.deepEqual(word.caveats.map((c) => c.text), ['EFTO']);
  });
  test('SECTION n OF m, post with spaces', () => {
    const c = p(draft('C O N F I D E N T I A L SECTION 02 OF 03 THE HAGUE 000365')).classification!;
    assert.deepEqual([c.section?.n.text, c.section?.m.text, c.post?.text, c.serial?.text], ['02', '03', 'THE HAGUE', '000365']);
  });
  test('a sentence starting with "Secret" is not a classification line', () => {
    const doc = p('Secret talks were held in the capital last week.\n');
    assert.equal(doc.classification, undefined);
  });
});

describe('heading block shapes', () => {
  test('SECRET NOFORN among the captions is a caption, not a banner (06CARACAS219)', () => {
    const doc = p(draft('S E C R E T SECTION 01 OF 06 CARACAS 000219\n\nSIPDIS\n\nSECRET NOFORN\n\nSIPDIS\n\nE.O. 12958: DECL: 01/26/2021\nTAGS: PGOV'));
    assert.deepEqual([doc.banners.length, doc.captions.map((c) => c.text)], [0, ['SIPDIS', 'SECRET NOFORN', 'SIPDIS']]);
    // A bare level line there is still a banner.
    assert.equal(p(draft('SECRET\n\nSIPDIS\n\nSECRET\n\nTAGS: PGOV')).banners.length, 1);
  });
  test('draft without a header starts at the classification line', () => {
    const doc = p('C O N F I D E N T I A L\n\nSIPDIS\n\nE.O. 12958: DECL: 09/18/2019\nTAGS: PREL, UNGA\nSUBJECT: TEST SUBJECT\n\n1. (C) First.\n2. (C) Second.\n\nSMITH\n');
    assert.equal(doc.header, undefined);
    assert.equal(doc.date, null);
    assert.deepEqual([doc.classification?.level, doc.captions.length, doc.eo?.order?.text, doc.tags?.codes.length, doc.subject?.text], ['CONFIDENTIAL', 1, '12958', 2, 'TEST SUBJECT']);
    assert.deepEqual(outline(doc), ['1(C)', '2(C)']);
    assert.equal(doc.signature?.text, 'SMITH');
    assert.deepEqual(doc.preamble, []);
  });
  test('draft starting at E.O. (no classification line)', () => {
    const doc = p('E.O. 12958: N/A\nTAGS: PREL\nSUBJECT: NO CLASSIFICATION LINE\n\n1. Text.\n');
    assert.equal(doc.classification, undefined);
    assert.equal(doc.eo?.declassify?.kind, 'na');
    assert.deepEqual(outline(doc), ['1']);
  });
  test('a draft starting at E.O. keeps its heading when a banner stands far down the body', () => {
    const body = Array.from({ length: 30 }, (_, i) => `Unnumbered text line ${i}.`).join('\n');
    const doc = p(`E.O. 12958: N/A\nTAGS: PREL\nSUBJECT: NO NUMBERS\n\n${body}\n\nCONFIDENTIAL\n`);
    assert.deepEqual([doc.classification, doc.preamble.length, doc.subject?.text], [undefined, 0, 'NO NUMBERS']);
    assert.deepEqual(doc.banners.map((b) => b.levelText.text), ['CONFIDENTIAL']);
  });
  test('everything on one line (10STATE284 style)', () => {
    const doc = p('C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020 TAGS: MASS MARR PARM\n1.(U) This is an action request.\n');
    assert.equal(doc.classification?.serial?.text, '000284');
    assert.deepEqual(doc.captions.map((c) => c.text), ['SIPDIS']);
    assert.equal(doc.eo?.instruction?.text, '01/04/2020');
    assert.deepEqual(doc.tags?.codes.map((c) => c.text), ['MASS', 'MARR', 'PARM']);
    assert.equal(doc.subject, undefined);
    assert.deepEqual(outline(doc), ['1(U)']);
  });
  test('E.O. and TAGS on one line; passing line and E.O. on one line', () => {
    const a = p(draft('CONFIDENTIAL\nE.O. 12958: DECL: 02/14/2018 TAGS: BR PREL MARR\nSUBJECT: X'));
    assert.deepEqual([a.eo?.line.text, a.tags?.codes.map((c) => c.text)], ['E.O. 12958: DECL: 02/14/2018', ['BR', 'PREL', 'MARR']]);
    const b = p(draft('CONFIDENTIAL\nDEPT FOR NEA/MAG AND DRL E.O. 12958: DECL: 3/13/2018\nTAGS: PGOV'));
    assert.deepEqual(b.passingLines.map((l) => l.text), ['DEPT FOR NEA/MAG AND DRL']);
    assert.ok(b.eo?.declassify?.kind === 'date' && b.eo.declassify.date.month === 3);
  });
  test('an E.O. number inside the SUBJECT does not start an E.O. line', () => {
    const doc = p(draft('CONFIDENTIAL\nE.O. 12958: DECL: 02/14/2018\nTAGS: PTER\nSUBJECT: DESIGNATIONS UNDER E.O. 13224 CONTINUE'));
    assert.equal(doc.subject?.text, 'DESIGNATIONS UNDER E.O. 13224 CONTINUE');
    assert.equal(doc.eo?.order?.text, '12958');
  });
  test('SUBJECT runs into REF on the same line', () => {
    const doc = p(draft('CONFIDENTIAL\nTAGS: ETRD\nSUBJECT: BRAZIL AND FTAA REF: (A) 05 SAO PAULO 405'));
    assert.equal(doc.subject?.text, 'BRAZIL AND FTAA');
    assert.deepEqual(doc.refs?.items.map((i) => i.cable?.id), ['05SAOPAULO405']);
  });
  test('SUBJ: and Subject: labels, leading portion mark', () => {
    assert.equal(p(draft('SECRET\nSUBJ: SHORT FORM')).subject?.label.text, 'SUBJ');
    const s = p(draft('SECRET\nSubject: (S) GERMANY TAKING ACTION')).subject!;
    assert.deepEqual([s.label.text, s.portion?.text, s.portion?.level, s.text], ['Subject', '(S)', 'SECRET', 'GERMANY TAKING ACTION']);
  });
  test('a preamble before the classification line is kept', () => {
    const doc = p('Friday, 23 February 2001, 15:53\nC O N F I D E N T I A L PRETORIA 001173\nTAGS: PREL\n\n1. (C) Text.\n');
    assert.deepEqual(doc.preamble.map((l) => l.text), ['Friday, 23 February 2001, 15:53']);
  });
  test('CONFIDENTIAL - ENTIRE TEXT with CLASSIFIED BY inside paragraph 1', () => {
    const doc = p(draft('C O N F I D E N T I A L AMMAN 002094\nE.O. 12958: DECL: 1.6X1\nTAGS: PREL', '1. CONFIDENTIAL - ENTIRE TEXT. CLASSIFIED BY: CHARGE ROBERT BEECROFT; REASON 1.5 (D).\n2. Text.\n'));
    assert.equal(doc.entireText?.text, 'CONFIDENTIAL - ENTIRE TEXT.');
    assert.deepEqual([doc.classifiedBy?.by?.text, doc.classifiedBy?.section?.text, doc.classifiedBy?.categories.map((c) => c.text)], ['CHARGE ROBERT BEECROFT', '1.5', ['D']]);
    assert.equal(doc.eo?.declassify?.kind, 'event');
    const u = p(draft('CONFIDENTIAL\nTAGS: PREL', '1. (U) CLASSIFIED BY CHARGE ROBERT BEECROFT; REASON 1.5 (D).\n2. (C) Text.\n'));
    assert.equal(u.classifiedBy?.by?.text, 'CHARGE ROBERT BEECROFT');
    assert.deepEqual(outline(u), ['1(U)', '2(C)']);
  });
});

describe('heading block edges seen in the cablegate corpus', () => {
  test('a page-break line of a post starting with P inside the heading', () => {
    const doc = p('S E C R E T SECTION 01 OF 02 PARIS 002069\nTAGS: PTER\nSUBJECT: X\n\nREF: A. 05 PARIS 7528\n\nPARIS 00002069 001.2 OF 002\n\nClassified By: Minister-Counselor Jane Doe, reasons 1.4 b/d\n\n1. (S) Text.\n');
    assert.deepEqual(doc.body.pageBreaks.map((t) => t.text), ['PARIS 00002069 001.2 OF 002']);
    assert.equal(doc.classifiedBy?.by?.text, 'Minister-Counselor Jane Doe');
    assert.deepEqual(outline(doc), ['1(S)']);
  });
  test('an unnumbered body right under the REF line is not another reference', () => {
    const doc = p('UNCLAS KUALA LUMPUR 000317\nTAGS: PREL\nSUBJECT: DEMARCHE\nREF: STATE 40380\n (SBU) Poloff delivered reftel demarche.\nKEITH\n');
    assert.deepEqual(doc.refs?.items.map((i) => i.text.text), ['STATE 40380']);
    assert.deepEqual(outline(doc), ['T(SBU)']);
    assert.equal(doc.signature?.text, 'KEITH');
  });
  test('a stray line between REF and Classified By stays in the heading', () => {
    const doc = p('CONFIDENTIAL\nTAGS: PREL\nSUBJECT: X\n\nREF: (A) BUENOS AIRES 2336 (B) MCWHIRTER 12/14/07\n\nE-MAIL TO DS COMMAND CENTER\n\nClassified By: Ambassador Wayne for reasons 1.4 (b) & (d).\n\n1. (C) Text.\n');
    assert.deepEqual(doc.passingLines.map((l) => l.text), ['E-MAIL TO DS COMMAND CENTER']);
    assert.deepEqual([doc.classifiedBy?.by?.text, doc.classifiedBy?.categories.map((c) => c.text)], ['Ambassador Wayne', ['b', 'd']]);
    assert.deepEqual(outline(doc), ['1(C)']);
  });
  test('a lower-cased duplicate heading run into one line (04ANKARA348 style)', () => {
    const doc = p('C o n f i d e n t i a l ankara 000348\nSipdis\nE.o. 12958: decl: 01/07/2014 Tags: prel, pgov, tu Subject: turkish p.m. goes to washington\n\n1. (C) Text.\n');
    assert.deepEqual([doc.classification?.level, doc.classification?.malformed, doc.classification?.suggestion], ['CONFIDENTIAL', true, 'C O N F I D E N T I A L']);
    assert.equal(doc.eo?.instruction?.text, '01/07/2014');
    assert.deepEqual(doc.tags?.codes.map((c) => `${c.text}:${c.kind}`), ['prel:subject', 'pgov:subject', 'tu:geographic']);
    assert.equal(doc.subject?.text, 'turkish p.m. goes to washington');
  });
  test('a title-cased signer', () => {
    assert.equal(p('CONFIDENTIAL\nTAGS: PREL\n\n1. (C) Text ends here.\nWolff\n').signature?.text, 'Wolff');
    assert.equal(p('CONFIDENTIAL\nTAGS: PREL\n\n1. (C) Text ends here.\n\nComment\n').signature, undefined);
  });
});

describe('E.O. line forms', () => {
  const eo = (line: string) => p(draft(`SECRET\n${line}\nTAGS: PREL`)).eo;
  test('labels and orders', () => {
    assert.deepEqual([eo('E.O. 12958: DECL: 09/18/2019')?.label.text, eo('EO 12958 DECL: 11/29/10')?.label.text, eo('E.o. 12958: decl: 07/28/2019')?.label.text], ['E.O.', 'EO', 'E.o.']);
    const glued = eo('E.O.12356: DECL:OADR')!;
    assert.deepEqual([glued.order?.text, glued.instructionLabel?.text, glued.declassify?.kind, glued.declassify?.token.text], ['12356', 'DECL', 'code', 'OADR']);
  });
  test('date formats', () => {
    const cases: [string, string, [number, number, number]][] = [
      ['09/18/2019', 'MDY', [2019, 9, 18]],
      ['1/2/2019', 'MDY', [2019, 1, 2]],
      ['6/30/08', 'MDYY', [2008, 6, 30]],
      ['2019/09/18', 'YMD', [2019, 9, 18]],
      ['2019-02-12', 'ISO', [2019, 2, 12]],
    ];
    for (const [written, format, [y, m, d]] of cases) {
      const value = eo(`E.O. 12958: DECL: ${written}`)!.declassify;
      assert.ok(value?.kind === 'date', written);
      assert.deepEqual([value.format, value.date, value.token.text], [format, { year: y, month: m, day: d }, written], written);
    }
  });
  test('unparseable, N/A, codes, events, redacted', () => {
    assert.equal(eo('E.O. 12958: DECL: 13/45/2019')?.declassify?.kind, 'unparseable');
    assert.equal(eo('E.O. 12958: DECL: 02/30/2019')?.declassify?.kind, 'unparseable');
    assert.equal(eo('E.O. 12958: N/A')?.declassify?.kind, 'na');
    for (const code of ['OADR', 'MR', 'X1', 'X8', '25X1', '25X1-human']) assert.equal(eo(`E.O. 12958: DECL: ${code}`)?.declassify?.kind, 'code', code);
    const event = eo('E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION')!.declassify!;
    assert.deepEqual([event.kind, event.token.text], ['event', 'TEN YEARS AFTER KOREAN UNIFICATION']);
    assert.equal(eo('EO 12958 XXXXXXXXXXXXX')?.declassify?.kind, 'redacted');
    const dng = eo('E.O. 12958: DNG: CO 04/08/2026')!;
    assert.deepEqual([dng.instructionLabel?.text, dng.declassify], ['DNG', null]);
  });
  test('"EO Systematic Review" is not an E.O. line', () => {
    const doc = p(draft('CONFIDENTIAL\nDeclassified/Released US Department of State EO\nSystematic Review 05 JUL 2006\nE.O. 11652: GDS\nTAGS: PINT IR'));
    assert.equal(doc.eo?.order?.text, '11652');
    assert.equal(doc.passingLines.length, 2);
  });
});

describe('TAGS forms', () => {
  const tags = (line: string) => p(draft(`SECRET\nE.O. 12958: N/A\n${line}\nSUBJECT: X`)).tags!;
  test('label spellings and separators', () => {
    assert.deepEqual(tags('TAGS: PREL PGOV').codes.map((c) => c.text), ['PREL', 'PGOV']);
    assert.deepEqual(tags('TAGS PREL, PGOV, SF').codes.map((c) => c.text), ['PREL', 'PGOV', 'SF']);
    assert.equal(tags('Tags: prel, pgov').label.text, 'Tags');
  });
  test('wrapped after a trailing comma', () => {
    const t = tags('TAGS: PREL, PGOV,\nKNNP, IR');
    assert.deepEqual(t.codes.map((c) => c.text), ['PREL', 'PGOV', 'KNNP', 'IR']);
  });
  test('kinds: geographic, program, subject, organization, person, unknown', () => {
    const t = tags('TAGS: IR KDEM PHUM NATO OVIP (STEINBERG, JAMES B.) PHUMPGOV XXXXXXXX');
    assert.deepEqual(t.codes.map((c) => [c.text, c.kind]), [
      ['IR', 'geographic'], ['KDEM', 'program'], ['PHUM', 'subject'], ['NATO', 'organization'], ['OVIP', 'subject'],
      ['STEINBERG, JAMES B.', 'person'], ['PHUMPGOV', 'unknown'], ['XXXXXXXX', 'unknown'],
    ]);
  });
  test('kinds come from the shared vocabulary (data/tags-vocabulary.ts), one list for parser and rules', () => {
    const codes = ALL_TAG_CODES.filter((c) => /^[A-Z]{2,8}$/.test(c));
    const t = tags(`TAGS: ${codes.join(' ')}`);
    assert.equal(t.codes.length, codes.length);
    const wrong = t.codes.filter((c) => c.kind !== lookupTag(c.text)!.kind).map((c) => `${c.text}:${c.kind}`);
    assert.deepEqual(wrong, []);
    // An ISO country code the old parser list did not know (09STATE16285).
    assert.equal(tags('TAGS: PREL SYR').codes[1].kind, 'geographic');
  });
  test('a name after OVIP without parentheses is one person (09BEIJING2964); one unknown word stays a code', () => {
    assert.deepEqual(tags('TAGS: OVIP STEINBERG JAMES PREL MNUC SN').codes.map((c) => [c.text, c.kind]), [
      ['OVIP', 'subject'], ['STEINBERG JAMES', 'person'], ['PREL', 'subject'], ['MNUC', 'subject'], ['SN', 'geographic'],
    ]);
    assert.deepEqual(tags('TAGS: OVIP PRLE PGOV').codes.map((c) => [c.text, c.kind]), [['OVIP', 'subject'], ['PRLE', 'subject'], ['PGOV', 'subject']]);
    assert.deepEqual(tags('TAGS: PREL OVIP BR').codes.map((c) => c.kind), ['subject', 'subject', 'geographic']);
  });
  test('markdown debris', () => {
    const t = tags('TAGS: [PREL](#) [XG](#)');
    assert.deepEqual(t.codes.map((c) => c.text), ['PREL', 'XG']);
    assert.deepEqual(t.debris.map((d) => d.text), ['[', '](#)', '[', '](#)']);
  });
});

describe('REF forms', () => {
  const refs = (block: string, heading = 'SECRET') => p(draft(`${heading}\nTAGS: PREL\nSUBJECT: X\n${block}`)).refs!;
  test('letter styles on one line and one per line', () => {
    for (const block of ['REF: A. STATE 1 B. STATE 2', 'REF: A) STATE 1 B) STATE 2', 'REF: (A) STATE 1 (B) STATE 2', 'REFS: a) STATE 1\nb) STATE 2', 'REF(S): A. STATE 1\n\nB. STATE 2']) {
      const r = refs(block);
      assert.deepEqual(r.items.map((i) => [i.letter?.text.toUpperCase(), i.cable?.serial]), [['A', '1'], ['B', '2']], block);
    }
  });
  test('cable ids: years, suffix, padding, SECSTATE, multi-word posts', () => {
    const r = refs('REF: A. 2007 MANAGUA 2135 B. 06 TBILISI 0619 C. DOHA 152 (08) D. SECSTATE 15113 E. 09 RIO DE JANEIRO 329 F. 08 ABU DHABI 12 G. THE HAGUE 000881');
    assert.deepEqual(r.items.map((i) => i.cable?.id ?? `${i.cable?.post}:${i.cable?.serial}`), [
      '07MANAGUA2135', '06TBILISI619', '08DOHA152', 'STATE:15113', '09RIODEJANEIRO329', '08ABUDHABI12', 'THEHAGUE:000881',
    ]);
    assert.deepEqual([r.items[1].cable?.serial, r.items[1].cable?.year], ['0619', '06']);
  });
  test('non-cable references stay text', () => {
    const r = refs('REF: A. LEE-GOLDSTEIN EMAIL 05/11/07 B. SECDEF MSG DTG 301601z SEP 08 C. OSC EUP20080707950031');
    assert.deepEqual(r.items.map((i) => [i.letter?.text, i.text.text, i.cable]), [
      ['A', 'LEE-GOLDSTEIN EMAIL 05/11/07', undefined],
      ['B', 'SECDEF MSG DTG 301601z SEP 08', undefined],
      ['C', 'OSC EUP20080707950031', undefined],
    ]);
  });
  test('a lower-cased REF (WikiLeaks body, 06VIENNA515) is still read; mixed case is not', () => {
    const r = refs('Ref: a) vienna 350 b) 05 vienna 1760 c) 05 state 220738');
    assert.deepEqual(r.items.map((i) => [i.cable?.post, i.cable?.serial, i.cable?.year]), [
      ['VIENNA', '350', undefined], ['VIENNA', '1760', '05'], ['STATE', '220738', '05'],
    ]);
    const prose = refs('Ref: a) email of 12 b) telcon with John 400');
    assert.deepEqual(prose.items.map((i) => i.cable), [undefined, undefined]);
  });
  test('letters glued to the post, an item wrapped over two lines (07STATE152317)', () => {
    const r = refs('REF: (A)STATE 071143, (B)STATE 073601, (C)STATE 72896, (D)BEIJING \n5361, (E) STATE 148514', 'SECRET');
    assert.deepEqual(r.items.map((i) => [i.letter?.text, i.cable?.post, i.cable?.serial]), [
      ['A', 'STATE', '071143'], ['B', 'STATE', '073601'], ['C', 'STATE', '72896'], ['D', 'BEIJING', '5361'], ['E', 'STATE', '148514'],
    ]);
    assert.equal(r.items[3].text.text, 'BEIJING \n5361,');
  });
  test('U.S. inside a ref is not a letter', () => {
    const r = refs('REF: A. U.S. EMBASSY NOTE B. STATE 5');
    assert.deepEqual(r.items.map((i) => i.letter?.text), ['A', 'B']);
  });
});

describe('CLASSIFIED BY / REASON spellings (cable-format.md §6)', () => {
  const cases: [string, string, boolean, string][] = [
    ['1.4(B), (D)', '1.4', true, 'BD'],
    ['1.4 (b) and (d)', '1.4', true, 'bd'],
    ['1.4 (b,d)', '1.4', true, 'bd'],
    ['1.4 (B/D)', '1.4', true, 'BD'],
    ['1.4 b and d', '1.4', true, 'bd'],
    ['1.4 (b), (c), and (d)', '1.4', true, 'bcd'],
    ['1.4 (A), (B) AND (D)', '1.4', true, 'ABD'],
    ['1.4 (c, d)', '1.4', true, 'cd'],
    ['1.4(D)', '1.4', true, 'D'],
    ['1.5 (B) AND (D)', '1.5', true, 'BD'],
    ['1.5 B, D', '1.5', true, 'BD'],
    ['1.5.D', '1.5', true, 'D'],
    ['1.5 d', '1.5', true, 'd'],
    ['1:4 b,d', '1:4', false, 'bd'],
    ['1/4 (B), (D), (E)', '1/4', false, 'BDE'],
    ['1,4 (C) AND (D)', '1,4', false, 'CD'],
    ['1.4 (i)', '1.4', true, 'i'],
  ];
  for (const [reason, section, valid, letters] of cases) {
    test(`reasons ${reason}`, () => {
      const cb = p(draft(`CONFIDENTIAL\nTAGS: PREL\nSUBJECT: X\nClassified By: Ambassador Jane Doe for reasons ${reason}.`)).classifiedBy!;
      assert.deepEqual([cb.by?.text, cb.reasonLabel?.text, cb.section?.text, cb.sectionValid, cb.categories.map((c) => c.text).join('')], ['Ambassador Jane Doe', 'reasons', section, valid, letters]);
    });
  }
  test('REASON label variants', () => {
    const label = (tail: string) => p(draft(`CONFIDENTIAL\nTAGS: PREL\nCLASSIFIED BY: Jane Doe, Pol Officer, DOS, POL; ${tail}`)).classifiedBy!;
    assert.deepEqual([label('REASON: 1.4(B), (D)').reasonLabel?.text, label('Reason(s): 1.4 (B/D)').reasonLabel?.text], ['REASON', 'Reason(s)']);
    const para = label('reason para 1.4 (b)');
    assert.deepEqual([para.section?.text, para.categories.map((c) => c.text)], ['1.4', ['b']]);
    const eo = label('Reason E.O. 12958, 1.4 (b) and (d)');
    assert.deepEqual([eo.section?.text, eo.categories.map((c) => c.text).join('')], ['1.4', 'bd']);
    assert.equal(label('REASON: 1.4(B)').by?.text, 'Jane Doe, Pol Officer, DOS, POL');
  });
  test('REASON cut by the line break (`for reaso` / `ns 1.4 (b)`)', () => {
    const cb = p(draft('SECRET\nTAGS: PREL\nClassified By: Political Minister-Counselor Josiah Rosenblatt for reaso \nns 1.4 (b) and (d)')).classifiedBy!;
    assert.deepEqual([cb.by?.text, cb.reasonLabel?.text, cb.section?.text, cb.categories.map((c) => c.text).join('')], ['Political Minister-Counselor Josiah Rosenblatt', 'reaso \nns', '1.4', 'bd']);
  });
  test('label written twice: Classified By: Classified by <name> (05MADRID395, 10WARSAW110)', () => {
    for (const [line, by, cats] of [
      ['Classified By: Classified by Political Officer Ricardo Zuniga; reasons\n1.4 (B) and (D)', 'Political Officer Ricardo Zuniga', 'BD'],
      ['Classified By: Classified BY Political Counselor Dan Sainz, reason 1.4 (b, d)', 'Political Counselor Dan Sainz', 'bd'],
    ]) {
      const cb = p(draft(`CONFIDENTIAL\nTAGS: PREL\nSUBJECT: X\n${line}`)).classifiedBy!;
      assert.deepEqual([cb.label.text, cb.by?.text, cb.section?.text, cb.categories.map((c) => c.text).join('')], ['Classified By', by, '1.4', cats], line);
    }
  });
  test('a blank line between REASON and its section (07LONDON4472, 05SOFIA1207)', () => {
    const doc = p(draft('CONFIDENTIAL\nTAGS: PREL\nSUBJECT: X\nClassified By: AMBASSADOR ROBERT H. TUTTLE FOR REASONS \n\n1.4 B, D\n'));
    const cb = doc.classifiedBy!;
    assert.deepEqual([cb.by?.text, cb.section?.text, cb.categories.map((c) => c.text).join('')], ['AMBASSADOR ROBERT H. TUTTLE', '1.4', 'BD']);
    assert.equal(doc.body.items[0].type, 'paragraph');
    // Anything else after the blank line is the body, not more of the line.
    const other = p(draft('CONFIDENTIAL\nTAGS: PREL\nClassified By: Jane Doe for reasons\n\nThe embassy notes that.'));
    assert.deepEqual([other.classifiedBy?.section, other.body.items[0].type], [undefined, 'text']);
  });
  test('categories stop before a portion-marked line below (10ABUDHABI9, 07PRETORIA356)', () => {
    for (const [reason, next, cats] of [
      ['REASON: 1.4(B), ', '(S//NF) Summary', 'B'],
      ['Reason s 1.4(b) and (d).', '(U) This message has been coordinated with AmEmbassy Harare.', 'bd'],
      ['reasons 1.4 (b) and', '(d).', 'bd'],
    ]) {
      const doc = p(draft(`SECRET\nTAGS: PREL\nCLASSIFIED BY: Jane Doe, Ambassador; ${reason}\n${next}`));
      assert.equal(doc.classifiedBy?.categories.map((c) => c.text).join(''), cats, next);
    }
  });
  test('no name: CLASSIFIED BY SECTION 1.5 (B) AND (D)', () => {
    const cb = p(draft('CONFIDENTIAL\nTAGS: PREL\nCLASSIFIED BY SECTION 1.5 (B) AND (D)')).classifiedBy!;
    assert.deepEqual([cb.by, cb.section?.text, cb.categories.map((c) => c.text).join('')], [undefined, '1.5', 'BD']);
  });
  test('wrapped over two lines, REASON on the second', () => {
    const cb = p(draft('CONFIDENTIAL\nTAGS: PREL\nCLASSIFIED BY: Jane Doe, Ambassador,\nState, Embassy X; REASON: 1.4(B), (D)')).classifiedBy!;
    assert.deepEqual([cb.by?.text, cb.section?.text, cb.categories.length], ['Jane Doe, Ambassador,\nState, Embassy X', '1.4', 2]);
  });
});

describe('portion marks', () => {
  const mark = (m: string) => {
    const item = p(draft('SECRET\nTAGS: PREL', `1. ${m} Text.\n2. (U) More.\n`)).body.items[0] as Paragraph;
    return item.portion;
  };
  const valid: [string, string, string[]][] = [
    ['(U)', 'UNCLASSIFIED', []], ['(C)', 'CONFIDENTIAL', []], ['(S)', 'SECRET', []], ['(TS)', 'TOP SECRET', []],
    ['(SBU)', 'UNCLASSIFIED', ['SBU']], ['(SBU/NF)', 'UNCLASSIFIED', ['SBU', 'NF']], ['(C/NF)', 'CONFIDENTIAL', ['NF']],
    ['(S//NF)', 'SECRET', ['NF']], ['(S/NOFORN)', 'SECRET', ['NF']], ['(S//FGI//NF)', 'SECRET', ['FGI', 'NF']],
    ['(U//FOUO)', 'UNCLASSIFIED', ['FOUO']], ['(S//REL TO USA, FVEY)', 'SECRET', ['REL TO USA, FVEY']],
    ['(S/Rel to Belize)', 'SECRET', ['REL TO BELIZE']], ['(C/REL LIBYA)', 'CONFIDENTIAL', ['REL LIBYA']],
  ];
  for (const [m, level, caveats] of valid) {
    test(`${m} is valid`, () => {
      const pm = mark(m)!;
      assert.deepEqual([pm.text, pm.level, pm.caveats, pm.valid, pm.normalized], [m, level, caveats, true, undefined]);
    });
  }
  // Blank or hyphen for the slash: 09KABUL376, 08NAIROBI2290, 10ROME87, 10BELGRADE25.
  for (const [m, normalized] of [['(N/SF)', '(S/NF)'], ['(SNF)', '(S/NF)'], ['(c)', '(C)'], ['(s/nf)', '(S/NF)'],
    ['(C NF)', '(C/NF)'], ['(S-NF)', '(S/NF)'], ['( C )', '(C)'], ['(C )', '(C)']]) {
    test(`${m} is malformed, meant ${normalized}`, () => {
      const pm = mark(m)!;
      assert.deepEqual([pm.text, pm.valid, pm.normalized], [m, false, normalized]);
    });
  }
  for (const m of ['(U.S.)', '(China)', '(US)', '(see below)', '(US EU)', '(S TEAM)', '( see )', '(C X)']) {
    test(`${m} is not a portion mark`, () => assert.equal(mark(m), undefined));
  }
});

describe('body structure', () => {
  const body = (text: string) => p(draft('CONFIDENTIAL\nTAGS: PREL\nSUBJECT: X', text));
  test('paragraph number forms: 1. (C), 1.(C), 1.  (U), ¶1.', () => {
    const doc = body('1. (C) a.\n2.(C) b.\n3.  (U) c.\n¶4. (C) d.\n');
    assert.deepEqual(outline(doc), ['1(C)', '2(C)', '3(U)', '¶4(C)']);
    const items = doc.body.items as Paragraph[];
    assert.deepEqual(items.map((i) => i.glued), [false, true, false, false]);
  });
  test('the portion mark written before the number: (C) 1. Text (07BAGHDAD3504)', () => {
    const doc = body('(C) 1. The Embassy obtained a copy\nof the report.\n\n(C) 2. On October 11 the Ministry\n(U) 3. CLASSIFIED BY: Jane Doe, reason 1.4 (b).\n');
    assert.deepEqual(outline(doc), ['1(C)', '2(C)', '3(U)']);
    const [one, two] = doc.body.items as Paragraph[];
    assert.equal(doc.text.slice(one.start, one.end), '(C) 1. The Embassy obtained a copy\nof the report.');
    assert.deepEqual([one.number.text, one.portion?.text, one.glued, one.preview], ['1', '(C)', false, 'The Embassy obtained a copy']);
    assert.ok(one.portion!.start < one.number.start && one.start === one.portion!.start);
    assert.equal(doc.text.slice(two.firstLine.start, two.firstLine.end), '(C) 2. On October 11 the Ministry');
    // The text after both the mark and the number is still read for a heading element.
    assert.equal(doc.classifiedBy?.by?.text, 'Jane Doe');
    // A mark not followed by a number stays an unnumbered text block, as before.
    assert.deepEqual(outline(body('(C) The Embassy obtained a copy.\n')), ['T(C)']);
  });
  test('continuation lines and blank-separated lines stay in the paragraph', () => {
    const doc = body('1. (C) first line\nsecond line\n\nafter a blank line.\n2. (C) next.\n');
    const [one] = doc.body.items;
    assert.equal(doc.text.slice(one.start, one.end), '1. (C) first line\nsecond line\n\nafter a blank line.');
  });
  test('sub-paragraphs A./B. with 1)/2) below them', () => {
    const doc = body('1. (C) Intro:\nA. first\n   1) one\n   2) two\nB. (S) second\n2. (U) Next.\n');
    const one = doc.body.items[0] as Paragraph;
    assert.deepEqual(one.subparagraphs.map((s) => [s.label.text, s.style, s.children.map((c) => c.label.text), s.portion?.text]), [
      ['A', 'letter', ['1', '2'], undefined],
      ['B', 'letter', [], '(S)'],
    ]);
    const onlyNumbers = body('1. (C) Steps:\n1) one\n2) two\n').body.items[0] as Paragraph;
    assert.deepEqual(onlyNumbers.subparagraphs.map((s) => [s.label.text, s.style]), [['1', 'number-paren'], ['2', 'number-paren']]);
  });
  test('a sub-paragraph label that skips one after a blank line is still read (A. B. D.)', () => {
    const labels = (text: string) => (body(text).body.items[0] as Paragraph).subparagraphs.map((s) => s.label.text);
    assert.deepEqual(labels('1. (C) Points:\n\nA. first\n\nB. second\n\nD. fourth\n'), ['A', 'B', 'D']);
    // Without the blank line it may be a wrapped sentence (`D. Smith said`), and a repeat is not taken.
    assert.deepEqual(labels('1. (C) Points:\nA. first\nB. second met\nD. Smith there\n'), ['A', 'B']);
    assert.deepEqual(labels('1. (C) Points:\n\nA. first\n\nB. second\n\nB. again\n'), ['A', 'B']);
  });
  test('headings next to dashed lines; unnumbered text blocks', () => {
    const doc = body('(U) This cable is sensitive but unclassified.\n\n-------\nSUMMARY\n-------\n\n1. (C) Text.\n\nIRAN/IAEA\n---------\n2. (C) More.\n');
    assert.deepEqual(outline(doc), ['T(U)', 'H:SUMMARY', '1(C)', 'H:IRAN/IAEA', '2(C)']);
  });
  test('summary, comment, begin/end text and quote spans; quoted paragraphs', () => {
    const doc = body('1. (C) SUMMARY: text. END SUMMARY.\n2. (C) BEGIN TEXT:\n1. quoted one.\n2. quoted two.\nEND TEXT.\n3. (C) Comment: we think. End comment.\n4. (C) BEGIN QUOTE a quote END QUOTE\n');
    assert.deepEqual(doc.body.spans.map((s) => [s.kind, s.open?.text, s.close?.text]), [
      ['summary', 'SUMMARY:', 'END SUMMARY.'],
      ['text', 'BEGIN TEXT:', 'END TEXT.'],
      ['comment', 'Comment:', 'End comment.'],
      ['quote', 'BEGIN QUOTE', 'END QUOTE'],
    ]);
    assert.deepEqual((doc.body.items as Paragraph[]).map((i) => `${i.value}${i.quoted ? 'q' : ''}`), ['1', '2', '1q', '2q', '3', '4']);
  });
  test('a comment signed by its writer opens the span: Embassy comment: ... End comment. (09LONDON339)', () => {
    const doc = body('1. (C) Talks went well.\n2. (C/NF) Embassy comment: Forsyth was able to help. End comment.\n3. (C) Next. (Post Comment. We agree. End Comment.)\n');
    assert.deepEqual(doc.body.spans.map((s) => [s.kind, s.open?.text, s.close?.text]), [
      ['comment', 'Embassy comment:', 'End comment.'],
      ['comment', 'Post Comment', 'End Comment.'],
    ]);
    // Only a writer's name signs a comment: other words before it leave prose alone.
    assert.deepEqual(body('1. (C) No comment: he left.\n2. (C) The minister gave his comment: none.\n').body.spans, []);
  });
  test('comment in prose is not a marker; END without a start and start without END', () => {
    const doc = body('1. (C) THE MINISTER DECLINED TO COMMENT. END SUMMARY.\n2. (C) COMMENT: never closed.\n3. (C) Next.\n');
    assert.deepEqual(doc.body.spans.map((s) => [s.kind, !!s.open, !!s.close]), [
      ['summary', false, true],
      ['comment', true, false],
    ]);
    const comment = doc.body.spans[1];
    assert.equal(doc.text.slice(comment.start, comment.end), 'COMMENT: never closed.');
  });
  test('wrapped and combined end markers close; SUMMARY & COMMENT: opens (06CARACAS958, 07PARIS3941, 09RIYADH181)', () => {
    const spans = (text: string) => body(text).body.spans.map((s) => [s.kind, s.open?.text, s.close?.text]);
    assert.deepEqual(spans('1. (C) Summary: text goes on. End\nSummary.\n2. (C) Next.\n'), [['summary', 'Summary:', 'End\nSummary.']]);
    assert.deepEqual(spans('1. (C) SUMMARY: text. COMMENT: we think. END COMMENT AND\nSUMMARY.\n2. (C) Next.\n'), [
      ['summary', 'SUMMARY:', 'SUMMARY.'],
      ['comment', 'COMMENT:', 'END COMMENT'],
    ]);
    assert.deepEqual(spans('1. (C) SUMMARY & COMMENT:  text. END SUMMARY.\n'), [['summary', 'SUMMARY', 'END SUMMARY.']]);
    // `AND SUMMARY` after an END closes only an open span; `the end` / `Summary` in prose is not a close.
    assert.deepEqual(spans('1. (C) COMMENT: we think. END COMMENT AND SUMMARY.\n2. (C) Next.\n'), [['comment', 'COMMENT:', 'END COMMENT']]);
    assert.deepEqual(spans('1. (C) We are at the end\nSummary: text. END SUMMARY.\n'), [['summary', 'Summary:', 'END SUMMARY.']]);
  });
  test('a text cut inside a marker word yields no marker (SUMMAR, END SUMMAR, QUOT, QUOTA)', () => {
    for (const tail of ['1. (C) SUMMAR', '1. (C) text. END SUMMAR', '1. (C) BEGIN QUOT', '1. (C) BEGIN QUOTA here', '1. (C) COMMEN']) {
      assert.deepEqual(body(tail).body.spans, [], tail);
    }
  });
  test('page-break lines do not end a paragraph; redaction runs', () => {
    const doc = body('1. (C) text goes on\nBERN 00000881  002 OF 002\nand on with XXXXXXXXXXXX here.\nRIO DE JAN 00000365 001.2 OF 002\nPAGE 02 ROME 01196 01 OF 02 082030Z\n2. (C) next.\n');
    assert.deepEqual(doc.body.pageBreaks.map((t) => t.text), ['BERN 00000881  002 OF 002', 'RIO DE JAN 00000365 001.2 OF 002', 'PAGE 02 ROME 01196 01 OF 02 082030Z']);
    assert.deepEqual(outline(doc), ['1(C)', '2(C)']);
    assert.deepEqual(doc.body.redactions.map((r) => r.text), ['XXXXXXXXXXXX']);
  });
  test('repeated classification banners inside the body', () => {
    const doc = body('1. (C) a.\nCONFIDENTIAL\nC O N F I D E N T I A L SECTION 02 OF 02 ROME 000097\n2. (C) b.\n');
    assert.deepEqual(doc.banners.map((b) => b.levelText.text), ['CONFIDENTIAL', 'C O N F I D E N T I A L']);
    assert.deepEqual(outline(doc), ['1(C)', '2(C)']);
  });
  test('signature: two names; glued to the last sentence; end markers', () => {
    assert.equal(body('1. (C) a.\n\nKEEGAN PAAL\n').signature?.text, 'KEEGAN PAAL');
    const glued = body('1. (C) Request feedback by January 8. CLINTON\n');
    assert.equal(glued.signature?.text, 'CLINTON');
    const ended = body('1. (C) a.\nRICE\nNNNN\nEnd Cable Text\n');
    assert.deepEqual([ended.signature?.text, ended.endMarkers.map((m) => m.text)], ['RICE', ['NNNN', 'End Cable Text']]);
    assert.equal(body('1. (C) a.\n\nEND COMMENT.\n').signature, undefined);
  });
  test('mixed-case signatures: glued (07PARIS2725, 10MOSCOW228), camel-case (09DOHA214, 06VIENNA515)', () => {
    assert.equal(body('1. (C) a way of depriving it of arms markets. Burns\n').signature?.text, 'Burns');
    assert.equal(body('1. (C) WE WILL SEE.  END COMMENT.  Beyrle\n').signature?.text, 'Beyrle');
    assert.equal(body('1. (C) critical infrastructure  protection. LeBaron\n').signature?.text, 'LeBaron');
    assert.equal(body('1. (C) Europe and the CIS.\nMcCaw\n').signature?.text, 'McCaw');
    // Not a name: an abbreviation before the full stop, or a marker word.
    assert.equal(body('1. (C) He met Mr. Smith\n').signature, undefined);
    assert.equal(body('1. (C) We disagree. End Comment. Summary\n').signature, undefined);
  });
  test('an unmarked run restarting at 1 is quoted only in a portion-marked cable', () => {
    const quoted = (body: string) => p(draft('CONFIDENTIAL\nTAGS: PREL', body)).body.items.map((i) => i.type === 'paragraph' && i.quoted);
    assert.deepEqual(quoted('1. (C) Text follows:\n\n1. First.\n\n2. Second.\n\n3. (C) Own again.\n\nNAME\n'), [false, true, true, false]);
    assert.deepEqual(quoted('1. Text.\n\n2. More.\n\n1. Restart.\n\nNAME\n'), [false, false, false]);
  });
});

describe('line endings and empty input', () => {
  const base = 'C O N F I D E N T I A L ROME 000097\nE.O. 12958: DECL: 01/19/2019\nTAGS: PREL\nSUBJECT: LINE ENDINGS\n\n1. (C) a\nb\n2. (U) c\n\nSPOGLI\n';
  const shape = (doc: CableDocument) => [doc.classification?.serial?.text, doc.eo?.instruction?.text, doc.tags?.codes.length, doc.subject?.text, outline(doc), doc.signature?.text];
  test('LF, CRLF, CR and a BOM give the same tree shape', () => {
    const expected = shape(p(base));
    assert.deepEqual(expected, ['000097', '01/19/2019', 1, 'LINE ENDINGS', ['1(C)', '2(U)'], 'SPOGLI']);
    assert.deepEqual(shape(p(base.replace(/\n/g, '\r\n'))), expected);
    assert.deepEqual(shape(p(base.replace(/\n/g, '\r'))), expected);
    assert.deepEqual(shape(p('\ufeff' + base)), expected);
  });
  test('empty and blank documents', () => {
    for (const text of ['', '\n', '   \n\t\n', '\r\n\r\n']) {
      const doc = p(text);
      assert.deepEqual([doc.classification, doc.body.items.length, doc.signature], [undefined, 0, undefined]);
    }
  });
});
