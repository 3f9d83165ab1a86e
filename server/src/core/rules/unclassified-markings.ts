/**
 * CBL004: an UNCLAS cable carries no classification markings: no CLASSIFIED BY line, no
 * declassification date (unclassified cables say `E.O. 12958: N/A`), no (C)/(S)/(TS) portions.
 * Any of them means either the level or the markings are wrong — a possible spill.
 */
import type { Rule, RuleContext } from '../rule';
import { LEVEL_RANK } from '../tree';
import { allPortions, portionPlace, isClassified, somePortionMark } from './util/marking-levels';

export const unclassifiedMarkings: Rule = {
  id: 'CBL004',
  alias: 'unclassified-markings',
  description: 'An UNCLAS cable carries no CLASSIFIED BY line, declassification date or classified portion marks.',
  severity: 'error',
  tags: ['classification'],
  fixable: false,
  check(context: RuleContext): void {
    const { doc } = context;
    const classification = doc.classification;
    if (!classification || classification.level === null || LEVEL_RANK[classification.level] !== LEVEL_RANK.UNCLASSIFIED) return;
    const written = classification.levelText.text;
    if (doc.classifiedBy) {
      context.report({
        message: `${written} cable carries a CLASSIFIED BY line: remove it, or raise the classification`,
        start: doc.classifiedBy.label.start,
        end: doc.classifiedBy.label.end,
      });
    }
    const declassify = doc.eo?.declassify;
    // Re-released cables say "DECLASSIFIED BY NARA 09/02/2009": a release stamp, not an instruction.
    if (declassify?.kind === 'date' && !/DECLASSIFIED/i.test(doc.eo?.line.text ?? '')) {
      context.report({
        message: `${written} cable carries a declassification date ${declassify.token.text}: expected "N/A"`,
        start: declassify.token.start,
        end: declassify.token.end,
      });
    }
    if (!somePortionMark(doc, (mark) => isClassified(mark.level))) return; // no list to build
    for (const portion of allPortions(doc)) {
      const { mark } = portion;
      if (!isClassified(mark.level)) continue;
      context.report({
        message: `Classified portion mark ${mark.text} on ${portionPlace(portion)} of an ${written} cable: mark it (U) or (SBU), or raise the classification`,
        start: mark.start,
        end: mark.end,
      });
    }
  },
};
