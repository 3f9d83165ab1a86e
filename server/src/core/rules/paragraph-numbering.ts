/**
 * CBL015 paragraph-numbering: paragraphs are numbered 1..n (5 FAH-1 H-246.2), sub-paragraph
 * letters run A, B, C …, and the number is separated from the portion mark (`1. (C)`, not `1.(C)`).
 * Paragraphs inside BEGIN/END TEXT or QUOTE keep the numbering of the quoted document.
 */
import type { Fix, Rule, RuleContext, TextEdit } from '../rule';
import type { BodyItem, CableDocument, Paragraph, SubParagraph } from '../tree';
import { judgeSequence, labelFor, labelValue, type Verdict } from './util/text-numbering';
import { findParaCitations } from './util/text-paras';
import { markLeads } from '../paragraph-text';

interface Problem {
  message: string;
  start: number;
  end: number;
  severity?: 'info';
  /** False for findings the renumbering does not touch (a stray number). */
  renumbered: boolean;
}

export const paragraphNumbering: Rule = {
  id: 'CBL015',
  alias: 'paragraph-numbering',
  description: 'Paragraphs numbered 1..n, sub-paragraph letters in sequence, a space between number and portion mark.',
  severity: 'warning',
  tags: ['body'],
  fixable: true,
  check(context) {
    const { paragraphs, problems, edits, restart } = planNumbering(context.doc);
    const renumber: Fix | undefined =
      edits.length > 0 ? { title: 'Renumber paragraphs and sub-paragraphs in sequence', edits, safe: !restart } : undefined;
    for (const problem of problems) {
      context.report({
        message: problem.message,
        start: problem.start,
        end: problem.end,
        severity: problem.severity,
        fixes: renumber && problem.renumbered ? [renumber] : [],
      });
    }
    for (const paragraph of paragraphs) reportGlued(context, paragraph);
    reportSingle(context, paragraphs);
    reportMissingCited(context, paragraphs);
  },
};

export interface NumberingPlan {
  /** The cable's own paragraphs (quoted documents left out). */
  paragraphs: Paragraph[];
  problems: Problem[];
  /** Edits renumbering paragraphs 1..n and sub-paragraph lists in sequence (stray numbers kept). */
  edits: TextEdit[];
  /** True when the numbering restarts at 1 (maybe a second list): renumbering is then not safe. */
  restart: boolean;
}

/** Judges the numbering once; the rule reports from it and the Renumber Paragraphs command applies
 *  its edits, so both always agree. */
export function planNumbering(doc: CableDocument): NumberingPlan {
  const paragraphs = ownParagraphs(doc.body.items);
  const problems: Problem[] = [];
  const edits: TextEdit[] = [];
  let restart = false;
  // Most cables number 1..n: every verdict is then `ok` with the number it has, so nothing to judge.
  if (!numberedInSequence(paragraphs)) restart = judgeParagraphs(paragraphs, problems, edits);
  for (const paragraph of paragraphs) checkSubparagraphs(paragraph.subparagraphs, problems, edits);
  return { paragraphs, problems, edits, restart };
}

function numberedInSequence(paragraphs: readonly Paragraph[]): boolean {
  for (let i = 0; i < paragraphs.length; i++) if (paragraphs[i].value !== i + 1) return false;
  return true;
}

/** Judges the paragraph numbers; returns true when the numbering restarts at 1. */
function judgeParagraphs(paragraphs: readonly Paragraph[], problems: Problem[], edits: TextEdit[]): boolean {
  let restart = false;
  const verdicts = judgeSequence(paragraphs.map((p) => ({ written: p.number.text, value: p.value })));
  verdicts.forEach((verdict, i) => {
    const paragraph = paragraphs[i];
    const { number } = paragraph;
    if (verdict.kind !== 'stray' && verdict.target !== paragraph.value) {
      edits.push({ start: number.start, end: number.end, newText: String(verdict.target) });
    }
    if (verdict.kind === 'break' && verdict.restart) restart = true;
    const message = paragraphMessage(verdict, number.text);
    if (message) problems.push({ message, start: number.start, end: number.end, renumbered: verdict.kind !== 'stray', severity: verdict.kind === 'stray' ? 'info' : undefined });
  });
  return restart;
}

/** "Do not number a single paragraph" (5 FAH-1 H-246.2b). Unsafe: while drafting, 2. may be next. */
function reportSingle(context: RuleContext, paragraphs: readonly Paragraph[]): void {
  if (paragraphs.length !== 1 || context.doc.body.items.some((item) => item.type === 'paragraph' && item !== paragraphs[0])) return;
  const [only] = paragraphs;
  const from = only.pilcrow ? only.pilcrow.start : only.number.start;
  // The mark stays: the number alone goes (`1. (C) Text` → `(C) Text`, `(C) 1. Text` → `(C) Text`).
  const to = only.portion && !markLeads(only) ? only.portion.start : nextNonSpace(context.text, only.number.end + 1, only.end);
  context.report({
    message: 'A single paragraph is not numbered',
    severity: 'info',
    start: only.number.start,
    end: only.number.end,
    fixes: [{ title: `Remove the number ${only.number.text}.`, edits: [{ start: from, end: to, newText: '' }], safe: false }],
  });
}

function nextNonSpace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** `see para 9` in a cable of six paragraphs points nowhere (a cut paragraph, a renumbering). */
function reportMissingCited(context: RuleContext, paragraphs: readonly Paragraph[]): void {
  if (paragraphs.length === 0) return;
  let highest = -Infinity; // as Math.max: NaN if any value is NaN
  for (const paragraph of paragraphs) if (paragraph.value > highest || Number.isNaN(paragraph.value)) highest = paragraph.value;
  const { body } = context.doc;
  for (const citation of findParaCitations(context.text, body.start, body.end, highest)) {
    if (citation.value <= highest) continue;
    context.report({
      message: `Paragraph ${citation.value} is cited but the last paragraph is ${highest}`,
      severity: 'info',
      start: citation.start,
      end: citation.end,
    });
  }
}

/**
 * Drops quoted documents the parser did not mark: in a cable whose paragraphs carry portion marks,
 * a run of unmarked paragraphs that restarts at 1 is a document quoted with its own numbering
 * (`07MADRID1952`: the Spanish non-paper's 1, 2, 3 inside paragraph 2).
 */
function ownParagraphs(items: readonly BodyItem[]): Paragraph[] {
  // One pass for the unquoted paragraphs and whether any carries a mark (no filter callback).
  const paragraphs: Paragraph[] = [];
  let marked = false;
  for (const item of items) {
    if (item.type !== 'paragraph' || item.quoted) continue;
    paragraphs.push(item);
    if (item.portion) marked = true;
  }
  if (!marked) return paragraphs;
  const own: Paragraph[] = [];
  let quotedRun = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (paragraph.portion) quotedRun = false;
    else if (i > 0 && paragraph.value === 1) quotedRun = true;
    if (!quotedRun) own.push(paragraph);
  }
  return own;
}

function paragraphMessage(verdict: Verdict, written: string): string | undefined {
  switch (verdict.kind) {
    case 'ok':
      return undefined;
    case 'mangled':
      return `Paragraph ${written} should be ${verdict.target}: its leading 1 looks like a mangled ¶`;
    case 'stray':
      return `${written}. at the start of a line breaks the paragraph sequence (expected ${verdict.expected}, and the next paragraph is ${verdict.expected}): a wrapped line that begins with a number?`;
    case 'break':
      return verdict.previous === undefined
        ? `First paragraph is numbered ${written}: expected ${verdict.expected}`
        : `Paragraph ${written} follows paragraph ${verdict.previous}: expected ${verdict.expected}`;
  }
}

const SUB_STYLES = ['letter', 'number-paren'] as const;

/** The list's labels of `style` (those with a value) run 1, 2, 3 … / A, B, C …. */
function labelsInSequence(list: readonly SubParagraph[], style: SubParagraph['style']): boolean {
  let expected = 1;
  for (const sub of list) {
    if (sub.style !== style) continue;
    const value = labelValue(sub.label.text);
    if (!Number.isFinite(value)) continue;
    if (value !== expected) return false;
    expected++;
  }
  return true;
}

/** Each list of sub-paragraphs (and each nested list) runs on its own, per label style. */
function checkSubparagraphs(list: readonly SubParagraph[], problems: Problem[], edits: TextEdit[]): void {
  if (list.length === 0) return; // most paragraphs: nothing to judge, nothing to allocate
  for (const style of SUB_STYLES) {
    if (labelsInSequence(list, style)) continue; // every verdict `ok` with the label it has: nothing to do
    const items = list.filter((sub) => sub.style === style && Number.isFinite(labelValue(sub.label.text)));
    const verdicts = judgeSequence(items.map((sub) => ({ written: sub.label.text, value: labelValue(sub.label.text) })), false);
    verdicts.forEach((verdict, i) => {
      const { label } = items[i];
      if (verdict.kind === 'ok' || verdict.kind === 'mangled') {
        if (verdict.target !== labelValue(label.text)) edits.push({ start: label.start, end: label.end, newText: labelFor(verdict.target, label.text) });
        return;
      }
      const expected = labelFor(verdict.expected, label.text);
      if (verdict.kind === 'stray') return; // a lone label the list ignores is most likely text
      edits.push({ start: label.start, end: label.end, newText: labelFor(verdict.target, label.text) });
      const previous = verdict.previous === undefined ? undefined : labelFor(verdict.previous, label.text);
      problems.push({
        message:
          previous === undefined
            ? `First sub-paragraph is ${label.text}: expected ${expected}`
            : `Sub-paragraph ${label.text} follows ${previous}: expected ${expected}`,
        start: label.start,
        end: label.end,
        renumbered: true,
      });
    });
  }
  for (const sub of list) checkSubparagraphs(sub.children, problems, edits);
}

function reportGlued(context: RuleContext, paragraph: Paragraph): void {
  if (!paragraph.glued || !paragraph.portion) return;
  const { number, portion } = paragraph;
  context.report({
    message: `Paragraph number ${number.text}. runs into the portion mark: write "${number.text}. ${portion.text}"`,
    start: number.start,
    end: portion.end,
    fixes: [{ title: `Insert a space before ${portion.text}`, edits: [{ start: portion.start, end: portion.start, newText: ' ' }], safe: true }],
  });
}
