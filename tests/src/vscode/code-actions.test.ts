// Quick fixes for a diagnostic: listed by the code action provider, applied through the edit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, openFixture, revertActive, waitForDiagnostics } from './support';

suite('code actions', () => {
  suiteSetup(activateExtension);
  teardown(revertActive);

  test('the missing REASON quick fix inserts a REASON to fill in', async () => {
    const editor = await openFixture('missing-reason.cable');
    const { document } = editor;
    const [diagnostic] = (await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === 'classification-reason'))).filter(
      (d) => codeOf(d) === 'classification-reason',
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => /REASON/.test(a.title) && a.edit);
    assert.ok(fix, `a REASON quick fix among: ${titles.join(' | ')}`);
    assert.ok(fix.kind?.contains(vscode.CodeActionKind.QuickFix), 'kind quickfix');
    assert.ok(titles.some((t) => t === 'Disable rule classification-reason in workspace settings'), `a disable action among: ${titles.join(' | ')}`);
    const line = diagnostic.range.start.line;
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'edit applied');
    assert.strictEqual(document.lineAt(line).text, 'CLASSIFIED BY: Katrisa Peffley, Pol/Econ Officer, DOS, Pol/Econ. REASON: 1.4( )');
    // Only that line changed.
    const expected = before.split('\n');
    expected[line] = document.lineAt(line).text;
    assert.strictEqual(document.getText(), expected.join('\n'));
  });
});
