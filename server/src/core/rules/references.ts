/**
 * CBL014 references: REF letters run A, B, C …; every `REF C` / `reftel C` cited in the text is
 * listed; listed references are cited; cable references are written `[YY ]POST serial`.
 */
import type { Rule, RuleContext } from '../rule';
import type { RefItem } from '../tree';
import { findRefCitations, type RefCitation } from './util/text-refs';

/** A post name glued to its serial (`BELGRADE743`): 4–17 letters then 1–7 digits as one word. */
const GLUED_REFERENCE = /(^|[\s(;,])([A-Z]{4,17})(\d{1,7})(?=$|[\s,;.)])/g;

export const references: Rule = {
  id: 'CBL014',
  alias: 'references',
  description: 'REF letters in sequence, cited references listed and listed ones cited, references well formed.',
  severity: 'warning',
  tags: ['header', 'references'],
  fixable: false,
  options: {
    reportUncited: {
      type: 'boolean',
      description: 'Report a lettered reference the text never cites (only when the text cites references by letter at all).',
      default: true,
    },
  },
  check(context) {
    const { doc } = context;
    const items = doc.refs?.items ?? [];
    checkLetters(context, items);
    for (const item of items) checkForm(context, item);
    const citations = findRefCitations(context.text, doc.body.start, doc.body.end);
    checkCitations(context, items, citations);
  },
};

function checkLetters(context: RuleContext, items: readonly RefItem[]): void {
  let expected = 'A';
  let previous: string | undefined;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!item.letter) continue;
    const letter = item.letter.text.toUpperCase();
    if (letter !== expected) {
      const message = listedBefore(items, index, letter)
        ? `REF ${letter} is listed twice: expected ${expected}`
        : previous === undefined
          ? `First reference is lettered ${letter}: expected A`
          : `REF ${letter} follows REF ${previous}: expected ${expected}`;
      context.report({ message, start: item.letter.start, end: item.letter.end });
    }
    previous = letter;
    expected = String.fromCharCode(letter.charCodeAt(0) + 1);
  }
}

/** True when an item before `index` has `letter`: asked only for a letter out of sequence, so the
 *  common in-sequence list needs no set of the letters seen. */
function listedBefore(items: readonly RefItem[], index: number, letter: string): boolean {
  for (let i = 0; i < index; i++) if (items[i].letter?.text.toUpperCase() === letter) return true;
  return false;
}

function checkForm(context: RuleContext, item: RefItem): void {
  const text = item.text.text;
  if (!hasCapitalBeforeDigit(text)) return; // the common case: the regex could not match
  GLUED_REFERENCE.lastIndex = 0;
  for (let match = GLUED_REFERENCE.exec(text); match; match = GLUED_REFERENCE.exec(text)) {
    const start = item.text.start + match.index + match[1].length;
    const word = match[2] + match[3];
    context.report({
      message: `Malformed reference ${word}: expected a space between post and serial (${match[2]} ${match[3]})`,
      start,
      end: start + word.length,
    });
  }
}

/** A capital letter right before a digit: what every GLUED_REFERENCE match holds (`BELGRADE743`);
 *  REF items are written spaced (`09 BELGRADE 743`), so a character loop settles most of them. */
function hasCapitalBeforeDigit(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      const before = text.charCodeAt(i - 1);
      if (before >= 65 && before <= 90) return true;
    }
  }
  return false;
}

function checkCitations(context: RuleContext, items: readonly RefItem[], citations: readonly RefCitation[]): void {
  if (citations.length === 0) return; // nothing cited: nothing to match either way (most cables)
  const listed = new Map<string, RefItem>();
  for (const item of items) if (item.letter) listed.set(item.letter.text.toUpperCase(), item);
  for (const citation of citations) {
    if (listed.has(citation.letter)) continue;
    const message =
      items.length === 0
        ? `The text cites REF ${citation.letter} but the cable has no REF line`
        : listed.size === 0
          ? `The text cites REF ${citation.letter} but the REF line has no lettered references`
          : `The text cites REF ${citation.letter} but the REF line has no ${citation.letter}`;
    context.report({ message, start: citation.start, end: citation.end });
  }
  if (context.options.reportUncited === false || citations.length === 0) return;
  const cited = new Set(citations.map((citation) => citation.letter));
  for (const [letter, item] of listed) {
    if (cited.has(letter) || !item.letter) continue;
    context.report({ message: `REF ${letter} is never cited in the text`, severity: 'info', start: item.letter.start, end: item.letter.end });
  }
}
