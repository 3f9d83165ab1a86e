/**
 * 09TASHKENT1503, the project's reference cable, in full detail: every heading element, the damaged
 * paragraph numbers `11. 12. 13. ¶4.`, the markdown debris on the TAGS line, headings, spans and
 * the signature. Expected values are read off the cable text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { real, realText } from './parser-helpers';

const text = realText('09TASHKENT1503');
const doc = real('09TASHKENT1503');
const at = (s: string, from = 0): number => text.indexOf(s, from);

test('date comes from the DTG line', () => {
  assert.deepEqual(doc.date, { year: 2009, month: 9, day: 18 });
});

test('classification line', () => {
  const c = doc.classification!;
  assert.equal(c.line.text, 'C O N F I D E N T I A L TASHKENT 001503');
  assert.equal(c.line.start, at('C O N F I D E N T I A L'));
  assert.deepEqual([c.levelText.text, c.level, c.malformed, c.suggestion], ['C O N F I D E N T I A L', 'CONFIDENTIAL', false, undefined]);
  assert.deepEqual([c.post?.text, c.serial?.text, c.section, c.caveats.length], ['TASHKENT', '001503', undefined, 0]);
  assert.deepEqual(doc.banners, []);
});

test('one SIPDIS caption, no passing lines', () => {
  assert.deepEqual(doc.captions.map((c) => [c.text, c.items.map((i) => i.text)]), [['SIPDIS', ['SIPDIS']]]);
  assert.equal(doc.captions[0].start, at('SIPDIS'));
  assert.deepEqual(doc.passingLines, []);
});

test('E.O. line with a Y/M/D date', () => {
  const eo = doc.eo!;
  assert.deepEqual([eo.label.text, eo.order?.text, eo.instructionLabel?.text, eo.instruction?.text], ['E.O.', '12958', 'DECL', '2019/09/18']);
  assert.equal(eo.label.start, at('E.O. 12958'));
  assert.deepEqual(eo.declassify, { kind: 'date', date: { year: 2019, month: 9, day: 18 }, format: 'YMD', token: eo.instruction });
});

test('TAGS codes with kinds and the [CODE](#) debris', () => {
  const tags = doc.tags!;
  assert.equal(tags.label.text, 'TAGS');
  assert.deepEqual(tags.codes.map((c) => [c.text, c.kind]), [['PREL', 'subject'], ['UNGA', 'organization'], ['XG', 'geographic']]);
  assert.deepEqual(tags.debris.map((d) => d.text), ['[', '](#)', '[', '](#)', '[', '](#)']);
  assert.equal(tags.codes[0].start, at('[PREL]') + 1);
  assert.equal(tags.end, at('[XG](#)') + '[XG](#)'.length);
});

test('SUBJECT joined over its two lines', () => {
  const s = doc.subject!;
  assert.equal(s.label.text, 'SUBJECT');
  assert.equal(s.text, 'UNGA DEMARCHE DELIVERED: UZBEKISTAN WANTS TO COOPERATE IN AREAS OF MUTUAL INTEREST');
  assert.equal(s.textSpan?.start, at('UNGA DEMARCHE'));
  assert.equal(s.textSpan?.end, at('MUTUAL INTEREST') + 'MUTUAL INTEREST'.length);
  assert.equal(s.portion, undefined);
});

test('REF to 09 STATE 90254', () => {
  const refs = doc.refs!;
  assert.equal(refs.label.text, 'REF');
  assert.equal(refs.items.length, 1);
  const [item] = refs.items;
  assert.equal(item.letter, undefined);
  assert.equal(item.text.text, '09 STATE 90254');
  assert.deepEqual(item.cable, { year: '09', post: 'STATE', serial: '90254', id: '09STATE90254' });
});

test('CLASSIFIED BY in the SMART template over two lines', () => {
  const cb = doc.classifiedBy!;
  assert.equal(cb.label.text, 'CLASSIFIED BY');
  assert.equal(cb.by?.text, 'Katrisa Peffley, Pol/Econ Officer, DOS, Pol/Econ');
  assert.deepEqual([cb.reasonLabel?.text, cb.section?.text, cb.sectionValid], ['REASON', '1.4', true]);
  assert.deepEqual(cb.categories.map((c) => c.text), ['B', 'D']);
  assert.equal(cb.end, at('(D)') + 3);
  assert.equal(doc.entireText, undefined);
});

test('paragraphs 11. 12. 13. ¶4. with (C) marks, two headings in between', () => {
  const items = doc.body.items;
  assert.deepEqual(
    items.map((i) => (i.type === 'paragraph' ? `${i.pilcrow ? '¶' : ''}${i.number.text}${i.portion?.text}` : i.type === 'heading' ? `H:${i.title.text}` : 'T')),
    ['11(C)', 'H:AFGHANISTAN, NONPROLIFERATION, MIDDLE EAST', '12(C)', 'H:ROLE OF THE UN, ENVIRONMENT, HUMAN RIGHTS', '13(C)', '¶4(C)'],
  );
  const [p11, , p12, , p13, p4] = items;
  assert.ok(p11.type === 'paragraph' && p12.type === 'paragraph' && p13.type === 'paragraph' && p4.type === 'paragraph');
  assert.deepEqual([p11.value, p12.value, p13.value, p4.value], [11, 12, 13, 4]);
  assert.equal(p11.start, at('11. (C)'));
  assert.ok(p11.preview.startsWith('SUMMARY: The Uzbek government'));
  assert.ok(!p11.glued && !p11.quoted && p11.portion?.level === 'CONFIDENTIAL' && p11.portion.valid);
  assert.equal(p4.pilcrow?.text, '¶');
  assert.equal(p4.start, at('¶4.'));
  // Paragraph 13 goes on after a blank line ("universal, indivisible ...").
  assert.equal(p13.end, at('cultural context.') + 'cultural context.'.length);
  assert.equal(p4.end, at('END COMMENT.') + 'END COMMENT.'.length);
  assert.deepEqual(p11.firstLine, { start: p11.start, end: at('END SUMMARY.') + 'END SUMMARY.'.length });
});

test('summary and comment spans', () => {
  const spans = doc.body.spans;
  assert.deepEqual(spans.map((s) => [s.kind, s.open?.text, s.close?.text]), [
    ['summary', 'SUMMARY:', 'END SUMMARY.'],
    ['comment', 'COMMENT:', 'END COMMENT.'],
  ]);
  assert.equal(spans[0].start, at('SUMMARY:'));
  assert.equal(spans[1].end, at('END COMMENT.') + 'END COMMENT.'.length);
});

test('signature NORLAND, no end markers, no page breaks or redactions', () => {
  assert.equal(doc.signature?.text, 'NORLAND');
  assert.equal(doc.signature?.start, at('NORLAND'));
  assert.deepEqual([doc.endMarkers, doc.body.pageBreaks, doc.body.redactions], [[], [], []]);
  assert.equal(doc.body.start, at('11. (C)'));
  assert.equal(doc.body.end, at('END COMMENT.') + 'END COMMENT.'.length);
});
