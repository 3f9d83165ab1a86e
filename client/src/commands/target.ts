/** Which document a command acts on: the URI it was given, else the active cable editor's. */
import * as vscode from 'vscode';

export function targetDocumentUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.length > 0) return vscode.Uri.parse(arg);
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === 'cable') return document.uri;
  void vscode.window.showWarningMessage('Cable: open a cable (.cable or .tel) first.');
  return undefined;
}
