/**
 * REF block: `REF: 09 STATE 90254`, `REFS:`, `REF(S):`, `Ref:`, lettered lists on one line
 * (`A. TBILISI 1605 B. TBILISI 1352`) or one per line, letter styles `A.` `A)` `(A)` `a)`,
 * semicolon-separated unlettered lists. Each item's text is kept; cable references are decoded
 * into year/post/serial and the canonical id (`09STATE90254`).
 */
import type { CableRef, RefBlock, RefItem } from '../tree';
import { atWordStart, hasWordAt, isDigit, isLetter, isLower, isSpace, isUpper, skipSpaces, tok, trimEnd, type Piece } from './scan';

/** If a REF label starts at `col`, the column after it (colon excluded); else -1. */
export function refLabelEnd(text: string, col: number, midLine: boolean): number {
  if (!atWordStart(text, col) || !hasWordAt(text, col, 'REF')) return -1;
  if (midLine && text.slice(col, col + 3) !== 'REF') return -1;
  let end = col + 3;
  if (hasWordAt(text, end, 'TELS')) end += 4;
  else if (hasWordAt(text, end, 'TEL')) end += 3;
  else if (hasWordAt(text, end, '(S)')) end += 3;
  else if (hasWordAt(text, end, 'S')) end += 1;
  if (isLetter(text.charCodeAt(end))) return -1;
  const after = skipSpaces(text, end);
  if (text.charCodeAt(after) === 58) return end;
  if (midLine) return -1;
  // `REF A STATE 122214` / `REF STATE 123`: no colon, then a capital or a digit.
  const c = text.charCodeAt(after);
  return after > end && (isUpper(c) || (c >= 48 && c <= 57) || c === 40) ? end : -1;
}

/** Post spellings that differ from the canonical station name (cablemap c14n, abridged). A Map:
 *  looking a freshly built string up as an object key makes V8 internalize it first. */
const POST_ALIASES = new Map<string, string>([
  ['SECSTATE', 'STATE'],
  ['SECTSTATE', 'STATE'],
  ['HAGUE', 'THEHAGUE'],
  ['RIODEJAN', 'RIODEJANEIRO'],
  ['SAOPAOLO', 'SAOPAULO'],
  ['USUNNEWYORK', 'USUN'],
]);

/** Length and first character of a post: most posts have no alias of their shape, and looking
 *  a fresh string up in a Map hashes all its characters first. */
function shapeOf(post: string): number {
  return post.length * 65536 + post.charCodeAt(0);
}
const ALIAS_SHAPES = new Set([...POST_ALIASES.keys()].map(shapeOf));

export class RefsBuilder {
  readonly block: RefBlock;
  private current: RefItem | undefined;
  private lettered = false;
  private lastLetter = 0;
  /** The last line ended with `;` or `,`: the list goes on after a blank line. */
  private openEnded = false;

  constructor(piece: Piece, labelEnd: number, private readonly citingYear: number | null) {
    const at = skipSpaces(piece.line.text, piece.from, piece.to);
    this.block = { start: piece.line.start + at, end: piece.line.start + labelEnd, label: tok(piece.line, at, labelEnd), items: [] };
    let from = skipSpaces(piece.line.text, labelEnd, piece.to);
    if (piece.line.text.charCodeAt(from) === 58) from++;
    this.add({ line: piece.line, from, to: piece.to }, false);
  }

  /** Would this continuation line start a new lettered item? (A blank line does not end the list
   *  when the next line carries the next letter.) */
  startsNextItem(piece: Piece): boolean {
    if (this.openEnded) return true;
    if (!this.lettered) return false;
    const m = this.markerAt(piece.line.text, this.contentStart(piece), piece.to, true);
    return m !== undefined;
  }

  add(piece: Piece, newLine = true): void {
    const { line } = piece;
    const text = line.text;
    let i = this.contentStart(piece);
    const to = trimEnd(text, i, piece.to);
    if (i >= to) return;
    let segmentStart = i;
    let first = true;
    while (i < to) {
      const c = text.charCodeAt(i);
      const boundary = i === segmentStart || isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 59 || text.charCodeAt(i - 1) === 44;
      if (boundary && (isLetter(c) || c === 40)) {
        const marker = this.markerAt(text, i, to, first && newLine);
        if (marker) {
          if (i > segmentStart) this.extend(line, segmentStart, i);
          this.openItem(line, marker.start, marker.letterAt, marker.end);
          this.lettered = true;
          this.lastLetter = marker.code;
          i = marker.end;
          segmentStart = i;
          first = false;
          continue;
        }
      }
      if (c === 59 /* ; */ && !this.lettered) {
        this.extend(line, segmentStart, i);
        this.current = undefined;
        segmentStart = i + 1;
      } else if (!isSpace(c)) first = false;
      i++;
    }
    if (to > segmentStart) this.extend(line, segmentStart, to);
    const last = text.charCodeAt(to - 1);
    this.openEnded = last === 59 || last === 44;
  }

  /** Skips blanks and a WikiLeaks pilcrow (`¶B. BRASILIA 175`). */
  private contentStart(piece: Piece): number {
    let i = skipSpaces(piece.line.text, piece.from, piece.to);
    if (piece.line.text.charCodeAt(i) === 0xb6) i = skipSpaces(piece.line.text, i + 1, piece.to);
    return i;
  }

  /** A letter marker `A.` `A)` `(A)` `a)` at `i`, in sequence with the previous letters. */
  private markerAt(text: string, i: number, to: number, lineStart: boolean): { start: number; letterAt: number; end: number; code: number } | undefined {
    let letterAt = i;
    let end: number;
    if (text.charCodeAt(i) === 40) {
      letterAt = i + 1;
      if (!isLetter(text.charCodeAt(letterAt)) || text.charCodeAt(letterAt + 1) !== 41) return undefined;
      end = letterAt + 2;
    } else {
      if (!isLetter(text.charCodeAt(i))) return undefined;
      const p = text.charCodeAt(i + 1);
      if (p !== 46 && p !== 41) return undefined;
      end = i + 2;
    }
    // `(A)STATE 071143` (07STATE152317): a parenthesised letter may be glued to the post.
    if (end < to && !isSpace(text.charCodeAt(end)) && !(letterAt > i && (isUpper(text.charCodeAt(end)) || isDigit(text.charCodeAt(end))))) return undefined;
    let code = text.charCodeAt(letterAt);
    if (isLower(code)) code -= 32;
    if (!this.lettered) {
      if (this.block.items.length > 0 || code !== 65) return undefined; // a list starts at A
    }
    else if (lineStart) {
      if (code < this.lastLetter || code > this.lastLetter + 2) return undefined;
    } else if (code !== this.lastLetter + 1) return undefined;
    return { start: i, letterAt, end, code };
  }

  private openItem(line: Piece['line'], start: number, letterAt: number, markerEnd: number): void {
    const item: RefItem = {
      start: line.start + start,
      end: line.start + markerEnd,
      letter: tok(line, letterAt, letterAt + 1),
      text: { start: line.start + markerEnd, end: line.start + markerEnd, text: '' },
    };
    this.block.items.push(item);
    this.current = item;
    this.block.end = Math.max(this.block.end, item.end);
  }

  /** Adds text (columns from..to of `line`) to the current item, opening an unlettered one. */
  private extend(line: Piece['line'], from: number, to: number): void {
    const text = line.text;
    const s = skipSpaces(text, from, to);
    let e = trimEnd(text, s, to);
    if (!this.lettered && text.charCodeAt(e - 1) === 59) e--;
    if (e <= s) return;
    if (!this.current) {
      const item: RefItem = { start: line.start + s, end: line.start + e, text: tok(line, s, e) };
      this.block.items.push(item);
      this.current = item;
    } else {
      const item = this.current;
      // Texts are filled in by finish(): an empty range means the marker had no text yet.
      if (item.text.start === item.text.end) item.text = { start: line.start + s, end: line.start + e, text: '' };
      item.text.end = line.start + e;
      item.end = line.start + e;
    }
    this.block.end = Math.max(this.block.end, line.start + e);
  }

  /** Fills in item texts (which may span lines) and decodes cable references. */
  finish(docText: string): RefBlock {
    for (const item of this.block.items) {
      item.text.text = docText.slice(item.text.start, item.text.end);
      const cable = parseCableRef(item.text.text, this.citingYear);
      if (cable) item.cable = cable;
    }
    return this.block;
  }
}

/**
 * `[YY|YYYY ]POST serial[ (YY)]` at the start of a reference text; undefined when it is not a cable
 * reference (e-mails, DTGs, airgrams...). `BELGRADE743` (missing space) is still read.
 * Hand-written word checks: this runs for every REF item, regexes only on rare shapes.
 */
export function parseCableRef(raw: string, citingYear: number | null): CableRef | undefined {
  const parts = refWords(raw, 10);
  let k = 0;
  // A doubled letter (`A. A) SECSTATE 54183`) or `REF` in front of the reference.
  while (k < parts.length && k < 2 && (isLetterMarker(parts[k]) || parts[k] === 'REF')) k++;
  let year: string | undefined;
  if (k + 1 < parts.length && (parts[k].length === 2 || parts[k].length === 4) && digitsOnly(parts[k]) && startsPostWord(parts[k + 1], raw)) {
    year = parts[k].slice(-2);
    k++;
  }
  const post: string[] = [];
  let serial: string | undefined;
  // A WikiLeaks-lowercased body (`Ref: khartoum 00378`, `09KHARTOUM881`): lower-case post words are
  // read only when the whole reference has no capital, and then only as a short post + long serial.
  const lowered = k < parts.length && isLower(parts[k].charCodeAt(0)) && !hasUpper(raw);
  while (k < parts.length && post.length < (lowered ? 2 : 4)) {
    let word = parts[k];
    const last = word.charCodeAt(word.length - 1);
    if (last === 44 || last === 59 || last === 46) word = word.slice(0, -1);
    if (word.length === 0) break;
    if (lowered ? isLowerPostWord(word) : isPostWord(word)) {
      post.push(lowered ? word.toUpperCase() : word);
      k++;
      continue;
    }
    if (post.length > 0 && word.length <= 7 && (!lowered || word.length >= 3) && digitsOnly(word)) {
      serial = word;
      k++;
      break;
    }
    if (isUpper(word.charCodeAt(0)) && isDigit(word.charCodeAt(word.length - 1))) {
      const glued = /^([A-Z]{4,})(\d{1,7})$/.exec(word);
      if (glued) {
        post.push(glued[1]);
        serial = glued[2];
        k++;
      }
    }
    break;
  }
  if (!serial || post.length === 0) return undefined;
  // `IIR 6 902 9642 06` is a report number, not a cable.
  if (k < parts.length && isDigit(parts[k].charCodeAt(0))) return undefined;
  if (!year && k < parts.length) {
    const suffix = parts[k];
    if (suffix.length >= 4 && suffix.charCodeAt(0) === 40 && suffix.charCodeAt(3) === 41 && digitsOnly(suffix.slice(1, 3)) && suffix.length <= 5) year = suffix.slice(1, 3);
  }
  const joined = post.length === 1 ? post[0] : post.join('');
  const canonical = ALIAS_SHAPES.has(shapeOf(joined)) ? (POST_ALIASES.get(joined) ?? joined) : joined;
  const idYear = year ?? (citingYear !== null ? twoDigitYear(citingYear) : undefined);
  const ref: CableRef = {
    post: canonical,
    serial,
    id: idYear !== undefined ? `${idYear}${canonical}${withoutLeadingZeros(serial)}` : null,
  };
  if (year !== undefined) ref.year = year;
  return ref;
}

/** `String(year % 100).padStart(2, '0')`, from a table for the usual years. */
function twoDigitYear(year: number): string {
  const yy = year % 100;
  return yy >= 0 && yy < 100 && Number.isInteger(yy) ? TWO_DIGITS[yy] : String(yy).padStart(2, '0');
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** `String(+serial)` for a serial of 1-7 digits: the serial itself unless it starts with `0`. */
function withoutLeadingZeros(serial: string): string {
  return serial.charCodeAt(0) === 48 ? String(+serial) : serial;
}

/** Up to `limit` blank-separated words (line breaks count as blanks). */
function refWords(raw: string, limit: number): string[] {
  const out: string[] = [];
  const n = raw.length;
  let i = 0;
  while (i < n && out.length < limit) {
    while (i < n && isBlankOrBreak(raw.charCodeAt(i))) i++;
    const s = i;
    while (i < n && !isBlankOrBreak(raw.charCodeAt(i))) i++;
    if (i > s) out.push(raw.slice(s, i));
  }
  return out;
}

function isBlankOrBreak(c: number): boolean {
  // Printable ASCII (most characters of a reference) is neither: one range test for it.
  if (c > 32 && c < 0xa0) return false;
  return isSpace(c) || c === 10 || c === 13;
}

function digitsOnly(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) if (!isDigit(w.charCodeAt(i))) return false;
  return true;
}

/** `A.` `A)` `(A)` */
function isLetterMarker(w: string): boolean {
  if (w.length === 2) return isLetter(w.charCodeAt(0)) && (w.charCodeAt(1) === 46 || w.charCodeAt(1) === 41);
  return w.length === 3 && w.charCodeAt(0) === 40 && isLetter(w.charCodeAt(1)) && w.charCodeAt(2) === 41;
}

/** `STATE`, `RIO`, `O'HARE`, `XXXXXXXXXXXX`: capitals, `'` and `-`, starting with a capital. */
function isPostWord(w: string): boolean {
  if (!isUpper(w.charCodeAt(0))) return w.length >= 4 && w.charCodeAt(0) === 120 && /^x+$/.test(w);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isUpper(c) && c !== 39 && c !== 45) return false;
  }
  return true;
}

function isLowerPostWord(w: string): boolean {
  if (w.length < 3) return false;
  for (let i = 0; i < w.length; i++) if (!isLower(w.charCodeAt(i))) return false;
  return true;
}

function hasUpper(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (isUpper(raw.charCodeAt(i))) return true;
  return false;
}

function startsPostWord(w: string, raw: string): boolean {
  const c = w.charCodeAt(0);
  return isUpper(c) || (isLower(c) && !hasUpper(raw));
}
