/**
 * One addressee of FM/TO/INFO/XMT: `[RI/]PLAD [precedence] [MCN]`, e.g.
 * `RUEHC/SECSTATE WASHDC IMMEDIATE 4460`, `ZEN/AMEMBASSY MOSCOW NIACT IMMEDIATE 4778-4781`,
 * `RUEKJCS/JOINT STAFF WASHDC//J-3/J-5//`. Misspelled precedence words seen in real headers
 * (`PRIOITY`, `PRIORIT`) are still recognised as the precedence so the PLAD stays clean.
 */
import type { Addressee } from '../tree';
import type { SourceLine } from './lines';
import { tokenIn } from './lines';
import { isDigit, isJsWhitespace } from './scan';

/** Precedence words (misspellings included), longest first: of the words the line ends with, after
 *  a blank, the longest is the one `\s(NIACT IMMEDIATE|IMMEDIATE|...)$` would match. */
const PRECEDENCES = ['NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'IMMEDIAT', 'ROUTINE', 'PRIOITY', 'PIORITY', 'PRIORIT', 'PRIORTY', 'FLASH'];

/** The same words grouped by their last letter (E Y H T), so a line is compared with few of them. */
const PRECEDENCES_BY_LAST = new Map<number, string[]>();
for (const word of PRECEDENCES) {
  const last = word.charCodeAt(word.length - 1);
  PRECEDENCES_BY_LAST.set(last, [...(PRECEDENCES_BY_LAST.get(last) ?? []), word]);
}

/**
 * Parses the addressee written from `column` to the end of `line`; undefined when empty. Works on
 * columns of the line: only the tokens are sliced (this runs for every addressee line).
 */
export function parseAddressee(line: SourceLine, column: number): Addressee | undefined {
  const raw = line.text;
  let start = column;
  while (start < raw.length && isBlankOrTab(raw.charCodeAt(start))) start++;
  let end = raw.length;
  while (end > start && isBlankOrTab(raw.charCodeAt(end - 1))) end--;
  if (end <= start) return undefined;

  const addressee: Addressee = { start: line.start + start, end: line.start + end };
  let bodyStart = start;
  const ri = routingIndicatorLength(raw, start, end);
  if (ri > 0) {
    addressee.routingIndicator = tokenIn(line, bodyStart, bodyStart + ri);
    bodyStart += ri + 1;
  }
  let bodyEnd = end;
  const mcn = mcnStart(raw, bodyStart, bodyEnd);
  if (mcn >= 0) {
    addressee.mcn = tokenIn(line, mcn, bodyEnd);
    bodyEnd = mcn - 1;
  }
  bodyEnd = trimWhitespace(raw, bodyStart, bodyEnd);
  const precedence = precedenceLength(raw, bodyStart, bodyEnd);
  if (precedence > 0) {
    addressee.precedence = tokenIn(line, bodyEnd - precedence, bodyEnd);
    bodyEnd = trimWhitespace(raw, bodyStart, bodyEnd - precedence - 1);
  }
  if (bodyEnd > bodyStart) addressee.plad = tokenIn(line, bodyStart, bodyEnd);
  return addressee;
}

function isBlankOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Column just after the last character before `to` (not before `from`) that `trimEnd` keeps. */
function trimWhitespace(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isJsWhitespace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Where the MCN at the end of `text[from, to)` starts (`... 4460`, `... 4778-4781`), or -1: what
 * `\s(\d{4,}(?:-\d{4,})?)$` finds there (the digits after a blank; the range form when the last
 * run follows `-` and 4+ digits after a blank).
 */
function mcnStart(text: string, from: number, to: number): number {
  let last = to;
  while (last > from && isDigit(text.charCodeAt(last - 1))) last--;
  if (to - last < 4 || last <= from) return -1;
  const before = text.charCodeAt(last - 1);
  if (isJsWhitespace(before)) return last;
  if (before !== 45) return -1;
  let first = last - 1;
  while (first > from && isDigit(text.charCodeAt(first - 1))) first--;
  if (last - 1 - first < 4 || first <= from || !isJsWhitespace(text.charCodeAt(first - 1))) return -1;
  return first;
}

/** Length of the precedence word ending `text[from, to)` after a blank, or 0. */
function precedenceLength(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const candidates = PRECEDENCES_BY_LAST.get(text.charCodeAt(to - 1));
  if (candidates === undefined) return 0;
  for (const word of candidates) {
    const at = to - word.length;
    if (at - 1 >= from && isJsWhitespace(text.charCodeAt(at - 1)) && text.startsWith(word, at)) return word.length;
  }
  return 0;
}

/** Length of a routing indicator before the first `/` of `text[from, to)` (`RUEHC/SECSTATE`: a
 *  capital, then 2-8 capitals or digits), or -1. A hand check: this runs for every addressee line. */
function routingIndicatorLength(text: string, from: number, to: number): number {
  const slash = text.indexOf('/', from);
  if (slash < 0 || slash >= to) return -1;
  const length = slash - from;
  if (length < 3 || length > 9) return -1;
  const first = text.charCodeAt(from);
  if (first < 65 || first > 90) return -1;
  for (let k = from + 1; k < slash; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return -1;
  }
  return length;
}
