/**
 * A real LSP client for the protocol tests: starts the bundled server (`server/out/server.js
 * --stdio`) as a child process and talks JSON-RPC to it over its stdin/stdout. No mocks: what the
 * tests see is what an editor sees. The client answers `workspace/configuration` from settings the
 * test sets, records `workspace/applyEdit` requests and server log messages, and lets tests wait
 * for the diagnostics of a given document version (events, not sleeps).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
  type ApplyWorkspaceEditParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'server/out/server.js');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/protocol');
/** How long a test waits for a publication before failing (generous: CI machines can be slow). */
const WAIT_MS = 20000;

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function fixtureUri(name: string): string {
  return pathToFileURL(path.join(FIXTURES, name)).toString();
}

interface Waiter {
  uri: string;
  version?: number;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export interface StartOptions {
  initializationOptions?: Record<string, unknown>;
  /** `cable` settings answered to workspace/configuration (per scopeUri if a function). */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  workspaceFolders?: string[];
}

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly logs: { type: number; message: string }[] = [];
  readonly applied: ApplyWorkspaceEditParams[] = [];
  readonly configurationRequests: (string | undefined)[] = [];
  readonly documents = new Map<string, TextDocument>();
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  stderr = '';
  settings: StartOptions['settings'];
  initializeResult!: InitializeResult;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: Waiter[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.latest.set(params.uri, params);
      this.published.push(params);
      const ready = this.waiters.filter((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const waiter of ready) waiter.resolve(params);
    });
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logs.push(params);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri);
        return typeof this.settings === 'function' ? this.settings(item.scopeUri) : (this.settings ?? {});
      }),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.applied.push(params);
      return { applied: true };
    });
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    // CABLE_SERVER_NODE runs the server under another Node (e.g. the Node 24 of code-server's host).
    const node = process.env.CABLE_SERVER_NODE || process.execPath;
    const child = spawn(node, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child);
    client.settings = options.settings;
    const folders = options.workspaceFolders ?? [];
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).toString(), name: path.basename(folder) })),
      initializationOptions: { diagnosticsDelay: 0, ...options.initializationOptions },
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          applyEdit: true,
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          synchronization: { didSave: true },
        },
      },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first publication for `uri` (with `version`, if given) from now on, or the
   *  latest one already received when it matches the version. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const latest = this.latest.get(uri);
    if (version !== undefined && latest?.version === version) return Promise.resolve(latest);
    return this.nextDiagnostics(uri, version);
  }

  /** The next publication for `uri`, ignoring any already received. */
  nextDiagnostics(uri: string, version?: number, timeoutMs = WAIT_MS): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        version,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      };
      // A lost publication must fail the test, not hang it.
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const latest = this.latest.get(uri);
        reject(new Error(`no diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`} within ${timeoutMs} ms (latest: version ${latest?.version})`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, 'cable', version, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version, text } });
  }

  /** Sends incremental changes and applies them to the client-side copy; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.documents.get(uri)!;
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, changes, version));
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Error-level messages the server logged (a handler that threw). */
  errors(): string[] {
    return this.logs.filter((log) => log.type === 1).map((log) => log.message);
  }

  async stop(): Promise<number | null> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}

/** Applies LSP text edits to a text (edits must not overlap, as the protocol requires). */
export function applyTextEdits(text: string, edits: { range: Diagnostic['range']; newText: string }[]): string {
  const document = TextDocument.create('file:///apply', 'cable', 0, text);
  return TextDocument.applyEdits(document, edits);
}

/** The comparable part of a diagnostic. */
export function summary(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.code} ${diagnostic.message}`;
}
