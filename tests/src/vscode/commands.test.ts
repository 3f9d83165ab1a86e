// The contributed commands, run as a user would from the palette (with the active editor).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activateExtension, codeOf, fixtureUri, openFixture, revertActive, waitFor, waitForDiagnostics, waitForText } from './support';

/** misnumbered.cable fixed = the clean cable with its own serial (1505). */
function fixedMisnumbered(): string {
  return fs.readFileSync(fixtureUri('confidential.cable').fsPath, 'utf8').replace('#1503', '#1505').replace('001503', '001505');
}

suite('commands', () => {
  suiteSetup(activateExtension);
  teardown(revertActive);

  test('Fix All applies the safe fixes: renumbered paragraphs, space after 2.', async () => {
    const { document } = await openFixture('misnumbered.cable');
    await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === 'paragraph-numbering'), 'paragraph-numbering');
    await vscode.commands.executeCommand('cable.fixAll');
    const expected = fixedMisnumbered();
    await waitForText(document, (text) => text === expected, 'the Fix All result');
    assert.strictEqual(document.getText(), expected);
  });

  test('Renumber Paragraphs renumbers 1, 2, 4, 5 as 1, 2, 3, 4 and changes nothing else', async () => {
    const { document } = await openFixture('misnumbered.cable');
    const original = document.getText();
    await vscode.commands.executeCommand('cable.renumberParagraphs');
    const expected = original.replace('\n4. (U) The GOU', '\n3. (U) The GOU').replace('\n5. (C) COMMENT', '\n4. (C) COMMENT');
    assert.notStrictEqual(expected, original);
    await waitForText(document, (text) => text !== original, 'the renumbered text');
    assert.strictEqual(document.getText(), expected);
  });

  test('Lint Workspace publishes diagnostics for a cable that was never opened', async () => {
    const uri = fixtureUri('archive/never-opened.cable');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'precondition: not opened');
    const result = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('cable.lintWorkspace');
    assert.ok(result, 'the command returns the summary');
    assert.strictEqual(result.files, 5, 'the five .cable/.tel files of the fixture workspace');
    assert.ok(result.errors >= 2, `errors counted: ${result.errors}`);
    const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'classification-reason'), 'classification-reason');
    assert.ok(diagnostics.every((d) => d.source === 'cable'));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'still not opened');
  });

  test('New Cable (classified) opens an untitled cable from the template', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('cable.newCable', 'classified');
    assert.ok(uri, 'the command returns the new document');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document && document.uri.toString() === uri.toString(), 'the new cable is the active editor');
    assert.strictEqual(document.isUntitled, true);
    assert.strictEqual(document.languageId, 'cable');
    assert.match(document.getText(), /^(C O N F I D E N T I A L|S E C R E T)\b/m, 'starts with a classification line');
    assert.match(document.getText(), /^CLASSIFIED BY:/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Open Rule Documentation shows the rule page', async () => {
    const opened = await vscode.commands.executeCommand<boolean>('cable.openRuleDocumentation', 'classification-reason');
    assert.strictEqual(opened, true);
    const tabLabels = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
    const label = await waitFor('a tab for the rule page', vscode.window.tabGroups.onDidChangeTabs, () => tabLabels().find((l) => l.includes('classification-reason')));
    assert.match(label, /classification-reason/);
  });
});

