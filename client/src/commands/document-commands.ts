/**
 * Fix All and Renumber Paragraphs: thin wrappers over the server commands, which compute the edits
 * and apply them through `workspace/applyEdit` (so undo works as for any edit).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { ServerCommands, executeServerCommand } from '../server-api';
import { targetDocumentUri } from './target';

export function registerDocumentCommands(client: BaseLanguageClient): vscode.Disposable[] {
  const forDocument = (serverCommand: string) => async (arg?: unknown) => {
    const uri = targetDocumentUri(arg);
    if (!uri) return undefined;
    return executeServerCommand(client, serverCommand, [uri.toString()]);
  };
  return [
    vscode.commands.registerCommand('cable.fixAll', forDocument(ServerCommands.fixAll)),
    vscode.commands.registerCommand('cable.renumberParagraphs', forDocument(ServerCommands.renumberParagraphs)),
  ];
}
