/**
 * CBL001: the cable's first text line states its classification (5 FAH-2 H-222, 5 FAH-1 H-130).
 * A missing line, a level with missing or merged letters (`E C R E T`, `SE C R E T`), a
 * lower-cased level (`S e c r e t`) or an unknown word are reported; the parser works out the
 * intended level when it is unambiguous, and the fix writes it.
 */
import type { Rule, RuleContext } from '../rule';
import type { CableDocument, Span } from '../tree';
import { lineEndAt } from './util/marking-levels';

const KNOWN_LEVELS = 'UNCLAS, UNCLASSIFIED, LIMITED OFFICIAL USE, C O N F I D E N T I A L, S E C R E T or T O P S E C R E T';

export const classificationLine: Rule = {
  id: 'CBL001',
  alias: 'classification-line',
  description: 'The cable starts with a classification line whose level is spelled correctly.',
  severity: 'error',
  tags: ['classification'],
  fixable: true,
  check(context: RuleContext): void {
    const { doc } = context;
    const line = doc.classification;
    if (!line) {
      const anchor = missingLineAnchor(doc);
      if (anchor) {
        context.report({
          message: `No classification line: expected the level, post and serial (e.g. "C O N F I D E N T I A L TASHKENT 001503") as the first line of the text`,
          start: anchor.start,
          end: anchor.end,
        });
      }
      return;
    }
    const written = line.levelText.text;
    if (line.malformed && line.suggestion && line.suggestion !== written) {
      context.report({
        message: `Malformed classification level "${written}": expected "${line.suggestion}"`,
        start: line.levelText.start,
        end: line.levelText.end,
        fixes: [
          {
            title: `Replace "${written}" with "${line.suggestion}"`,
            edits: [{ start: line.levelText.start, end: line.levelText.end, newText: line.suggestion }],
            safe: true,
          },
        ],
      });
    } else if (line.level === null) {
      context.report({
        message: `Unknown classification level "${written}": expected ${KNOWN_LEVELS}`,
        start: line.levelText.start,
        end: line.levelText.end,
      });
    } else if (line.malformed) {
      context.report({
        message: `Malformed classification level "${written}": expected ${KNOWN_LEVELS}`,
        start: line.levelText.start,
        end: line.levelText.end,
      });
    }
  },
};

/** Where to point at a missing classification line: the first heading element there is, else the
 *  first written line of the text part. Nothing for an empty document. */
function missingLineAnchor(doc: CableDocument): Span | null {
  const candidates: Span[] = [];
  if (doc.eo) candidates.push(doc.eo.label);
  if (doc.tags) candidates.push(doc.tags.label);
  if (doc.subject) candidates.push(doc.subject.label);
  if (doc.refs) candidates.push(doc.refs.label);
  if (doc.classifiedBy) candidates.push(doc.classifiedBy.label);
  for (const caption of doc.captions) candidates.push(caption);
  if (candidates.length > 0) return candidates.reduce((a, b) => (b.start < a.start ? b : a));
  const first = doc.body.items[0];
  if (first) return first.type === 'paragraph' ? first.firstLine : { start: first.start, end: lineEndAt(doc.text, first.start) };
  return null;
}
