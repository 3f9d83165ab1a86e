/**
 * SUBJECT line: `SUBJECT: text`, `SUBJ:`, `Subject:`, wrapped over lines until a blank line, REF,
 * CLASSIFIED BY or the first paragraph (the caller decides where it stops). May start with a
 * portion mark: `SUBJECT: (S) GERMANY TAKING ACTION ...`.
 */
import type { SubjectLine } from '../tree';
import { portionAt } from './portion';
import { atWordStart, hasWordAt, isLetter, isSpace, skipSpaces, tok, trimEnd, type Piece } from './scan';

/** If a SUBJECT label starts at `col`, the column after the label word; else -1. `SUBJECT` alone
 *  (no colon) only counts at the start of a line. */
export function subjectLabelEnd(text: string, col: number, midLine: boolean): number {
  if (!atWordStart(text, col)) return -1;
  let end = -1;
  if (hasWordAt(text, col, 'SUBJECT')) end = col + 7;
  else if (hasWordAt(text, col, 'SUBJ')) end = col + 4;
  if (end < 0 || isLetter(text.charCodeAt(end))) return -1;
  const after = skipSpaces(text, end);
  if (text.charCodeAt(after) === 58 /* : */) return end;
  if (midLine) return -1;
  return end === col + 7 && (after > end || after >= text.length) ? end : -1;
}

export function startSubject(piece: Piece): SubjectLine | undefined {
  const text = piece.line.text;
  const at = skipSpaces(text, piece.from, piece.to);
  const labelEnd = subjectLabelEnd(text, at, false);
  if (labelEnd < 0) return undefined;
  const subject: SubjectLine = {
    start: piece.line.start + at,
    end: piece.line.start + labelEnd,
    label: tok(piece.line, at, labelEnd),
    text: '',
  };
  let from = skipSpaces(text, labelEnd, piece.to);
  if (text.charCodeAt(from) === 58) from++;
  from = skipSpaces(text, from, piece.to);
  const mark = portionAt(piece.line, from);
  if (mark && mark.end - piece.line.start <= piece.to) {
    subject.portion = mark;
    subject.end = mark.end;
    from = mark.end - piece.line.start;
  }
  addSubjectPiece(subject, { line: piece.line, from, to: piece.to });
  return subject;
}

export function addSubjectPiece(subject: SubjectLine, piece: Piece): void {
  const text = piece.line.text;
  const from = skipSpaces(text, piece.from, piece.to);
  const to = trimEnd(text, from, piece.to);
  if (to <= from) return;
  const part = collapse(text.slice(from, to));
  subject.text = subject.text ? `${subject.text} ${part}` : part;
  const start = piece.line.start + from;
  const end = piece.line.start + to;
  if (!subject.textSpan) subject.textSpan = { start, end };
  else subject.textSpan.end = end;
  subject.end = end;
}

/** Two spaces, or a blank other than the space (isSpace's set): what collapse rewrites. One regex
 *  test rather than an indexOf and a regex test. */
const TO_COLLAPSE = / {2}|[\t\u00a0\ufeff\u000b\u000c]/;

/** Runs of blanks become one space. */
function collapse(s: string): string {
  // Most subjects have single spaces only (s is trimmed): nothing to rebuild then.
  if (!TO_COLLAPSE.test(s)) return s;
  let out = '';
  let blank = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) blank = true;
    else {
      if (blank) out += ' ';
      blank = false;
      out += s[i];
    }
  }
  return out;
}
