/**
 * The language contribution's regular expressions and the cable templates, checked against real
 * cables (tests/fixtures/real) and the real parser and linter:
 * - `firstLine` recognises a cable opened as plain text, and not ordinary prose;
 * - `wordPattern` keeps E.O., 1.4(B), 12958, dates and TAGS codes whole;
 * - folding markers open at SUMMARY/COMMENT and close at END SUMMARY/END COMMENT;
 * - the New Cable templates expand to cables with every required line and no error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, parse } from '../../../server/lib/core';
import { declDate, newCableSnippet, newCableTemplates, snippetsFile } from '../../../client/lib/templates';

const root = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const languageConfiguration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
// VS Code compiles these strings without flags (wordPattern gets `g` added).
const firstLine = new RegExp(pkg.contributes.languages[0].firstLine);
const wordPattern = new RegExp(languageConfiguration.wordPattern, 'g');
const foldStart = new RegExp(languageConfiguration.folding.markers.start);
const foldEnd = new RegExp(languageConfiguration.folding.markers.end);

const realDir = join(root, 'tests/fixtures/real');
const realCables = readdirSync(realDir)
  .filter((name) => name.endsWith('.cable'))
  .map((name) => ({ name, text: readFileSync(join(realDir, name), 'utf8') }));

/** Exports that do not start with the telegram at all: no first-line pattern can know them. */
const NOT_A_TELEGRAM_START = [
  /^null$/, // printed "Cable Text: TELEGRAM" view (03ABUDHABI2641)
  /\bFrom\s+DB\/Inbox:/, // e-mail client export with the sender on the first line (09DOHA214)
  /^INFO\s+LOG-\d/, // OASYS office distribution block
];

test('firstLine matches the first text line of the real cables', () => {
  let checked = 0;
  for (const { name, text } of realCables) {
    const first = text.split(/\r?\n|\r/).find((line) => line.trim() !== '')!;
    if (NOT_A_TELEGRAM_START.some((pattern) => pattern.test(first))) continue;
    assert.match(first, firstLine, `${name}: first line not recognised`);
    checked++;
  }
  assert.ok(checked >= 10, `only ${checked} real cables checked`);
});

test('firstLine matches each real cable\'s classification line (a draft starts with it)', () => {
  let checked = 0;
  for (const { name, text } of realCables) {
    const classification = parse(text).classification;
    if (!classification || classification.malformed) continue;
    assert.match(classification.line.text, firstLine, `${name}: "${classification.line.text}"`);
    checked++;
  }
  assert.ok(checked >= 8, `only ${checked} classification lines checked`);
});

test('firstLine matches the first line of the sample drafts (unless their classification line is malformed)', () => {
  const samples = join(root, 'samples');
  let checked = 0;
  for (const name of readdirSync(samples).filter((file) => /\.(cable|tel)$/.test(file))) {
    const text = readFileSync(join(samples, name), 'utf8');
    const first = text.split(/\r?\n|\r/).find((line) => line.trim() !== '')!;
    const classification = parse(text).classification;
    // A draft that starts with a misspelt level (`SE C R E T`) is one firstLine cannot know.
    if (classification?.malformed && classification.line.text === first) continue;
    assert.match(first, firstLine, `${name}: "${first}"`);
    checked++;
  }
  assert.ok(checked >= 2, `only ${checked} samples checked`);
});

test('firstLine matches every level spelling, indented drafts and the templates', () => {
  for (const line of [
    'C O N F I D E N T I A L TASHKENT 001503',
    'S E C R E T SECTION 01 OF 04 USNATO 000208',
    'S E C R E T        DOHA 00214',
    'CONFIDENTIAL SECTION 01 of 03 KUWAIT 000128',
    'UNCLAS SECTION 01 OF 05 KABUL 003934',
    'UNCLAS E F T O STATE 012345',
    'UNCLASSIFIED   STATE   5055',
    'LIMITED OFFICIAL USE MADRID 05480',
    'T O P S E C R E T STATE 000001',
    'TOP SECRET STATE 000001',
    '   C O N F I D E N T I A L TASHKENT 001503',
    'VZCZCXRO4549',
    'R 180924Z SEP 09',
    'O R 221334Z SEP 09',
  ]) {
    assert.match(line, firstLine);
  }
  for (const template of newCableTemplates()) {
    for (const expanded of expansions(newCableSnippet(template, new Date(2026, 10, 27)))) {
      assert.match(expanded.split('\n')[0], firstLine, `${template.name}: ${expanded.split('\n')[0]}`);
    }
  }
});

test('firstLine does not match ordinary text', () => {
  for (const line of [
    'Secretary Clinton met the minister.',
    'CONFIDENTIALITY NOTICE',
    'SECRETARIAT OF THE CONFERENCE',
    'UNCLASSIFIEDS',
    '# Notes on cables',
    'The cable said C O N F I D E N T I A L',
    'R 180924 SEP 09',
    '',
  ]) {
    assert.doesNotMatch(line, firstLine, JSON.stringify(line));
  }
});

/** The word VS Code selects on a double click at `column`: the wordPattern match that contains it. */
function wordAt(line: string, column: number): string | undefined {
  for (const match of line.matchAll(wordPattern)) {
    if (match.index! <= column && column < match.index! + match[0].length) return match[0];
  }
  return undefined;
}

test('wordPattern keeps E.O., 1.4(B), 12958, dates and TAGS codes whole', () => {
  const cases: [string, string][] = [
    ['E.O. 12958: DECL: 2019/09/18', 'E.O.'],
    ['E.O. 12958: DECL: 2019/09/18', '12958'],
    ['E.O. 12958: DECL: 2019/09/18', '2019/09/18'],
    ['E.O. 13526: DECL: 09/18/2019', '13526'],
    ['CLASSIFIED BY: Katrisa Peffley, Pol/Econ Officer; REASON: 1.4(B), (D)', '1.4(B)'],
    ['Classified By: Ambassador X for reasons 1.4(b) and (d).', '1.4(b)'],
    ['TAGS: PREL UNGA XG', 'PREL'],
    ['TAGS: PREL UNGA XG', 'UNGA'],
    ['TAGS: PREL UNGA XG', 'XG'],
    ['TAGS: KNNP, MNUC, IR', 'KNNP'],
    ['R 180924Z SEP 09', '180924Z'],
    ['DE RUEHNT #1503 2610924', 'RUEHNT'],
  ];
  for (const [line, token] of cases) {
    const start = line.indexOf(token);
    assert.ok(start >= 0);
    // Every character of the token selects the whole token.
    for (let column = start; column < start + token.length; column++) {
      assert.equal(wordAt(line, column), token, `${line} @${column}`);
    }
  }
  // Words stop at punctuation that is not part of them.
  assert.deepEqual('TAGS: PREL, UNGA'.match(wordPattern), ['TAGS', 'PREL', 'UNGA']);
  assert.deepEqual('1. (C) SUMMARY: Text.'.match(wordPattern), ['1', 'C', 'SUMMARY', 'Text']);
  // VS Code rejects a word pattern that matches the empty string.
  assert.equal(new RegExp(languageConfiguration.wordPattern).test(''), false);
});

test('folding markers: SUMMARY and COMMENT blocks, not one-line ones', () => {
  for (const line of ['1. (C) SUMMARY: The Uzbek government wants', 'Summary and Comment', 'SUMMARY', '4. (S/NF) COMMENT: Amanov', '¶2. (C) Comment: text']) {
    assert.match(line, foldStart, line);
    assert.doesNotMatch(line, foldEnd, line);
  }
  for (const line of ['the relationship. END SUMMARY.', 'END COMMENT.', 'End Summary and Comment.']) {
    assert.match(line, foldEnd, line);
    assert.doesNotMatch(line, foldStart, line);
  }
  // A summary that ends on its own line opens no fold (it would never be closed).
  assert.doesNotMatch('11. (C) SUMMARY: The Uzbek government... END SUMMARY.', foldStart);
  assert.doesNotMatch('The SUMMARY of the talks', foldStart);
  // Real cables: every multi-line SUMMARY ... END SUMMARY block opens a fold where its SUMMARY is.
  // (A SUMMARY heading never closed, as in 09HARARE888, opens a marker VS Code simply ignores.)
  let blocks = 0;
  for (const { name, text } of realCables) {
    const lines = text.split(/\r?\n|\r/);
    lines.forEach((line, i) => {
      const endAt = line.search(/\bEND\s+SUMMARY\b/i);
      if (endAt < 0 || /\bSUMMARY\b/i.test(line.slice(0, endAt))) return; // no end, or a one-line summary
      for (let j = i - 1; j >= 0; j--) {
        if (/\bEND\s+SUMMARY\b/i.test(lines[j])) return; // a previous block: this END has no opening of its own
        // An opener (`SUMMARY:`, `Summary and Comment:`, a `SUMMARY` heading), not the word in prose.
        if (!/\b(?:SUMMARY|Summary)\b\s*(?::|\.|-|$|AND\b|and\b)/.test(lines[j])) continue;
        assert.match(lines[j], foldStart, `${name}:${j + 1} opens the summary closed on line ${i + 1}`);
        assert.match(line, foldEnd, `${name}:${i + 1}`);
        blocks++;
        return;
      }
    });
  }
  assert.ok(blocks >= 3, `only ${blocks} multi-line SUMMARY blocks in the real fixtures`);
});

/** A snippet expanded with the given choice index for every choice (defaults for placeholders). */
function expand(snippet: string, choice: number): string {
  let text = snippet;
  for (let depth = 0; depth < 3; depth++) text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  text = text.replace(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g, (_all, list: string) => {
    const options = list.split(/(?<!\\),/).map((option) => option.replace(/\\(.)/g, '$1'));
    return options[Math.min(choice, options.length - 1)];
  });
  return text.replace(/\$\d+/g, '');
}

function expansions(snippet: string): string[] {
  return [expand(snippet, 0), expand(snippet, 1)];
}

test('the New Cable templates expand to cables with every required line and no error', () => {
  const today = { year: 2026, month: 11, day: 27 };
  const templates = newCableTemplates();
  assert.deepEqual(templates.map((t) => t.newCable!.id).sort(), ['classified', 'unclassified']);
  for (const template of templates) {
    const levels = new Set<string | null>();
    for (const text of expansions(newCableSnippet(template, new Date(2026, 10, 27)))) {
      assert.doesNotMatch(text, /\$\{|\$\d/, 'unexpanded snippet syntax');
      const { doc, findings } = lint(text, { today });
      levels.add(doc.classification?.level ?? null);
      const errors = findings.filter((finding) => finding.severity === 'error');
      assert.deepEqual(errors.map((e) => `${e.rule}: ${e.message}`), [], `${template.name}:\n${text}`);
      assert.ok(doc.eo, 'E.O. line');
      assert.ok(doc.tags, 'TAGS line');
      assert.ok(doc.subject, 'SUBJECT line');
      assert.ok(doc.refs, 'REF');
      assert.ok(doc.signature, 'signature');
      const paragraphs = doc.body.items.filter((item) => item.type === 'paragraph');
      assert.ok(paragraphs.length >= 2, 'numbered paragraphs');
      for (const paragraph of paragraphs) assert.ok(paragraph.type === 'paragraph' && paragraph.portion, 'portion mark');
      if (template.newCable!.id === 'classified') {
        assert.ok(doc.classifiedBy, 'CLASSIFIED BY line');
        assert.match(text, /^E\.O\. 1(3526|2958): DECL: 2036\/11\/27$/m);
        assert.match(text, /REASON: 1\.4\([A-H]\), \([A-H]\)/);
      } else {
        assert.match(text, /^E\.O\. 1(3526|2958): N\/A$/m);
      }
    }
    assert.deepEqual(
      [...levels].sort(),
      template.newCable!.id === 'classified' ? ['CONFIDENTIAL', 'SECRET'] : ['UNCLASSIFIED'],
      `${template.name}: the level choices`,
    );
  }
});

test('the snippets are the templates, with valid tab stops', () => {
  const snippets = snippetsFile();
  assert.ok(Object.keys(snippets).length >= 5);
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.ok(snippet.prefix && snippet.description && snippet.body.length > 0, name);
    const body = snippet.body.join('\n');
    // Choices: comma-separated, the list closed by |}.
    for (const match of body.matchAll(/\$\{\d+\|([^}]*)\}/g)) assert.ok(match[1].endsWith('|'), `${name}: ${match[0]}`);
    assert.doesNotMatch(expand(body, 0), /\$\{|\$\d/, `${name}: unexpanded snippet syntax`);
  }
  const classified = snippets['New classified cable'].body.join('\n');
  assert.ok(classified.includes('${1|C O N F I D E N T I A L,S E C R E T|}'));
  assert.ok(classified.includes('YYYY/MM/DD'), 'the snippet keeps the date placeholder; New Cable fills it in');
});

test('New Cable dates the declassification 10 years ahead, Y/M/D, 29 February falling back to the 28th', () => {
  assert.equal(declDate(new Date(2026, 10, 27)), '2036/11/27');
  assert.equal(declDate(new Date(2009, 8, 18)), '2019/09/18');
  assert.equal(declDate(new Date(2024, 1, 29)), '2034/02/28');
  assert.equal(declDate(new Date(2024, 1, 29), 4), '2028/02/29');
  assert.equal(declDate(new Date(2026, 0, 5), 25), '2051/01/05');
});
