/**
 * Code actions (editor-contract.md): per finding, one quick fix per rule fix (`isPreferred` on the
 * first safe one); "Fix all <alias> problems" when a rule has several safe fixes; "Disable rule <alias>
 * in workspace settings" (client command `cable.disableRule` [alias, uri]); and `source.fixAll.cable`
 * for editor.codeActionsOnSave. Edits of "fix all" are the minimal difference of the fixed text.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { fixAll, ruleByName, type Finding, type LintConfig, type CableDate } from '../core';
import type { CableAnalysis } from './analysis';
import { toRange, comparePositions } from './ranges';
import { minimalEdits } from './text-diff';

export const FIX_ALL_KIND = 'source.fixAll.cable';
export const DISABLE_RULE_COMMAND = 'cable.disableRule';

export interface CodeActionRequest {
  uri: string;
  range: Range;
  /** Diagnostics the client sent in the context (matched to findings to link the actions). */
  diagnostics: readonly Diagnostic[];
  only?: readonly string[];
  config: LintConfig;
  today?: CableDate;
}

/** True when the client asked for `kind` (no filter, or a filter that is `kind` or a parent of it). */
export function wanted(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return !kind.startsWith('source');
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

const overlaps = (a: Range, b: Range) => comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;

export function fixAllEdits(analysis: CableAnalysis, config: LintConfig, today?: CableDate, ruleAlias?: string): TextEdit[] {
  const rule = ruleAlias ? ruleByName(ruleAlias) : undefined;
  if (ruleAlias && !rule) return [];
  const fixed = fixAll(analysis.text, { config, today, rules: rule ? [rule] : undefined });
  return minimalEdits(analysis.text, fixed.text).map((edit) => ({
    range: toRange(analysis.lines, edit.start, edit.end),
    newText: edit.newText,
  }));
}

export function codeActions(analysis: CableAnalysis, request: CodeActionRequest): CodeAction[] {
  const { uri, config, today } = request;
  const actions: CodeAction[] = [];
  const findings = analysis.findings(config, today);
  const lines = analysis.lines;
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });

  if (wanted(request.only, CodeActionKind.QuickFix)) {
    const here = findings.filter((finding) => overlaps(toRange(lines, finding.start, finding.end), request.range));
    const diagnosticFor = (finding: Finding): Diagnostic[] => {
      const range = toRange(lines, finding.start, finding.end);
      return request.diagnostics.filter(
        (d) => d.code === finding.rule && comparePositions(d.range.start, range.start) === 0 && comparePositions(d.range.end, range.end) === 0,
      );
    };
    const rulesHere: string[] = [];
    for (const finding of here) {
      const diagnostics = diagnosticFor(finding);
      let preferred = false;
      for (const fix of finding.fixes) {
        const isPreferred: boolean = fix.safe && !preferred;
        preferred ||= isPreferred;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          isPreferred,
          edit: edit(fix.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }))),
        });
      }
      if (!rulesHere.includes(finding.rule)) rulesHere.push(finding.rule);
    }
    for (const alias of rulesHere) {
      const fixable = findings.filter((finding) => finding.rule === alias && finding.fixes.some((fix) => fix.safe));
      if (fixable.length < 2) continue;
      const edits = fixAllEdits(analysis, config, today, alias);
      if (edits.length > 0) actions.push({ title: `Fix all ${alias} problems`, kind: CodeActionKind.QuickFix, edit: edit(edits) });
    }
    for (const alias of rulesHere) {
      const title = `Disable rule ${alias} in workspace settings`;
      actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: DISABLE_RULE_COMMAND, arguments: [alias, uri] } });
    }
  }

  if (wanted(request.only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(analysis, config, today);
    if (edits.length > 0) actions.push({ title: 'Fix all safe cable problems', kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return actions;
}
