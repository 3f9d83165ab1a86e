/**
 * What the desktop entry (extension.ts, server as a Node process) and the browser entry (browser.ts,
 * server in a web worker) do the same way once each has made its language client: commands, start,
 * status bar, stop.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { ClassificationStatusBar } from './status-bar';

export async function startCableClient(context: vscode.ExtensionContext, client: BaseLanguageClient, log: vscode.LogOutputChannel): Promise<void> {
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

export async function stopCableClient(client: BaseLanguageClient | undefined): Promise<void> {
  try {
    await client?.stop();
  } catch {
    // It never started, or the server is already gone: nothing left to stop.
  }
}
