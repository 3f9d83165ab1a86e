/**
 * The E.O. line: `E.O. 12958: DECL: 09/18/2019`, `EO 12958 DECL: 11/29/10`, `E.o. 12958: decl: ...`,
 * `E.O.12356: DECL:OADR`, `E.O. 12958: N/A`, `E.O. 11652: GDS`, `E.O. 12958: DNG: CO 04/08/2026`,
 * `EO 12958 XXXXXXXXXXXXX`, `E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P`.
 */
import type { CableDate, DeclassifyInstruction, EoLine, Token } from '../tree';
import {
  atWordStart,
  digitsEnd,
  hasWordAt,
  isDigit,
  isLetter,
  isSpace,
  skipSpaces,
  tok,
  trimEnd,
  type Piece,
} from './scan';

/** If an E.O. label starts at `col`, the column after it; else -1. */
export function eoLabelEnd(text: string, col: number): number {
  const c0 = text.charCodeAt(col);
  if ((c0 !== 69 && c0 !== 101) || !atWordStart(text, col)) return -1;
  let i = col + 1;
  let dots = 0;
  if (text.charCodeAt(i) === 46) {
    i++;
    dots++;
  }
  const o = text.charCodeAt(i);
  if (o !== 79 && o !== 111) return -1;
  i++;
  if (text.charCodeAt(i) === 46) {
    i++;
    dots++;
  }
  const after = skipSpaces(text, i);
  if (isDigit(text.charCodeAt(after))) return i;
  if (dots === 2 && !isLetter(text.charCodeAt(i))) return i;
  return -1;
}

/** Does a real E.O. line (order then DECL/N/A/...) start at `col`? Used to split merged lines
 *  without mistaking `E.O. 13224` inside a subject for the E.O. line. */
export function looksLikeEoLine(text: string, col: number): boolean {
  const end = eoLabelEnd(text, col);
  if (end < 0) return false;
  const window = text.slice(end, end + 40).toUpperCase();
  return /^\s*\d{3,5}\s*:?\s*(?:DECL|DNG|GDS|N\/A|XXX|AS AMENDED)/.test(window);
}

export function parseEo(piece: Piece, endCol: number): EoLine | undefined {
  const { line } = piece;
  const text = line.text;
  const labelStart = skipSpaces(text, piece.from, endCol);
  const labelEnd = eoLabelEnd(text, labelStart);
  if (labelEnd < 0) return undefined;
  const to = trimEnd(text, labelStart, endCol);
  const eo: EoLine = {
    line: tok(line, labelStart, to),
    label: tok(line, labelStart, labelEnd),
    declassify: null,
  };
  let i = skipSpaces(text, labelEnd, to);
  const orderStart = i;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  if (i > orderStart) eo.order = tok(line, orderStart, i);
  i = skipPunct(text, i, to);
  // Instruction label: DECL / DECLASSIFY ON / DNG / GDS.
  let kind: 'decl' | 'dng' | 'gds' | undefined;
  if (hasWordAt(text, i, 'DECL')) {
    let e = i + 4;
    if (hasWordAt(text, i, 'DECLASSIFY')) e = i + 10;
    eo.instructionLabel = tok(line, i, e);
    kind = 'decl';
    i = skipPunct(text, e, to);
  } else if (hasWordAt(text, i, 'DNG') && !isLetter(text.charCodeAt(i + 3))) {
    eo.instructionLabel = tok(line, i, i + 3);
    kind = 'dng';
    i = skipPunct(text, i + 3, to);
  } else if (hasWordAt(text, i, 'GDS') && !isLetter(text.charCodeAt(i + 3))) {
    eo.instructionLabel = tok(line, i, i + 3);
    kind = 'gds';
    const after = skipPunct(text, i + 3, to);
    if (after >= to) {
      eo.declassify = { kind: 'code', token: eo.instructionLabel };
      return eo;
    }
    i = after;
  }
  if (i >= to) return eo;
  eo.instruction = tok(line, i, to);
  if (kind === 'dng') return eo; // a downgrade instruction is not a declassification one
  eo.declassify = classifyInstruction(piece, i, to);
  return eo;
}

/** Skips blanks, colons and stray dots between the parts of the line. */
function skipPunct(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 58 || c === 46 || c === 59) i++;
    else break;
  }
  return i;
}

const CODE = /^(?:OADR|MR|GDS|X[1-8]|25X[1-9]|50X[1-9])(?:-[A-Z]+)?$/i;

function classifyInstruction(piece: Piece, from: number, to: number): DeclassifyInstruction {
  const { line } = piece;
  const text = line.text;
  // The first word (`from` is at a non-blank column before `to`).
  let wEnd = from;
  while (wEnd < to && !isSpace(text.charCodeAt(wEnd))) wEnd++;
  // Strip sentence punctuation glued to the first word: `2019/09/18.`
  while (wEnd > from && isSentencePunct(text.charCodeAt(wEnd - 1))) wEnd--;
  const word = text.slice(from, wEnd);
  // The token's text is that word (one slice, not two).
  const token: Token = { start: line.start + from, end: line.start + wEnd, text: word };
  const date = parseDeclDate(word);
  if (date) return { kind: 'date', date: date.date, format: date.format, token };
  if (date === null) return { kind: 'unparseable', token };
  const upper = word.toUpperCase();
  if (upper === 'N/A' || upper === 'NA') return { kind: 'na', token };
  if (/^X{3,}$/i.test(word)) return { kind: 'redacted', token };
  if (CODE.test(word)) return { kind: 'code', token };
  // Only an event keeps the whole instruction (most are dates): sliced only then.
  return { kind: 'event', token: tok(line, from, to) };
}

/** `.` `,` `;` `)` */
function isSentencePunct(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 41;
}

/** End of the run of digits at `from` in `word`. */
/** The number written by the digits `word[from, to)`. */
function digitsValue(word: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + word.charCodeAt(i) - 48;
  return value;
}

/**
 * `09/18/2019` MDY, `6/30/08` MDYY, `2019/09/18` YMD, `2019-02-12` ISO.
 * Returns undefined when the word is not date-shaped, null when date-shaped but impossible.
 */
export function parseDeclDate(word: string): { date: CableDate; format: 'MDY' | 'YMD' | 'ISO' | 'MDYY' } | null | undefined {
  // `^(\d{1,4})([/-])(\d{1,2})\2(\d{1,4})$` read by character codes: digits, `/` or `-`, digits,
  // the same separator, digits to the end (no backtracking can help: a digit is never a separator).
  const aEnd = digitsEnd(word, 0);
  const sepCode = word.charCodeAt(aEnd);
  if (aEnd === 0 || aEnd > 4 || (sepCode !== 47 && sepCode !== 45)) return undefined;
  const bEnd = digitsEnd(word, aEnd + 1);
  if (bEnd === aEnd + 1 || bEnd - aEnd - 1 > 2 || word.charCodeAt(bEnd) !== sepCode) return undefined;
  const cEnd = digitsEnd(word, bEnd + 1);
  if (cEnd === bEnd + 1 || cEnd - bEnd - 1 > 4 || cEnd !== word.length) return undefined;
  const aLength = aEnd;
  const a = digitsValue(word, 0, aEnd);
  const b = digitsValue(word, aEnd + 1, bEnd);
  const cLength = cEnd - bEnd - 1;
  const c = digitsValue(word, bEnd + 1, cEnd);
  let year: number;
  let month: number;
  let day: number;
  let format: 'MDY' | 'YMD' | 'ISO' | 'MDYY';
  if (aLength === 4) {
    if (cLength > 2) return null;
    year = a;
    month = b;
    day = c;
    format = sepCode === 45 /* - */ ? 'ISO' : 'YMD';
  } else {
    if (aLength > 2 || sepCode !== 47 /* / */) return null;
    month = a;
    day = b;
    if (cLength === 4) {
      year = c;
      format = 'MDY';
    } else if (cLength === 2) {
      year = c <= 50 ? 2000 + c : 1900 + c;
      format = 'MDYY';
    } else return null;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { date: { year, month, day }, format };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
