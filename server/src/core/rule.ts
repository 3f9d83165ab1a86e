/**
 * What a rule is: metadata (stable id, alias, description, default severity, options) plus a
 * `check` that reads the tree and reports findings. Fixes are data (text edits), never callbacks,
 * so the CLI, the language server and the tests apply them the same way.
 */
import type { CableDate, CableDocument } from './tree';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Replace `[start, end)` of the original text with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** Shown as the quick-fix title: `Replace POGOV with PGOV`. */
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by `cable-lint --fix`, Fix All and document formatting. A fix that
   *  needs a human choice (one of several portion marks, a template to fill in) is not safe. */
  safe: boolean;
}

export interface Finding {
  /** Stable id, `CBL001`. */
  code: string;
  /** Readable alias, `classification-line`. */
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
}

export interface RuleOption {
  type: 'boolean' | 'number' | 'string' | 'array';
  description: string;
  default: unknown;
  /** For `array`: the item type. */
  items?: 'string' | 'number';
}

export interface RuleMeta {
  id: string;
  alias: string;
  description: string;
  severity: Severity;
  tags: string[];
  /** True when at least one of its findings carries a fix. */
  fixable: boolean;
  options?: Record<string, RuleOption>;
}

export interface Report {
  message: string;
  start: number;
  end: number;
  /** Overrides the rule's default severity for this finding (e.g. a warning-level variant). */
  severity?: Severity;
  fixes?: Fix[];
}

export interface RuleContext {
  doc: CableDocument;
  text: string;
  /** The cable's date (DTG) or, for drafts, today. */
  date: CableDate;
  /** True when `date` came from the cable itself. */
  dated: boolean;
  /** This rule's options with defaults filled in. */
  options: Record<string, unknown>;
  /** Other cables of the workspace by canonical id, when the caller indexed one. */
  resolveCable?: CableResolver;
  report(report: Report): void;
}

/** What a rule may know of a cited cable: its date (null when the cable has no DTG). */
export type CableResolver = (id: string) => { date: CableDate | null } | undefined;

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}
