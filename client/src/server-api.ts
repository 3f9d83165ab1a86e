/**
 * What the client asks of the language server, per the editor contract: server commands through
 * `workspace/executeCommand` and the custom `cable/documentInfo` request.
 */
// The common API (not /node): the browser build of the client imports this module too.
import { ExecuteCommandRequest, RequestType, type BaseLanguageClient } from 'vscode-languageclient';

export interface ClassificationInfo {
  level: string | null;
  caveats: string[];
}

export interface DocumentInfo {
  classification: ClassificationInfo | null;
  id: string | null;
  paragraphs: number;
}

export interface LintWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
}

export const DocumentInfoRequest = new RequestType<{ uri: string }, DocumentInfo | null, void>('cable/documentInfo');

export const ServerCommands = {
  fixAll: 'cable.server.fixAll',
  renumberParagraphs: 'cable.server.renumberParagraphs',
  lintWorkspace: 'cable.server.lintWorkspace',
} as const;

export function executeServerCommand<T>(client: BaseLanguageClient, command: string, args: unknown[] = []): Promise<T> {
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}
