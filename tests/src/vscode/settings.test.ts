// Settings reach the server: `cable.rules` changes severities and turns rules off, and the
// "Disable rule" code action (a client command) writes that setting. Each test restores it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, openFixture, waitForDiagnostics } from './support';

const RULE = 'classification-reason';

async function setRules(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('cable').update('rules', value, vscode.ConfigurationTarget.Workspace);
}

function reasonDiagnostic(all: vscode.Diagnostic[]): vscode.Diagnostic | undefined {
  return all.find((d) => codeOf(d) === RULE);
}

suite('settings', () => {
  suiteSetup(activateExtension);
  teardown(() => setRules(undefined));

  test('cable.rules lowers a rule to a warning, and removing the setting restores the error', async () => {
    const { document } = await openFixture('missing-reason.cable');
    await waitForDiagnostics(document.uri, (all) => reasonDiagnostic(all)?.severity === vscode.DiagnosticSeverity.Error, 'the error');
    await setRules({ [RULE]: 'warning' });
    await waitForDiagnostics(document.uri, (all) => reasonDiagnostic(all)?.severity === vscode.DiagnosticSeverity.Warning, 'the warning');
    await setRules(undefined);
    const after = await waitForDiagnostics(document.uri, (all) => reasonDiagnostic(all)?.severity === vscode.DiagnosticSeverity.Error, 'the error again');
    assert.ok(reasonDiagnostic(after));
  });

  test('the "Disable rule" code action writes cable.rules and the diagnostic goes away', async () => {
    const { document } = await openFixture('missing-reason.cable');
    const [diagnostic] = (await waitForDiagnostics(document.uri, (all) => !!reasonDiagnostic(all))).filter((d) => codeOf(d) === RULE);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === `Disable rule ${RULE} in workspace settings`);
    assert.ok(disable?.command, `a disable action among: ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
    assert.deepStrictEqual(vscode.workspace.getConfiguration('cable').inspect('rules')?.workspaceValue, { [RULE]: 'off' });
    const after = await waitForDiagnostics(document.uri, (all) => !reasonDiagnostic(all), 'the rule off');
    assert.strictEqual(reasonDiagnostic(after), undefined);
  });
});
