/**
 * The core's entry point: text in, tree and findings out. Pure: no file system, no editor.
 */
import { parse } from './parser';
import { allRules } from './rules';
import { cachedResolveRules, type LintConfig, type ResolvedRule } from './config';
import { applyEdits, compatibleSafeFixes } from './fix';
import type { CableResolver, Finding, Rule, RuleContext } from './rule';
import type { CableDate, CableDocument } from './tree';

export interface LintOptions {
  config?: LintConfig;
  /** The date a draft without a DTG is judged against; defaults to the current date (UTC). */
  today?: CableDate;
  rules?: readonly Rule[];
  /** Looks a cited cable up by canonical id (`09STATE90254`) in a workspace the caller indexed;
   *  undefined when not known. The core stays workspace-free: the server and the CLI supply it. */
  resolveCable?: CableResolver;
}

export interface LintResult {
  doc: CableDocument;
  findings: Finding[];
}

export function todayUtc(now = new Date()): CableDate {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const doc = parse(text);
  return { doc, findings: lintDocument(doc, options) };
}

export function lintDocument(doc: CableDocument, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const date = doc.date ?? options.today ?? todayUtc();
  // One context for all the rules of this document, its rule-specific parts set before each check
  // (rules are synchronous and keep nothing): no context object and report closure per rule.
  let current: ResolvedRule | undefined;
  const context: RuleContext = {
    doc,
    text: doc.text,
    date,
    dated: doc.date !== null,
    options: {},
    resolveCable: options.resolveCable,
    report(report) {
      const { rule, severity } = current!;
      findings.push({
        code: rule.id,
        rule: rule.alias,
        severity: severity ?? report.severity ?? rule.severity,
        message: report.message,
        start: report.start,
        end: Math.max(report.start, report.end),
        fixes: report.fixes ?? [],
      });
    },
  };
  for (const resolved of cachedResolveRules(options.rules ?? allRules, options.config)) {
    const { rule } = resolved;
    current = resolved;
    context.options = resolved.options;
    try {
      rule.check(context);
    } catch (error) {
      // A rule bug must not take the other rules (or the editor) down with it.
      findings.push({
        code: rule.id,
        rule: rule.alias,
        severity: 'error',
        message: `Internal error in rule ${rule.alias}: ${(error as Error).message}`,
        start: 0,
        end: 0,
        fixes: [],
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
  return findings;
}

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
}

/** Applies safe fixes until none is left (fixes whose edits collided wait for the next pass). */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = compatibleSafeFixes(lint(current, options).findings);
    if (fixes.length === 0) break;
    const next = applyEdits(current, fixes.flatMap((fix) => fix.edits));
    if (next === current) break;
    applied += fixes.length;
    current = next;
  }
  return { text: current, applied };
}
