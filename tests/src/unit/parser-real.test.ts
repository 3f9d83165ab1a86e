/**
 * The parser on real cables (tests/fixtures/real/, unmodified copies of the corpus), field by
 * field. Every expected value was read off the cable text, not off the parser's output.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CableDocument } from '../../../server/lib/core/tree';
import { paragraphs, real } from './parser-helpers';

const texts = (tokens: { text: string }[] | undefined): string[] => (tokens ?? []).map((t) => t.text);
const codes = (doc: CableDocument): string[] => (doc.tags?.codes ?? []).map((c) => `${c.text}:${c.kind}`);
const refs = (doc: CableDocument): string[] => (doc.refs?.items ?? []).map((i) => `${i.letter ? i.letter.text + '|' : ''}${i.cable ? i.cable.id ?? `${i.cable.post}${i.cable.serial}` : i.text.text}`);
const spans = (doc: CableDocument): string[] => doc.body.spans.map((s) => `${s.kind}${s.open ? '' : '(no open)'}${s.close ? '' : '(no close)'}`);

describe('classification line', () => {
  test('letter-spaced CONFIDENTIAL with post and serial (09TASHKENT1503)', () => {
    const c = real('09TASHKENT1503').classification!;
    assert.equal(c.levelText.text, 'C O N F I D E N T I A L');
    assert.equal(c.level, 'CONFIDENTIAL');
    assert.equal(c.malformed, false);
    assert.equal(c.post?.text, 'TASHKENT');
    assert.equal(c.serial?.text, '001503');
    assert.equal(c.section, undefined);
  });
  test('E C R E T with SECTION is a malformed SECRET (07BAGHDAD146)', () => {
    const c = real('07BAGHDAD146').classification!;
    assert.equal(c.levelText.text, 'E C R E T');
    assert.equal(c.level, 'SECRET');
    assert.equal(c.malformed, true);
    assert.equal(c.suggestion, 'S E C R E T');
    assert.deepEqual([c.section?.n.text, c.section?.of.text, c.section?.m.text], ['01', 'OF', '03']);
    assert.equal(c.post?.text, 'BAGHDAD');
    assert.equal(c.serial?.text, '000146');
  });
  test('SE C R E T (08TUNIS193) and S e c r e t (88BAGHDAD28) are malformed SECRET', () => {
    const tunis = real('08TUNIS193').classification!;
    assert.deepEqual([tunis.levelText.text, tunis.level, tunis.malformed, tunis.suggestion, tunis.post?.text], ['SE C R E T', 'SECRET', true, 'S E C R E T', 'TUNIS']);
    const baghdad = real('88BAGHDAD28').classification!;
    assert.deepEqual([baghdad.levelText.text, baghdad.level, baghdad.malformed, baghdad.post?.text, baghdad.serial?.text], ['S e c r e t', 'SECRET', true, 'state', '068250']);
  });
  test('non-spaced level with lower-case "of" (08KUWAIT128, 09ROME97)', () => {
    const kuwait = real('08KUWAIT128').classification!;
    assert.deepEqual([kuwait.levelText.text, kuwait.malformed, kuwait.section?.of.text, kuwait.section?.m.text, kuwait.post?.text], ['CONFIDENTIAL', false, 'of', '03', 'KUWAIT']);
    const rome = real('09ROME97').classification!;
    assert.deepEqual([rome.level, rome.section?.n.text, rome.section?.of.text, rome.serial?.text], ['SECRET', '01', 'of', '000097']);
  });
  test('multi-word post and SECTION 1 OF 2 without padding', () => {
    assert.equal(real('09RIODEJANEIRO365').classification?.post?.text, 'RIO DE JANEIRO');
    assert.equal(real('09ABUDHABI1151').classification?.post?.text, 'ABU DHABI');
    const tehran = real('75TEHRAN2069').classification!;
    assert.deepEqual([tehran.section?.n.text, tehran.section?.m.text, tehran.post?.text, tehran.serial?.text], ['1', '2', 'TEHRAN', '2069']);
  });
  test('UNCLAS and UNCLASSIFIED (07MADRID1952, 66BUENOSAIRES2481)', () => {
    const madrid = real('07MADRID1952').classification!;
    assert.deepEqual([madrid.levelText.text, madrid.level, madrid.section?.n.text], ['UNCLAS', 'UNCLASSIFIED', '01']);
    const ba = real('66BUENOSAIRES2481').classification!;
    assert.deepEqual([ba.levelText.text, ba.level, ba.post?.text, ba.serial?.text], ['UNCLASSIFIED', 'UNCLASSIFIED', 'BUENOS AIRES', '2481']);
  });
  test('WikiLeaks record block is preamble, not the classification line (09KHARTOUM881); redacted post (10SHENYANG4)', () => {
    const doc = real('09KHARTOUM881');
    const k = doc.classification!;
    // Line 22 `CONFIDENTIAL` is WikiLeaks metadata; the cable's own line is 45.
    assert.deepEqual([k.levelText.text, k.level, k.malformed, k.post?.text, k.serial?.text, k.section?.n.text], [
      'C o n f i d e n t i a l', 'CONFIDENTIAL', true, 'khartoum', '000881', '01',
    ]);
    assert.deepEqual(doc.banners, []);
    assert.ok(doc.preamble.some((l) => l.text === '<<218634>>') && doc.preamble.some((l) => l.text === 'CONFIDENTIAL'));
    assert.equal(doc.subject?.text, 'gok/goss agree on timetable for second tank shipment');
    assert.equal(doc.classifiedBy?.by?.text, 'CDA Robert Whitehead');
    assert.deepEqual(doc.refs?.items.map((i) => i.cable?.id), ['09KHARTOUM378']);
    const s = real('10SHENYANG4').classification!;
    assert.deepEqual([s.levelText.text, s.malformed, s.post?.text, s.serial?.text], ['SE C R E T', true, 'XXXXXXXXXXXX', '000004']);
  });
});

describe('captions and passing lines', () => {
  test('SIPDIS twice and passing lines (07BERN881)', () => {
    const doc = real('07BERN881');
    assert.deepEqual(doc.captions.map((c) => c.text), ['SIPDIS', 'SIPDIS']);
    assert.equal(doc.passingLines[0].text, 'DEPT FOR P (SGUHA), E, ISN/RA (KKESSLER), IO/T');
  });
  test('SIPDIS SIPDIS on one line gives two items (08TRIPOLI220)', () => {
    const doc = real('08TRIPOLI220');
    assert.equal(doc.captions.length, 1);
    assert.deepEqual(texts(doc.captions[0].items), ['SIPDIS', 'SIPDIS']);
  });
  test('NOFORN and SENSITIVE captions, X FOR Y passing lines (08TUNIS193, 09BRASILIA1460)', () => {
    const tunis = real('08TUNIS193');
    assert.deepEqual(tunis.captions.map((c) => c.text), ['SIPDIS', 'NOFORN', 'SIPDIS']);
    assert.deepEqual(tunis.passingLines.map((l) => l.text), [
      'STATE FOR NEA/FO (WELCH, GRAY) AND NEA/MAG (HOPKINS, HARRIS)',
      'STATE ALSO FOR S/WCI (WILLIAMSON, GOREY)',
      'NSC FOR ABRAMS, YERGER',
    ]);
    assert.deepEqual(real('09BRASILIA1460').captions.map((c) => c.text), ['SENSITIVE', 'SIPDIS']);
  });
  test('corrected copy caption (07PARIS159)', () => {
    assert.ok(real('07PARIS159').captions.some((c) => c.text === 'C O R R E C T E D C O P Y (PRIMARY TAG)'));
  });
});

describe('E.O. line', () => {
  test('E.O. 12958: DECL: M/D/Y (07BAGHDAD146) and 1-digit month (08TRIPOLI220)', () => {
    const eo = real('07BAGHDAD146').eo!;
    assert.deepEqual([eo.label.text, eo.order?.text, eo.instructionLabel?.text, eo.instruction?.text], ['E.O.', '12958', 'DECL', '01/14/2017']);
    assert.deepEqual(eo.declassify, { kind: 'date', date: { year: 2017, month: 1, day: 14 }, format: 'MDY', token: eo.instruction });
    const tripoli = real('08TRIPOLI220').eo!;
    assert.equal(tripoli.declassify?.kind, 'date');
    assert.deepEqual(tripoli.declassify?.kind === 'date' && tripoli.declassify.date, { year: 2018, month: 3, day: 13 });
  });
  test('EO 12958 DECL with a 2-digit year (00HARARE6677)', () => {
    const eo = real('00HARARE6677').eo!;
    assert.deepEqual([eo.label.text, eo.order?.text], ['EO', '12958']);
    assert.ok(eo.declassify?.kind === 'date' && eo.declassify.format === 'MDYY' && eo.declassify.date.year === 2010);
  });
  test('Y/M/D (09BELGRADE765), ISO (09DJIBOUTI113)', () => {
    const b = real('09BELGRADE765').eo!;
    assert.ok(b.declassify?.kind === 'date' && b.declassify.format === 'YMD');
    assert.deepEqual(b.declassify?.kind === 'date' && b.declassify.date, { year: 2019, month: 7, day: 29 });
    const d = real('09DJIBOUTI113').eo!;
    assert.ok(d.declassify?.kind === 'date' && d.declassify.format === 'ISO' && d.declassify.token.text === '2019-02-12');
  });
  test('N/A, event, code, DNG, redacted, GDS', () => {
    assert.equal(real('07MADRID1952').eo?.declassify?.kind, 'na');
    const event = real('06BELGRADE1681').eo!;
    assert.deepEqual([event.declassify?.kind, event.declassify?.token.text], ['event', 'CLOSURE OF ICTY']);
    const oadr = real('89PANAMA8545').eo!;
    assert.deepEqual([oadr.label.text, oadr.order?.text, oadr.declassify?.kind, oadr.declassify?.token.text], ['E.O.', '12356', 'code', 'OADR']);
    assert.deepEqual([real('09STATE63860').eo?.declassify?.kind, real('09STATE63860').eo?.declassify?.token.text], ['code', 'MR']);
    const dng = real('06CARACAS958').eo!;
    assert.deepEqual([dng.instructionLabel?.text, dng.instruction?.text, dng.declassify], ['DNG', 'CO 04/08/2026', null]);
    const redacted = real('09BEIJING1336').eo!;
    assert.deepEqual([redacted.label.text, redacted.declassify?.kind], ['EO', 'redacted']);
    const gds = real('75TEHRAN2069').eo!;
    assert.deepEqual([gds.order?.text, gds.instructionLabel?.text, gds.declassify?.kind], ['11652', 'GDS', 'code']);
    const inline = real('79TEHRAN8980').eo!;
    assert.ok(inline.declassify?.kind === 'date' && inline.declassify.token.text === '8/12/85' && inline.declassify.date.year === 1985);
  });
  test('passing line and E.O. on one line (08TRIPOLI220)', () => {
    const doc = real('08TRIPOLI220');
    assert.deepEqual(doc.passingLines.map((l) => l.text), ['DEPT FOR NEA/MAG AND DRL']);
    assert.equal(doc.eo?.label.text, 'E.O.');
    assert.equal(doc.eo?.line.text, 'E.O. 12958: DECL: 3/13/2018');
  });
  test('E.0. with a zero for the O is not taken for the E.O. line (09BERLIN1626)', () => {
    const doc = real('09BERLIN1626');
    assert.equal(doc.eo, undefined);
    assert.ok(doc.passingLines.some((l) => l.text === 'E.0. 12958: N/A'));
  });
  test('lower-cased E.o. ... decl (88BAGHDAD28)', () => {
    const eo = real('88BAGHDAD28').eo!;
    assert.deepEqual([eo.label.text, eo.instructionLabel?.text], ['E.o.', 'decl']);
    assert.deepEqual(eo.declassify?.kind === 'date' && eo.declassify.date, { year: 2034, month: 7, day: 1 });
  });
});

describe('TAGS', () => {
  test('no colon, commas, organization code (06BELGRADE1681)', () => {
    const doc = real('06BELGRADE1681');
    assert.equal(doc.tags?.label.text, 'TAGS');
    assert.deepEqual(codes(doc), ['ICTY:organization', 'PREL:subject', 'PGOV:subject', 'PHUM:subject', 'KCRM:program', 'UNSC:organization', 'SR:geographic']);
  });
  test('wrapped after a trailing comma (08LONDON2651)', () => {
    const doc = real('08LONDON2651');
    assert.deepEqual(texts(doc.tags?.codes), ['PGOV', 'PREL', 'PINR', 'UK', 'ECON', 'KNNP', 'MOPS', 'PTER', 'AF', 'FR', 'GG', 'PK', 'RS', 'UP']);
  });
  test('TAG label and typo codes (09STATE15113, 09BEIRUT818)', () => {
    const state = real('09STATE15113');
    assert.equal(state.tags?.label.text, 'TAG');
    assert.deepEqual(texts(state.tags?.codes), ['PTER', 'PGOV', 'ASEC', 'EFIN', 'ENRG', 'KCIP']);
    assert.ok(codes(real('09BEIRUT818')).includes('MOPPS:unknown'));
  });
  test('E.O. and TAGS on one line (08BRASILIA236, 10RIYADH61)', () => {
    const b = real('08BRASILIA236');
    assert.ok(b.eo?.declassify?.kind === 'date' && b.eo.declassify.token.text === '02/14/2018');
    assert.deepEqual(texts(b.tags?.codes).slice(0, 3), ['BR', 'PREL', 'MARR']);
    const r = real('10RIYADH61');
    assert.equal(r.eo?.instruction?.text, '01/11/2020');
    assert.deepEqual(codes(r), ['ECON:subject', 'PREL:subject', 'EFIN:subject', 'KTFN:program', 'SA:geographic']);
  });
  test('lower-cased codes keep their kind (88BAGHDAD28)', () => {
    const doc = real('88BAGHDAD28');
    assert.equal(doc.tags?.label.text, 'Tags');
    assert.deepEqual(codes(doc).slice(0, 3), ['mtcre:organization', 'parm:subject', 'prel:subject']);
  });
});

describe('SUBJECT', () => {
  test('wrapped over two lines (07BAGHDAD146)', () => {
    const s = real('07BAGHDAD146').subject!;
    assert.equal(s.label.text, 'SUBJECT');
    assert.equal(s.text, "DEPUTY PROSECUTOR DESCRIBES TO AMBASSADOR SADDAM'S EXECUTION, CONTROVERSIES");
  });
  test('lower-case Subject with a trailing (s) (88BAGHDAD28)', () => {
    const s = real('88BAGHDAD28').subject!;
    assert.equal(s.label.text, 'Subject');
    assert.equal(s.text, "german test chamber sold by chinese subsidiary to iran's dio (s)");
  });
  test('wrapped lines separated by a blank line (09BRASILIA1460, 10SHENYANG4)', () => {
    assert.equal(real('09BRASILIA1460').subject?.text, 'BRAZIL: AMAZON FUND AND OTHER FUNDS TO PROTECT THE ENVIRONMENT - MAKING REAL PROGRESS');
    assert.equal(real('10SHENYANG4').subject?.text, 'WAITING AND WATCHING: NORTH KOREA AFTER CURRENCY REFORM');
  });
  test('missing SUBJECT (10STATE284)', () => {
    assert.equal(real('10STATE284').subject, undefined);
  });
});

describe('REF', () => {
  test('single cable ref with a 2-digit year (09TASHKENT1503)', () => {
    assert.deepEqual(refs(real('09TASHKENT1503')), ['09STATE90254']);
  });
  test('eight lettered refs on one line, 2-digit years, default year from the DTG (01PRETORIA1173)', () => {
    assert.deepEqual(refs(real('01PRETORIA1173')), [
      'A|99PRETORIA12315', 'B|99PRETORIA12316', 'C|00PRETORIA9150', 'D|00CAPETOWN2150',
      'E|01PRETORIA425', 'F|01PRETORIA533', 'G|01CAPETOWN179', 'H|01PRETORIA619',
    ]);
  });
  test('one per line with pilcrow and lower-case letters, zero padding (08KUWAIT128)', () => {
    assert.deepEqual(refs(real('08KUWAIT128')), ['A|06KUWAIT4637', 'B|08KUWAIT79', 'c|08KUWAIT90', 'd|08KUWAIT97', 'e|08KUWAIT98', 'f|08STATE7443']);
  });
  test('A) style, glued serial, SECSTATE and (08) year suffix (09BELGRADE765, 09DOHA214)', () => {
    assert.deepEqual(refs(real('09BELGRADE765')), ['A|09BELGRADE725', 'B|09BELGRADE743']);
    const doha = real('09DOHA214').refs!;
    assert.deepEqual(doha.items.map((i) => [i.letter?.text, i.cable?.post, i.cable?.serial, i.cable?.year]), [
      ['A', 'STATE', '15113', undefined],
      ['B', 'DOHA', '152', '08'],
      ['C', 'DOHA', '75', '08'],
      ['D', 'DOHA', '311', '07'],
    ]);
    assert.equal(doha.items[1].cable?.id, '08DOHA152');
  });
  test('non-cable refs kept as text (07BERN881, 08RANGOON749)', () => {
    const bern = real('07BERN881').refs!;
    assert.deepEqual(bern.items.map((i) => i.text.text), ['STATE 124823', 'GUHA-CARTER E-MAIL (07SEP07)', 'BERN 860', 'STATE 123352']);
    assert.equal(bern.items[1].cable, undefined);
    const rangoon = real('08RANGOON749').refs!;
    assert.equal(rangoon.items[0].cable?.year, '07');
    assert.equal(rangoon.items[1].cable, undefined);
  });
  test('semicolon list across a glued page break (09RIODEJANEIRO365)', () => {
    const doc = real('09RIODEJANEIRO365');
    assert.deepEqual(doc.refs?.items.map((i) => i.cable?.post + ' ' + i.cable?.serial), ['RIODEJANEIRO 329', 'RIODEJANEIRO 346', 'RIODEJANEIRO 353']);
    assert.ok(doc.body.pageBreaks.some((p) => p.text === 'RIO DE JAN 00000365 001.2 OF 002'));
    assert.equal(doc.classifiedBy?.by?.text, 'Dennis W. Hearne, Principal Officer');
  });
});

describe('CLASSIFIED BY', () => {
  test('classic, wrapped categories "( \\n d)" (07BERN881)', () => {
    const cb = real('07BERN881').classifiedBy!;
    assert.deepEqual([cb.label.text, cb.by?.text, cb.reasonLabel?.text, cb.section?.text, cb.sectionValid], ['Classified By', "Charg d'Affaires a.i. Leigh Carter", 'reasons', '1.4', true]);
    assert.deepEqual(texts(cb.categories), ['b', 'd']);
  });
  test('upper-case old style with 1.5 (01PRETORIA1173)', () => {
    const cb = real('01PRETORIA1173').classifiedBy!;
    assert.deepEqual([cb.by?.text, cb.reasonLabel?.text, cb.section?.text], ['AMBASSADOR DELANO E. LEWIS', 'REASONS', '1.5']);
    assert.deepEqual(texts(cb.categories), ['B', 'D']);
  });
  test('malformed 1:4 (09KABUL1892) and 1/4 (09STATE15113)', () => {
    const kabul = real('09KABUL1892').classifiedBy!;
    assert.deepEqual([kabul.by?.text, kabul.section?.text, kabul.sectionValid], ['Ambassador Karl W. Eikenberry', '1:4', false]);
    assert.deepEqual(texts(kabul.categories), ['b', 'd']);
    const state = real('09STATE15113').classifiedBy!;
    assert.deepEqual([state.by?.text, state.section?.text, state.sectionValid], ['S/CT DAS, Susan F. Burk', '1/4', false]);
    assert.deepEqual(texts(state.categories), ['B', 'D', 'E', 'G']);
  });
  test('SMART template over two lines (09TASHKENT1503, 09ABUDHABI1151)', () => {
    const abu = real('09ABUDHABI1151').classifiedBy!;
    assert.equal(abu.label.text, 'CLASSIFIED BY');
    assert.ok(abu.by?.text.startsWith('Richard G. Olson, Ambassador, State, US Embassy Abu'));
    assert.deepEqual([abu.reasonLabel?.text, abu.section?.text, texts(abu.categories).join('')], ['REASON', '1.4', 'BD']);
  });
  test('before the E.O. block (08BRASILIA93) and inside paragraph 2 (08STATE103511)', () => {
    const b = real('08BRASILIA93');
    assert.deepEqual([b.classifiedBy?.by?.text, b.classifiedBy?.section?.text], ['Ambassador Clifford Sobel', '1.5']);
    assert.ok(b.classifiedBy && b.eo && b.classifiedBy.start < b.eo.line.start);
    assert.deepEqual(b.passingLines.map((l) => l.text), ['DEPARTMENT FOR WHA, M, T']);
    const s = real('08STATE103511').classifiedBy!;
    assert.deepEqual([s.by?.text, s.section?.text, texts(s.categories).join('')], ['Acting DAS James Knight', '1.4', 'bd']);
  });
  test('inside paragraph 1 (03ABUDHABI2641), derived classification (09STATE63860)', () => {
    const a = real('03ABUDHABI2641').classifiedBy!;
    assert.deepEqual([a.by?.text, a.section?.text, texts(a.categories).join('')], ['Ambassador Marcelle M. Wahba', '1.5', 'BD']);
    const d = real('09STATE63860').classifiedBy!;
    assert.deepEqual([d.by?.text, d.section, d.sectionValid], ['Derived from Multiple Sources', undefined, false]);
  });
  test('"for" before the line break and the full stop are not part of the name (10SHENYANG4)', () => {
    assert.equal(real('10SHENYANG4').classifiedBy?.by?.text, 'Consul General Stephen B. Wickman');
  });
});

describe('body', () => {
  test('pilcrow paragraphs with portion marks (07BAGHDAD146)', () => {
    assert.deepEqual(paragraphs(real('07BAGHDAD146')), [
      '¶1(C)', '¶2(C)', '¶3(C)', '¶4(S)', '¶5(C)', '¶6(S)', '¶7(C)', '¶8(S)', '¶9(S)', '¶10(S)', '¶11(S)', '¶12(C)',
    ]);
  });
  test('glued 1.(C) paragraphs and (C/REL LIBYA) (10STATE284)', () => {
    const doc = real('10STATE284');
    assert.deepEqual(paragraphs(doc), ['1(U)', '2(C)', '3(C)', '4(C)', '5(C/REL LIBYA)', '6']);
    const p = doc.body.items[0];
    assert.ok(p.type === 'paragraph' && p.glued);
    const five = doc.body.items.find((i) => i.type === 'paragraph' && i.value === 5);
    assert.ok(five?.type === 'paragraph' && five.portion?.level === 'CONFIDENTIAL' && five.portion.caveats[0] === 'REL LIBYA');
  });
  test('malformed marks (N/SF) and (SNF), lower-case (c)', () => {
    const kabul = real('09KABUL1892').body.items.find((i) => i.type === 'paragraph' && i.value === 9);
    assert.ok(kabul?.type === 'paragraph');
    assert.deepEqual([kabul.portion?.text, kabul.portion?.valid, kabul.portion?.normalized, kabul.portion?.level], ['(N/SF)', false, '(S/NF)', 'SECRET']);
    const tripoli = real('09TRIPOLI1025').body.items.find((i) => i.type === 'paragraph' && i.value === 4);
    assert.ok(tripoli?.type === 'paragraph');
    assert.deepEqual([tripoli.portion?.text, tripoli.portion?.valid, tripoli.portion?.normalized], ['(SNF)', false, '(S/NF)']);
    const belgrade = real('06BELGRADE1681').body.items[0];
    assert.ok(belgrade.type === 'paragraph');
    assert.deepEqual([belgrade.portion?.text, belgrade.portion?.valid, belgrade.portion?.normalized], ['(c)', false, '(C)']);
  });
  test('(China) after a number is not a mark; no marks in an UNCLAS media reaction (09BERLIN1626)', () => {
    const doc = real('09BERLIN1626');
    for (const item of doc.body.items) if (item.type === 'paragraph') assert.equal(item.portion, undefined, `paragraph ${item.value}`);
    assert.deepEqual(paragraphs(doc), ['¶1', '¶2', '¶3', '¶4', '¶5', '¶1', '¶2', '¶3', '¶4', '¶5']);
  });
  test('REL TO marks and lettered sub-paragraphs (08RANGOON749)', () => {
    const doc = real('08RANGOON749');
    const [one, two] = doc.body.items;
    assert.ok(one.type === 'paragraph' && two.type === 'paragraph');
    assert.deepEqual([one.portion?.text, one.portion?.level, one.portion?.valid], ['(S//REL to USA, ACGU)', 'SECRET', true]);
    assert.deepEqual(texts(two.subparagraphs.map((s) => s.label)), ['A', 'B', 'C', 'D', 'E', 'F']);
  });
  test('lower-case lettered sub-paragraphs (09DJIBOUTI113)', () => {
    const two = real('09DJIBOUTI113').body.items[1];
    assert.ok(two.type === 'paragraph' && two.value === 2);
    assert.deepEqual(texts(two.subparagraphs.map((s) => s.label)), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
  test('dashed headings (07PARIS2725) and SECRET - ENTIRE TEXT (89PANAMA8545)', () => {
    const paris = real('07PARIS2725');
    const headings = paris.body.items.filter((i) => i.type === 'heading').map((h) => (h.type === 'heading' ? h.title.text : ''));
    assert.deepEqual(headings, ['Russian Arms Sales Matter', 'A Legalistic World View', 'What Is Behind the Russian Calculus', 'Taking Another Run At Russia', 'Final Caveat']);
    const panama = real('89PANAMA8545');
    assert.equal(panama.entireText?.text, 'SECRET - ENTIRE TEXT.');
    assert.equal(panama.body.items[1].type === 'heading' && panama.body.items[1].title.text, 'SUMMARY');
  });
  test('summary and comment spans (07BAGHDAD146), unclosed comment (09KABUL1892)', () => {
    const doc = real('07BAGHDAD146');
    assert.deepEqual(spans(doc), ['summary', 'comment']);
    assert.deepEqual([doc.body.spans[0].open?.text, doc.body.spans[0].close?.text], ['Summary:', 'End Summary.']);
    assert.deepEqual([doc.body.spans[1].open?.text, doc.body.spans[1].close?.text], ['Comment:', 'End Comment']);
    const kabul = real('09KABUL1892');
    assert.ok(spans(kabul).includes('comment(no close)'));
  });
  test('quoted documents restart their numbering (07MADRID1952)', () => {
    const doc = real('07MADRID1952');
    assert.deepEqual(paragraphs(doc), ['¶1(SBU)', '¶2(SBU)', '¶1', '¶2', '¶3', '¶1', '¶2', '¶3']);
    // No BEGIN/END markers: the unmarked run restarting at 1 in a portion-marked cable is quoted.
    const quoted = doc.body.items.map((i) => i.type === 'paragraph' && i.quoted);
    assert.deepEqual(quoted, [false, false, true, true, true, true, true, true]);
  });
  test('page breaks and repeated banners (00HARARE6677)', () => {
    const doc = real('00HARARE6677');
    assert.ok(doc.body.pageBreaks.length >= 2);
    assert.ok(doc.banners.some((b) => b.levelText.text === 'CONFIDENTIAL'));
    assert.ok(doc.banners.some((b) => b.section?.n.text === '02'));
    assert.deepEqual(paragraphs(doc).slice(-2), ['¶10(C)', '¶12(U)']);
  });
  test('redactions (09BEIJING1336)', () => {
    const doc = real('09BEIJING1336');
    assert.ok(doc.body.redactions.length > 10);
    for (const r of doc.body.redactions) assert.match(r.text, /^(?:X{4,}|x{4,})$/);
  });
});

describe('signature and end', () => {
  test('last all-caps line (07BAGHDAD146, 09TASHKENT1503, 08REYKJAVIK195)', () => {
    assert.equal(real('07BAGHDAD146').signature?.text, 'KHALILZAD');
    assert.equal(real('09TASHKENT1503').signature?.text, 'NORLAND');
    assert.equal(real('08REYKJAVIK195').signature?.text, 'VAN VOORST');
  });
  test('signature before NNNN and End Cable Text (08LONDON2651)', () => {
    const doc = real('08LONDON2651');
    assert.equal(doc.signature?.text, 'LEBARON');
    assert.deepEqual(texts(doc.endMarkers), ['NNNN', 'End Cable Text']);
  });
  test('before a web notice (09ANKARA1583) and glued to the last sentence (10STATE284)', () => {
    assert.equal(real('09ANKARA1583').signature?.text, 'JEFFREY');
    assert.equal(real('10STATE284').signature?.text, 'CLINTON');
  });
  test('truncated cable: no body, no signature (06KABUL3934)', () => {
    const doc = real('06KABUL3934');
    assert.deepEqual([doc.body.items.length, doc.signature, doc.eo], [0, undefined, undefined]);
    assert.equal(doc.classification?.levelText.text, 'UNCLAS');
  });
});

describe('exports with a summary box above the header', () => {
  test('03ABUDHABI2641: the header below the printed box is found, with its date, E.O. and classification line', () => {
    const doc = real('03ABUDHABI2641');
    assert.deepEqual(doc.date, { year: 2003, month: 6, day: 3 });
    assert.equal(doc.header?.dtg?.line.text.trim(), 'O 031250Z JUN 03');
    assert.equal(doc.classification?.line.text.trim(), 'C O N F I D E N T I A L ABU DHABI 002641');
    assert.deepEqual(doc.banners, []);
    assert.equal(doc.eo?.label.text, 'EO');
    assert.equal(doc.tags?.codes.length, 9);
    assert.equal(doc.preamble[0].text, 'null');
  });
});
