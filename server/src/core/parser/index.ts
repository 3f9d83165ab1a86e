/**
 * parse(text) -> CableDocument. Never throws, linear in the input.
 * (Skeleton: the full parser lands in the files of this folder.)
 */
import type { CableDocument } from '../tree';

export function parse(text: string): CableDocument {
  return {
    text,
    preamble: [],
    banners: [],
    captions: [],
    passingLines: [],
    body: { start: 0, end: text.length, items: [], spans: [], pageBreaks: [], redactions: [] },
    endMarkers: [],
    date: null,
  };
}
