/**
 * Fixes of the TAGS and body-structure rules (CBL012-CBL019): the exact text each fix produces, that
 * it changes nothing outside the element it names, and that applying all safe fixes is idempotent.
 * Also: 09TASHKENT1503 gets exactly the findings its fixture lists, from all eight rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, fixAll, lint, lintDocument, parse, type CableDate, type Finding, type Fix, type Paragraph } from '../../../server/lib/core';
import { paragraphNumbering } from '../../../server/lib/core/rules/paragraph-numbering';
import { FIXTURES, compareFindings, parseFixture } from '../support/fixtures';

const TODAY: CableDate = { year: 2009, month: 9, day: 18 };
const MY_RULES = ['tags', 'subject', 'references', 'paragraph-numbering', 'summary-markers', 'section-numbering', 'captions', 'signature'];

function draft(opts: { tags?: string; body?: string } = {}): string {
  return [
    'C O N F I D E N T I A L TASHKENT 001503',
    '',
    'SIPDIS',
    '',
    'E.O. 12958: DECL: 2019/09/18',
    opts.tags ?? 'TAGS: PREL PGOV UZ',
    'SUBJECT: UZBEKISTAN: THE GOU WANTS TO COOPERATE',
    '',
    'CLASSIFIED BY: Katrisa Peffley, Pol/Econ Officer, DOS, Pol/Econ; REASON: 1.4(B), (D)',
    '',
    opts.body ?? '1. (C) SUMMARY: The Uzbek government wants to work with the USG. END SUMMARY.\n\n2. (C) Amanov agreed.',
    '',
    'NORLAND',
    '',
  ].join('\n');
}

function findings(text: string, rule: string): Finding[] {
  return lint(text, { today: TODAY }).findings.filter((finding) => finding.rule === rule);
}

function onlyFinding(text: string, rule: string, message: string): Finding {
  const found = findings(text, rule).filter((finding) => finding.message.includes(message));
  assert.equal(found.length, 1, `expected one ${rule} finding with "${message}", got: ${findings(text, rule).map((f) => f.message).join(' | ')}`);
  return found[0];
}

function apply(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** The text outside [start, end) of the original is unchanged in the result. */
function assertUnchangedOutside(original: string, result: string, start: number, end: number): void {
  assert.equal(result.slice(0, start), original.slice(0, start), 'text before the element changed');
  assert.equal(result.slice(result.length - (original.length - end)), original.slice(end), 'text after the element changed');
}

function lineSpan(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `no line with ${needle}`);
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}

function assertIdempotent(text: string): void {
  const once = fixAll(text, { today: TODAY }).text;
  const twice = fixAll(once, { today: TODAY });
  assert.equal(twice.text, once, 'a second Fix All changed the text');
}

test('tags: a known typo is replaced by its one correction (safe), only on the TAGS line', () => {
  const text = draft({ tags: 'TAGS: POGOV, PREL, UZ' });
  const finding = onlyFinding(text, 'tags', 'Unknown TAGS code POGOV: did you mean PGOV?');
  assert.equal(finding.fixes.length, 1);
  assert.equal(finding.fixes[0].safe, true);
  const fixed = apply(text, finding.fixes[0]);
  assert.equal(fixed, text.replace('TAGS: POGOV, PREL, UZ', 'TAGS: PGOV, PREL, UZ'));
  const line = lineSpan(text, 'TAGS:');
  assertUnchangedOutside(text, fixed, line.start, line.end);
  assert.equal(findings(fixed, 'tags').length, 0);
  assertIdempotent(text);
});

test('tags: codes run together are split (MASSMNUC → MASS MNUC)', () => {
  const text = draft({ tags: 'TAGS: PREL MASSMNUC UZ' });
  const finding = onlyFinding(text, 'tags', 'MASSMNUC: did you mean MASS MNUC?');
  assert.equal(apply(text, finding.fixes[0]), text.replace('MASSMNUC', 'MASS MNUC'));
  assert.equal(finding.fixes[0].safe, true);
});

test('tags: an ISO code is replaced by the FIPS code (RU → RS)', () => {
  const text = draft({ tags: 'TAGS: PREL PGOV RU' });
  const finding = onlyFinding(text, 'tags', 'RU is the ISO code for Russia');
  assert.equal(finding.severity, 'info');
  assert.equal(apply(text, finding.fixes[0]), text.replace('PGOV RU', 'PGOV RS'));
});

test('tags: two equally near codes give two unsafe fixes (PINX → PINR or PINS)', () => {
  const text = draft({ tags: 'TAGS: PGOV PINX UZ' });
  const finding = onlyFinding(text, 'tags', 'Unknown TAGS code PINX: did you mean PINR or PINS?');
  assert.deepEqual(finding.fixes.map((fix) => [fix.edits[0].newText, fix.safe]), [['PINR', false], ['PINS', false]]);
  assert.equal(fixAll(text, { today: TODAY }).text.includes('PINX'), true, 'Fix All must not choose for the author');
});

test('tags: an unknown code without a near one gets no fix', () => {
  const text = draft({ tags: 'TAGS: PGOV KXMR UZ' });
  const finding = onlyFinding(text, 'tags', 'Unknown TAGS code KXMR');
  assert.equal(finding.message, 'Unknown TAGS code KXMR');
  assert.deepEqual(finding.fixes, []);
});

test('tags: markup debris is stripped in one safe fix (09TASHKENT1503 style)', () => {
  const text = draft({ tags: 'TAGS: [PREL](#) [UNGA](#) [XG](#)' });
  const finding = onlyFinding(text, 'tags', 'Link markup on the TAGS line');
  assert.equal(finding.fixes[0].safe, true);
  const fixed = apply(text, finding.fixes[0]);
  assert.equal(fixed, text.replace('TAGS: [PREL](#) [UNGA](#) [XG](#)', 'TAGS: PREL UNGA XG'));
  assertUnchangedOutside(text, fixed, finding.start, finding.end);
  assertIdempotent(text);
});

test('paragraph-numbering: 11. 12. 13. ¶4. is renumbered 1-4 in one fix touching only the numbers', () => {
  const body = '11. (C) SUMMARY: One. END SUMMARY.\n\n12. (C) Two.\n\n13. (C) Three.\n\n\u00b64. (C) COMMENT: Four. END COMMENT.';
  const text = draft({ body });
  const found = findings(text, 'paragraph-numbering');
  assert.deepEqual(
    found.map((finding) => finding.message),
    ['Paragraph 11 should be 1: its leading 1 looks like a mangled ¶', 'Paragraph 12 should be 2: its leading 1 looks like a mangled ¶', 'Paragraph 13 should be 3: its leading 1 looks like a mangled ¶'],
  );
  const fix = found[0].fixes[0];
  assert.equal(fix.safe, true);
  assert.equal(fix.edits.length, 3);
  for (const finding of found) assert.deepEqual(finding.fixes[0], fix, 'every finding offers the same renumbering');
  const fixed = apply(text, fix);
  assert.equal(fixed, draft({ body: '1. (C) SUMMARY: One. END SUMMARY.\n\n2. (C) Two.\n\n3. (C) Three.\n\n\u00b64. (C) COMMENT: Four. END COMMENT.' }));
  assert.equal(findings(fixed, 'paragraph-numbering').length, 0);
  assertIdempotent(text);
});

test('paragraph-numbering: a gap and a repeat are renumbered in one fix', () => {
  const body = '1. (C) One.\n\n2. (C) Two:\n\nA. first;\n\nB. second.\n\n4. (C) Three.\n\n5. (C) Four.\n\n5. (C) Five.';
  const text = draft({ body });
  const found = findings(text, 'paragraph-numbering');
  assert.deepEqual(found.map((f) => f.message), ['Paragraph 4 follows paragraph 2: expected 3', 'Paragraph 5 follows paragraph 5: expected 6']);
  const fix = found[0].fixes[0];
  assert.equal(fix.safe, true);
  const fixed = apply(text, fix);
  assert.equal(fixed, draft({ body: '1. (C) One.\n\n2. (C) Two:\n\nA. first;\n\nB. second.\n\n3. (C) Three.\n\n4. (C) Four.\n\n5. (C) Five.' }));
  assertIdempotent(text);
});

test('paragraph-numbering: sub-paragraph letters out of sequence join the same renumbering fix', () => {
  // The parser reads only in-sequence labels (A. B. then C.), so `D.` is given to the rule the way
  // the tree contract describes it: a SubParagraph with its label token.
  const text = draft({ body: '1. (C) One.\n\n2. (C) Two:\n\nA. first;\n\nB. second;\n\nD. third.\n\n4. (C) Three.' });
  const doc = parse(text);
  const second = doc.body.items.find((item): item is Paragraph => item.type === 'paragraph' && item.value === 2);
  assert.ok(second && second.subparagraphs.length >= 2);
  const at = text.indexOf('D. third');
  if (second.subparagraphs.length === 2) {
    second.subparagraphs.push({ type: 'subparagraph', start: at, end: at + 'D. third.'.length, label: { start: at, end: at + 1, text: 'D' }, style: 'letter', preview: 'third.', children: [] });
  }
  const found = lintDocument(doc, { rules: [paragraphNumbering], today: TODAY });
  assert.deepEqual(found.map((f) => f.message), ['Sub-paragraph D follows B: expected C', 'Paragraph 4 follows paragraph 2: expected 3']);
  assert.deepEqual(found[0].fixes, found[1].fixes);
  const fixed = apply(text, found[1].fixes[0]);
  assert.equal(fixed, draft({ body: '1. (C) One.\n\n2. (C) Two:\n\nA. first;\n\nB. second;\n\nC. third.\n\n3. (C) Three.' }));
});

test('paragraph-numbering: a restart at 1 gets an unsafe renumbering (it may be a second list)', () => {
  const text = draft({ body: '1. (C) One.\n\n2. (C) Two.\n\n1. (C) Again one.\n\n2. (C) Again two.' });
  const finding = onlyFinding(text, 'paragraph-numbering', 'Paragraph 1 follows paragraph 2: expected 3');
  assert.equal(finding.fixes[0].safe, false);
  assert.equal(apply(text, finding.fixes[0]), draft({ body: '1. (C) One.\n\n2. (C) Two.\n\n3. (C) Again one.\n\n4. (C) Again two.' }));
  assert.equal(fixAll(text, { today: TODAY }).text.includes('\n1. (C) Again one.'), true, 'Fix All must not renumber a restart');
});

test('paragraph-numbering: 1.(C) gets its space, and nothing else changes', () => {
  const text = draft({ body: '1.(C) One.\n\n2.(C) Two.' });
  const found = findings(text, 'paragraph-numbering').filter((finding) => finding.message.includes('runs into the portion mark'));
  assert.equal(found.length, 2);
  const fixed = apply(text, found[0].fixes[0]);
  assert.equal(fixed, draft({ body: '1. (C) One.\n\n2.(C) Two.' }));
  assertUnchangedOutside(text, fixed, found[0].start, found[0].end);
  assert.equal(fixAll(text, { today: TODAY }).text.includes('1. (C) One.\n\n2. (C) Two.'), true);
  assertIdempotent(text);
});

test('summary-markers: END SUMMARY. is inserted at the end of the summary paragraph, in its case', () => {
  const upper = draft({ body: '1. (C) SUMMARY: The GOU wants to cooperate.\n\n2. (C) Amanov agreed.' });
  const finding = onlyFinding(upper, 'summary-markers', 'SUMMARY is never closed');
  assert.equal(finding.fixes[0].safe, true);
  const fixed = apply(upper, finding.fixes[0]);
  assert.equal(fixed, draft({ body: '1. (C) SUMMARY: The GOU wants to cooperate. END SUMMARY.\n\n2. (C) Amanov agreed.' }));
  assert.equal(findings(fixed, 'summary-markers').length, 0);
  assertIdempotent(upper);

  const mixed = draft({ body: '1. (C) Summary: The GOU wants to cooperate.\n\n2. (C) Amanov agreed.' });
  const mixedFix = onlyFinding(mixed, 'summary-markers', 'SUMMARY is never closed').fixes[0];
  assert.equal(apply(mixed, mixedFix), draft({ body: '1. (C) Summary: The GOU wants to cooperate. End Summary.\n\n2. (C) Amanov agreed.' }));
});

test('summary-markers: a marker in the middle of a paragraph gets an unsafe fix', () => {
  const text = draft({ body: '1. (C) The GOU wants to cooperate. COMMENT: It means it.\n\n2. (C) Amanov agreed.' });
  const finding = onlyFinding(text, 'summary-markers', 'COMMENT is never closed');
  assert.equal(finding.fixes.length, 1);
  assert.equal(finding.fixes[0].safe, false);
});

/**
 * The real cables in these rules' fixture folders list every finding of all eight rules (the harness
 * in rules.test.ts only compares the folder's rule and the rules a fixture names): so 09TASHKENT1503
 * reports exactly its real problems and 07MADRID1952's quoted numbering nothing.
 */
for (const alias of MY_RULES) {
  const dir = join(FIXTURES, 'rules', alias);
  const real = existsSync(dir) ? readdirSync(dir).filter((name) => /^\d{2}[A-Z]+\d+\.cable$/.test(name)) : [];
  for (const name of real) {
    test(`${alias}/${name}: exactly the listed findings of all eight rules`, () => {
      const fixture = parseFixture(name, readFileSync(join(dir, name), 'utf8'));
      const { findings: all } = lint(fixture.text, { today: fixture.today ?? TODAY });
      for (const rule of MY_RULES) {
        const expectations = fixture.expectations.filter((e) => e.rule === rule);
        const problems = compareFindings({ ...fixture, expectations }, all.filter((f) => f.rule === rule), rule);
        assert.deepEqual(problems, [], `${rule}:\n  ${problems.join('\n  ')}`);
      }
    });
  }
}

test('09TASHKENT1503 is among the real fixtures, with its debris and numbering findings', () => {
  const fixture = parseFixture('09TASHKENT1503.cable', readFileSync(join(FIXTURES, 'rules/paragraph-numbering/09TASHKENT1503.cable'), 'utf8'));
  assert.deepEqual(
    fixture.expectations.map((e) => `${e.line} ${e.rule}`),
    ['17 tags', '27 paragraph-numbering', '35 paragraph-numbering', '43 paragraph-numbering'],
  );
  assert.equal(readFileSync(join(FIXTURES, 'rules/paragraph-numbering/07MADRID1952.cable'), 'utf8').includes('#! paragraph-numbering'), false);
});

test('summary-markers: a paragraph ending in a glued name gets the marker after its last sentence, unsafe', () => {
  const text = draft({ body: '1. (C) SUMMARY: The GOU wants to cooperate. END SUMMARY.\n\n2. (C) COMMENT: It means it. DANILOVICH' }).replace('\nNORLAND\n', '\n');
  const finding = onlyFinding(text, 'summary-markers', 'COMMENT is never closed');
  assert.equal(finding.fixes[0].safe, false);
  assert.equal(apply(text, finding.fixes[0]), text.replace('It means it. DANILOVICH', 'It means it. END COMMENT. DANILOVICH'));
});

test('the eight rules never throw and report ranges inside the text on mangled real cables', () => {
  const dir = join(FIXTURES, 'rules/paragraph-numbering');
  const sources = readdirSync(dir).filter((name) => name.endsWith('.cable')).map((name) => parseFixture(name, readFileSync(join(dir, name), 'utf8')).text);
  const pieces = ['\n', '\u00b6', '(C)', 'REF A', 'END SUMMARY.', 'SUMMARY:', '11.', 'A.', '[', '](#)', 'TAGS:', 'SECTION 03 OF 02', '002 OF 001', '\r\n', 'SIPDIS', '-----', 'OVIP', '\ud800'];
  let seed = 7;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let checked = 0;
  for (let k = 0; k < 300; k++) {
    let text = sources[Math.floor(random() * sources.length)];
    for (let op = 0; op < 4; op++) {
      const at = Math.floor(random() * text.length);
      const r = random();
      text = r < 0.4 ? text.slice(0, at) + text.slice(at + Math.floor(random() * 200)) : r < 0.8 ? text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at) : text.slice(0, at);
    }
    for (const finding of lint(text, { today: TODAY }).findings) {
      if (!MY_RULES.includes(finding.rule)) continue;
      checked++;
      assert.ok(!finding.message.startsWith('Internal error'), finding.message);
      assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${finding.rule} range`);
      for (const fix of finding.fixes) for (const edit of fix.edits) assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, `${finding.rule} edit`);
    }
  }
  assert.ok(checked > 100, `only ${checked} findings checked`);
});

test('tags: a repeated code is removed with its separator, on a wrapped TAGS line too (08BRASILIA236)', () => {
  const text = draft({ tags: 'TAGS: BR PREL MARR\nBR, PREL, MARR' });
  const found = findings(text, 'tags').filter((finding) => finding.message.endsWith('repeated'));
  assert.deepEqual(found.map((finding) => finding.message), ['TAGS code BR repeated', 'TAGS code PREL repeated', 'TAGS code MARR repeated']);
  assert.ok(found.every((finding) => finding.fixes[0].safe));
  assert.equal(apply(text, found[0].fixes[0]), text.replace('MARR\nBR, PREL', 'MARR, PREL'));
  const fixed = fixAll(text, { today: TODAY }).text;
  assert.ok(fixed.includes('TAGS: BR PREL MARR\nSUBJECT:'), fixed);
  assertIdempotent(text);
});

test('paragraph-numbering: a single numbered paragraph gets an unsafe fix removing its number', () => {
  const text = draft({ body: '1. (C) The GOU wants to cooperate.' });
  const finding = onlyFinding(text, 'paragraph-numbering', 'A single paragraph is not numbered');
  assert.equal(finding.fixes[0].safe, false);
  assert.equal(apply(text, finding.fixes[0]), draft({ body: '(C) The GOU wants to cooperate.' }));
  assert.equal(fixAll(text, { today: TODAY }).text.includes('\n1. (C) The GOU'), true, 'Fix All leaves the number');
});

test('paragraph-numbering: with the mark before the number, removing the number keeps the mark', () => {
  const text = draft({ body: '(C) 1. The GOU wants to cooperate.' });
  const finding = onlyFinding(text, 'paragraph-numbering', 'A single paragraph is not numbered');
  assert.equal(apply(text, finding.fixes[0]), draft({ body: '(C) The GOU wants to cooperate.' }));
  assert.deepEqual(findings(text, 'portion-marking'), [], 'the leading mark counts as the paragraph\'s mark');
});

test('options: extraCodes, requireGeographic, reportUncited, markers and knownCaptions change what is reported', () => {
  const messages = (text: string, rule: string, options: Record<string, unknown>): string[] =>
    lint(text, { today: TODAY, config: { rules: { [rule]: { options } } } }).findings.filter((f) => f.rule === rule).map((f) => f.message);

  const tagged = draft({ tags: 'TAGS: PREL PXQZ' });
  assert.deepEqual(messages(tagged, 'tags', {}).sort(), ['No geographic TAGS code: add the FIPS 10-4 code of the country concerned (RS Russia, GM Germany, IZ Iraq …)', 'Unknown TAGS code PXQZ']);
  assert.deepEqual(messages(tagged, 'tags', { extraCodes: ['PXQZ'], requireGeographic: false }), []);

  const refs = draft({ body: '1. (C) As REF A says.\n\n2. (C) Amanov agreed.' }).replace('\nCLASSIFIED BY', 'REF: A. 09 STATE 90254\n     B. 09 TASHKENT 1450\n\nCLASSIFIED BY');
  assert.deepEqual(messages(refs, 'references', {}), ['REF B is never cited in the text']);
  assert.deepEqual(messages(refs, 'references', { reportUncited: false }), []);

  const quoted = draft({ body: '1. (C) BEGIN TEXT: the non-paper.\n\n2. (C) Amanov agreed. END SUMMARY.' });
  assert.deepEqual(messages(quoted, 'summary-markers', { markers: ['comment'] }), []);
  assert.ok(messages(quoted, 'summary-markers', {}).some((m) => m.startsWith('END SUMMARY without a SUMMARY')));
  assert.ok(messages(quoted, 'summary-markers', { markers: ['text'] }).some((m) => m.startsWith('BEGIN TEXT is never closed')));

  const captioned = draft().replace('\nSIPDIS\n', '\nEYES ONLY FOR AMBASSADOR\n');
  assert.deepEqual(messages(captioned, 'captions', {}).length, 1, 'EYES ONLY FOR AMBASSADOR is not a known caption');
  assert.deepEqual(messages(captioned, 'captions', { knownCaptions: ['EYES ONLY FOR AMBASSADOR'] }), []);
});
