/**
 * Shared reading of a cable's markings for the classification rules: its level, whether it is
 * classified, whether it is NOFORN, every portion mark with a label for messages, and where the
 * heading block ends (for inserted lines).
 */
import { LEVEL_RANK, type CableDocument, type Level, type PortionMark, type SubParagraph } from '../../tree';

/** True for CONFIDENTIAL and above. LIMITED OFFICIAL USE is an administrative control, not a
 *  national-security classification (it needs no classifier and no declassification date). */
export function isClassified(level: Level | null | undefined): level is Level {
  return level != null && LEVEL_RANK[level] >= LEVEL_RANK.CONFIDENTIAL;
}

/** The cable's level from its classification line, or null when missing/unknown. */
export function cableLevel(doc: CableDocument): Level | null {
  return doc.classification?.level ?? null;
}

/** The portion-mark letters for a level, as in `(C)`. */
export const LEVEL_LETTERS: Record<Level, string> = {
  UNCLASSIFIED: 'U',
  'LIMITED OFFICIAL USE': 'LOU',
  CONFIDENTIAL: 'C',
  SECRET: 'S',
  'TOP SECRET': 'TS',
};

export function isNofornCaveat(caveat: string): boolean {
  // Character tests first: caveats are `NF`, `SBU`, `REL ...` as the parser cut them, and only a
  // caveat starting with N (or a blank, which trim removes) can read NF or NOFORN.
  if (caveat === 'NF' || caveat === 'NOFORN') return true;
  const first = caveat.charCodeAt(0);
  if (first > 32 && first < 0xa0 && (first | 32) !== 110) return false;
  const upper = caveat.trim().toUpperCase();
  return upper === 'NF' || upper === 'NOFORN';
}

/** True when the cable says NOFORN on a caption line or on its classification line. */
export function cableIsNoforn(doc: CableDocument): boolean {
  // Repeated classification lines count too: a `SECRET NOFORN` caption line is read as a banner.
  for (const line of [doc.classification, ...doc.banners]) {
    if (line?.caveats.some((caveat) => /NOFORN|\bNF\b/i.test(caveat.text))) return true;
  }
  return doc.captions.some((caption) => /NOFORN/i.test(caption.text));
}

export interface LocatedPortion {
  mark: PortionMark;
  /** True inside BEGIN/END TEXT or QUOTE: the marks there belong to the quoted document. */
  quoted: boolean;
  /** What carries the mark; see `portionPlace`. */
  kind: 'subject' | 'paragraph' | 'subparagraph' | 'text';
  /** Paragraph number (`4`) or subparagraph path (`4.B`). */
  label?: string;
}

/** For messages: `paragraph 4`, `subparagraph 4.B`, `the SUBJECT`, `an unnumbered paragraph`
 *  (built only when a finding is reported: the walk itself allocates no strings). */
export function portionPlace(portion: LocatedPortion): string {
  switch (portion.kind) {
    case 'subject':
      return 'the SUBJECT';
    case 'text':
      return 'an unnumbered paragraph';
    default:
      return `${portion.kind} ${portion.label}`;
  }
}

/** Every portion mark of the cable in document order (SUBJECT first).
 *  Not cached per tree on purpose: a WeakMap keyed by the tree keeps its values (which point into
 *  the tree) alive through every young-generation GC (V8's scavenger treats ephemeron values
 *  strongly), so the parser's object literals looked long-lived, V8 pretenured their allocation
 *  sites, and the parser ran ~1.3x slower whenever rules ran after it. The walk is cheap. */
export function allPortions(doc: CableDocument): readonly LocatedPortion[] {
  return collectPortions(doc);
}

/**
 * True when some portion mark of the cable (the same marks `allPortions` lists) passes `test`. The
 * rules ask this first and build the located list only when a finding is due: most cables have
 * nothing to report, and the list allocates an object per mark and a label per sub-paragraph.
 */
export function somePortionMark(doc: CableDocument, test: (mark: PortionMark) => boolean): boolean {
  if (doc.subject?.portion && test(doc.subject.portion)) return true;
  for (const item of doc.body.items) {
    if (item.type === 'paragraph') {
      if (item.portion && test(item.portion)) return true;
      if (item.subparagraphs.length > 0 && someSubparagraphMark(item.subparagraphs, test)) return true;
    } else if (item.type === 'text' && item.portion && test(item.portion)) {
      return true;
    }
  }
  return false;
}

function someSubparagraphMark(subs: readonly SubParagraph[], test: (mark: PortionMark) => boolean): boolean {
  for (const sub of subs) {
    if (sub.portion && test(sub.portion)) return true;
    if (sub.children.length > 0 && someSubparagraphMark(sub.children, test)) return true;
  }
  return false;
}

function collectPortions(doc: CableDocument): LocatedPortion[] {
  const found: LocatedPortion[] = [];
  if (doc.subject?.portion) found.push({ mark: doc.subject.portion, quoted: false, kind: 'subject' });
  for (const item of doc.body.items) {
    if (item.type === 'paragraph') {
      if (item.portion) found.push({ mark: item.portion, quoted: item.quoted, kind: 'paragraph', label: item.number.text });
      if (item.subparagraphs.length > 0) collectSubparagraphs(item.subparagraphs, item.number.text, item.quoted, found);
    } else if (item.type === 'text' && item.portion) {
      found.push({ mark: item.portion, quoted: false, kind: 'text' });
    }
  }
  return found;
}

function collectSubparagraphs(subs: readonly SubParagraph[], prefix: string, quoted: boolean, found: LocatedPortion[]): void {
  for (const sub of subs) {
    const label = `${prefix}.${sub.label.text}`;
    if (sub.portion) found.push({ mark: sub.portion, quoted, kind: 'subparagraph', label });
    if (sub.children.length > 0) collectSubparagraphs(sub.children, label, quoted, found);
  }
}

/** The line break the document uses (its first one), `\n` when it has none. */
export function newlineOf(text: string): string {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf === -1 && text.includes('\r')) return '\r';
  return '\n';
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** The end of the last heading element (classification line, captions, passing lines, E.O.,
 *  TAGS, SUBJECT, REF), or null when the cable has none of them. */
export function headingEnd(doc: CableDocument): number | null {
  const ends: number[] = [];
  if (doc.classification) ends.push(doc.classification.line.end);
  for (const caption of doc.captions) ends.push(caption.end);
  for (const line of doc.passingLines) ends.push(line.end);
  if (doc.eo) ends.push(doc.eo.line.end);
  if (doc.tags) ends.push(doc.tags.end);
  if (doc.subject) ends.push(doc.subject.end);
  if (doc.refs) ends.push(doc.refs.end);
  return ends.length > 0 ? Math.max(...ends) : null;
}

