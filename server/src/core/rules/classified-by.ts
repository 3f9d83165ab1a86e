/**
 * CBL002: a classified cable names its classifier (E.O. 13526 §1.6(a)(2): name and position of the
 * original classification authority; 5 FAH-1 H-240). LIMITED OFFICIAL USE is not a classification
 * level, so it needs no CLASSIFIED BY line. UNCLAS cables carrying one are CBL004's.
 */
import type { Rule, RuleContext } from '../rule';
import { headingEnd, isClassified, lineEndAt, newlineOf } from './util/marking-levels';

export const CLASSIFIED_BY_TEMPLATE = 'CLASSIFIED BY: <name>, <title>, <agency>, <office>; REASON: 1.4( )';

export const classifiedBy: Rule = {
  id: 'CBL002',
  alias: 'classified-by',
  description: 'A classified cable has a CLASSIFIED BY line naming the classifier.',
  severity: 'error',
  tags: ['classification'],
  fixable: true,
  options: {
    fromYear: {
      type: 'number',
      description: 'Cables dated before this year are not checked (State telegrams named their classifier from E.O. 12958, 1995).',
      default: 1995,
    },
  },
  check(context: RuleContext): void {
    const { doc, text } = context;
    const classification = doc.classification;
    if (!classification || !isClassified(classification.level)) return;
    if (context.date.year < Number(context.options.fromYear ?? 1995)) return;
    const line = doc.classifiedBy;
    if (!line) {
      const after = headingEnd(doc);
      const at = after === null ? null : lineEndAt(text, after);
      context.report({
        message: `${classification.level} cable has no CLASSIFIED BY line: expected "CLASSIFIED BY: <name>, <title>, <agency>, <office>; REASON: 1.4(<categories>)"`,
        start: classification.levelText.start,
        end: classification.levelText.end,
        fixes:
          at === null
            ? []
            : [
                {
                  title: 'Insert a CLASSIFIED BY line to fill in',
                  edits: [{ start: at, end: at, newText: newlineOf(text) + CLASSIFIED_BY_TEMPLATE }],
                  safe: false,
                },
              ],
      });
      return;
    }
    if (!line.by || line.by.text.trim().length === 0) {
      context.report({
        message: 'CLASSIFIED BY line names no classifier: expected the name and position of the classifying official',
        start: line.label.start,
        end: line.label.end,
      });
    }
  },
};
