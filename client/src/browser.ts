/**
 * Extension entry point for VS Code in a browser (no Node extension host): the language server runs
 * in a web worker (`server/out/browser-server.js`) and speaks LSP over postMessage. Same commands and
 * status bar as the desktop entry (`extension.ts`); the server lints with settings only (no
 * `.cablelintrc.json` files, and Lint Workspace covers the open cables), see docs/language-server.md.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/browser';
import { startCableClient, stopCableClient } from './client-lifecycle';

/** The browser's Worker (the client's tsconfig has no DOM library). */
declare const Worker: new (scriptUrl: string) => ServerOptions;

let client: LanguageClient | undefined;

/** The worker running `server/out/browser-server.js`. */
async function serverWorker(context: vscode.ExtensionContext): Promise<ServerOptions> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'server', 'out', 'browser-server.js');
  if (serverMain.scheme !== 'vscode-remote') return new Worker(serverMain.toString(true));
  // An extension of a remote workbench (code-server) in the web worker extension host: VS Code will
  // not start a worker from a vscode-remote: URI, but its fetch resolves one; start it from a blob.
  const source = await (await fetch(serverMain.toString(true))).text();
  return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Cable', { log: true });
  context.subscriptions.push(log);
  const clientOptions: LanguageClientOptions = {
    // Any scheme: in the browser, cables come from virtual file systems (vscode-vfs, memfs, …) and
    // the server only ever reads the text the editor sends.
    documentSelector: [{ language: 'cable' }],
    outputChannel: log,
  };
  client = new LanguageClient('cable', 'Cable', await serverWorker(context), clientOptions);
  await startCableClient(context, client, log);
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await stopCableClient(running);
}
