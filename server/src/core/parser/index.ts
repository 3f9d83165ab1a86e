/**
 * parse(text) -> CableDocument. Never throws, linear in the input.
 *
 * Order: transmission header (header.ts) -> preamble lines -> heading block (heading.ts: the
 * classification line, captions, passing lines, E.O., TAGS, SUBJECT, REF, CLASSIFIED BY) -> the
 * tail read backwards (tail.ts: end markers, signature) -> the body in between (body.ts), then
 * spans and redactions over the body text (spans.ts).
 */
import type { CableDocument } from '../tree';
import { isBlank, splitLines, type SourceLine } from './lines';
import { parseHeader } from './header';
import { findHeadingStart, parseHeading } from './heading';
import { parseTail } from './tail';
import { parseBody } from './body';
import { findRedactions, findSpans } from './spans';
import { skipSpaces, trimEnd } from './scan';

export function parse(text: string): CableDocument {
  const lines = splitLines(text);
  let first = 0;
  while (first < lines.length - 1 && isBlank(lines[first])) first++;
  const headerResult = parseHeader(lines, first);
  const doc: CableDocument = {
    text,
    preamble: [],
    banners: [],
    captions: [],
    passingLines: [],
    body: { start: text.length, end: text.length, items: [], spans: [], pageBreaks: [], redactions: [] },
    endMarkers: [],
    date: headerResult.date,
  };
  if (headerResult.header) doc.header = headerResult.header;
  // Lines above the header (a printed export's summary box, a distribution block) are preamble.
  for (let i = first; i < headerResult.startLine; i++) addPreamble(doc, lines[i]);
  let afterHeader = Math.max(first, Math.min(headerResult.next, lines.length));
  afterHeader = skipMetadataBlock(lines, afterHeader, doc);

  const start = findHeadingStart(lines, afterHeader);
  const headingFrom = start ? start.index : afterHeader;
  for (let i = afterHeader; i < headingFrom; i++) {
    addPreamble(doc, lines[i]);
  }
  const pageBreaks = doc.body.pageBreaks;
  const bodyFrom = start ? parseHeading(lines, start, doc, doc.date ? doc.date.year : null, pageBreaks) : afterHeader;

  const tail = parseTail(lines, bodyFrom, doc);
  if (tail.signature) doc.signature = tail.signature;
  const body = doc.body;
  // The body span runs from its first to its last non-blank character.
  let b = bodyFrom;
  while (b < tail.end && isBlank(lines[b])) b++;
  let e = tail.end - 1;
  while (e >= b && isBlank(lines[e])) e--;
  if (b <= e) {
    body.start = lines[b].start + skipSpaces(lines[b].text, 0);
    body.end = lines[e].start + trimEnd(lines[e].text, 0, lines[e].text.length);
    parseBody(lines, b, e + 1, doc, body);
    findSpans(text, body);
    findRedactions(text, body.start, body.end, body.redactions);
  } else if (bodyFrom < lines.length) {
    body.start = body.end = Math.min(text.length, lines[Math.min(bodyFrom, lines.length - 1)].start);
  }
  return doc;
}

function addPreamble(doc: CableDocument, line: SourceLine): void {
  if (!isBlank(line)) doc.preamble.push({ start: line.start, end: line.end, text: line.text });
}

/** The first line of a WikiLeaks record block: `<<218634>>`. */
const METADATA_RECORD = /^<<\d+>>\s*$/;

/**
 * A WikiLeaks record block after the header: `<<218634>>`, date, id, origin, `CONFIDENTIAL`,
 * related ids, the header again, then upper-case TAGS/SUBJECT/REF copies (`09KHARTOUM881`). Its
 * level line is metadata, not the classification line, so everything up to the repeated header's
 * end becomes preamble (the heading search then finds the cable's own classification line).
 * Returns the line to go on from.
 */
function skipMetadataBlock(lines: readonly SourceLine[], from: number, doc: CableDocument): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i++;
  // A `<` first before the regex: nearly all cables have no record block.
  if (i >= lines.length || lines[i].text.charCodeAt(0) !== 60 || !METADATA_RECORD.test(lines[i].text)) return from;
  const again = parseHeader(lines, i + 1);
  if (!again.header) return from;
  if (!doc.header) {
    doc.header = again.header;
    doc.date = again.date;
  }
  for (let k = from; k < again.next; k++) addPreamble(doc, lines[k]);
  return again.next;
}
