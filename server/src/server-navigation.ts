/**
 * Navigation between cables, wired to the connection: the workspace index (built at startup from
 * the workspace folders in chunks, so the server answers meanwhile; kept current by watched-file
 * events and open documents, never rescanned), Go to Definition, document links, Find All
 * References, workspace symbols, reference hover and the `cable/indexInfo` request (bench and
 * tests). The features themselves are pure functions in `service/`.
 */
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type DidChangeWatchedFilesParams,
  type Hover,
  type Position,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CableAnalysis } from './service/analysis';
import { definition } from './service/definition';
import { documentLinks } from './service/document-links';
import { referenceHover } from './service/reference-hover';
import { references } from './service/references';
import { indexDocument, WorkspaceIndex } from './service/workspace-index';
import { workspaceSymbols } from './service/workspace-symbols';

export const INDEX_INFO_REQUEST = 'cable/indexInfo';
const CABLE_FILE = /\.(?:cable|tel)$/i;
/** Files read and indexed between two yields to the event loop during the initial build. */
const CHUNK = 32;

export interface NavigationHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analysisOf(uri: string): CableAnalysis | undefined;
  /** Disk access (absent in the browser: only open documents are indexed). */
  workspaceFiles?: { find(folderUris: readonly string[]): Promise<string[]>; read(uri: string): Promise<string> };
  logError(where: string, error: unknown): void;
  /** Called when the index changed in a way other documents' diagnostics may depend on. */
  onIndexChanged(): void;
}

export interface IndexInfo {
  ready: boolean;
  cables: number;
  withId: number;
  /** Milliseconds of the initial build (null while it runs). */
  buildMs: number | null;
  /** `process.memoryUsage()` of the server process in bytes, when it runs on Node. */
  memory: { rss: number; heapUsed: number } | null;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Navigation {
  readonly index = new WorkspaceIndex();
  private folders: string[] = [];
  private watchRegistration = false;
  private buildMs: number | null = null;
  private built = false;
  private ready: Promise<void> = Promise.resolve();
  /** Open documents edited since they were last indexed (indexed when next asked: no parse per keystroke). */
  private readonly dirty = new Set<string>();

  constructor(private readonly host: NavigationHost) {}

  static readonly capabilities: ServerCapabilities = {
    definitionProvider: true,
    referencesProvider: true,
    workspaceSymbolProvider: true,
    documentLinkProvider: { resolveProvider: false },
  };

  /** From `initialize`: the workspace folders and whether the client lets us watch files. */
  initialize(folderUris: readonly string[], capabilities: ClientCapabilities): void {
    this.folders = [...folderUris];
    this.watchRegistration = !!this.host.workspaceFiles && !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  }

  /** From `initialized`: watch the cables, start the build, register the handlers. */
  initialized(): void {
    const { connection } = this.host;
    if (this.watchRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          // Folders too (created and deleted only): a folder copied or removed in one go may be
          // reported as the folder alone, without an event per cable inside.
          watchers: [{ globPattern: '**/*.{cable,tel}' }, { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }],
        })
        .catch((error) => this.host.logError('register cable watcher', error));
    }
    this.ready = this.build(this.folders);
    try {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) this.index.deleteDiskUnder(folder.uri);
        this.ready = this.ready.then(() => this.build(event.added.map((folder) => folder.uri)));
      });
    } catch {
      // A client without workspace folder support: nothing to follow.
    }
  }

  private async build(folderUris: readonly string[]): Promise<void> {
    const { workspaceFiles } = this.host;
    const started = Date.now();
    try {
      if (workspaceFiles && folderUris.length > 0) {
        const files = await workspaceFiles.find(folderUris);
        for (let i = 0; i < files.length; i += CHUNK) {
          const chunk = files.slice(i, i + CHUNK);
          const texts = await Promise.all(chunk.map((uri) => workspaceFiles.read(uri).catch(() => undefined)));
          chunk.forEach((uri, k) => {
            const text = texts[k];
            if (text !== undefined) this.index.setDisk(uri, text);
          });
          await yieldToEventLoop();
        }
      }
    } catch (error) {
      this.host.logError('workspace index', error);
    }
    if (!this.built) {
      this.built = true;
      this.buildMs = Date.now() - started;
    }
    this.host.onIndexChanged();
  }

  /** `workspace/didChangeWatchedFiles`: the cables among the changes update the disk layer.
   *  Queued behind the build and earlier changes; requests wait for the queue (`current`). */
  watchedFilesChanged(params: DidChangeWatchedFilesParams): Promise<boolean> {
    const applied = this.ready.then(() => this.applyChanges(params));
    this.ready = applied.then(
      () => undefined,
      () => undefined,
    );
    return applied;
  }

  private async applyChanges(params: DidChangeWatchedFilesParams): Promise<boolean> {
    const read = this.host.workspaceFiles?.read;
    let changed = false;
    for (const change of params.changes) {
      if (!CABLE_FILE.test(change.uri)) {
        changed = (await this.folderChanged(change.uri, change.type)) || changed;
        continue;
      }
      changed = true;
      if (change.type === FileChangeType.Deleted || !read) {
        this.index.deleteDisk(change.uri);
        continue;
      }
      try {
        this.index.setDisk(change.uri, await read(change.uri));
      } catch {
        this.index.deleteDisk(change.uri); // gone between the event and the read
      }
    }
    return changed;
  }

  /** A folder created (its cables indexed) or deleted (its cables forgotten); other files: nothing. */
  private async folderChanged(uri: string, type: FileChangeType): Promise<boolean> {
    if (type === FileChangeType.Deleted) {
      const before = this.index.size;
      this.index.deleteDiskUnder(uri);
      return this.index.size !== before;
    }
    const { workspaceFiles } = this.host;
    if (type !== FileChangeType.Created || !workspaceFiles) return false;
    const files = await workspaceFiles.find([uri]); // not a folder: none
    for (const file of files) {
      try {
        this.index.setDisk(file, await workspaceFiles.read(file));
      } catch {
        // gone again
      }
    }
    return files.length > 0;
  }

  /** Open documents count in their edited version (the analysis is the one diagnostics use:
   *  parsed once per version). */
  private flush(): void {
    for (const uri of this.dirty) {
      const analysis = this.host.analysisOf(uri);
      if (analysis) this.index.setOpen(uri, indexDocument(uri, analysis.doc, analysis.lines));
    }
    this.dirty.clear();
  }

  /** Lint options for a document: the index's resolver and its generation (a cache key). */
  workspace(): { resolveCable: WorkspaceIndex['resolve']; generation: number } {
    this.flush();
    return { resolveCable: this.index.resolve, generation: this.index.generation };
  }

  /** The index with every open document's latest version, once the initial build is done. */
  private async current(): Promise<WorkspaceIndex> {
    await this.ready;
    this.flush();
    return this.index;
  }

  hover(uri: string, position: Position): Hover | null {
    this.flush();
    const analysis = this.host.analysisOf(uri);
    return analysis ? referenceHover(analysis.doc, analysis.lines, analysis.lines.offsetAt(position), this.index) : null;
  }

  info(): IndexInfo {
    const usage = (globalThis as { process?: { memoryUsage?: () => { rss: number; heapUsed: number } } }).process?.memoryUsage?.();
    const entries = this.index.entries();
    return {
      ready: this.built,
      cables: entries.length,
      withId: entries.filter((entry) => entry.id).length,
      buildMs: this.buildMs,
      memory: usage ? { rss: usage.rss, heapUsed: usage.heapUsed } : null,
    };
  }

  /** Registers the document listeners and the request handlers. `guarded` logs and answers empty. */
  listen(guarded: <P extends unknown[], R>(where: string, fallback: R, handler: (...args: P) => R | Promise<R>) => (...args: P) => Promise<R>): void {
    const { connection, documents } = this.host;
    documents.onDidOpen((event) => this.dirty.add(event.document.uri));
    documents.onDidChangeContent((event) => this.dirty.add(event.document.uri));
    documents.onDidClose((event) => {
      this.dirty.delete(event.document.uri);
      this.index.closeOpen(event.document.uri);
    });

    connection.onDefinition(
      guarded('definition', [], async (params) => {
        const index = await this.current();
        const analysis = this.host.analysisOf(params.textDocument.uri);
        return analysis ? definition(analysis.doc, analysis.lines.offsetAt(params.position), index) : [];
      }),
    );
    connection.onDocumentLinks(
      guarded('documentLink', [], async (params) => {
        const index = await this.current();
        const analysis = this.host.analysisOf(params.textDocument.uri);
        return analysis ? documentLinks(analysis.doc, analysis.lines, index) : [];
      }),
    );
    connection.onReferences(
      guarded('references', [], async (params) => {
        const index = await this.current();
        const uri = params.textDocument.uri;
        const analysis = this.host.analysisOf(uri);
        if (!analysis) return [];
        const self = index.get(uri) ?? indexDocument(uri, analysis.doc, analysis.lines);
        return references(analysis.doc, analysis.lines.offsetAt(params.position), self, index, params.context.includeDeclaration);
      }),
    );
    connection.onWorkspaceSymbol(
      guarded('workspaceSymbol', [], async (params) => {
        return workspaceSymbols(await this.current(), params.query);
      }),
    );
    connection.onRequest(
      INDEX_INFO_REQUEST,
      guarded('indexInfo', null, async (params: { wait?: boolean } | undefined) => {
        if (params?.wait) await this.current();
        return this.info();
      }),
    );
  }
}
