/**
 * Starts the bundled language server (`server/out/server.js`) over IPC and connects it to cable
 * documents, on disk and untitled. The client id `cable` makes vscode-languageclient read the
 * `cable.trace.server` setting by itself.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  // Same process in debug mode: a fixed inspector port would clash between editor windows.
  const serverOptions: ServerOptions = { module, transport: TransportKind.ipc };
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.cablelintrc.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'cable' },
      { scheme: 'untitled', language: 'cable' },
    ],
    synchronize: { fileEvents: configWatcher },
    outputChannel,
  };
  return new LanguageClient('cable', 'Cable', serverOptions, clientOptions);
}
