/**
 * CBL016 summary-markers: SUMMARY is closed by END SUMMARY and END SUMMARY has a SUMMARY (likewise
 * COMMENT / END COMMENT), so readers and AMADS excerpts know where the summary stops.
 */
import type { Fix, Rule, RuleContext } from '../rule';
import type { BodyItem, MarkedSpan, MarkedSpanKind, Token } from '../tree';

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
    const kinds = new Set((context.options.markers as string[] | undefined) ?? ['summary', 'comment']);
    for (const span of context.doc.body.spans) {
      if (!kinds.has(span.kind)) continue;
      const names = NAMES[span.kind];
      // An unclosed COMMENT is usually the last paragraph (321 of 1,295 cables): a hint, not a warning.
      const severity = span.kind === 'comment' ? 'info' : undefined;
      if (span.open && !span.close) {
        context.report({
          message: `${names.open} is never closed: expected ${names.close}`,
          start: span.open.start,
          end: span.open.end,
          severity,
          fixes: closingFix(context, span, span.open, names.close),
        });
      } else if (span.close && !span.open) {
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

/** `END SUMMARY.` at the end of the paragraph the marker opens; safe only when the marker starts
 *  that paragraph (then the paragraph is the summary), offered unsafe when it opens mid-paragraph. */
function closingFix(context: RuleContext, span: MarkedSpan, open: Token, close: string): Fix[] {
  if (span.kind !== 'summary' && span.kind !== 'comment') return [];
  const item = context.doc.body.items.find((candidate) => candidate.start <= open.start && open.start < candidate.end);
  if (!item || item.type === 'heading') return [];
  const { text } = context;
  let end = item.end;
  while (end > open.end && /\s/.test(text[end - 1])) end--;
  if (end <= open.end) return [];
  const lowerCase = open.text !== open.text.toUpperCase();
  const marker = lowerCase ? close.charAt(0) + close.slice(1).toLowerCase().replace(/ (\w)/, (_, c: string) => ` ${c.toUpperCase()}`) : close;
  return [
    {
      title: `Insert "${marker}." at the end of the paragraph`,
      edits: [{ start: end, end, newText: ` ${marker}.` }],
      safe: startsItem(text, item, open),
    },
  ];
}

/** True when only the paragraph number, portion mark and spaces precede the marker in its item. */
function startsItem(text: string, item: BodyItem, open: Token): boolean {
  let from = item.start;
  if (item.type === 'paragraph') from = item.portion ? item.portion.end : item.number.end + 1;
  return text.slice(from, open.start).trim() === '';
}
