/**
 * CBL019 signature: a cable ends with the sender's surname in capitals (NORLAND, CLINTON); without
 * it the reader cannot tell who approved the message or whether the text is complete.
 */
import type { Rule } from '../rule';
import type { Span, Token } from '../tree';

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
    const last = lastLine(context.text, doc.body);
    // `Beyrle`, `Thompson-Jones`: later cables as published sign in mixed case; that is a signature.
    if (mixedCaseName(context.text, last)) return;
    context.report({
      message: 'No signature line at the end: expected the sender\'s surname in capitals (e.g. NORLAND) on the last line',
      ...last,
    });
  },
};

/** The last word of the last non-blank line inside `within`. Character codes rather than a regex
 *  test per character: the walk runs on every unsigned cable. */
function lastLine(text: string, within: Span): Span {
  let end = Math.min(within.end, text.length);
  while (end > within.start) {
    while (end > within.start && isLineBreak(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > within.start && !isLineBreak(text.charCodeAt(start - 1))) start--;
    if (text.slice(start, end).trim() !== '') {
      // The last word: where the signature should follow (a whole unwrapped paragraph would be too wide).
      let wordEnd = end;
      while (wordEnd > start && isWhitespace(text.charCodeAt(wordEnd - 1))) wordEnd--;
      let wordStart = wordEnd;
      while (wordStart > start && !isWhitespace(text.charCodeAt(wordStart - 1))) wordStart--;
      return { start: wordStart, end: wordEnd };
    }
    end = start;
  }
  return { start: within.start, end: within.start };
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Exactly what `/\s/` matches for one UTF-16 code unit. */
function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A last line that is only a name in mixed case (`Edelman`, `Wilson Jones`): a signature the parser
 *  does not take for one because it is not in capitals. */
function mixedCaseName(text: string, lastWord: Span): Token | null {
  let start = lastWord.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  const line = text.slice(start, lastWord.end);
  const trimmed = line.trim();
  if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$/.test(trimmed)) return null;
  const at = start + line.indexOf(trimmed);
  return { start: at, end: at + trimmed.length, text: trimmed };
}
