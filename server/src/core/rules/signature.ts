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

/** The last word of the last non-blank line inside `within`. */
function lastLine(text: string, within: Span): Span {
  let end = Math.min(within.end, text.length);
  while (end > within.start) {
    while (end > within.start && /[\r\n]/.test(text[end - 1])) end--;
    let start = end;
    while (start > within.start && !/[\r\n]/.test(text[start - 1])) start--;
    if (text.slice(start, end).trim() !== '') {
      // The last word: where the signature should follow (a whole unwrapped paragraph would be too wide).
      let wordEnd = end;
      while (wordEnd > start && /\s/.test(text[wordEnd - 1])) wordEnd--;
      let wordStart = wordEnd;
      while (wordStart > start && !/\s/.test(text[wordStart - 1])) wordStart--;
      return { start: wordStart, end: wordEnd };
    }
    end = start;
  }
  return { start: within.start, end: within.start };
}
