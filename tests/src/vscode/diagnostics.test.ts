// Diagnostics published by the language server, as the editor receives them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, openFixture, revertActive, waitForDiagnostics } from './support';

suite('diagnostics', () => {
  suiteSetup(activateExtension);

  test('a CLASSIFIED BY line without REASON gets a classification-reason error on its label', async () => {
    const editor = await openFixture('missing-reason.cable');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (all) => all.some((d) => codeOf(d) === 'classification-reason'), 'classification-reason');
    const reason = diagnostics.filter((d) => codeOf(d) === 'classification-reason');
    assert.strictEqual(reason.length, 1, `one classification-reason diagnostic, got ${reason.length}`);
    const [diagnostic] = reason;
    const line = editor.document.lineAt(diagnostic.range.start.line).text;
    assert.ok(line.startsWith('CLASSIFIED BY:'), `on the CLASSIFIED BY line, got "${line}"`);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diagnostic.source, 'cable');
    assert.strictEqual(editor.document.getText(diagnostic.range), 'CLASSIFIED BY', 'range = the CLASSIFIED BY label');
    assert.match(diagnostic.message, /REASON/);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.ok(code.target, 'codeDescription.href links the rule page');
    assert.ok(code.target.path.endsWith('/docs/rules/classification-reason.md'), `rule page link: ${code.target.toString()}`);
  });

  test('a clean cable ends with no diagnostics after an edit is undone', async () => {
    // An empty list is also what an unlinted cable shows: first make the server report a problem
    // on this cable, then revert and wait for the list to empty again.
    const editor = await openFixture('confidential.cable');
    const { document } = editor;
    const line = [...Array(document.lineCount).keys()].find((n) => document.lineAt(n).text.startsWith('3. (U)'))!;
    await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, 1), '5'));
    await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === 'paragraph-numbering'), 'paragraph-numbering after 3 -> 5');
    await revertActive();
    const after = await waitForDiagnostics(document.uri, (all) => all.length === 0, 'no diagnostics after revert');
    assert.deepStrictEqual(after, []);
  });
});
