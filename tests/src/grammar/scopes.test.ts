/**
 * Scopes of key tokens on real cable lines, with the grammar loaded exactly as VS Code loads it
 * (vscode-textmate + Oniguruma WASM). Each cable is tokenized as a whole document, so header and
 * heading-block state carries over as in the editor. Cables come from tests/fixtures/real/
 * (unmodified copies of the public Cablegate pages); the two levels that never occur in them
 * (LIMITED OFFICIAL USE, TOP SECRET, and the (TS) mark) use written lines, said so below.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAMMAR_PATH, ROOT, TokenizedLine, readCable, tokenizeText } from './tokenize';

const REAL = 'tests/fixtures/real';

/** The scopes of the token that starts at `word` on the first line of `cable` that starts with `linePrefix`. */
async function scopesOf(cable: string, linePrefix: string, word: string, occurrence = 1): Promise<string[]> {
  const lines = await tokenizeText(cable.includes('\n') ? cable : readCable(`${REAL}/${cable}.cable`));
  const line = lines.find((l) => l.text.trimStart().startsWith(linePrefix));
  assert.ok(line, `no line starting with ${JSON.stringify(linePrefix)}`);
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = line.text.indexOf(word, at + 1);
  assert.ok(at >= 0, `${JSON.stringify(word)} not on ${JSON.stringify(line.text)}`);
  const token = line.tokens.find((t) => t.start === at);
  assert.ok(token, `no token starts at ${JSON.stringify(word)}: ${describeLine(line)}`);
  assert.equal(token.text, word, `token at ${JSON.stringify(word)} is ${JSON.stringify(token.text)}: ${describeLine(line)}`);
  return token.scopes;
}

function describeLine(line: TokenizedLine): string {
  return line.tokens.map((t) => `[${t.text}|${t.scopes.slice(1).join(' ')}]`).join('');
}

async function expectScope(cable: string, linePrefix: string, word: string, scope: string, occurrence = 1) {
  const scopes = await scopesOf(cable, linePrefix, word, occurrence);
  assert.ok(scopes.includes(scope), `${word}: expected ${scope}, got ${scopes.join(' ')}`);
  return scopes;
}

describe('classification line: one scope per level', () => {
  const levelScope = (level: string) => `keyword.other.classification.${level}.cable`;
  const seen = new Set<string>();

  const cases: [string, string, string, string][] = [
    ['09TASHKENT1503', 'C O N F I D E N T I A L TASHKENT', 'C O N F I D E N T I A L', 'confidential'],
    ['08KUWAIT128', 'CONFIDENTIAL SECTION 01 of 03', 'CONFIDENTIAL', 'confidential'],
    ['07BERN881', 'S E C R E T SECTION 01 OF 02 BERN', 'S E C R E T', 'secret'],
    ['09ROME97', 'SECRET SECTION 01 of 05 ROME', 'SECRET', 'secret'],
    ['06KABUL3934', 'UNCLAS SECTION 01 OF 05 KABUL', 'UNCLAS', 'unclassified'],
    ['66BUENOSAIRES2481', 'UNCLASSIFIED BUENOS AIRES', 'UNCLASSIFIED', 'unclassified'],
  ];
  for (const [cable, prefix, word, level] of cases) {
    test(`${cable}: ${word} is ${level}`, async () => {
      const scopes = await expectScope(cable, prefix, word, levelScope(level));
      assert.ok(scopes.includes('meta.classification-line.cable'));
      seen.add(scopes.find((s) => s.startsWith('keyword.other.classification.'))!);
    });
  }
  // Not in the real corpus (no LOU or TOP SECRET cable in Cablegate): written lines.
  test('written lines: LIMITED OFFICIAL USE and T O P S E C R E T / TOP SECRET', async () => {
    const text = 'LIMITED OFFICIAL USE MADRID 001234\n\nT O P S E C R E T STATE 000001\n\nTOP SECRET STATE 000002\n';
    seen.add((await expectScope(text, 'LIMITED', 'LIMITED OFFICIAL USE', levelScope('limited-official-use'))).at(-1)!);
    seen.add((await expectScope(text, 'T O P', 'T O P S E C R E T', levelScope('top-secret'))).at(-1)!);
    await expectScope(text, 'TOP SECRET', 'TOP SECRET', levelScope('top-secret'));
  });
  test('the five levels have five different scopes', () => {
    assert.equal(seen.size, 5, [...seen].join(', '));
  });

  test('SECTION n OF m, post and serial', async () => {
    await expectScope('07BERN881', 'S E C R E T SECTION', 'SECTION', 'keyword.other.section.cable');
    await expectScope('07BERN881', 'S E C R E T SECTION', '01', 'constant.numeric.section.cable');
    await expectScope('07BERN881', 'S E C R E T SECTION', '02', 'constant.numeric.section-count.cable');
    await expectScope('07BERN881', 'S E C R E T SECTION', 'BERN', 'entity.name.post.cable');
    await expectScope('07BERN881', 'S E C R E T SECTION', '000881', 'constant.numeric.serial.cable');
    await expectScope('09ABUDHABI1151', 'S E C R E T ABU DHABI', 'ABU DHABI', 'entity.name.post.cable');
  });

  const malformed: [string, string, string][] = [
    ['07BAGHDAD146', 'E C R E T SECTION', 'E C R E T'],
    ['08TUNIS193', 'SE C R E T TUNIS', 'SE C R E T'],
    ['88BAGHDAD28', 'S e c r e t state', 'S e c r e t'],
  ];
  for (const [cable, prefix, word] of malformed) {
    test(`${cable}: malformed level ${JSON.stringify(word)} is invalid`, async () => {
      const scopes = await expectScope(cable, prefix, word, 'invalid.illegal.classification.cable');
      assert.ok(!scopes.some((s) => s.startsWith('keyword.other.classification.')), scopes.join(' '));
    });
  }
});

describe('TAGS codes by kind', () => {
  const tag = (kind: string) => `entity.name.tag.${kind}.cable`;
  test('09TASHKENT1503: [PREL](#) [UNGA](#) [XG](#) with the markdown debris marked invalid', async () => {
    await expectScope('09TASHKENT1503', 'TAGS:', 'PREL', tag('subject'));
    await expectScope('09TASHKENT1503', 'TAGS:', 'UNGA', tag('organization'));
    await expectScope('09TASHKENT1503', 'TAGS:', 'XG', tag('geographic'));
    await expectScope('09TASHKENT1503', 'TAGS:', '](#)', 'invalid.illegal.debris.cable');
  });
  test('07BERN881: subject, program and geographic codes', async () => {
    await expectScope('07BERN881', 'TAGS:', 'MNUC', tag('subject'));
    await expectScope('07BERN881', 'TAGS:', 'KNNP', tag('program'));
    await expectScope('07BERN881', 'TAGS:', 'IR', tag('geographic'));
  });
  test('06BELGRADE1681: TAGS without a colon, ICTY is an organization', async () => {
    await expectScope('06BELGRADE1681', 'TAGS ICTY', 'TAGS', 'keyword.other.label.tags.cable');
    await expectScope('06BELGRADE1681', 'TAGS ICTY', 'ICTY', tag('organization'));
  });
  test('08BRASILIA93: run-together MASSMNUC is not a known code', async () => {
    await expectScope('08BRASILIA93', 'TAGS:', 'MASSMNUC', tag('unknown'));
  });
  test('08LONDON2651: a TAGS line ending in a comma continues on the next line', async () => {
    await expectScope('08LONDON2651', 'GG, PK', 'GG', tag('geographic'));
  });
});

describe('portion marks by level', () => {
  const mark = (level: string) => `keyword.other.portion-mark.${level}.cable`;
  const cases: [string, string, string, string][] = [
    ['09TASHKENT1503', '11. (C)', '(C)', 'confidential'],
    ['07BERN881', '¶1. (S)', '(S)', 'secret'],
    ['08STATE103511', '¶3. (U)', '(U)', 'unclassified'],
    ['08STATE103511', '¶1. (SBU)', '(SBU)', 'sbu'],
    ['06CARACAS958', '¶1. (S//NF)', '(S//NF)', 'secret'],
    ['06MADRID2335', '¶1. (C/NF)', '(C/NF)', 'confidential'],
    ['08RANGOON749', '¶2. (S//REL TO USA, ACGU)', '(S//REL TO USA, ACGU)', 'secret'],
    ['08RANGOON749', 'A) (S//REL to USA, ACGU)', '(S//REL to USA, ACGU)', 'secret'],
    ['09STATE15113', '¶1. (U//FOUO)', '(U//FOUO)', 'unclassified'],
    ['10STATE284', '5.(C/REL LIBYA)', '(C/REL LIBYA)', 'confidential'],
  ];
  for (const [cable, prefix, word, level] of cases) {
    test(`${cable}: ${word} is ${level}`, async () => {
      await expectScope(cable, prefix, word, mark(level));
    });
  }
  test('written line: (TS) is top secret (no TOP SECRET cable in the corpus)', async () => {
    await expectScope('1. (TS) Text.\n', '1. (TS)', '(TS)', mark('top-secret'));
  });
  test('malformed marks on real lines are invalid: (c), (SNF), (N/SF)', async () => {
    await expectScope('06BELGRADE1681', '¶1. (c)', '(c)', 'invalid.illegal.portion-mark.cable');
    await expectScope('09TRIPOLI1025', '¶4.  (SNF)', '(SNF)', 'invalid.illegal.portion-mark.cable');
    await expectScope('09KABUL1892', '¶9. (N/SF)', '(N/SF)', 'invalid.illegal.portion-mark.cable');
  });
  test('09BERLIN1626: (China) after a paragraph number is not a portion mark', async () => {
    const scopes = await scopesOf('09BERLIN1626', '¶4.   (China)', '(China)');
    assert.ok(!scopes.some((s) => /portion-mark/.test(s)), scopes.join(' '));
  });
});

describe('other elements on real lines', () => {
  test('header: DE line, DTG, addressee with precedence and MCN', async () => {
    await expectScope('07BERN881', 'DE RUEHSW', '#', 'punctuation.definition.serial.cable');
    await expectScope('07BERN881', 'DE RUEHSW', '0881', 'constant.numeric.serial.cable');
    await expectScope('09BOGOTA3035', 'O R 221334Z', 'R', 'keyword.other.precedence-letter.cable');
    await expectScope('08STATE103511', 'TO ZEN/AMEMBASSY BELMOPAN', 'NIACT IMMEDIATE', 'keyword.other.precedence.niact-immediate.cable');
    await expectScope('08STATE103511', 'TO ZEN/AMEMBASSY BELMOPAN', '2276-2279', 'constant.numeric.mcn.cable');
    await expectScope('08BRASILIA93', 'INFO AMEMBASSY BUENOS AIRES PRIOITY', 'PRIOITY', 'invalid.illegal.precedence.cable');
  });
  test('E.O. line, SUBJECT continuation, REF, CLASSIFIED BY / REASON', async () => {
    await expectScope('09TASHKENT1503', 'E.O. 12958', '2019/09/18', 'constant.numeric.date.cable');
    await expectScope('06CARACAS958', 'E.O. 12958: DNG', 'DNG', 'keyword.other.label.decl.cable');
    await expectScope('09TASHKENT1503', 'AREAS OF MUTUAL INTEREST', 'AREAS OF MUTUAL INTEREST', 'markup.heading.subject.cable');
    await expectScope('09TASHKENT1503', 'REF: 09 STATE', '90254', 'constant.numeric.serial.cable');
    await expectScope('09TASHKENT1503', 'REASON: 1.4(B)', '1.4', 'constant.numeric.reason-section.cable');
    await expectScope('09KABUL1892', 'Classified By: Ambassador Karl', '1:4', 'invalid.illegal.reason-section.cable');
  });
  test('headings, page breaks, redactions, signature, end markers', async () => {
    await expectScope('07BERN881', 'IRAN/IAEA', 'IRAN/IAEA', 'markup.heading.cable');
    await expectScope('07BERN881', 'BERN 00000881', 'BERN 00000881  002 OF 002', 'comment.line.page-break.cable');
    await expectScope('09TRIPOLI1025', 'casks the overnight', 'XXXXXXXXXXXX', 'markup.deleted.redaction.cable');
    await expectScope('09TASHKENT1503', 'NORLAND', 'NORLAND', 'entity.name.signature.cable');
    await expectScope('08LONDON2651', 'NNNN', 'NNNN', 'keyword.control.end-of-message.cable');
  });
});

describe('whole documents', () => {
  test('package.json contributes this grammar file under source.cable', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    const entry = (manifest.contributes?.grammars ?? []).find((g: { language?: string }) => g.language === 'cable');
    assert.ok(entry, 'no contributes.grammars entry for the cable language');
    assert.equal(entry.scopeName, grammar.scopeName);
    assert.equal(join(ROOT, entry.path), GRAMMAR_PATH);
  });

  test('every real cable tokenizes completely: tokens cover each line, none stopped early', async () => {
    const files = readdirSync(join(ROOT, REAL)).filter((f) => f.endsWith('.cable'));
    assert.ok(files.length >= 50, `expected the real corpus, found ${files.length}`);
    for (const file of files) {
      const lines = await tokenizeText(readCable(`${REAL}/${file}`));
      lines.forEach((line, n) => {
        assert.equal(line.stoppedEarly, false, `${file}:${n + 1} stopped early`);
        let at = 0;
        for (const t of line.tokens) {
          assert.equal(t.start, at, `${file}:${n + 1} gap before column ${t.start}`);
          at = t.end;
        }
        assert.ok(at >= line.text.length, `${file}:${n + 1} not covered to the end`);
      });
    }
  });

  test('speed: a large real cable, 2,000-character lines, adversarial lines (printed, not asserted)', async () => {
    const big = readCable(`${REAL}/09STATE15113.cable`);
    const paragraph = 'The Uzbek government (C) wants to work with the USG, END SUMMARY, XXXXXXXX, 1.4 (b). ';
    const longLines = Array.from({ length: 200 }, (_, i) => `${i + 1}. (S//NF) ${paragraph.repeat(24)}`).join('\n\n');
    // Shapes that make badly written patterns backtrack: long runs of one character class.
    const adversarial = [' '.repeat(2000), '-'.repeat(2000), 'X '.repeat(1000), '('.repeat(2000), 'PREL, '.repeat(330),
      `TAGS: ${'PREL, '.repeat(330)}`, `SUBJECT: ${'A '.repeat(1000)}`, `E.O. 12958: DECL: ${'A '.repeat(1000)}`,
      `CLASSIFIED BY: ${'1.4 (b) '.repeat(250)}`, `TO RUEHC/${'A '.repeat(1000)}PRIORITY`, `S E C R E T ${'X '.repeat(1000)}`,
      `.${' '.repeat(2000)}`].join('\n');
    const cases = [
      ['09STATE15113 (real, 24 KB)', big],
      ['200 lines of ~2,000 characters', longLines],
      ['adversarial 2,000-character lines', adversarial.repeat(20)],
    ] as const;
    for (const [name, text] of cases) {
      await tokenizeText(text); // warm-up: scanner compilation and JIT
      const started = process.hrtime.bigint();
      const lines = await tokenizeText(text);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const mbPerSecond = text.length / 1e6 / (ms / 1000);
      console.log(`  grammar speed, ${name}: ${ms.toFixed(1)} ms, ${mbPerSecond.toFixed(2)} MB/s`);
      assert.equal(lines.filter((l) => l.stoppedEarly).length, 0);
    }
  });
});
