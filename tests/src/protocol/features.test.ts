// Outline, folding, hover, completion, semantic tokens and cable/documentInfo over the protocol,
// on real and draft cables.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, MarkupContent, Range, SemanticTokens } from 'vscode-languageserver/node';
import { fixture, fixtureUri, LspClient } from './lsp-client';

const TASHKENT = fixtureUri('09TASHKENT1503.cable');
const DRAFT = fixtureUri('draft-missing-reason.cable');
const FIXABLE = fixtureUri('draft-fixable.cable');

const before_ = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (outer: Range, inner: Range) => before_(outer.start, inner.start) && before_(inner.end, outer.end);

/** Every symbol valid: selection inside range, children inside parents. Returns all symbols. */
function checkTree(symbols: DocumentSymbol[], parent?: DocumentSymbol): DocumentSymbol[] {
  const all: DocumentSymbol[] = [];
  for (const symbol of symbols) {
    assert.ok(within(symbol.range, symbol.selectionRange), `selectionRange inside range for ${symbol.name}`);
    if (parent) assert.ok(within(parent.range, symbol.range), `${symbol.name} inside ${parent.name}`);
    all.push(symbol, ...checkTree(symbol.children ?? [], symbol));
  }
  return all;
}

/** The chain of symbol names whose ranges hold `position` (what breadcrumbs show). */
function breadcrumbs(symbols: DocumentSymbol[], position: Range['start']): string[] {
  const hit = symbols.find((s) => within(s.range, { start: position, end: position }));
  return hit ? [hit.name, ...breadcrumbs(hit.children ?? [], position)] : [];
}

describe('language features', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ initializationOptions: { today: '2009-09-25' } });
    await client.open(TASHKENT, fixture('09TASHKENT1503.cable'));
    await client.open(DRAFT, fixture('draft-missing-reason.cable'));
    await client.open(FIXABLE, fixture('draft-fixable.cable'));
  });
  after(async () => {
    if (client) await client.stop();
  });

  const hoverText = async (uri: string, line: number, character: number) => {
    const result = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    assert.ok(result, `a hover at ${line}:${character}`);
    return (result!.contents as MarkupContent).value;
  };
  const complete = async (uri: string, line: number, character: number) =>
    client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

  it('outlines 09TASHKENT1503: header, heading block, headings holding their paragraphs', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: TASHKENT } });
    const all = checkTree(symbols);
    const roots = symbols.map((s) => s.name);
    for (const name of ['Transmission header', 'CONFIDENTIAL', 'TAGS', 'SUBJECT', 'REF', 'CLASSIFIED BY']) {
      assert.ok(roots.includes(name), `${name} in ${roots.join(' | ')}`);
    }
    assert.ok(roots.some((name) => name.startsWith('E.O. 12958')));
    const header = symbols.find((s) => s.name === 'Transmission header')!;
    const headerChildren = header.children!.map((s) => s.name);
    for (const name of ['DE', 'DTG', 'FM']) assert.ok(headerChildren.includes(name), headerChildren.join(' | '));
    assert.ok(headerChildren.some((name) => name.startsWith('TO ')));

    const first = symbols.find((s) => s.name.startsWith('11. (C) '));
    assert.ok(first, `paragraph 11 at the top level: ${roots.join(' | ')}`);
    assert.equal(first!.selectionRange.start.line, 27);
    assert.ok(first!.children!.some((s) => s.name === 'SUMMARY'), 'the SUMMARY span sits in paragraph 11');

    const heading = symbols.find((s) => s.name === 'AFGHANISTAN, NONPROLIFERATION, MIDDLE EAST');
    assert.ok(heading, 'the first heading');
    assert.ok(heading!.children!.some((s) => s.name.startsWith('12. (C) During a September 16 meeting')), heading!.children!.map((s) => s.name).join(' | '));
    const second = symbols.find((s) => s.name === 'ROLE OF THE UN, ENVIRONMENT, HUMAN RIGHTS');
    const secondChildren = second!.children!.map((s) => s.name);
    assert.ok(secondChildren.some((name) => name.startsWith('13. (C) According to Amanov')), secondChildren.join(' | '));
    const comment = all.find((s) => s.name.startsWith('4. (C) COMMENT'));
    assert.ok(comment, 'paragraph ¶4 named by its number');
    assert.ok(comment!.children!.some((s) => s.name === 'COMMENT'));

    // Breadcrumbs anywhere in paragraph 12's long line: heading > paragraph.
    const crumbs = breadcrumbs(symbols, { line: heading!.children![0].selectionRange.start.line, character: 300 });
    assert.deepEqual(crumbs.slice(0, 2), ['AFGHANISTAN, NONPROLIFERATION, MIDDLE EAST', heading!.children![0].name]);
  });

  it('names draft paragraphs by number, mark and first words, each covering its lines', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: DRAFT } });
    checkTree(symbols);
    const paragraphs = symbols.filter((s) => /^\d+\. /.test(s.name));
    assert.deepEqual(
      paragraphs.map((s) => [s.name.slice(0, 30), s.range.start.line, s.range.end.line]),
      [
        ['1. (C) Summary: The MFA told P', 10, 11],
        ['2. (C) The Deputy Minister sai', 13, 14],
      ],
    );
    assert.ok(paragraphs.every((s) => s.name.length <= 60), 'long previews are shortened');
    assert.deepEqual(paragraphs[0].selectionRange, { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } });
  });

  it('lists each REF and nests sub-paragraphs in their paragraph; folds the REF list', async () => {
    const uri = fixtureUri('draft-subparagraphs.cable');
    await client.open(uri, fixture('draft-subparagraphs.cable'));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    checkTree(symbols);
    const ref = symbols.find((s) => s.name === 'REF')!;
    assert.deepEqual(ref.children!.map((s) => [s.name, s.detail]), [['REF A', 'STATE 90254'], ['REF B', 'TASHKENT 1512']]);
    const second = symbols.find((s) => s.name.startsWith('2. (C) The Deputy Minister'))!;
    assert.deepEqual(second.children!.map((s) => s.name.slice(0, 12)), ['A. (C) a joi', 'B. (U) data ']);
    assert.deepEqual([second.range.start.line, second.range.end.line], [15, 20], 'the paragraph covers its sub-paragraphs');
    assert.deepEqual(second.children![1].selectionRange.start, { line: 19, character: 0 });
    const folds = (await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } })).map((r) => `${r.startLine}-${r.endLine}`);
    for (const fold of ['8-9', '15-20', '19-20']) assert.ok(folds.includes(fold), `${fold} in ${folds.join(' ')}`);
    assert.match(await hoverText(uri, 19, 4), /\(U\).*UNCLASSIFIED/);
    await client.close(uri);
  });

  it('folds the header, wrapped heading lines, headings and multi-line paragraphs', async () => {
    const tashkent = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: TASHKENT } });
    const pairs = tashkent.map((r) => `${r.startLine}-${r.endLine}`);
    assert.ok(pairs.includes('2-9'), `header fold in ${pairs.join(' ')}`);
    assert.ok(pairs.includes('19-20'), 'the wrapped SUBJECT');
    assert.ok(pairs.includes('24-25'), 'the wrapped CLASSIFIED BY');
    assert.ok(tashkent.every((r) => r.endLine > r.startLine));
    const draft = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: DRAFT } });
    const draftPairs = draft.map((r) => `${r.startLine}-${r.endLine}`);
    assert.ok(draftPairs.includes('10-11') && draftPairs.includes('13-14'), draftPairs.join(' '));
  });

  it('explains TAGS codes, portion marks, the DTG, routing indicators, REASON and DECL on hover', async () => {
    assert.match(await hoverText(DRAFT, 5, 12), /PGOV.*Internal Governmental Affairs/);
    assert.match(await hoverText(TASHKENT, 17, 8), /PREL.*External Political Relations/);
    const mark = await hoverText(FIXABLE, 11, 4);
    assert.match(mark, /SECRET, NOFORN — not releasable to foreign nationals/);
    assert.match(await hoverText(DRAFT, 10, 4), /CONFIDENTIAL/);
    const dtg = await hoverText(TASHKENT, 7, 5);
    assert.match(dtg, /18 September 2009 09:24 UTC/);
    assert.match(dtg, /precedence ROUTINE/);
    assert.match(await hoverText(TASHKENT, 9, 5), /RUEHC.*DEPT OF STATE WASHINGTON DC/);
    assert.match(await hoverText(TASHKENT, 5, 5), /RUEHNT.*AMEMBASSY TASHKENT/);
    assert.match(await hoverText(TASHKENT, 5, 18), /day 261 of the year \(18 September\), 09:24 UTC/);
    assert.match(await hoverText(TASHKENT, 6, 6), /ZNY.*classified traffic; CCCCC = CONFIDENTIAL/);
    assert.match(await hoverText(TASHKENT, 3, 0), /RR.*ROUTINE/);
    assert.match(await hoverText(TASHKENT, 25, 12), /foreign government information/);
    assert.match(await hoverText(TASHKENT, 25, 17), /foreign relations or foreign activities of the United States/);
    assert.match(await hoverText(TASHKENT, 15, 22), /Declassify on 18 September 2019.*10 years after the cable date \(18 September 2009\)/);
    // A draft is judged against today (initializationOptions.today = 2009-09-25): DECL 2019/09/25.
    assert.match(await hoverText(DRAFT, 4, 20), /Declassify on 25 September 2019.*10 years after today \(a draft: no DTG\) \(25 September 2009\)/);
  });

  it('completes TAGS codes, portion marks up to the level, REASON categories, captions and labels', async () => {
    const tags = await complete(DRAFT, 5, 18);
    const phum = tags.find((item) => item.label === 'PHUM');
    assert.match(String(phum?.detail), /Human Rights/);
    assert.ok(!tags.some((item) => item.label === 'PREL'), 'codes already on the line are not offered');
    assert.ok(!(await complete(DRAFT, 5, 3)).some((item) => item.label === 'PHUM'), 'no codes while the label is typed');

    const confidential = await complete(DRAFT, 13, 3);
    assert.deepEqual(confidential.map((item) => item.label), ['(U)', '(SBU)', '(SBU/NF)', '(LOU)', '(C)', '(C/NF)']);
    const secret = await complete(FIXABLE, 14, 2);
    assert.ok(secret.some((item) => item.label === '(S/NF)') && !secret.some((item) => item.label.startsWith('(TS')));

    const reasons = await complete(TASHKENT, 25, 12);
    assert.deepEqual(reasons.map((item) => item.label), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    assert.match(String(reasons[1].detail), /foreign government information/);

    const captions = await complete(DRAFT, 1, 0);
    assert.ok(captions.some((item) => item.label === 'NOFORN'));
    const labels = await complete(DRAFT, 7, 0);
    assert.deepEqual(labels.map((item) => item.label), ['REF:'], 'only the labels not written yet');
    assert.deepEqual(await complete(DRAFT, 16, 3), [], 'nothing in the signature');
  });

  it('marks portion marks above the level and unknown TAGS codes with semantic tokens', async () => {
    const uri = 'file:///tmp/cable-protocol/tokens.cable';
    const text = fixture('draft-missing-reason.cable').replace('TAGS: PREL PGOV', 'TAGS: PREL POGOV').replace('2. (C)', '2. (S)');
    await client.open(uri, text);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // [deltaLine, deltaChar, length, type, modifiers]: POGOV (tagsCode, unknown) then (S) (portionMark, aboveClassification).
    assert.deepEqual(tokens.data, [5, 11, 5, 1, 2, 8, 3, 3, 0, 1]);
    await client.close(uri);
  });

  it('answers cable/documentInfo for the status bar', async () => {
    assert.deepEqual(await client.request('cable/documentInfo', { uri: TASHKENT }), {
      classification: { level: 'CONFIDENTIAL', caveats: [] },
      id: '09TASHKENT1503',
      paragraphs: 4,
    });
    const draft = await client.request<{ id: string | null; paragraphs: number }>('cable/documentInfo', { uri: DRAFT });
    assert.equal(draft.id, null, 'a draft without a DTG has no reference id');
    assert.equal(draft.paragraphs, 2);
  });

  it('answers positions outside the document without failing', async () => {
    for (const position of [{ line: 100000, character: 5 }, { line: 3, character: 100000 }, { line: -1, character: -1 }]) {
      await client.request('textDocument/hover', { textDocument: { uri: DRAFT }, position });
      assert.ok(Array.isArray(await client.request('textDocument/completion', { textDocument: { uri: DRAFT }, position })));
      await client.request('textDocument/codeAction', { textDocument: { uri: DRAFT }, range: { start: position, end: position }, context: { diagnostics: [] } });
    }
  });

  it('logged no errors', () => {
    assert.deepEqual(client.errors(), []);
  });
});
