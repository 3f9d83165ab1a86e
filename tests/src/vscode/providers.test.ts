// The language features through VS Code's own provider commands (what the editor calls).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, revertActive } from './support';

function position(document: vscode.TextDocument, lineStart: string, word: string): vscode.Position {
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (text.startsWith(lineStart)) return new vscode.Position(line, text.indexOf(word) + 1);
  }
  throw new Error(`no line starting with "${lineStart}"`);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

suite('language features', () => {
  suiteSetup(activateExtension);
  teardown(revertActive);

  test('document symbols: paragraphs 1..4 by name, SUMMARY nested in paragraph 1', async () => {
    const { document } = await openFixture('confidential.cable');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols && symbols.length > 0, 'symbols returned');
    const paragraphs = symbols.filter((s) => /^\d+\. /.test(s.name));
    assert.deepStrictEqual(
      paragraphs.map((s) => s.name.slice(0, 6)),
      ['1. (C)', '2. (C)', '3. (U)', '4. (C)'],
      `top-level symbols: ${symbols.map((s) => s.name).join(' | ')}`,
    );
    assert.match(paragraphs[0].name, /^1\. \(C\) SUMMARY: The Uzbek government/);
    assert.deepStrictEqual(paragraphs[0].children.map((c) => c.name), ['SUMMARY']);
    assert.deepStrictEqual(paragraphs[3].children.map((c) => c.name), ['COMMENT']);
    assert.strictEqual(document.getText(paragraphs[1].selectionRange), '2', 'selection = the paragraph number');
    const header = symbols.find((s) => s.name === 'Transmission header');
    assert.ok(header, 'the transmission header is a symbol');
    assert.ok(header.children.some((c) => c.name === 'DTG'), 'with the DTG inside');
  });

  test('hover on a TAGS code explains it', async () => {
    const { document } = await openFixture('confidential.cable');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position(document, 'TAGS:', 'PREL'));
    const text = hoverText(hovers);
    assert.match(text, /PREL/);
    assert.match(text, /External Political Relations/);
  });

  test('completion on a TAGS line offers codes with their meanings, leaving out those written', async () => {
    const editor = await openFixture('confidential.cable');
    const { document } = editor;
    const tagsLine = position(document, 'TAGS:', 'PREL').line;
    await editor.edit((edit) => edit.replace(document.lineAt(tagsLine).range, 'TAGS: PREL PGO'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(tagsLine, 14));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('PGOV'), `PGOV among ${labels.length} items`);
    assert.ok(!labels.includes('PREL'), 'PREL is already on the line');
    const pgov = list.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'PGOV')!;
    const about = [itemDetail(pgov), documentation(pgov)].join(' ');
    assert.match(about, /Internal Government/i);
  });

  test('formatting applies the safe fixes and nothing else', async () => {
    const { document } = await openFixture('misnumbered.cable');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'edits returned');
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    const expected = fs.readFileSync(fixtureUri('confidential.cable').fsPath, 'utf8').replace('#1503', '#1505').replace('001503', '001505');
    assert.strictEqual(document.getText(), expected);
  });
});

function itemDetail(item: vscode.CompletionItem): string {
  const label = typeof item.label === 'string' ? undefined : item.label.description ?? item.label.detail;
  return [item.detail, label].filter(Boolean).join(' ');
}

function documentation(item: vscode.CompletionItem): string {
  const doc = item.documentation;
  return typeof doc === 'string' ? doc : doc?.value ?? '';
}
