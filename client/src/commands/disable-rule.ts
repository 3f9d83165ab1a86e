/**
 * Disable rule <alias> in workspace settings (offered as a code action by the server): writes
 * `cable.rules.<alias> = "off"` to the settings of the document's workspace folder in a multi-root
 * workspace, to the workspace settings otherwise, and to the user settings when no folder is open.
 */
import * as vscode from 'vscode';

export function registerDisableRule(): vscode.Disposable {
  return vscode.commands.registerCommand('cable.disableRule', async (alias?: unknown, uriArg?: unknown) => {
    if (typeof alias !== 'string' || alias.length === 0) {
      void vscode.window.showErrorMessage('Cable: Disable Rule needs a rule name.');
      return undefined;
    }
    const uri = uriArg instanceof vscode.Uri ? uriArg : typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : undefined;
    const target = settingsTarget(uri);
    const configuration = vscode.workspace.getConfiguration('cable', target.scope);
    const current = currentValue(configuration.inspect<Record<string, unknown>>('rules'), target.target);
    await configuration.update('rules', { ...current, [alias]: 'off' }, target.target);
    return vscode.ConfigurationTarget[target.target];
  });
}

function settingsTarget(uri: vscode.Uri | undefined): { target: vscode.ConfigurationTarget; scope?: vscode.Uri } {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return { target: vscode.ConfigurationTarget.Global };
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  // A .code-workspace file with several folders: each folder has its own settings.
  if (folder && folders.length > 1) {
    return { target: vscode.ConfigurationTarget.WorkspaceFolder, scope: folder.uri };
  }
  return { target: vscode.ConfigurationTarget.Workspace, scope: folder?.uri };
}

function currentValue(
  inspected: { globalValue?: Record<string, unknown>; workspaceValue?: Record<string, unknown>; workspaceFolderValue?: Record<string, unknown> } | undefined,
  target: vscode.ConfigurationTarget,
): Record<string, unknown> {
  switch (target) {
    case vscode.ConfigurationTarget.Global:
      return inspected?.globalValue ?? {};
    case vscode.ConfigurationTarget.Workspace:
      return inspected?.workspaceValue ?? {};
    default:
      return inspected?.workspaceFolderValue ?? {};
  }
}
