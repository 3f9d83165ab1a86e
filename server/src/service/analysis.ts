/**
 * One version of one document, parsed once: the tree, the line index, and the findings per
 * configuration (cached, since diagnostics, code actions and formatting all ask for them).
 */
import { LineIndex, lintDocument, parse, type CableDate, type CableResolver, type CableDocument, type Finding, type LintConfig } from '../core';
import { configKey } from './settings';

export class CableAnalysis {
  readonly doc: CableDocument;
  readonly lines: LineIndex;
  /** Set when the parser threw (a bug): the server logs it. */
  readonly parseError?: Error;
  private cached?: { key: string; findings: Finding[] };

  constructor(
    readonly text: string,
    readonly version = 0,
  ) {
    let doc: CableDocument;
    try {
      doc = parse(text);
    } catch (error) {
      doc = emptyDocument(text);
      this.parseError = error as Error;
    }
    this.doc = doc;
    this.lines = new LineIndex(text);
  }

  private readonly memos = new Map<string, unknown>();

  /** A per-version cache for answers the editor asks for repeatedly (outline, breadcrumbs and
   *  sticky scroll all request the symbols of the same version). */
  memo<T>(name: string, compute: () => T): T {
    if (this.memos.has(name)) return this.memos.get(name) as T;
    const value = compute();
    this.memos.set(name, value);
    return value;
  }

  /** `workspace`: the other cables (reference-target), with a generation that changes with them. */
  findings(config: LintConfig, today?: CableDate, workspace?: { resolveCable: CableResolver; generation: number }): Finding[] {
    const key = configKey(config) + (today ? `@${today.year}-${today.month}-${today.day}` : '') + (workspace ? `#${workspace.generation}` : '');
    if (this.cached?.key === key) return this.cached.findings;
    const findings = lintDocument(this.doc, { config, today, resolveCable: workspace?.resolveCable });
    this.cached = { key, findings };
    return findings;
  }
}

/** The parser never throws by contract; should it ever, the editor still gets an (empty) tree. */
function emptyDocument(text: string): CableDocument {
  return {
    text,
    preamble: [],
    banners: [],
    captions: [],
    passingLines: [],
    body: { start: 0, end: text.length, items: [], spans: [], pageBreaks: [], redactions: [] },
    endMarkers: [],
    date: null,
  };
}
