/** Lint Workspace: the server lints every .cable/.tel file on disk and publishes the diagnostics. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, executeServerCommand, type LintWorkspaceResult } from '../server-api';

export function registerLintWorkspace(client: BaseLanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand('cable.lintWorkspace', async () => {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Cable: linting the workspace…' },
      () => executeServerCommand<LintWorkspaceResult | null>(client, ServerCommands.lintWorkspace),
    );
    if (!result) return result;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const summary = `Cable: ${plural(result.files, 'file')} linted: ${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}.`;
    log.info(summary);
    // Not awaited: the command's result (used by tests and other extensions) must not wait for a click.
    void vscode.window.showInformationMessage(summary, 'Show Problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return result;
  });
}
