/**
 * Where to report an element that is missing: on the heading element it should follow (the
 * finding then sits where the author has to type), else on the first line of text.
 */
import type { CableDocument, Span } from '../../tree';

export type HeadingElement = 'subject' | 'tags' | 'eo' | 'captions' | 'classification';

/** The first present element of `after` (nearest first), else the first non-blank line. */
export function headingAnchor(doc: CableDocument, after: readonly HeadingElement[] = ['eo', 'captions', 'classification']): Span {
  for (const element of after) {
    const span = elementSpan(doc, element);
    if (span) return span;
  }
  return firstLine(doc.text);
}

function elementSpan(doc: CableDocument, element: HeadingElement): Span | undefined {
  switch (element) {
    case 'subject':
      return doc.subject ? { start: doc.subject.start, end: doc.subject.end } : undefined;
    case 'tags':
      return doc.tags ? { start: doc.tags.start, end: doc.tags.end } : undefined;
    case 'eo':
      return doc.eo ? { start: doc.eo.line.start, end: doc.eo.line.end } : undefined;
    case 'captions': {
      const last = doc.captions[doc.captions.length - 1];
      return last ? { start: last.start, end: last.end } : undefined;
    }
    case 'classification':
      return doc.classification ? { start: doc.classification.line.start, end: doc.classification.line.end } : undefined;
  }
}

/** The first line with text (trimmed of its line break), or an empty span at 0. */
export function firstLine(text: string): Span {
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    if (text.slice(start, end).trim() !== '') return { start, end };
    start = end + 1;
  }
  return { start: 0, end: 0 };
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}
