/**
 * Findings → LSP diagnostics: `code` = rule alias, `source` = `cable`, a link to the rule's page, and
 * in `data` the rule id and the fixes as LSP edits (what a client or code action needs without
 * re-linting).
 */
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Finding, LineIndex, Severity } from '../core';
import { toRange } from './ranges';

export const DIAGNOSTIC_SOURCE = 'cable';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  /** Stable rule id (`CBL012`). */
  id: string;
  fixes: { title: string; safe: boolean; edits: TextEdit[] }[];
}

/** `ruleDocUri(alias)` gives the link for `codeDescription` (undefined: no link). */
export function toDiagnostic(lines: LineIndex, finding: Finding, ruleDocUri?: (alias: string) => string | undefined): Diagnostic {
  const href = ruleDocUri?.(finding.rule);
  const data: DiagnosticData = {
    id: finding.code,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      safe: fix.safe,
      edits: fix.edits.map((edit) => ({ range: toRange(lines, edit.start, edit.end), newText: edit.newText })),
    })),
  };
  return {
    range: toRange(lines, finding.start, finding.end),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

export function toDiagnostics(
  lines: LineIndex,
  findings: readonly Finding[],
  ruleDocUri?: (alias: string) => string | undefined,
): Diagnostic[] {
  return findings.map((finding) => toDiagnostic(lines, finding, ruleDocUri));
}
