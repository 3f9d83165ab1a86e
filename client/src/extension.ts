/**
 * Extension entry point: starts the language server, registers the commands and the
 * classification status bar item. Activated for cable documents and by the commands.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './language-client';
import { startCableClient, stopCableClient } from './client-lifecycle';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Cable', { log: true });
  context.subscriptions.push(log);
  client = createLanguageClient(context, log);
  await startCableClient(context, client, log);
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await stopCableClient(running);
}
