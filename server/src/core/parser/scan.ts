/**
 * Small character-level helpers shared by the sub-parsers. Everything here is a plain loop over
 * char codes: no regex, linear, cannot throw.
 */
import type { Token } from '../tree';
import type { SourceLine } from './lines';

/** A part of one line: columns `from`..`to` (end exclusive) of `line.text`. */
export interface Piece {
  line: SourceLine;
  from: number;
  to: number;
}

/** A word = a run of non-blank characters, as columns of the line. */
export interface Word {
  from: number;
  to: number;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x0b || c === 0x0c;
}
/** Exactly the characters of a regex `\s` (white space and line terminators). */
export function isJsWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
export function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

/** The column after the run of ASCII digits at `from` (`from` itself when there is none). */
export function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** First non-blank column at or after `from` (or `to`). */
export function skipSpaces(text: string, from: number, to: number = text.length): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Column just after the last non-blank character before `to` (and not before `from`). */
export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The blank-separated words of `text[from, to)`, at most `limit` of them. */
export function words(text: string, from: number, to: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to && out.length < limit) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    out.push({ from: start, to: i });
  }
  return out;
}

/** True when every character of `text[from, to)` satisfies `test` (and the range is not empty). */
export function all(text: string, from: number, to: number, test: (c: number) => boolean): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** A token for columns `from`..`to` of `line`. */
export function tok(line: SourceLine, from: number, to: number): Token {
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to) };
}

/** The piece's text trimmed of blanks at both ends, as columns. */
export function trimmed(piece: Piece): { from: number; to: number } {
  const from = skipSpaces(piece.line.text, piece.from, piece.to);
  return { from, to: trimEnd(piece.line.text, from, piece.to) };
}

/** Case-insensitive check that `text` has the ASCII word `upper` (given upper-case) at `at`. */
export function hasWordAt(text: string, at: number, upper: string): boolean {
  if (at + upper.length > text.length) return false;
  for (let k = 0; k < upper.length; k++) {
    let c = text.charCodeAt(at + k);
    if (isLower(c)) c -= 32;
    if (c !== upper.charCodeAt(k)) return false;
  }
  return true;
}

/** True when `at` is at a word start (no letter/digit right before it). */
export function atWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return !isLetter(c) && !isDigit(c);
}

/** True when no letter/digit follows at `at`. */
export function atWordEnd(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return !isLetter(c) && !isDigit(c);
}

/** A line whose only content is dashes/equals/underscores (a heading rule). */
export function isRuleLine(text: string): boolean {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 61 || c === 95) seen++;
    else if (!isSpace(c)) return false;
  }
  return seen > 0;
}

/** `s.replace(/\s+/g, ' ')` by hand (the regex replace cost twice as much): runs of white space
 *  become one space; `s` itself when it has none to rewrite. */
export function collapseWhitespace(s: string): string {
  let out = '';
  let copied = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c > 32 && c < 128) || !isJsWhitespace(c)) continue;
    let j = i + 1;
    while (j < n && isJsWhitespace(s.charCodeAt(j))) j++;
    // A single plain space stays as it is; any other run becomes one space.
    if (j - i > 1 || c !== 32) {
      out += s.slice(copied, i) + ' ';
      copied = j;
    }
    i = j - 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
