/**
 * The Cable language server, whatever the transport: LSP wiring only. Every feature is a pure
 * function in `service/` of (parsed document, position, settings); this module keeps the
 * per-document parse cache, reads the settings per resource, debounces diagnostics and routes
 * requests. It never lets an exception escape a handler: errors go to the connection console and the
 * request answers empty. It imports nothing from Node: the Node entry (`server.ts`) and the browser
 * entry (`browser-server.ts`) create the connection and pass in what the environment offers.
 *
 * initializationOptions (all optional): `diagnosticsDelay` (ms, default 150; 0 in tests and the
 * bench), `today` (`YYYY-MM-DD`, the date drafts without a DTG are judged against), `timing`
 * (true: send `cable/timing` { uri, version, parseMs, lintMs } after each lint, for the bench).
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type InitializeResult,
  type Connection,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { todayUtc, type CableDate, type LintConfig } from './core';
import { renumberParagraphs } from './core/renumber';
import { CableAnalysis } from './service/analysis';
import { codeActions, fixAllEdits, FIX_ALL_KIND } from './service/code-actions';
import { completions } from './service/completion';
import { toDiagnostics } from './service/diagnostics';
import { documentInfo, DOCUMENT_INFO_REQUEST } from './service/document-info';
import { Debouncer } from './service/debounce';
import { foldingRanges } from './service/folding';
import { formatDocument } from './service/formatting';
import { hover } from './service/hover';
import { Navigation } from './server-navigation';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './service/semantic-tokens';
import { DEFAULT_SETTINGS, lintConfigFor, readSettings, type CableSettings } from './service/settings';
import { documentSymbols } from './service/symbols';
import { toRange } from './service/ranges';

export const SERVER_COMMANDS = ['cable.server.fixAll', 'cable.server.renumberParagraphs', 'cable.server.lintWorkspace'];

/**
 * What differs between the Node server and the browser (web worker) server. Everything here is
 * optional: the browser server gives none of the file-system parts and lints with settings only.
 */
export interface ServerEnvironment {
  /** `.cablelintrc.json` configuration for a document URI (undefined: none applies); throws the
   *  error of a broken file. `reset` forgets what was read (a file changed). */
  configFiles?: { configFor(uri: string): LintConfig | undefined; reset(): void };
  /** The cables on disk under the workspace folders (folder URIs → file URIs), for Lint Workspace,
   *  and a reader for the ones not open. Absent: Lint Workspace lints the open documents. */
  workspaceFiles?: { find(folderUris: readonly string[]): Promise<string[]>; read(uri: string): Promise<string> };
  /** The link of a rule's documentation page (`codeDescription.href`); undefined: no link. */
  ruleDocUri?(alias: string): string | undefined;
}

/** Registers every handler on `connection` and starts listening. */
export function startServer(connection: Connection, environment: ServerEnvironment = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, CableAnalysis>();
  const settingsCache = new Map<string, Promise<CableSettings>>();
  const reportedConfigErrors = new Set<string>();
  let hasConfiguration = false;
  let hasWatchedFilesRegistration = false;
  /** Workspace folder URIs (Lint Workspace searches them). */
  let workspaceFolders: string[] = [];
  let today: CableDate | undefined;
  const debouncer = new Debouncer(150);
  /** Bench hook (initializationOptions.timing): the server-side time of each lint, as a notification. */
  const TIMING_NOTIFICATION = 'cable/timing';
  let timing = false;
  const navigation = new Navigation({
    connection,
    documents,
    analysisOf,
    workspaceFiles: environment.workspaceFiles,
    logError,
    onIndexChanged: () => void relintAll().catch((error) => logError('index changed', error)),
  });

  function logError(where: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`[cable] ${where}: ${detail}`);
  }

  /** Runs a handler; a thrown error is logged and answered with `fallback`. */
  function guarded<P extends unknown[], R>(where: string, fallback: R, handler: (...args: P) => R | Promise<R>) {
    return async (...args: P): Promise<R> => {
      try {
        return await handler(...args);
      } catch (error) {
        logError(where, error);
        return fallback;
      }
    };
  }

  function analysisOf(uri: string): CableAnalysis | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const cached = analyses.get(uri);
    if (cached && cached.version === document.version) return cached;
    const analysis = new CableAnalysis(document.getText(), document.version);
    if (analysis.parseError) logError(`parser on ${uri}`, analysis.parseError);
    analyses.set(uri, analysis);
    return analysis;
  }

  async function settingsFor(uri: string): Promise<CableSettings> {
    if (!hasConfiguration) return DEFAULT_SETTINGS;
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'cable' })
        .then(readSettings, (error) => {
          logError('workspace/configuration', error);
          return DEFAULT_SETTINGS;
        });
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  /** `.cablelintrc.json` files for a file: URI, then the settings over them. */
  function fileConfigFor(uri: string): LintConfig | undefined {
    if (!environment.configFiles) return undefined;
    try {
      return environment.configFiles.configFor(uri);
    } catch (error) {
      // A broken .cablelintrc.json: say so once (not on every keystroke), lint with settings only.
      const message = `Cable: ${(error as Error).message}`;
      if (!reportedConfigErrors.has(message)) {
        reportedConfigErrors.add(message);
        connection.console.warn(message);
        void connection.window.showWarningMessage(message);
      }
      return undefined;
    }
  }

  async function lintConfigOf(uri: string): Promise<{ config: LintConfig; settings: CableSettings }> {
    const settings = await settingsFor(uri);
    return { config: lintConfigFor(settings, fileConfigFor(uri)), settings };
  }

  const ruleDocUris = new Map<string, string | undefined>();
  function ruleDocUri(alias: string): string | undefined {
    if (!ruleDocUris.has(alias)) ruleDocUris.set(alias, environment.ruleDocUri?.(alias));
    return ruleDocUris.get(alias);
  }

  async function validate(uri: string): Promise<void> {
    try {
      const { config } = await lintConfigOf(uri);
      const started = performance.now();
      const analysis = analysisOf(uri); // after the await: lint the newest text
      if (!analysis) return;
      const parsed = performance.now();
      const diagnostics = toDiagnostics(analysis.lines, analysis.findings(config, today, navigation.workspace()), ruleDocUri);
      if (timing) {
        const done = performance.now();
        void connection.sendNotification(TIMING_NOTIFICATION, { uri, version: analysis.version, parseMs: parsed - started, lintMs: done - parsed });
      }
      await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
    } catch (error) {
      logError(`diagnostics for ${uri}`, error);
    }
  }

  async function relintAll(): Promise<void> {
    for (const document of documents.all()) {
      const { settings } = await lintConfigOf(document.uri);
      // onSave documents keep their diagnostics until the next save, except that settings changes
      // (a rule turned off) must show at once.
      debouncer.schedule(document.uri, () => void validate(document.uri), settings.run === 'onSave' ? 0 : undefined);
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    hasConfiguration = !!capabilities.workspace?.configuration;
    // Only a server that reads .cablelintrc.json files needs to hear of their changes.
    hasWatchedFilesRegistration = !!environment.configFiles && !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const options = (params.initializationOptions ?? {}) as { diagnosticsDelay?: unknown; today?: unknown; timing?: unknown };
    timing = options.timing === true;
    if (typeof options.diagnosticsDelay === 'number' && options.diagnosticsDelay >= 0) debouncer.delay = options.diagnosticsDelay;
    if (typeof options.today === 'string') {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.today);
      if (match) today = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    }
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((folder) => folder.uri)
      .concat(!params.workspaceFolders && params.rootUri ? [params.rootUri] : []);
    navigation.initialize(workspaceFolders, capabilities);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'Cable' },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['(', ' '], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        documentFormattingProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        executeCommandProvider: { commands: SERVER_COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...Navigation.capabilities,
      },
      serverInfo: { name: 'cable-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    navigation.initialized();
    if (hasConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'cable' }).catch((e) => logError('register', e));
    }
    if (hasWatchedFilesRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.cablelintrc.json' }] })
        .catch((e) => logError('register', e));
    }
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      workspaceFolders = workspaceFolders.filter((folder) => !removed.has(folder)).concat(event.added.map((folder) => folder.uri));
    });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    environment.configFiles?.reset();
    void relintAll().catch((error) => logError('didChangeConfiguration', error));
  });

  connection.onDidChangeWatchedFiles((params) => {
    environment.configFiles?.reset();
    reportedConfigErrors.clear();
    // Cables changed on disk update the workspace index first: diagnostics may depend on it.
    void navigation
      .watchedFilesChanged(params)
      .catch((error) => logError('workspace index', error))
      .then(() => relintAll())
      .catch((error) => logError('didChangeWatchedFiles', error));
  });

  /** Version each document was opened with: its first content event is the open, not an edit. */
  const openedVersions = new Map<string, number>();

  documents.onDidOpen((event) => {
    openedVersions.set(event.document.uri, event.document.version);
    debouncer.schedule(event.document.uri, () => void validate(event.document.uri), 0);
  });

  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (openedVersions.get(uri) === event.document.version) return;
    void settingsFor(uri).then((settings) => {
      if (settings.run === 'onType') debouncer.schedule(uri, () => void validate(uri));
    });
  });

  documents.onDidSave((event) => {
    const uri = event.document.uri;
    void settingsFor(uri).then((settings) => {
      if (settings.run === 'onSave') debouncer.schedule(uri, () => void validate(uri), 0);
    });
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    debouncer.cancel(uri);
    openedVersions.delete(uri);
    analyses.delete(uri);
    settingsCache.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  navigation.listen(guarded);

  connection.onDocumentSymbol(
    guarded('documentSymbol', [], (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? analysis.memo('symbols', () => documentSymbols(analysis.doc, analysis.lines)) : [];
    }),
  );

  connection.onFoldingRanges(
    guarded('foldingRange', [], (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? analysis.memo('folding', () => foldingRanges(analysis.doc, analysis.lines)) : [];
    }),
  );

  connection.onHover(
    guarded('hover', null, (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      const reference = navigation.hover(params.textDocument.uri, params.position);
      if (reference) return reference;
      return analysis ? hover(analysis.doc, analysis.lines, analysis.lines.offsetAt(params.position), today ?? todayUtc()) : null;
    }),
  );

  connection.onCompletion(
    guarded('completion', [], (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? completions(analysis.doc, analysis.lines, params.position) : [];
    }),
  );

  connection.onCodeAction(
    guarded('codeAction', [], async (params) => {
      const uri = params.textDocument.uri;
      const { config } = await lintConfigOf(uri);
      const analysis = analysisOf(uri);
      if (!analysis) return [];
      return codeActions(analysis, {
        uri,
        range: params.range,
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        config,
        today,
      });
    }),
  );

  connection.onDocumentFormatting(
    guarded('formatting', [] as TextEdit[], async (params) => {
      const uri = params.textDocument.uri;
      const { config } = await lintConfigOf(uri);
      const analysis = analysisOf(uri);
      return analysis ? formatDocument(analysis, config, today) : [];
    }),
  );

  connection.languages.semanticTokens.on(
    guarded('semanticTokens', { data: [] }, (params) => {
      const analysis = analysisOf(params.textDocument.uri);
      return analysis ? analysis.memo('semanticTokens', () => semanticTokens(analysis.doc, analysis.lines)) : { data: [] };
    }),
  );

  connection.onRequest(
    DOCUMENT_INFO_REQUEST,
    guarded('documentInfo', null, (params: { uri?: string }) => {
      const analysis = params?.uri ? analysisOf(params.uri) : undefined;
      return analysis ? documentInfo(analysis.doc) : null;
    }),
  );

  async function applyEdits(uri: string, label: string, edits: TextEdit[]): Promise<{ applied: boolean; edits: number }> {
    if (edits.length === 0) return { applied: true, edits: 0 };
    const result = await connection.workspace.applyEdit({ label, edit: { changes: { [uri]: edits } } });
    return { applied: result.applied, edits: edits.length };
  }

  async function lintWorkspace(): Promise<{ files: number; errors: number; warnings: number }> {
    const disk = environment.workspaceFiles;
    const files = disk ? await disk.find(workspaceFolders) : documents.keys();
    let errors = 0;
    let warnings = 0;
    for (const uri of files) {
      try {
        const { config } = await lintConfigOf(uri);
        const open = analysisOf(uri);
        const analysis = open ?? new CableAnalysis(await disk!.read(uri));
        const findings = analysis.findings(config, today);
        errors += findings.filter((finding) => finding.severity === 'error').length;
        warnings += findings.filter((finding) => finding.severity === 'warning').length;
        const diagnostics = toDiagnostics(analysis.lines, findings, ruleDocUri);
        await connection.sendDiagnostics(open ? { uri, version: open.version, diagnostics } : { uri, diagnostics });
      } catch (error) {
        logError(`lintWorkspace ${uri}`, error);
      }
    }
    return { files: files.length, errors, warnings };
  }

  connection.onExecuteCommand(
    guarded('executeCommand', null as unknown, async (params) => {
      const uri = typeof params.arguments?.[0] === 'string' ? (params.arguments[0] as string) : undefined;
      switch (params.command) {
        case 'cable.server.fixAll': {
          const analysis = uri ? analysisOf(uri) : undefined;
          if (!analysis || !uri) return null;
          const { config } = await lintConfigOf(uri);
          return applyEdits(uri, 'Fix all cable problems', fixAllEdits(analysis, config, today));
        }
        case 'cable.server.renumberParagraphs': {
          const analysis = uri ? analysisOf(uri) : undefined;
          if (!analysis || !uri) return null;
          const edits = renumberParagraphs(analysis.doc).map((edit) => ({
            range: toRange(analysis.lines, edit.start, edit.end),
            newText: edit.newText,
          }));
          return applyEdits(uri, 'Renumber paragraphs', edits);
        }
        case 'cable.server.lintWorkspace':
          return lintWorkspace();
        default:
          connection.console.warn(`[cable] unknown command ${params.command}`);
          return null;
      }
    }),
  );

  documents.listen(connection);
  connection.listen();
}
