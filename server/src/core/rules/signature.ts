/**
 * CBL019 signature: a cable ends with the sender's surname in capitals (NORLAND, CLINTON); without
 * it the reader cannot tell who approved the message or whether the text is complete.
 */
import type { Rule } from '../rule';
import type { Span } from '../tree';

export const signature: Rule = {
  id: 'CBL019',
  alias: 'signature',
  description: 'The cable ends with a signature line (the sender\'s surname in capitals).',
  severity: 'info',
  tags: ['body'],
  fixable: false,
  check(context) {
    const { doc } = context;
    // Nothing to sign yet: a heading without text is a draft in progress, not an unsigned cable.
    if (doc.signature || doc.body.items.length === 0) return;
    context.report({
      message: 'No signature line at the end: expected the sender\'s surname in capitals (e.g. NORLAND) on the last line',
      ...lastLine(context.text, doc.body),
    });
  },
};

/** The last non-blank line inside `within`. */
function lastLine(text: string, within: Span): Span {
  let end = Math.min(within.end, text.length);
  while (end > within.start) {
    while (end > within.start && /[\r\n]/.test(text[end - 1])) end--;
    let start = end;
    while (start > within.start && !/[\r\n]/.test(text[start - 1])) start--;
    if (text.slice(start, end).trim() !== '') {
      let trimmedEnd = end;
      while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;
      return { start, end: trimmedEnd };
    }
    end = start;
  }
  return { start: within.start, end: within.start };
}
