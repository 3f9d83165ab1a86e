/**
 * The heading block: classification line, captions, passing lines, E.O., TAGS, SUBJECT, REF and
 * CLASSIFIED BY, in any order, any of them missing, several of them possibly on one line. It ends
 * at the first numbered paragraph, or at the first line that is neither a heading element, its
 * continuation, a caption nor (before any element) a passing line.
 */
import type { CableDocument, Token } from '../tree';
import { isBlank, type SourceLine } from './lines';
import { mayBeBanner, mayStartClassification, parseClassification, type ClassificationResult } from './classification';
import { parseCaption } from './captions';
import { passingLine } from './passing';
import { parseEo } from './eo';
import { addTagsPiece, continuesTags, startTags } from './tags';
import { addSubjectPiece, startSubject } from './subject';
import { RefsBuilder } from './refs';
import { ClassifiedByBuilder } from './classified-by';
import { entireTextAt, keywordAt, midLineKeywords, pageBreakEnd, paragraphAt, spacedOfAt, type KeywordHit } from './markers';
import { isDigit, isLower, isRuleLine, skipSpaces, tok, trimEnd, type Piece } from './scan';
import { portionAt } from './portion';

export interface HeadingStart {
  index: number;
  classification?: ClassificationResult;
}

/**
 * Where the heading starts: the first classification line before the first numbered paragraph,
 * else the first E.O./TAGS/SUBJECT/REF/CLASSIFIED BY line (drafts may start at `E.O.`), else none.
 * After such a label line, a classification line counts only if it follows closely (a printed
 * summary box above the real heading, `03ABUDHABI2641`), not a page banner far down the body.
 */
export function findHeadingStart(lines: readonly SourceLine[], from: number): HeadingStart | undefined {
  let keywordLine = -1;
  for (let i = from; i < lines.length; i++) {
    if (keywordLine >= 0 && i - keywordLine > 15) break;
    const text = lines[i].text;
    const f = skipSpaces(text, 0);
    if (f >= text.length) continue;
    const c = text.charCodeAt(f);
    if ((c >= 48 && c <= 57) || c === 0xb6) {
      if (paragraphAt(text, f)) break;
    }
    if (mayStartClassification(c)) {
      const result = parseClassification(lines[i], f);
      if (result && (result.pure || result.spaced || result.value.serial || result.value.section)) {
        return { index: i, classification: result };
      }
    }
    if (keywordLine < 0 && keywordAt(text, f, false)) keywordLine = i;
  }
  return keywordLine >= 0 ? { index: keywordLine } : undefined;
}

type Current =
  | { kind: 'tags' }
  | { kind: 'subject' }
  | { kind: 'refs'; builder: RefsBuilder }
  | { kind: 'cb'; builder: ClassifiedByBuilder }
  | undefined;

/** Parses the heading into `doc`; returns the index of the first body line. */
export function parseHeading(
  lines: readonly SourceLine[],
  start: HeadingStart,
  doc: CableDocument,
  citingYear: number | null,
  pageBreaks: Token[],
): number {
  let current: Current;
  let seenElement = false;
  let blankBefore = false;
  /** Length of the subject's last line: only a full line may wrap across a blank line. */
  let subjectLineLength = 0;
  const refsBuilders: RefsBuilder[] = [];
  const cbBuilders: ClassifiedByBuilder[] = [];


  for (let i = start.index; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    // The first non-blank column also tells a blank line (isSpace's blanks are isBlank's).
    let col = skipSpaces(text, 0);
    /** The first ` OF ` at or after `col` (spacedOfAt), or -1. */
    let of: number;
    if (col >= text.length) {
      blankBefore = true;
      if (current && current.kind !== 'refs' && current.kind !== 'subject' && !(current.kind === 'cb' && current.builder.awaitsSection())) current = undefined;
      continue;
    }
    if (i === start.index && start.classification) {
      doc.classification = start.classification.value;
      col = start.classification.rest;
      if (col >= text.length) continue;
      of = spacedOfAt(text, col);
    } else {
      const c = text.charCodeAt(col);
      if (((c >= 48 && c <= 57) || c === 0xb6) && paragraphAt(text, col)) {
        finishRefs(refsBuilders, doc.text);
        return i;
      }
      if ((c === 45 || c === 61 || c === 95) && isRuleLine(text)) {
        if (seenElement) {
          finishRefs(refsBuilders, doc.text);
          return i;
        }
        continue;
      }
      // One search for ` OF ` serves both page-break tests: neither form (but `PAGE nn`) can be on a
      // line without one, and most heading lines have none.
      of = spacedOfAt(text, col);
      const pb = of >= 0 || c === 80 ? pageBreakEnd(text, col) : -1;
      if (pb >= 0) {
        pageBreaks.push(tok(line, col, pb));
        col = skipSpaces(text, pb);
        if (col >= text.length) continue;
        of = spacedOfAt(text, col);
      }
      const entire = entireTextAt(line, col);
      if (entire) {
        if (!doc.entireText) doc.entireText = entire;
        col = skipSpaces(text, entire.end - line.start);
        if (col >= text.length) continue;
        of = spacedOfAt(text, col);
      }
      if (mayBeBanner(text, col) && !keywordAt(text, col, false)) {
        const again = parseClassification(line, col);
        if (again && (again.pure || again.spaced) && again.rest >= text.length) {
          // `SECRET NOFORN` among the captions under the classification line is a caption
          // (cable-format.md §10, 06CARACAS219), not a repeated banner.
          const caption = doc.classification && !seenElement && again.value.caveats.length > 0 ? parseCaption({ line, from: col, to: text.length }) : undefined;
          if (caption) doc.captions.push(caption);
          else if (doc.classification) doc.banners.push(again.value);
          else doc.classification = again.value;
          continue;
        }
      }
    }
    // A page-break marker glued inside the line splits it into two segments.
    const glued = of >= 0 ? midPageBreak(text, col, of) : undefined;
    if (glued) pageBreaks.push(tok(line, glued[0], glued[1]));
    for (let segment = glued ? 0 : 1; segment < 2; segment++) {
      const segFrom = !glued ? col : segment === 0 ? col : skipSpaces(text, glued[1]);
      const segTo = glued && segment === 0 ? glued[0] : text.length;
      if (skipSpaces(text, segFrom, segTo) >= segTo) continue;
      // Split the segment at the labels it holds.
      const first = keywordAt(text, segFrom, false);
      const hits: KeywordHit[] = first ? [first] : [];
      midLineKeywords(text, first ? first.labelEnd : segFrom, segTo, first && first.kind === 'eo' ? first.at : -1, hits);
      dropRepeatedLabel(text, hits);
      // The pieces: the text before the first label (if any), then one piece per label.
      const lead = !first && (hits.length === 0 || hits[0].at > segFrom) ? 1 : 0;
      for (let p = 0; p < lead + hits.length; p++) {
        const h = p - lead;
        const hit = h >= 0 ? hits[h] : undefined;
        const piece: Piece = hit
          ? { line, from: hit.at, to: h + 1 < hits.length ? hits[h + 1].at : segTo }
          : { line, from: segFrom, to: hits.length ? hits[0].at : segTo };
        if (hit) {
          current = startElement(hit, piece, doc, citingYear, refsBuilders, cbBuilders);
          seenElement = true;
          if (current && current.kind === 'subject') subjectLineLength = trimEnd(text, 0, segTo) - piece.from;
          continue;
        }
        if (current && current.kind === 'subject' && blankBefore) {
          if (subjectResumes(lines, i, piece, subjectLineLength, doc)) {
            addTo(current, piece, doc);
            subjectLineLength = 0;
            continue;
          }
        } else if (current && accepts(current, piece, blankBefore, doc.text, doc)) {
          addTo(current, piece, doc);
          if (current.kind === 'subject') subjectLineLength = trimEnd(text, 0, piece.to) - piece.from;
          continue;
        }
        current = undefined;
        const caption = parseCaption(piece);
        if (caption) {
          doc.captions.push(caption);
          continue;
        }
        if (!seenElement || (p === 0 && keywordAhead(lines, i + 1))) {
          const passing = passingLine(piece);
          if (passing) doc.passingLines.push(passing);
          continue;
        }
        if (p === 0 && piece.from === skipSpaces(text, 0)) {
          finishRefs(refsBuilders, doc.text);
          return i;
        }
      }
    }
    blankBefore = false;
  }
  finishRefs(refsBuilders, doc.text);
  return lines.length;
}

/** Reads the REF lists once the heading is over. (Not a closure: variables a closure captures
 *  live in a heap context, and the heading loop reads `doc` for every line.) */
function finishRefs(refsBuilders: readonly RefsBuilder[], text: string): void {
  for (const b of refsBuilders) b.finish(text);
}

function startElement(
  hit: KeywordHit,
  piece: Piece,
  doc: CableDocument,
  citingYear: number | null,
  refsBuilders: RefsBuilder[],
  cbBuilders: ClassifiedByBuilder[],
): Current {
  switch (hit.kind) {
    case 'eo': {
      const eo = parseEo(piece, piece.to);
      if (eo && !doc.eo) doc.eo = eo;
      return undefined;
    }
    case 'tags': {
      const tags = startTags(piece);
      if (tags && !doc.tags) {
        doc.tags = tags;
        return { kind: 'tags' };
      }
      return undefined;
    }
    case 'subject': {
      const subject = startSubject(piece);
      if (subject && !doc.subject) {
        doc.subject = subject;
        return { kind: 'subject' };
      }
      return undefined;
    }
    case 'refs': {
      const builder = new RefsBuilder(piece, hit.labelEnd, citingYear);
      if (doc.refs) return { kind: 'refs', builder };
      doc.refs = builder.block;
      refsBuilders.push(builder);
      return { kind: 'refs', builder };
    }
    case 'cb': {
      const builder = new ClassifiedByBuilder(piece, hit.at, hit.labelEnd, doc.text);
      if (doc.classifiedBy) return { kind: 'cb', builder };
      doc.classifiedBy = builder.value;
      cbBuilders.push(builder);
      return { kind: 'cb', builder };
    }
  }
}

function accepts(current: NonNullable<Current>, piece: Piece, blankBefore: boolean, text: string, doc: CableDocument): boolean {
  switch (current.kind) {
    case 'tags':
      return !blankBefore && !!doc.tags && continuesTags(doc.tags, piece, text);
    case 'subject':
      return !blankBefore && !parseCaption(piece);
    case 'refs':
      if (blankBefore) return current.builder.startsNextItem(piece);
      return !startsWithPortionMark(piece);
    case 'cb':
      // `FOR REASONS` / blank / `1.4 B, D` (07LONDON4472): only the section may follow a blank line.
      if (blankBefore) return current.builder.awaitsSection() && current.builder.startsWithSection(piece);
      return current.builder.wantsMore(piece);
  }
}

/** `(SBU) Poloff delivered ...` right under the REF line is the body, not more references. */
function startsWithPortionMark(piece: Piece): boolean {
  const at = skipSpaces(piece.line.text, piece.from, piece.to);
  return piece.line.text.charCodeAt(at) === 40 && portionAt(piece.line, at) !== undefined;
}

function addTo(current: NonNullable<Current>, piece: Piece, doc: CableDocument): void {
  switch (current.kind) {
    case 'tags':
      if (doc.tags) addTagsPiece(doc.tags, piece);
      break;
    case 'subject':
      if (doc.subject) addSubjectPiece(doc.subject, piece);
      break;
    case 'refs':
    case 'cb':
      current.builder.add(piece);
      break;
  }
}


/**
 * WikiLeaks sometimes separates the wrapped lines of a SUBJECT with a blank line
 * (`SUBJECT: ... TO PROTECT THE` / blank / `ENVIRONMENT - MAKING REAL PROGRESS`). Resume the subject
 * only when its last line was full, the new line is a short upper-case line like the subject, and a
 * blank line or a heading label follows.
 */
function subjectResumes(lines: readonly SourceLine[], i: number, piece: Piece, lastLength: number, doc: CableDocument): boolean {
  if (lastLength < 50 || !doc.subject) return false;
  const text = piece.line.text;
  const from = skipSpaces(text, piece.from, piece.to);
  const to = trimEnd(text, from, piece.to);
  if (to - from > 60 || to <= from) return false;
  for (let k = from; k < to; k++) if (isLower(text.charCodeAt(k))) return false;
  if (/[a-z]/.test(doc.subject.text)) return false;
  if (/^(?:SUMMARY|COMMENT|BEGIN|END|SIPDIS|NOFORN)\b/.test(text.slice(from, to))) return false;
  const next = i + 1 < lines.length ? lines[i + 1] : undefined;
  return !next || isBlank(next) || keywordAt(next.text, skipSpaces(next.text, 0), false) !== undefined;
}

/** A passing line after an element (`08BRASILIA93` puts Classified By first; `E-MAIL TO DS
 *  COMMAND CENTER` above Classified By): another heading label follows within a few lines. */
function keywordAhead(lines: readonly SourceLine[], from: number): boolean {
  for (let j = from; j < lines.length && j < from + 6; j++) {
    const text = lines[j].text;
    const f = skipSpaces(text, 0);
    if (f >= text.length) continue;
    if (paragraphAt(text, f)) return false;
    const hit = keywordAt(text, f, false);
    if (hit) return hit.kind !== 'refs';
  }
  return false;
}

/** `RIO DE JAN 00000365 001.2 OF 002` inside a heading line (8-digit serial); columns or undefined.
 *  `firstOf` is spacedOfAt(text, from), already searched by the caller. */
function midPageBreak(text: string, from: number, firstOf: number): [number, number] | undefined {
  if (!digitsAroundOf(text, firstOf)) return undefined;
  const re = /\b[A-Z]+(?: [A-Z]+){0,3} \d{8} +\d{3}(?:\.\d{1,2})? OF \d{3}\b/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index === from) return undefined;
  return [m.index, m.index + m[0].length];
}

/** Cheap test before the regex: some ` OF ` between digits (`001 OF 002`), from the first one at `firstOf`. */
function digitsAroundOf(text: string, firstOf: number): boolean {
  for (let k = firstOf; k >= 0; k = spacedOfAt(text, k + 4)) {
    if (isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 4))) return true;
  }
  return false;
}

/** `Classified By: Classified by Political Officer X` (15 corpus cables): the label written twice
 *  is one label, so the second is not a new (empty) element; the builder skips it. */
function dropRepeatedLabel(text: string, hits: KeywordHit[]): void {
  for (let h = 1; h < hits.length; h++) {
    if (hits[h].kind !== 'cb' || hits[h - 1].kind !== 'cb') continue;
    let k = skipSpaces(text, hits[h - 1].labelEnd);
    if (text.charCodeAt(k) === 58) k = skipSpaces(text, k + 1);
    if (k === hits[h].at) hits.splice(h--, 1);
  }
}
