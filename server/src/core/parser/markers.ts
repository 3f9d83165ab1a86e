/**
 * Line-level markers shared by the heading and the body parsers: paragraph numbers, page-break
 * lines, the `ENTIRE TEXT` statement, and the keyword that starts each heading element.
 */
import type { Token } from '../tree';
import type { SourceLine } from './lines';
import { eoLabelEnd, looksLikeEoLine } from './eo';
import { tagsLabelEnd } from './tags';
import { subjectLabelEnd } from './subject';
import { refLabelEnd } from './refs';
import { classifiedByLabelEnd } from './classified-by';
import { isDigit, isLetter, isSpace, isUpper, skipSpaces, tok, trimEnd, words } from './scan';

export interface ParagraphStart {
  pilcrow?: number;
  numberFrom: number;
  numberTo: number;
  /** Column after the `.`. */
  dot: number;
}

/** `1. `, `1.(C)`, `¶1.`, `11.` at column `f` (the first non-blank); numbers of 1-3 digits. */
export function paragraphAt(text: string, f: number): ParagraphStart | undefined {
  let i = f;
  let pilcrow: number | undefined;
  if (text.charCodeAt(i) === 0xb6) {
    pilcrow = i;
    i++;
  }
  const numberFrom = i;
  while (i < text.length && i - numberFrom < 4 && isDigit(text.charCodeAt(i))) i++;
  const len = i - numberFrom;
  if (len === 0 || len > 3 || text.charCodeAt(i) !== 46) return undefined;
  const after = text.charCodeAt(i + 1);
  if (i + 1 < text.length && !isSpace(after) && after !== 40 && !isUpper(after)) return undefined;
  return { pilcrow, numberFrom, numberTo: i, dot: i + 1 };
}

/**
 * Page-break lines WikiLeaks kept inside the text: `BERN 00000881  002 OF 002`,
 * `RIO DE JAN 00000365 001.2 OF 002`, and old print headers `PAGE 02 ROME 01196 01 OF 02 082030Z`.
 * Returns the column after the marker (it may be glued to more text), or -1.
 */
export function pageBreakEnd(text: string, f: number, lastCol = -1): number {
  if (!isUpper(text.charCodeAt(f)) || text.length - f > 64) return -1;
  if (lastCol < 0) lastCol = trimEnd(text, f, text.length);
  // The POST form ends in a number (`002 OF 002`): prose rarely does.
  const last = text.charCodeAt(lastCol - 1);
  const page = text.charCodeAt(f) === 80 && text.startsWith('PAGE ', f);
  if (!page && (!isDigit(last) || spacedOfAt(text, f) < 0)) return -1;
  const ws = words(text, f, text.length, 9);
  if (ws.length >= 2 && text.slice(ws[0].from, ws[0].to) === 'PAGE' && allDigits(text, ws[1].from, ws[1].to)) {
    return trimEnd(text, f, text.length);
  }
  // POST words, a 5-8 digit serial, `00k[.p]`, `OF`, `00m`.
  let k = 0;
  while (k < ws.length && k < 4 && isLetter(text.charCodeAt(ws[k].from)) && !allDigits(text, ws[k].from, ws[k].to)) k++;
  if (k === 0 || k + 3 >= ws.length) return -1;
  const serial = ws[k];
  if (!allDigits(text, serial.from, serial.to) || serial.to - serial.from < 5 || serial.to - serial.from > 8) return -1;
  const pageWord = ws[k + 1];
  if (!isPageNumber(text, pageWord.from, pageWord.to) || !isOfWord(text, ws[k + 2].from, ws[k + 2].to)) return -1;
  const total = ws[k + 3];
  if (!allDigits(text, total.from, total.to) || total.to - total.from > 3) return -1;
  return total.to;
}

/**
 * Index of the first ` OF ` at or after `from`, or -1. Searches `OF ` and checks the blank before:
 * V8 finds a pattern's first character with a fast scan, and blanks are everywhere in a line while
 * `O` is not (over the corpus's heading lines: 65 ns per line for ` OF `, 51 for this).
 */
export function spacedOfAt(text: string, from: number): number {
  for (let k = text.indexOf('OF ', from + 1); k >= 0; k = text.indexOf('OF ', k + 1)) {
    if (text.charCodeAt(k - 1) === 32) return k - 1;
  }
  return -1;
}

/** `^\d{3}(?:\.\d{1,2})?$` on `text[from, to)` (`001`, `001.2`), by character codes: every page-break
 *  line comes here, body ones included (this was a slice and a regex each). */
function isPageNumber(text: string, from: number, to: number): boolean {
  const n = to - from;
  if ((n !== 3 && n !== 5 && n !== 6) || !allDigits(text, from, from + 3)) return false;
  return n === 3 || (text.charCodeAt(from + 3) === 46 && allDigits(text, from + 4, to));
}

/** Does `text[from, to)` upper-case to `OF`? An ASCII word by character codes; others (whose
 *  upper case may differ in length) as strings. */
function isOfWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return text.slice(from, to).toUpperCase() === 'OF';
  return to - from === 2 && (text.charCodeAt(from) | 32) === 111 && (text.charCodeAt(from + 1) | 32) === 102;
}

function allDigits(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** `CONFIDENTIAL - ENTIRE TEXT.` / `SECRET - ENTIRE TEXT` starting at column `f`. */
export function entireTextAt(line: SourceLine, f: number): Token | undefined {
  const text = line.text;
  const c = text.charCodeAt(f);
  if (c !== 67 && c !== 83 && c !== 85 && c !== 84 && c !== 76) return undefined;
  if (!secondLetterFits(c, text.charCodeAt(f + 1))) return undefined;
  // Only the first 40 columns after `f` may hold it: search that window, not the whole line (the
  // first line of every paragraph comes here, and prose lines run to 2,000 characters).
  const window = text.length - f > 51 ? text.slice(f, f + 51) : f === 0 ? text : text.slice(f);
  const found = window.indexOf('ENTIRE TEXT');
  if (found < 0 || found > 40) return undefined;
  const idx = f + found;
  const head = text.slice(f, idx).replace(/[\s-]+$/, '').toUpperCase();
  if (!/^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE|C O N F I D E N T I A L|S E C R E T)$/.test(head)) return undefined;
  let end = idx + 11;
  if (text.charCodeAt(end) === 46) end++;
  return tok(line, f, end);
}

/**
 * Cheap test before the search: the character after the level's initial `c` must be the level
 * word's second letter in either case (CONFIDENTIAL O, SECRET E, UNCLASSIFIED N, TOP SECRET O,
 * LIMITED I) or, for the letter-spaced forms, a space. A non-ASCII one goes on to the full test
 * (upper-casing may turn it into an ASCII letter). Every paragraph's first line comes here.
 */
function secondLetterFits(c: number, second: number): boolean {
  if (second >= 128) return true;
  const upper = second >= 97 && second <= 122 ? second - 32 : second;
  switch (c) {
    case 67: // C
      return upper === 79 || upper === 32;
    case 83: // S
      return upper === 69 || upper === 32;
    case 85: // U
      return upper === 78;
    case 84: // T
      return upper === 79;
    default: // L
      return upper === 73;
  }
}

export type Keyword = 'eo' | 'tags' | 'subject' | 'refs' | 'cb';

export interface KeywordHit {
  kind: Keyword;
  /** Column where the label starts. */
  at: number;
  labelEnd: number;
}

/** The heading element whose label starts at column `col`. Mid-line labels must look unmistakable
 *  (`E.O. 12958: DECL`, `TAGS:`, `SUBJECT:`, `REF:`, `CLASSIFIED BY`). */
export function keywordAt(text: string, col: number, midLine: boolean, afterEo = false): KeywordHit | undefined {
  const c = text.charCodeAt(col);
  let end: number;
  switch (c) {
    case 69: // E
    case 101: // e
      if (midLine && !looksLikeEoLine(text, col)) return undefined;
      end = eoLabelEnd(text, col);
      return end >= 0 ? { kind: 'eo', at: col, labelEnd: end } : undefined;
    case 84: // T
    case 116:
      end = tagsLabelEnd(text, col);
      if (end < 0) return undefined;
      if (midLine && !afterEo && !(text.slice(col, end) === 'TAGS' && text.charCodeAt(end) === 58)) return undefined;
      if (!midLine && !tagsFollow(text, end)) return undefined;
      return { kind: 'tags', at: col, labelEnd: end };
    case 83: // S
    case 115:
      end = subjectLabelEnd(text, col, midLine);
      if (end < 0 || (midLine && c !== 83)) return undefined;
      return { kind: 'subject', at: col, labelEnd: end };
    case 82: // R
    case 114:
      end = refLabelEnd(text, col, midLine);
      return end >= 0 ? { kind: 'refs', at: col, labelEnd: end } : undefined;
    case 67: // C
    case 99:
      if (midLine && c !== 67) return undefined;
      end = classifiedByLabelEnd(text, col);
      return end >= 0 ? { kind: 'cb', at: col, labelEnd: end } : undefined;
    case 40: {
      // `(U) Classified by ...` as an unnumbered line
      if (midLine) return undefined;
      const close = text.indexOf(')', col);
      if (close < 0 || close - col > 6) return undefined;
      const at = skipSpaces(text, close + 1);
      end = classifiedByLabelEnd(text, at);
      return end >= 0 ? { kind: 'cb', at, labelEnd: end } : undefined;
    }
    default:
      return undefined;
  }
}

/** After `TAGS` at a line start: a colon, or a code-like capital word (not prose `Tags are ...`). */
function tagsFollow(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 58) return true;
  const at = skipSpaces(text, end);
  if (at >= text.length) return true;
  return isUpper(text.charCodeAt(at)) || text.charCodeAt(at) === 91 || (at + 1 < text.length && isUpper(text.charCodeAt(at + 1)));
}

/** Adds to `hits` the mid-line heading labels (after a blank or `.`/`;`/`)`) starting before
 *  column `to`. Heading lines only. */
export function midLineKeywords(text: string, from: number, to: number, afterEoAt: number, hits: KeywordHit[]): void {
  let afterEo = afterEoAt >= 0;
  // Candidates by one regex scan (label starts after a blank, `.`, `;` or `)`), checked by keywordAt.
  MID_LINE.lastIndex = from;
  for (let m = MID_LINE.exec(text); m !== null; m = MID_LINE.exec(text)) {
    const i = m.index + 1;
    if (i >= to) break;
    const hit = keywordAt(text, i, true, afterEo);
    if (hit) {
      hits.push(hit);
      afterEo = hit.kind === 'eo';
      MID_LINE.lastIndex = hit.labelEnd;
    }
  }
}

const MID_LINE = /[ \t.;)](?:E\.?[Oo]|T(?:AGS?|ags?)\b|S(?:UBJ|ubj)|REF|CLASSIFIED|Classified)/g;
