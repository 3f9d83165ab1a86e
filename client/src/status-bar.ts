/**
 * Status bar item showing the active cable's classification (`$(shield) CONFIDENTIAL`), from the
 * server's `cable/documentInfo`. Hidden when the active editor is not a cable. Refreshed on editor
 * switches and (debounced) on edits; a reply that arrives after the user moved on is dropped.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { DocumentInfoRequest, type DocumentInfo } from './server-api';

export const STATUS_BAR_ID = 'cable.classification';
const REFRESH_DELAY_MS = 250;
const MAX_RETRIES = 8;
/** Levels shown on a red background: the ones whose disclosure causes serious damage or worse. */
const ALARM_LEVELS = new Set(['SECRET', 'TOP SECRET']);

export class ClassificationStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Incremented per request so that only the latest reply is shown. */
  private generation = 0;
  private retries = 0;

  constructor(private readonly client: BaseLanguageClient) {
    this.item = vscode.window.createStatusBarItem(STATUS_BAR_ID, vscode.StatusBarAlignment.Left, 100);
    this.item.name = 'Cable Classification';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.retries = 0;
        void this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      // A language change (Change Language Mode) closes and reopens the document.
      vscode.workspace.onDidOpenTextDocument(() => this.schedule()),
      vscode.workspace.onDidCloseTextDocument(() => this.schedule()),
    );
    void this.refresh();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'cable') {
      this.item.hide();
      return;
    }
    let info: DocumentInfo | null;
    try {
      info = await this.client.sendRequest(DocumentInfoRequest, { uri: document.uri.toString() });
    } catch {
      // The server is restarting or the document was closed meanwhile: keep what is shown.
      return;
    }
    if (generation !== this.generation) return;
    if (info === null) {
      // The server does not know the document yet (opened a moment ago): ask again shortly.
      if (this.retries++ < MAX_RETRIES) this.schedule();
      return;
    }
    this.retries = 0;
    this.show(info);
  }

  private show(info: DocumentInfo): void {
    const level = info.classification?.level ?? null;
    const caveats = info.classification?.caveats ?? [];
    this.item.text = `$(shield) ${level ?? 'No classification'}`;
    this.item.backgroundColor =
      level && ALARM_LEVELS.has(level)
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : level === null
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    // Text from the document goes in with appendText (escaped), never as markdown.
    const tooltip = new vscode.MarkdownString();
    if (level) tooltip.appendMarkdown('**Classification:** ').appendText(level);
    else tooltip.appendMarkdown('**No classification line recognised**');
    tooltip.appendMarkdown('\n\n**Caveats:** ').appendText(caveats.length > 0 ? caveats.join(', ') : 'none');
    if (info.id) tooltip.appendMarkdown('\n\n**Cable:** ').appendText(info.id);
    tooltip.appendMarkdown(`\n\n**Paragraphs:** ${info.paragraphs}`);
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
