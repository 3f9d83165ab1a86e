// Navigation between cables through VS Code's own provider commands: the navigation fixture cables
// (real cables that cite each other, tests/fixtures/navigation) are copied into the workspace, which
// the server learns from the file watcher it registered; then definition, hover, references and
// workspace symbols as the editor asks for them. The copy is removed at the end.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, workspaceRoot } from './support';

const SOURCE = path.resolve(__dirname, '../../fixtures/navigation');
const FOLDER = 'navigation';

function positionOf(document: vscode.TextDocument, needle: string, shift = 1): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} in ${path.basename(document.uri.path)}`);
  return document.positionAt(offset + shift);
}

const baseName = (uri: vscode.Uri) => path.basename(uri.path);

/** Polls the workspace symbols until `accept` holds (the watcher's events arrive asynchronously). */
async function symbolsUntil(query: string, accept: (symbols: vscode.SymbolInformation[]) => boolean, ms = 20_000): Promise<vscode.SymbolInformation[]> {
  const deadline = Date.now() + ms;
  let symbols: vscode.SymbolInformation[] = [];
  while (Date.now() < deadline) {
    symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
    if (accept(symbols)) return symbols;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`workspace symbols for "${query}" never matched: ${symbols.map((s) => s.name).join(' | ')}`);
}

suite('cross-cable navigation', () => {
  let folder: string;
  suiteSetup(async () => {
    await activateExtension();
    folder = path.join(workspaceRoot().fsPath, FOLDER);
    fs.cpSync(SOURCE, folder, { recursive: true });
    // The files appear after the server started: it knows of them through its file watcher.
    await symbolsUntil('06MADRID2657', (symbols) => symbols.length === 1);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('workspace symbols find a cable by id, post or subject words', async () => {
    const [symbol] = await symbolsUntil('06MADRID2657', (symbols) => symbols.length === 1);
    assert.strictEqual(symbol.name, '06MADRID2657 SPAIN: UPDATE ON KEY TERRORISM-RELATED CASES');
    assert.strictEqual(symbol.containerName, 'CONFIDENTIAL · 2006-10-20');
    assert.strictEqual(symbol.kind, vscode.SymbolKind.File);
    assert.strictEqual(baseName(symbol.location.uri), '06MADRID2657.cable');
    const nato = await symbolsUntil('nato contingency', (symbols) => symbols.length >= 4);
    assert.deepStrictEqual(nato.map((s) => baseName(s.location.uri)).sort(), ['09STATE127892.cable', '09TALLINN373.cable', '09USNATO464.cable', 'single-ref.cable']);
  });

  test('Go to Definition on a REF item and on REFTEL A opens the cited cable', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri(`${FOLDER}/drafts/madrid-followup.cable`));
    await vscode.window.showTextDocument(document);
    for (const [needle, file] of [
      ['2006 MADRID 02657', '06MADRID2657.cable'],
      ['SECSTATE 127892 (09)', '09STATE127892.cable'],
      ['REFTEL A', '06MADRID2657.cable'],
    ]) {
      const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, needle));
      const uris = locations.map((l) => ('targetUri' in l ? l.targetUri : l.uri));
      assert.deepStrictEqual(uris.map(baseName), [file], needle);
    }
  });

  test('hover on a reference shows the cited cable, or that it is not in the workspace', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri(`${FOLDER}/drafts/madrid-followup.cable`));
    const hoverText = async (needle: string) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, needle));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const cited = await hoverText('07MADRID173');
    assert.match(cited, /SPAIN\/CIA FLIGHTS: JUDGE ORDERS DECLASSIFICATION/);
    assert.match(cited, /2007-02-01/);
    assert.match(await hoverText('09 LONDON 999'), /not in this workspace/);
  });

  test('Find All References on a classification line lists the cables that cite it', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri(`${FOLDER}/06MADRID2657.cable`));
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'C O N F I D E N T I A L'));
    const found = await Promise.all(
      locations.map(async (l) => `${baseName(l.uri)}: ${(await vscode.workspace.openTextDocument(l.uri)).getText(l.range)}`),
    );
    // VS Code adds the declaration-less context itself; only citing REF items are expected.
    assert.deepStrictEqual(
      found.filter((f) => !f.startsWith('06MADRID2657.cable')).sort(),
      ['06MADRID3104.cable: MADRID 02657', '07MADRID173.cable: 2006 MADRID 2657', 'madrid-followup.cable: 2006 MADRID 02657'],
    );
  });
});
