/**
 * The body: numbered paragraphs (`1. (C) text`, `1.(C)`, `¶1.`), their wrapped and blank-separated
 * continuation lines, sub-paragraphs (`A.` / `1)` and one level below), headings (a title line next
 * to a dashed rule), unnumbered text blocks, page-break lines and repeated banners (skipped, they do
 * not end a paragraph). Spans and redactions are found afterwards over the body text (spans.ts).
 *
 * Each line is classified by its first non-blank character before any closer look.
 */
import type { Body, CableDocument, Paragraph, PortionMark, SubParagraph, TextBlock } from '../tree';
import { isBlank, type SourceLine } from './lines';
import { mayBeBanner, parseClassification } from './classification';
import { ClassifiedByBuilder } from './classified-by';
import { entireTextAt, keywordAt, pageBreakEnd, paragraphAt } from './markers';
import { MAX_MARK, portionAt } from './portion';
import { paragraphTextStart } from '../paragraph-text';
import { collapseWhitespace, isDigit, isLetter, isLower, isRuleLine, isSpace, skipSpaces, tok, trimEnd } from './scan';

const PREVIEW = 60;

export function parseBody(lines: readonly SourceLine[], from: number, to: number, doc: CableDocument, body: Body): void {
  const items = body.items;
  let cur: Paragraph | TextBlock | undefined;
  let sub: SubParagraph | undefined;
  let child: SubParagraph | undefined;
  let cb: ClassifiedByBuilder | undefined;
  // Rule lines already recognised, so that none is read twice (a title's rule is found from the
  // title line, then met again; a rule above a title is its previous line): -1 when none.
  let ruleAhead = -1;
  let lastRule = -1;

  // No closures over these four: variables a closure captures live in a heap context, and this
  // loop reads them for every line of the body.
  // Columns are relative to the line, but characters are read from the document itself: most body
  // lines only continue the open item and are never sliced (see lines.ts).
  const src = doc.text;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const ls = line.start;
    const n = line.end - ls;
    // Most lines start and end with a visible character: skip the scans then.
    const f = n > 0 && !isSpace(src.charCodeAt(ls)) ? 0 : skipSpaces(src, ls, ls + n) - ls;
    if (f >= n) {
      cb = undefined;
      continue;
    }
    const c = src.charCodeAt(ls + f);
    const lastCol = !isSpace(src.charCodeAt(ls + n - 1)) ? n : trimEnd(src, ls + f, ls + n) - ls;
    const end = ls + lastCol;

    if ((c === 45 || c === 61 || c === 95) && (i === ruleAhead || isRuleLine(line.text))) {
      lastRule = i;
      cur = sub = child = undefined;
      cb = undefined;
      continue;
    }
    if (c >= 65 && c <= 90 && mayBePageBreak(src, ls, f, lastCol, n)) {
      const text = line.text;
      const pb = pageBreakEnd(text, f, lastCol);
      if (pb >= 0 && skipSpaces(text, pb) >= text.length) {
        body.pageBreaks.push(tok(line, f, pb));
        continue;
      }
    }
    // mayBeBanner looks at most 3 characters past `f` (and for level words no line break matches):
    // on the document it gives the line's answer when those characters are on the line.
    if (n - f >= 4 ? mayBeBanner(src, ls + f) : mayBeBanner(line.text, f)) {
      const text = line.text;
      const banner = parseClassification(line, f);
      if (banner && banner.rest >= text.length && (banner.pure || banner.spaced) && (banner.value.caveats.length > 0 || banner.pure)) {
        if (isBanner(banner.value.levelText.text, text, f)) {
          doc.banners.push(banner.value);
          continue;
        }
      }
    }
    if (cb && cb.wantsMore({ line, from: f, to: n })) {
      cb.add({ line, from: f, to: n });
      extendOpen(cur, sub, child, end);
      continue;
    }
    cb = undefined;
    // Fast path: a wrapped line starting in lower case only continues the open item (unless it is
    // a sub-paragraph `a)` / `a.`, or a `classified by` line still missing from the heading).
    // Past the line's end the document has a line break (or nothing): neither `)` nor `.`.
    if (cur && c >= 97 && c <= 122 && c !== 99) {
      const next = src.charCodeAt(ls + f + 1);
      if (next !== 41 && next !== 46) {
        extendOpen(cur, sub, child, end);
        continue;
      }
    }
    // `1. (C) Text`, and `(C) 1. Text` with the mark first (07BAGHDAD3504).
    if ((c >= 48 && c <= 57) || c === 0xb6 || c === 40) {
      const leading = c === 40 ? markBeforeNumber(line, f) : undefined;
      const p = c !== 40 ? paragraphAt(line.text, f) : leading ? paragraphAt(line.text, skipSpaces(line.text, leading.end - ls)) : undefined;
      if (p) {
        cur = sub = child = undefined;
        cb = undefined;
        const paragraph = openParagraph(line, p, end, leading);
        items.push(paragraph);
        cur = paragraph;
        cb = headingInParagraph(line, paragraph, doc);
        continue;
      }
    }
    if (isLetter(c) && n - f <= 100) {
      const rule = nextRuleLine(lines, i + 1, to, src);
      if (rule >= 0) {
        ruleAhead = rule;
        if (i === from || i - 1 === lastRule || startsBlock(lines[i - 1].text) || !endsSentence(line.text, lastCol)) {
          cur = sub = child = undefined;
          cb = undefined;
          const title = tok(line, f, end - line.start);
          items.push({ type: 'heading', start: title.start, end: title.end, title });
          continue;
        }
      }
    }
    if (cur && cur.type === 'paragraph') {
      const marker = subMarkerAt(src, ls + f, ls + n, ls);
      if (marker) {
        const s = openSub(line, marker, end);
        const number = marker.style === 'number-paren';
        const level1Style = cur.subparagraphs.length ? cur.subparagraphs[0].style : marker.style;
        const afterBlank = i > from && isBlank(lines[i - 1]);
        if (marker.style === level1Style && inSequence(cur.subparagraphs, marker, afterBlank)) {
          cur.subparagraphs.push(s);
          sub = s;
          child = undefined;
          extendOpen(cur, sub, child, end);
          continue;
        }
        if (sub && number && sub.style === 'letter' && inSequence(sub.children, marker, afterBlank)) {
          sub.children.push(s);
          child = s;
          extendOpen(cur, sub, child, end);
          continue;
        }
      }
    }
    // A Classified By line below a stray unnumbered line (the heading ended early) starts its own block.
    if (!doc.classifiedBy && (c === 67 || c === 99)) {
      const hit = keywordAt(line.text, f, false);
      if (hit && hit.kind === 'cb') {
        cur = sub = child = undefined;
        cb = undefined;
        const block = openTextBlock(line, f, end);
        items.push(block);
        cur = block;
        cb = startClassifiedBy(line, hit.at, hit.labelEnd, doc);
        continue;
      }
    }
    if (cur) {
      extendOpen(cur, sub, child, end);
      continue;
    }
    const block = openTextBlock(line, f, end);
    items.push(block);
    cur = block;
    if (!doc.classifiedBy) {
      const hit = keywordAt(line.text, f, false);
      if (hit && hit.kind === 'cb') cb = startClassifiedBy(line, hit.at, hit.labelEnd, doc);
    }
  }
}

/** What pageBreakEnd needs before it looks closer: a short line ending in a digit or starting with
 *  `PAGE ` (read on the document, columns of the line starting at `ls`). */
function mayBePageBreak(src: string, ls: number, f: number, lastCol: number, n: number): boolean {
  if (n - f > 64) return false;
  const last = src.charCodeAt(ls + lastCol - 1);
  return (last >= 48 && last <= 57) || src.startsWith('PAGE ', ls + f);
}

/** Extends the open item and sub-paragraphs to `end` (the end of the current line's content). */
function extendOpen(cur: Paragraph | TextBlock | undefined, sub: SubParagraph | undefined, child: SubParagraph | undefined, end: number): void {
  if (cur) cur.end = end;
  if (sub) sub.end = end;
  if (child) child.end = end;
}

function isBanner(levelText: string, text: string, f: number): boolean {
  // A banner is the level alone (`CONFIDENTIAL`, `SECRET//FGI//NOFORN`) or a full classification
  // line; a sentence starting with `Secret` is not.
  return levelText.length > 0 && !isLower(text.charCodeAt(f + 1)) && !/^[A-Z][a-z]/.test(levelText);
}

/** A title line stands after a blank line or a rule, not after running text. */
function startsBlock(previous: string): boolean {
  const f = skipSpaces(previous, 0);
  return f >= previous.length || isRuleLine(previous);
}

/** Running text that happens to stand above a rule ends with sentence punctuation; titles do not. */
function endsSentence(text: string, lastCol: number): boolean {
  const c = text.charCodeAt(lastCol - 1);
  return c === 46 || c === 44 || c === 59 || c === 58;
}

/** The next non-blank line's index if it is a rule, else -1. (Read on the document `src`: no line
 *  is sliced unless it starts like a rule.) */
function nextRuleLine(lines: readonly SourceLine[], from: number, to: number, src: string): number {
  for (let j = from; j < to; j++) {
    const next = lines[j];
    const f = skipSpaces(src, next.start, next.end);
    if (f >= next.end) continue;
    const c = src.charCodeAt(f);
    return (c === 45 || c === 61 || c === 95) && isRuleLine(next.text) ? j : -1;
  }
  return -1;
}

/** A portion mark followed by a paragraph number (`(C) 1. Text`): the mark, else undefined. */
function markBeforeNumber(line: SourceLine, f: number): PortionMark | undefined {
  // Most lines opening with `(` are marked text (`(C) The ...`): the character after the `)` tells
  // them apart before the mark is read.
  const text = line.text;
  let close = f + 1;
  while (close < text.length && close - f < MAX_MARK && text.charCodeAt(close) !== 41) close++;
  const next = text.charCodeAt(skipSpaces(text, close + 1));
  if (!((next >= 48 && next <= 57) || next === 0xb6)) return undefined;
  const portion = portionAt(line, f);
  return portion && portion.end - line.start === close + 1 ? portion : undefined;
}

/** The paragraph numbered at `p`; `leading` is a portion mark written before the number. */
function openParagraph(line: SourceLine, p: ReturnType<typeof paragraphAt> & object, end: number, leading?: PortionMark): Paragraph {
  const text = line.text;
  const number = tok(line, p.numberFrom, p.numberTo);
  const start = leading ? leading.start - line.start : p.pilcrow !== undefined ? p.pilcrow : p.numberFrom;
  const glued = text.charCodeAt(p.dot) === 40;
  let after = skipSpaces(text, p.dot);
  let portion = leading;
  if (!leading && text.charCodeAt(after) === 40) {
    portion = portionAt(line, after);
    if (portion) after = skipSpaces(text, portion.end - line.start);
  }
  // `pilcrow` and `portion` are in the literal even when undefined (JSON leaves them out, and the
  // key order is the one they were added in before): added afterwards, they cost each paragraph a
  // second property store and gave paragraphs three shapes for the rules to read.
  return {
    type: 'paragraph',
    start: line.start + start,
    end,
    number,
    value: digitsValue(text, p.numberFrom, p.numberTo),
    glued: glued && portion !== undefined && !leading,
    firstLine: { start: line.start + start, end },
    preview: preview(text, after),
    subparagraphs: [],
    quoted: false,
    pilcrow: p.pilcrow !== undefined ? tok(line, p.pilcrow, p.pilcrow + 1) : undefined,
    portion,
  };
}

/** The value of the ASCII digits `text[from, to)` (`+slice` would convert a fresh string). */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** `1. (U) CLASSIFIED BY ...` and `1. CONFIDENTIAL - ENTIRE TEXT. CLASSIFIED BY: ...`. */
function headingInParagraph(line: SourceLine, paragraph: Paragraph, doc: CableDocument): ClassifiedByBuilder | undefined {
  const text = line.text;
  let at = skipSpaces(text, paragraphTextStart(paragraph) - line.start);
  const entire = entireTextAt(line, at);
  if (entire) {
    if (!doc.entireText) doc.entireText = entire;
    at = skipSpaces(text, entire.end - line.start);
  }
  if (doc.classifiedBy) return undefined;
  const hit = keywordAt(text, at, false);
  if (!hit || hit.kind !== 'cb') return undefined;
  return startClassifiedBy(line, hit.at, hit.labelEnd, doc);
}

function startClassifiedBy(line: SourceLine, at: number, labelEnd: number, doc: CableDocument): ClassifiedByBuilder {
  const builder = new ClassifiedByBuilder({ line, from: at, to: line.text.length }, at, labelEnd, doc.text);
  doc.classifiedBy = builder.value;
  return builder;
}

function openTextBlock(line: SourceLine, f: number, end: number): TextBlock {
  const block: TextBlock = { type: 'text', start: line.start + f, end, preview: '' };
  let after = f;
  if (line.text.charCodeAt(f) === 40) {
    const portion = portionAt(line, f);
    if (portion) {
      block.portion = portion;
      after = skipSpaces(line.text, portion.end - line.start);
    }
  }
  block.preview = preview(line.text, after);
  return block;
}

interface SubMarker {
  from: number;
  labelFrom: number;
  labelTo: number;
  end: number;
  style: 'letter' | 'number-paren';
  value: number;
}

/** `A.` `A)` `(A)` `a)` or `1)` `(1)` followed by a blank, at column `f`. */
function subMarkerAt(text: string, f: number, limit: number, base: number): SubMarker | undefined {
  // `text` is the document, the line runs to `limit`; columns returned are relative to `base`.
  let i = f;
  const paren = text.charCodeAt(i) === 40;
  if (paren) i++;
  const labelFrom = i;
  let style: 'letter' | 'number-paren';
  let value: number;
  const c = i < limit ? text.charCodeAt(i) : NaN;
  if (isLetter(c)) {
    i++;
    style = 'letter';
    value = (isLower(c) ? c - 32 : c) - 64;
  } else if (isDigit(c)) {
    while (i < limit && i - labelFrom < 3 && isDigit(text.charCodeAt(i))) i++;
    style = 'number-paren';
    value = +text.slice(labelFrom, i);
  } else return undefined;
  const labelTo = i;
  const close = i < limit ? text.charCodeAt(i) : NaN;
  if (paren ? close !== 41 : !(close === 41 || (style === 'letter' && close === 46))) return undefined;
  i++;
  if (i < limit && !isSpace(text.charCodeAt(i))) return undefined;
  return { from: f - base, labelFrom: labelFrom - base, labelTo: labelTo - base, end: i - base, style, value };
}

/**
 * The next label, or — on a line after a blank line, where a wrapped sentence does not start — a
 * label that skips one (`A. B. D.`), so the paragraph-numbering rule can report it. (A repeated
 * label is not taken: lists restarting at 1 inside one paragraph would then read `2) follows 2)`.)
 */
function inSequence(siblings: SubParagraph[], marker: SubMarker, afterBlank: boolean): boolean {
  if (siblings.length === 0) return marker.value === 1;
  const last = siblings[siblings.length - 1].label.text;
  const lastValue = marker.style === 'letter' ? (last.toUpperCase().charCodeAt(0) - 64) : +last;
  if (marker.value === lastValue + 1) return true;
  return afterBlank && marker.value === lastValue + 2;
}

function openSub(line: SourceLine, m: SubMarker, end: number): SubParagraph {
  const text = line.text;
  let after = skipSpaces(text, m.end);
  const s: SubParagraph = {
    type: 'subparagraph',
    start: line.start + m.from,
    end,
    label: tok(line, m.labelFrom, m.labelTo),
    style: m.style,
    preview: '',
    children: [],
  };
  if (text.charCodeAt(after) === 40) {
    const portion = portionAt(line, after);
    if (portion) {
      s.portion = portion;
      after = skipSpaces(text, portion.end - line.start);
    }
  }
  s.preview = preview(text, after);
  return s;
}

/** First words of the text from column `from`, cut at a word boundary, blanks collapsed. */
function preview(text: string, from: number): string {
  let end = Math.min(text.length, from + PREVIEW);
  if (end < text.length) end = lastSpaceAfter(text, from + 20, end, end);
  const s = skipSpaces(text, from, end);
  const e = trimEnd(text, s, end);
  const slice = text.slice(s, e);
  // Runs of blanks and tabs are rare: the slice is used as it is unless it holds one (native search).
  const plain = slice.indexOf('  ') === -1 && slice.indexOf('\t') === -1;
  return plain ? slice : collapseWhitespace(slice);
}

/** The last space in (`after`, `at`], or `none`. A loop back from `at` (the word break is a few
 *  characters away): `lastIndexOf` is a call into the runtime, several times dearer here. */
function lastSpaceAfter(text: string, after: number, at: number, none: number): number {
  for (let k = at; k > after; k--) if (text.charCodeAt(k) === 32) return k;
  return none;
}

