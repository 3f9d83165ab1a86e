/**
 * The TAGS line: `TAGS: PREL UNGA XG`, `TAGS PREL, PGOV, SF`, `Tags: asec, pins`, wrapped over lines
 * (a trailing comma or a line of codes continues it), WikiLeaks markdown debris `[PREL](#)`, and
 * person names after OVIP-style codes: `OVIP (STEINBERG, JAMES B.)`.
 */
import type { TagCode, TagKind, TagsLine } from '../tree';
import { atWordStart, hasWordAt, isSpace, isUpper, tok, trimEnd, type Piece } from './scan';
import { ALL_TAG_CODES, PERSON_TAG_CODES, lookupTag } from '../data/tags-vocabulary';

/** If a TAGS label starts at `col`, the column after the label word (colon not included); else -1. */
export function tagsLabelEnd(text: string, col: number): number {
  if (!atWordStart(text, col)) return -1;
  let end = -1;
  if (hasWordAt(text, col, 'TAGS')) end = col + 4;
  else if (hasWordAt(text, col, 'TAG')) end = col + 3;
  if (end < 0) return -1;
  const c = text.charCodeAt(end);
  if (end < text.length && c !== 58 && !isSpace(c)) return -1;
  return end;
}

export function startTags(piece: Piece): TagsLine | undefined {
  const text = piece.line.text;
  let i = piece.from;
  while (i < piece.to && isSpace(text.charCodeAt(i))) i++;
  const labelEnd = tagsLabelEnd(text, i);
  if (labelEnd < 0) return undefined;
  const tags: TagsLine = {
    start: piece.line.start + i,
    end: piece.line.start + labelEnd,
    label: tok(piece.line, i, labelEnd),
    codes: [],
    debris: [],
  };
  let from = labelEnd;
  if (text.charCodeAt(from) === 58) from++;
  addTagsPiece(tags, { line: piece.line, from, to: piece.to });
  return tags;
}

/** Adds the codes of one more piece (the rest of the label line or a continuation line). */
export function addTagsPiece(tags: TagsLine, piece: Piece): void {
  const { line } = piece;
  const text = line.text;
  const to = trimEnd(text, piece.from, piece.to);
  let i = piece.from;
  /** The previous code was a person code (OVIP...): a name may follow. */
  let afterPerson = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 44 /* , */ || c === 59 /* ; */) {
      i++;
      continue;
    }
    if (c === 91 /* [ */) {
      tags.debris.push(tok(line, i, i + 1));
      i++;
      continue;
    }
    if (c === 93 /* ] */) {
      let e = i + 1;
      if (text.charCodeAt(e) === 40) {
        const close = text.indexOf(')', e);
        if (close > 0 && close < to && close - e < 12) e = close + 1;
      }
      tags.debris.push(tok(line, i, e));
      i = e;
      continue;
    }
    if (c === 40 /* ( */) {
      const close = text.indexOf(')', i);
      if (close > i + 1 && close <= to && close - i < 80) {
        const inner = skipBlank(text, i + 1, close);
        const innerEnd = trimEnd(text, inner, close);
        if (innerEnd > inner) tags.codes.push(code(line, inner, innerEnd, personKind(afterPerson, text.slice(inner, innerEnd))));
        afterPerson = false;
        i = close + 1;
      } else i++;
      continue;
    }
    const start = i;
    if (afterPerson) {
      const nameEnd = unbracketedName(text, start, to);
      if (nameEnd > start) {
        tags.codes.push(code(line, start, nameEnd, 'person'));
        afterPerson = false;
        i = nameEnd;
        continue;
      }
    }
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isSpace(d) || d === 44 || d === 59 || d === 91 || d === 93 || d === 40) break;
      i++;
    }
    let end = i;
    while (end > start && text.charCodeAt(end - 1) === 46) end--; // `SF.`
    if (end > start) {
      const written = text.slice(start, end);
      const key = capitalsKey(text, start, end);
      let kind: TagKind;
      if (key >= 0) {
        const known = CODE_BY_KEY.get(key);
        kind = known?.kind ?? kindByShape(written);
        afterPerson = known !== undefined && known.person;
      } else {
        const upper = hasLowerOrNonAscii(text, start, end) ? written.toUpperCase() : written;
        kind = kindOfUpper(upper);
        afterPerson = PERSON_TAG_CODES.has(upper);
      }
      tags.codes.push({ start: line.start + start, end: line.start + end, text: written, kind });
    }
  }
  if (to > piece.from) tags.end = Math.max(tags.end, line.start + to);
}

/** Codes are written in capitals: upper-casing them again would only copy the string. */
function hasLowerOrNonAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

function code(line: Piece['line'], from: number, to: number, kind: TagKind): TagCode {
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to), kind };
}

/**
 * `OVIP STEINBERG JAMES PREL` (no parentheses): two or more words after a person code that are not
 * TAGS codes (names of letters, `.` `'` `-`) are one name; returns its end, or `from` when none.
 * A single unknown word stays a code, so a misspelt code after OVIP is still reported.
 */
function unbracketedName(text: string, from: number, to: number): number {
  let i = from;
  let words = 0;
  let end = from;
  while (i < to && words < 5) {
    const s = i;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (!isUpper(d) && d !== 46 && d !== 39 && d !== 45) break;
      i++;
    }
    const e = i;
    if (e - s < 2 || (i < to && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 44)) break;
    let w = e;
    while (w > s && text.charCodeAt(w - 1) === 46) w--;
    if (lookupTag(text.slice(s, w)) !== undefined || /^X+$/.test(text.slice(s, w))) break;
    words++;
    end = e;
    if (text.charCodeAt(i) === 44) i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
  }
  return words >= 2 ? end : from;
}

function skipBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * A code of 1-6 capitals as a number (base 27, A = 1; distinct codes, distinct numbers), else -1.
 * Most codes are written so (PREL, PGOV, CH): a small-integer key is hashed at once, where a
 * freshly sliced string first has all its characters hashed.
 */
function capitalsKey(text: string, from: number, to: number): number {
  if (to - from > 6) return -1;
  let key = 0;
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return -1;
    key = key * 27 + (c - 64);
  }
  return key;
}

function keyOf(code: string): number {
  return capitalsKey(code, 0, code.length);
}

/** What a code written in capitals is, by capitalsKey: its vocabulary kind (if any) and whether
 *  a person's name may follow it. One Map lookup per code (this was two: kinds, person codes). */
interface KnownCode {
  kind: TagKind | undefined;
  person: boolean;
}
const CODE_BY_KEY = new Map<number, KnownCode>();
for (const code of ALL_TAG_CODES) {
  const key = keyOf(code);
  const info = lookupTag(code);
  if (key >= 0 && info) CODE_BY_KEY.set(key, { kind: info.kind, person: false });
}
for (const code of PERSON_TAG_CODES) {
  const key = keyOf(code);
  const known = CODE_BY_KEY.get(key);
  if (known) known.person = true;
  else CODE_BY_KEY.set(key, { kind: undefined, person: true });
}

function personKind(afterPerson: boolean, inner: string): TagKind {
  if (afterPerson || inner.indexOf(',') >= 0) return 'person';
  return tagKind(inner);
}

/** Kind of one code (see cable-format.md §8): the shared vocabulary's (data/tags-vocabulary.ts),
 *  else guessed from its shape, since the subject and program lists are partial. */
export function tagKind(code: string): TagKind {
  return kindOfUpper(code.toUpperCase());
}

function kindOfUpper(upper: string): TagKind {
  const known = lookupTag(upper);
  if (known) return known.kind;
  return kindByShape(upper);
}

/** Kind of an upper-case code the vocabulary does not know, from its shape. */
function kindByShape(upper: string): TagKind {
  const n = upper.length;
  let letters = true;
  for (let i = 0; i < n; i++) if (!isUpper(upper.charCodeAt(i))) letters = false;
  if (n === 2 && letters) return 'geographic';
  if (n === 4 && letters && upper[0] === 'K') return 'program';
  if (n === 4 && letters && !/^X+$/.test(upper)) return 'subject';
  return 'unknown';
}

/** Does the piece continue a TAGS line? Yes after a trailing comma, or when it holds only
 *  code-like words (2-6 capitals/digits, commas). */
export function continuesTags(tags: TagsLine, piece: Piece, text: string): boolean {
  if (trailingComma(text, tags)) return true;
  const t = piece.line.text;
  let i = piece.from;
  let sawWord = false;
  while (i < piece.to) {
    const c = t.charCodeAt(i);
    if (isSpace(c) || c === 44) {
      i++;
      continue;
    }
    const start = i;
    while (i < piece.to && !isSpace(t.charCodeAt(i)) && t.charCodeAt(i) !== 44) i++;
    const len = i - start;
    if (len < 2 || len > 6) return false;
    for (let k = start; k < i; k++) {
      const d = t.charCodeAt(k);
      if (!isUpper(d) && !(d >= 48 && d <= 57)) return false;
    }
    sawWord = true;
  }
  return sawWord;
}

function trailingComma(text: string, tags: TagsLine): boolean {
  let e = tags.end;
  while (e > tags.start && isSpace(text.charCodeAt(e - 1))) e--;
  return text.charCodeAt(e - 1) === 44;
}
