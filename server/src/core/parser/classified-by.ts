/**
 * CLASSIFIED BY line, classic (`Classified By: Ambassador X for reasons 1.4 (b) and (d).`), SMART
 * (`CLASSIFIED BY: Name, Title, Agency, Office; REASON: 1.4(B), (D)`), upper-case old style
 * (`CLASSIFIED BY AMBASSADOR X. REASONS 1.5 (B) AND (D).`), wrapped over lines, or inside
 * paragraph 1. The REASON spellings of cable-format.md §6 all reduce to: a section `1.4`/`1.5`
 * (malformed `1:4` `1/4` `1,4`) followed by single category letters joined by `and`, commas,
 * slashes or parentheses.
 */
import type { ClassifiedByLine } from '../tree';
import type { SourceLine } from './lines';
import { atWordStart, hasWordAt, isDigit, isLetter, isSpace, skipSpaces, tok, trimEnd, type Piece } from './scan';

/** If `Classified By` starts at `col`, the column after it; else -1. */
export function classifiedByLabelEnd(text: string, col: number): number {
  if (!atWordStart(text, col) || !hasWordAt(text, col, 'CLASSIFIED')) return -1;
  const by = skipSpaces(text, col + 10);
  if (by === col + 10 || !hasWordAt(text, by, 'BY') || isLetter(text.charCodeAt(by + 2))) return -1;
  return by + 2;
}

type Phase = 'by' | 'section' | 'categories' | 'done';

/** The word lists, made once rather than on every call. */
const REASON_WORDS = ['REASONS', 'REASON'];
const NOT_NAME_WORDS = ['SECTION', 'PARA', 'PER'];

export class ClassifiedByBuilder {
  readonly value: ClassifiedByLine;
  private phase: Phase = 'by';
  private byStart = -1;
  private byEnd = -1;
  private lines = 0;
  /** First letters of a REASON word at the end of the previous line (`reaso`). */
  private brokenReason: { start: number; prefix: string } | undefined;

  constructor(piece: Piece, labelStart: number, labelEnd: number, private readonly docText: string) {
    this.value = {
      start: piece.line.start + labelStart,
      end: piece.line.start + labelEnd,
      label: tok(piece.line, labelStart, labelEnd),
      sectionValid: false,
      categories: [],
    };
    let from = skipSpaces(piece.line.text, labelEnd, piece.to);
    if (piece.line.text.charCodeAt(from) === 58) from++;
    // The label written twice (`Classified By: Classified by Political Officer X`).
    const again = classifiedByLabelEnd(piece.line.text, skipSpaces(piece.line.text, from, piece.to));
    if (again >= 0 && again <= piece.to) {
      from = skipSpaces(piece.line.text, again, piece.to);
      if (piece.line.text.charCodeAt(from) === 58) from++;
    }
    this.add({ line: piece.line, from, to: piece.to });
  }

  /** Should the next (non-blank, non-keyword) line be read as part of this element? */
  wantsMore(piece: Piece): boolean {
    if (this.phase === 'done' || this.lines >= 3) return false;
    if (this.phase === 'by' || this.phase === 'section') return true;
    // Categories split over the line break: `reasons 1.4(b) and ( \n d).`
    const text = piece.line.text;
    const i = skipSpaces(text, piece.from, piece.to);
    const c = text.charCodeAt(i);
    if (c === 41 || c === 44) return true;
    // `(S//NF) Summary` or `(U) This message...` on the next line is a portion-marked paragraph,
    // `U.S. officials` a sentence: only a line of category letters continues the reason.
    if (c === 40 || isLetter(c)) return onlyCategories(text, i, trimEnd(text, i, piece.to));
    return false;
  }

  /** The REASON label has been read and its section number not yet. */
  awaitsSection(): boolean {
    return this.phase === 'section' && this.lines < 3;
  }

  startsWithSection(piece: Piece): boolean {
    return sectionAt(piece.line.text, skipSpaces(piece.line.text, piece.from, piece.to));
  }

  add(piece: Piece): void {
    this.lines++;
    const { line } = piece;
    const text = line.text;
    const to = trimEnd(text, piece.from, piece.to);
    let i = skipSpaces(text, piece.from, to);
    if (i >= to) return;
    if (this.phase === 'by') i = this.readBy(line, i, to);
    if (this.phase === 'section') i = this.readSection(line, i, to);
    if (this.phase === 'categories') this.readCategories(line, i, to);
    this.value.end = Math.max(this.value.end, line.start + to);
  }

  private readBy(line: SourceLine, from: number, to: number): number {
    const text = line.text;
    if (this.byStart < 0) this.byStart = line.start + from;
    const broken = this.brokenReason;
    this.brokenReason = undefined;
    if (broken) {
      // `... for reaso` / `ns 1.4 (b)`: the word REASON(S) cut by the line break.
      for (const word of REASON_WORDS) {
        const rest = word.slice(broken.prefix.length);
        if (rest.length > 0 && hasWordAt(text, from, rest) && !isLetter(text.charCodeAt(from + rest.length))) {
          this.value.reasonLabel = { start: broken.start, end: line.start + from + rest.length, text: this.docText.slice(broken.start, line.start + from + rest.length) };
          this.phase = 'section';
          return from + rest.length;
        }
      }
    }
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((c === 82 || c === 114) && atWordStart(text, i) && hasWordAt(text, i, 'REASON')) {
        this.endBy(line, from, cutFor(text, from, i));
        let e = i + 6;
        if (hasWordAt(text, e, '(S)')) e += 3;
        else if (hasWordAt(text, e, 'S')) e += 1;
        this.value.reasonLabel = tok(line, i, e);
        this.phase = 'section';
        return e;
      }
      if (c === 49 && sectionAt(text, i)) {
        this.endBy(line, from, cutFor(text, from, i));
        this.phase = 'section';
        return i;
      }
    }
    // The name ran to the end of the line; a trailing `for` belongs to `for reasons` on the next,
    // and a trailing `reaso` may be the start of a REASON the line break cut.
    let w = to;
    while (w > from && isLetter(text.charCodeAt(w - 1))) w--;
    const prefix = text.slice(w, to).toUpperCase();
    if (to - w >= 3 && w > from && 'REASONS'.startsWith(prefix) && prefix !== 'REASONS' && prefix !== 'REASON') {
      this.brokenReason = { start: line.start + w, prefix };
      this.endBy(line, from, cutFor(text, from, w));
      return to;
    }
    this.endBy(line, from, cutFor(text, from, to));
    return to;
  }

  /** The name ends at `end` (exclusive): trim blanks and joining punctuation. */
  private endBy(line: SourceLine, from: number, end: number): void {
    const text = line.text;
    let e = end;
    while (e > from) {
      const c = text.charCodeAt(e - 1);
      if (isSpace(c) || c === 44 || c === 59 || c === 58 || c === 45 || (c === 46 && !isAbbreviation(text, e - 1))) e--;
      else break;
    }
    // `CLASSIFIED BY SECTION 1.5`: a trailing `section`/`per`/`para` word is not part of a name.
    for (const word of NOT_NAME_WORDS) {
      const s = e - word.length;
      if (s >= from && atWordStart(text, s) && hasWordAt(text, s, word)) {
        e = trimEnd(text, from, s);
        break;
      }
    }
    if (e > from) this.byEnd = line.start + e;
    if (this.byEnd > this.byStart && this.byStart >= 0) {
      this.value.by = { start: this.byStart, end: this.byEnd, text: this.docText.slice(this.byStart, this.byEnd) };
    }
  }

  private readSection(line: SourceLine, from: number, to: number): number {
    const text = line.text;
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) === 49 && sectionAt(text, i)) {
        const section = tok(line, i, i + 3);
        this.value.section = section;
        this.value.sectionValid = section.text === '1.4' || section.text === '1.5';
        this.phase = 'categories';
        return i + 3;
      }
    }
    return to;
  }

  private readCategories(line: SourceLine, from: number, to: number): void {
    const text = line.text;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isSpace(c) || c === 40 || c === 41 || c === 44 || c === 47 || c === 46 || c === 59 || c === 38 || c === 58) {
        i++;
        continue;
      }
      if (!isLetter(c)) {
        this.phase = 'done';
        return;
      }
      let e = i;
      while (e < to && isLetter(text.charCodeAt(e))) e++;
      if (e - i === 1) this.value.categories.push(tok(line, i, e));
      else if (!(e - i === 3 && hasWordAt(text, i, 'AND')) && !(e - i === 2 && hasWordAt(text, i, 'OR'))) {
        this.phase = 'done';
        return;
      }
      i = e;
    }
  }
}

/** `1.4`, `1.5`, or the malformed `1:4` `1/4` `1,4` at `i`, as a whole number (not `12958`). */
function sectionAt(text: string, i: number): boolean {
  if (!atWordStart(text, i) || text.charCodeAt(i) !== 49) return false;
  const sep = text.charCodeAt(i + 1);
  if (sep !== 46 && sep !== 58 && sep !== 47 && sep !== 44) return false;
  const d = text.charCodeAt(i + 2);
  if (d !== 52 && d !== 53) return false;
  return !isDigit(text.charCodeAt(i + 3));
}

/** `... Eikenberry for Reasons 1:4` — drop a `for` right before the reason. */
function cutFor(text: string, from: number, at: number): number {
  const e = trimEnd(text, from, at);
  if (e - 3 >= from && hasWordAt(text, e - 3, 'FOR') && atWordStart(text, e - 3)) return e - 3;
  return e;
}

/** Keep the dot of `Jr.`, `a.i.`, `W.` (single letters / short abbreviations) in names. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  const len = dot - s;
  return len >= 1 && len <= 2;
}


/** `(d).`, `d)`, `and (d)`, `B, D`: single letters, AND/OR and punctuation up to the line end or a
 *  closing full stop; at least one letter. */
function onlyCategories(text: string, from: number, to: number): boolean {
  let letters = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (letters > 0) return true;
      i++;
      continue;
    }
    if (isSpace(c) || c === 40 || c === 41 || c === 44 || c === 47 || c === 59 || c === 38) {
      i++;
      continue;
    }
    if (!isLetter(c)) return false;
    let e = i;
    while (e < to && isLetter(text.charCodeAt(e))) e++;
    if (e - i === 1) letters++;
    else if (!(e - i === 3 && hasWordAt(text, i, 'AND')) && !(e - i === 2 && hasWordAt(text, i, 'OR'))) return false;
    i = e;
  }
  return letters > 0;
}
