/**
 * The Cable language server for the browser (VS Code for the Web: no Node extension host), run in a
 * web worker and spoken to over postMessage. Same handlers as the Node server (`server-main.ts`),
 * but settings only: no `.cablelintrc.json` lookup and no disk scan for Lint Workspace (it lints
 * the open documents), since a worker has no file system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from './server-main';

declare const self: { location: { href: string }; addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { error?: unknown; reason?: unknown }) => void): void };

const worker = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));

function logError(where: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`[cable] ${where}: ${detail}`);
}

self.addEventListener('error', (event) => logError('uncaught exception', event.error));
self.addEventListener('unhandledrejection', (event) => logError('unhandled rejection', event.reason));

/** Rule pages sit next to the worker script (server/out/browser-server.js → docs/rules/<alias>.md)
 *  when it was loaded from a URL; a worker started from a blob has no such place: no link. */
function ruleDocUri(alias: string): string | undefined {
  const here = self.location.href;
  if (!/^(https?|file):/.test(here)) return undefined;
  return new URL(`../../docs/rules/${alias}.md`, here).toString();
}

startServer(connection, { ruleDocUri });
