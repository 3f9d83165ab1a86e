/**
 * Folding: the transmission header, multi-line paragraphs and sub-paragraphs, SUMMARY/COMMENT and
 * quoted spans, the REF list, wrapped SUBJECT/CLASSIFIED BY lines, and each heading's section (to the
 * line before the next heading).
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { CableDocument, LineIndex, Span, SubParagraph } from '../core';

export function foldingRanges(doc: CableDocument, lines: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (span: Span | undefined, kind?: FoldingRangeKind) => {
    if (!span) return;
    const startLine = lines.positionAt(span.start).line;
    const end = lines.positionAt(Math.max(span.start, span.end));
    // A span ending at the very start of a line does not reach into that line.
    const endLine = end.character === 0 && span.end > span.start ? end.line - 1 : end.line;
    const key = `${startLine}:${endLine}`;
    if (endLine <= startLine || seen.has(key)) return;
    seen.add(key);
    ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  add(doc.header, FoldingRangeKind.Region);
  add(doc.subject);
  add(doc.refs);
  add(doc.classifiedBy);
  const items = doc.body.items;
  let heading: Span | undefined;
  let sectionEnd = 0;
  const closeSection = () => {
    if (heading) add({ start: heading.start, end: sectionEnd });
    heading = undefined;
  };
  for (const item of items) {
    if (item.type === 'heading') {
      closeSection();
      heading = item;
      sectionEnd = item.end;
      continue;
    }
    sectionEnd = Math.max(sectionEnd, item.end);
    add(item);
    if (item.type === 'paragraph') addSubparagraphs(item.subparagraphs, add);
  }
  closeSection();
  for (const span of doc.body.spans) add(span, FoldingRangeKind.Region);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function addSubparagraphs(subs: readonly SubParagraph[], add: (span: Span) => void): void {
  for (const sub of subs) {
    add(sub);
    addSubparagraphs(sub.children, add);
  }
}
