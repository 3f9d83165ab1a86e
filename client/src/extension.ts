/**
 * Extension entry point: starts the language server, registers the commands and the
 * classification status bar item. Activated for cable documents and by the commands.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './language-client';
import { ClassificationStatusBar } from './status-bar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Cable', { log: true });
  context.subscriptions.push(log);
  client = createLanguageClient(context, log);
  // Commands first, so that invoking one during start-up finds it (requests wait for the start).
  context.subscriptions.push(...registerCommands(context, client, log));
  try {
    await client.start();
  } catch (error) {
    log.error(`The Cable language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('Cable: the language server did not start; see the "Cable" output.');
    return;
  }
  context.subscriptions.push(new ClassificationStatusBar(client));
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  try {
    await running?.stop();
  } catch {
    // It never started, or the server process is already gone: nothing left to stop.
  }
}
