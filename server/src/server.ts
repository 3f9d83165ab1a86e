/**
 * The Cable language server for Node (the desktop extension, `--stdio` or IPC: createConnection
 * picks the transport from argv). The handlers live in `server-main.ts`, shared with the browser
 * build; this entry adds the file-system parts (see `node/environment.ts`).
 */
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeEnvironment } from './node/environment';
import { startServer } from './server-main';

export { SERVER_COMMANDS } from './server-main';

const connection = createConnection(ProposedFeatures.all);

function logError(where: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`[cable] ${where}: ${detail}`);
}

process.on('uncaughtException', (error) => logError('uncaught exception', error));
process.on('unhandledRejection', (error) => logError('unhandled rejection', error));

/** Rule pages live in the extension: server/out/server.js → docs/rules/<alias>.md. */
startServer(connection, nodeEnvironment(path.resolve(__dirname, '../../docs/rules')));
