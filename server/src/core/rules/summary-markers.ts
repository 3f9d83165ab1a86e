/**
 * CBL016 summary-markers: SUMMARY is closed by END SUMMARY and END SUMMARY has a SUMMARY (likewise
 * COMMENT / END COMMENT), so readers and AMADS excerpts know where the summary stops.
 */
import type { Fix, Rule, RuleContext } from '../rule';
import type { BodyItem, MarkedSpan, MarkedSpanKind, Token } from '../tree';
import { isJsWhitespace } from '../parser/scan';
import { paragraphTextStart } from '../paragraph-text';

const NAMES: Record<MarkedSpanKind, { open: string; close: string }> = {
  summary: { open: 'SUMMARY', close: 'END SUMMARY' },
  comment: { open: 'COMMENT', close: 'END COMMENT' },
  text: { open: 'BEGIN TEXT', close: 'END TEXT' },
  quote: { open: 'BEGIN QUOTE', close: 'END QUOTE' },
};

export const summaryMarkers: Rule = {
  id: 'CBL016',
  alias: 'summary-markers',
  description: 'SUMMARY / END SUMMARY and COMMENT / END COMMENT come in pairs.',
  severity: 'warning',
  tags: ['body'],
  fixable: true,
  options: {
    markers: {
      type: 'array',
      items: 'string',
      description: 'Which marker pairs to check: summary, comment, text (BEGIN/END TEXT), quote (BEGIN/END QUOTE).',
      default: ['summary', 'comment'],
    },
  },
  check(context) {
    const spans = context.doc.body.spans;
    if (spans.length === 0) return;
    const kinds = markerKinds(context.options.markers as string[] | undefined);
    // `End\nSummary.` wrapped over two lines reaches us as an opening marker: it closes what came before.
    const wrappedEnds = spans.some(isUnclosed) ? spans.filter((span) => isUnclosed(span) && followsEnd(context, span.open!)) : NO_SPANS;
    for (const span of spans) {
      if (!kinds.has(span.kind) || wrappedEnds.includes(span)) continue;
      const names = NAMES[span.kind];
      // An unclosed COMMENT is usually the last paragraph (321 of 1,295 cables): a hint, not a warning.
      const severity = span.kind === 'comment' ? 'info' : undefined;
      if (span.open && !span.close) {
        // A dashed heading (`SUMMARY` over `-------`) opens a section the next heading closes.
        if (isHeading(context, span.open)) continue;
        if (wrappedEnds.some((end) => end.kind === span.kind && end.start > span.open!.start)) continue;
        if (closedInProse(context, span.kind, span.open)) continue;
        context.report({
          message: `${names.open} is never closed: expected ${names.close}`,
          start: span.open.start,
          end: span.open.end,
          severity,
          fixes: closingFix(context, span, span.open, names.close),
        });
      } else if (span.close && !span.open && !openedInProse(context, span.kind, span.close)) {
        context.report({
          message: `${names.close} without a ${names.open}: expected ${names.open} where it begins`,
          start: span.close.start,
          end: span.close.end,
          severity,
        });
      }
    }
  },
};

const NO_SPANS: readonly MarkedSpan[] = [];

/** An opening marker without its end: the only kind that can be a wrapped `End / Summary.` (most
 *  cables' spans are closed, and then no list of wrapped ends is built). */
function isUnclosed(span: MarkedSpan): boolean {
  return !!span.open && !span.close;
}

/** The `markers` option as a set, made once per option array (configs are resolved once, so the
 *  array is the same object for every cable) rather than once per cable. */
let lastMarkers: readonly string[] | undefined;
let lastKinds: ReadonlySet<string> | undefined;

function markerKinds(markers: readonly string[] | undefined): ReadonlySet<string> {
  if (lastKinds === undefined || markers !== lastMarkers) {
    lastKinds = new Set(markers ?? ['summary', 'comment']);
    lastMarkers = markers;
  }
  return lastKinds;
}

/** `End Summary` for `END SUMMARY`: the closing marker in the case of a mixed-case opening. */
function mixedCase(close: string): string {
  return close.charAt(0) + close.slice(1).toLowerCase().replace(/ (\w)/, (_, c: string) => ` ${c.toUpperCase()}`);
}

/** Each closing marker in mixed case, made once rather than for every unclosed marker reported. */
const MIXED_CASE_CLOSE = new Map(Object.values(NAMES).map(({ close }) => [close, mixedCase(close)]));

/** `END SUMMARY.` at the end of the paragraph the marker opens; safe only when the marker starts
 *  that paragraph (then the paragraph is the summary), offered unsafe when it opens mid-paragraph. */
function closingFix(context: RuleContext, span: MarkedSpan, open: Token, close: string): Fix[] {
  if (span.kind !== 'summary' && span.kind !== 'comment') return [];
  const item = context.doc.body.items.find((candidate) => candidate.start <= open.start && open.start < candidate.end);
  if (!item || item.type === 'heading') return [];
  const { text } = context;
  let end = item.end;
  while (end > open.end && isJsWhitespace(text.charCodeAt(end - 1))) end--;
  // The paragraph must end a sentence; otherwise something else is glued to it (a signature the
  // parser left in the paragraph: `... soil. DANILOVICH`) and the end is placed after the last
  // sentence, as a suggestion only.
  const endsSentence = /[.!?)"'\u201d]/.test(text[end - 1] ?? '');
  if (!endsSentence) end = lastSentenceEnd(text, open.end, end);
  if (end <= open.end) return [];
  const lowerCase = open.text !== open.text.toUpperCase();
  const marker = lowerCase ? (MIXED_CASE_CLOSE.get(close) ?? mixedCase(close)) : close;
  return [
    {
      title: `Insert "${marker}." at the end of the paragraph`,
      edits: [{ start: end, end, newText: ` ${marker}.` }],
      safe: endsSentence && startsItem(text, item, open),
    },
  ];
}

/** Just after the last `.`, `!` or `?` in [from, to), or `from` when there is none. */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === '.' || text[i] === '!' || text[i] === '?') return i + 1;
  return from;
}

/** True when only the paragraph number, portion mark and spaces precede the marker in its item. */
function startsItem(text: string, item: BodyItem, open: Token): boolean {
  let from = item.start;
  if (item.type === 'paragraph') from = paragraphTextStart(item);
  return text.slice(from, open.start).trim() === '';
}

/**
 * True when the marker is a heading title rather than the start of a summary paragraph: its item is
 * a heading; or it begins its line, the rest of the line is a short title (`Summary`, `Comment and
 * Action Request:`), and the next line is blank or a dash rule (`Comment: A Popular Decision` over
 * `-----`, 09LONDON2222).
 */
function isHeading(context: RuleContext, open: Token): boolean {
  const item = context.doc.body.items.find((candidate) => candidate.start <= open.start && open.start < candidate.end);
  if (item?.type === 'heading' && open.start < item.title.end) return true;
  const { text } = context;
  if (!blankOrPilcrowsBefore(text, open.start)) return false;
  const rest = lineAfter(text, open.end).trim();
  if (rest.length > 40 || rest.endsWith('.')) return false;
  const next = nextLine(text, open.end);
  return next === null || next.trim() === '' || /^\s*[-=]{3,}\s*$/.test(next);
}

/** `End` closing the previous line: `... End\nSummary.` is a wrapped END SUMMARY, not an opening. */
function followsEnd(context: RuleContext, open: Token): boolean {
  const { text } = context;
  let i = open.start;
  while (i > 0 && isJsWhitespace(text.charCodeAt(i - 1))) i--;
  // A character test before the regex: the word before is rarely one ending in d.
  if ((text.charCodeAt(i - 1) | 32) !== 100) return false;
  return /(^|[^A-Za-z])end$/i.test(text.slice(Math.max(0, i - 4), i));
}

/** True when only white space (`\s`) and pilcrows precede `to` on its line (no slice, no regex). */
function blankOrPilcrowsBefore(text: string, to: number): boolean {
  for (let i = to - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    if (code !== 0xb6 && !isJsWhitespace(code)) return false;
  }
  return true;
}

function lineAfter(text: string, from: number): string {
  let end = from;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return text.slice(from, end);
}

function nextLine(text: string, from: number): string | null {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (i >= text.length) return null;
  i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  return lineAfter(text, i);
}

const WORDS: Partial<Record<MarkedSpanKind, RegExp>> = {
  summary: /\b(SUMMARY|Summary)\b/g,
  comment: /\b(COMMENT|Comment)\b/g,
};

/**
 * True when the word opens the section in a form the tree has no marker for (`Summary and Key
 * Themes`, `SUMMARY & COMMENT:`, `Begin Summary.`, `Introduction and Summary:`): a capitalised
 * SUMMARY / COMMENT before the END marker that is not itself part of an END marker.
 */
function openedInProse(context: RuleContext, kind: MarkedSpanKind, close: Token): boolean {
  const word = WORDS[kind];
  if (!word) return false;
  const from = context.doc.body.start;
  const before = context.text.slice(from, close.start);
  word.lastIndex = 0;
  for (let match = word.exec(before); match; match = word.exec(before)) {
    const lead = before.slice(Math.max(0, match.index - 12), match.index);
    if (!/\bend\s*$/i.test(lead) && !/\bend\s+(summary|comment)\s+(and|&)\s*$/i.test(lead)) return true;
  }
  return false;
}

/** True when an end marker the tree has no token for follows the opening: wrapped or combined
 *  (`End` / `summary.`, `END COMMENT AND` / `SUMMARY.`, 09ANKARA1725, 07PARIS3941). */
function closedInProse(context: RuleContext, kind: MarkedSpanKind, open: Token): boolean {
  if (kind !== 'summary' && kind !== 'comment') return false;
  return END_IN_PROSE[kind].test(context.text.slice(open.end, context.doc.body.end));
}

const END_IN_PROSE: Record<'summary' | 'comment', RegExp> = {
  summary: /\bend\s+(?:(?:summary|comment|introduction)\s+(?:and|&)\s+)?summary\b/i,
  comment: /\bend\s+(?:(?:summary|comment|introduction)\s+(?:and|&)\s+)?comment\b/i,
};
