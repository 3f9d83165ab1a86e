/**
 * Finds the body's citations of its own paragraphs: `see para 9`, `paragraph 4`, `paras 3-5`,
 * `PARA 2 below`. Citations of another cable's paragraphs (`para 3 of reftel`, `REF A para 2`) are
 * left out. Native substring search for `para`, then a look around.
 */
import type { Token } from '../../tree';
import { mergeSorted, wordStarts, wordStartsOfEither } from './text-scan';

export interface ParaCitation extends Token {
  value: number;
}

const OTHER_CABLE = /\b(ref|reftel|reftels|refs|septel|septels|cable|telegram|message|memo|report|letter|statement|agreement|resolution|article|section|of the|annex|draft)\b/i;

function isWordChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** `above`: only citations of a number not at or below it (the rule reports no others); checked
 *  before the context test, which costs more than the rest of the reading. */
export function findParaCitations(text: string, start: number, end: number, above = -Infinity): ParaCitation[] {
  const positions = mergeSorted(wordStarts(text, 'para', start, end), wordStartsOfEither(text, 'Para', 'PARA', start, end), []);
  const found: ParaCitation[] = [];
  for (const i of positions) {
    let j = i + 4;
    const rest = text.slice(j, j + 6).toLowerCase();
    if (rest.startsWith('graphs')) j += 6;
    else if (rest.startsWith('graph')) j += 5;
    else if (rest.startsWith('s')) j += 1;
    if (text[j] === '.') j++;
    if (j >= end || text[j] !== ' ') continue;
    while (j < end && text[j] === ' ') j++;
    let k = j;
    let value = 0; // the 1-3 digits read as they go: no slice to convert
    while (k < end && k - j < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) value = value * 10 + text.charCodeAt(k++) - 48;
    if (k === j || (k < end && isWordChar(text.charCodeAt(k)))) continue;
    if (value <= above) continue;
    // `para 3 of reftel`, `REF A para 2`: another cable's paragraph.
    const around = text.slice(Math.max(start, i - 25), Math.min(end, k + 25));
    if (OTHER_CABLE.test(around)) continue;
    found.push({ value, text: text.slice(j, k), start: j, end: k });
  }
  return found;
}
