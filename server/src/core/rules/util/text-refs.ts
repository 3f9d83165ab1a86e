/**
 * Finds the body's citations of lettered references: `REF C`, `REFTEL C`, `ref C`, `(ref B)`,
 * `REFS A and B`, `reftels A-C`. Native substring search for REF, then a look at what follows.
 */
import type { Token } from '../../tree';
import { mergeSorted, wordStartsByLastLetter } from './text-scan';

export interface RefCitation extends Token {
  /** Upper-case letter cited. */
  letter: string;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isWordChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** True when a single letter stands alone at `i` (`A` in `A,` / `A)` / `A and`). */
function loneLetterAt(text: string, i: number, end: number): boolean {
  return i < end && isLetter(text.charCodeAt(i)) && (i + 1 >= end || !isWordChar(text.charCodeAt(i + 1)));
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** After a letter: a separator (`,` `&` `/` `and`) or a range dash (`-` `through`); returns the
 *  index after it and whether it was a range, or null. */
function separatorAt(text: string, i: number, end: number): { next: number; range: boolean } | null {
  const j = skipSpaces(text, i, end);
  const char = text[j];
  if (char === ',' || char === '&' || char === '/') return { next: skipSpaces(text, j + 1, end), range: false };
  if (char === '-') return { next: skipSpaces(text, j + 1, end), range: true };
  const word = text.slice(j, j + 8).toLowerCase();
  if (word.startsWith('and') && !isWordChar(text.charCodeAt(j + 3))) return { next: skipSpaces(text, j + 3, end), range: false };
  if (word.startsWith('through') && !isWordChar(text.charCodeAt(j + 7))) return { next: skipSpaces(text, j + 7, end), range: true };
  return null;
}

/** Where `REF` / `Ref` / `ref` start a word in [start, end), in order: native substring search on
 *  the last letter (`REF` ends in F, `Ref` and `ref` in f), the letters before checked by hand. */
function refPositions(text: string, start: number, end: number): number[] {
  return mergeSorted(wordStartsByLastLetter(text, 'F', 3, start, end, beginsRE), wordStartsByLastLetter(text, 'f', 3, start, end, beginsRe), []);
}

/** `RE` before the F. */
function beginsRE(text: string, i: number): boolean {
  return text.charCodeAt(i) === 82 && text.charCodeAt(i + 1) === 69;
}

/** `Re` or `re` before the f. */
function beginsRe(text: string, i: number): boolean {
  const first = text.charCodeAt(i);
  return (first === 82 || first === 114) && text.charCodeAt(i + 1) === 101;
}

/** `TEL` in any case at `i` (`REFTEL`, `reftel`): character codes, no slice to upper-case. */
function isTel(text: string, i: number): boolean {
  return (text.charCodeAt(i) | 32) === 116 && (text.charCodeAt(i + 1) | 32) === 101 && (text.charCodeAt(i + 2) | 32) === 108;
}

export function findRefCitations(text: string, start: number, end: number): RefCitation[] {
  const found: RefCitation[] = [];
  let after = Math.max(0, start);
  for (const i of refPositions(text, Math.max(0, start), end)) {
    if (i < after) continue;
    let j = i + 3;
    if (isTel(text, j)) j += 3;
    if (j < end && (text[j] === 's' || text[j] === 'S')) j++;
    if (j < end && text[j] === '.') j++;
    if (j < end && isWordChar(text.charCodeAt(j))) continue; // `reference`, `refer`
    j = skipSpaces(text, j, end);
    if (!loneLetterAt(text, j, end)) continue;
    let previous: RefCitation | null = null;
    let range = false;
    while (loneLetterAt(text, j, end)) {
      const letter = text[j].toUpperCase();
      if (range && previous) {
        for (let c = previous.letter.charCodeAt(0) + 1; c < letter.charCodeAt(0); c++) {
          found.push({ letter: String.fromCharCode(c), text: text[j], start: j, end: j + 1 });
        }
      }
      previous = { letter, text: text[j], start: j, end: j + 1 };
      found.push(previous);
      const separator = separatorAt(text, j + 1, end);
      // A list goes up in small steps (`A, B and D`); `REF A and I think` is prose, not a citation of I.
      if (!separator || !loneLetterAt(text, separator.next, end)) break;
      const nextLetter = text[separator.next].toUpperCase();
      if (nextLetter <= letter || (!separator.range && nextLetter.charCodeAt(0) - letter.charCodeAt(0) > 4)) break;
      range = separator.range;
      j = separator.next;
    }
    after = j;
  }
  return found;
}
