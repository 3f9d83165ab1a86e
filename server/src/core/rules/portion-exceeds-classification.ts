/**
 * CBL006: the cable's overall classification is at least the highest portion in it (E.O. 13526
 * §1.6; 5 FAH-1 H-130), and NOFORN portions need the cable to be marked NOFORN (caption line or
 * classification line). In UNCLAS cables classified portions are CBL004's, so they are not
 * reported twice.
 */
import type { Rule, RuleContext } from '../rule';
import { LEVEL_RANK, type PortionMark } from '../tree';
import { allPortions, portionPlace, cableIsNoforn, isNofornCaveat, somePortionMark } from './util/marking-levels';

export const portionExceedsClassification: Rule = {
  id: 'CBL006',
  alias: 'portion-exceeds-classification',
  description: 'No portion mark is above the cable\'s classification, and NOFORN portions have a NOFORN cable.',
  severity: 'error',
  tags: ['classification', 'body'],
  fixable: false,
  check(context: RuleContext): void {
    const { doc } = context;
    const level = doc.classification?.level;
    if (!level) return;
    // The common case, no mark above the cable and no NOFORN mark, is answered in one walk of the
    // marks, without building the located list of portions.
    const rank = LEVEL_RANK[level];
    const checksLevel = rank > LEVEL_RANK.UNCLASSIFIED;
    const due = (mark: PortionMark) => (checksLevel && !!mark.level && LEVEL_RANK[mark.level] > rank) || hasNofornCaveat(mark);
    if (!somePortionMark(doc, due)) return;
    const portions = allPortions(doc);
    if (LEVEL_RANK[level] > LEVEL_RANK.UNCLASSIFIED) {
      for (const portion of portions) {
        const { mark } = portion;
        if (!mark.level || LEVEL_RANK[mark.level] <= LEVEL_RANK[level]) continue;
        context.report({
          message: `Portion mark ${mark.text} on ${portionPlace(portion)} is above the cable's classification ${level}: raise the cable or lower the portion`,
          start: mark.start,
          end: mark.end,
        });
      }
    }
    if (cableIsNoforn(doc)) return;
    const noforn = portions.filter(({ mark }) => mark.caveats.some(isNofornCaveat));
    if (noforn.length === 0) return;
    // One finding for the first NOFORN portion: the fix is one caption line, not one per paragraph.
    const first = noforn[0];
    const { mark } = first;
    const others = noforn.length > 1 ? ` (and ${noforn.length - 1} more NOFORN portion${noforn.length > 2 ? 's' : ''})` : '';
    context.report({
      message: `NOFORN portion ${mark.text} on ${portionPlace(first)}${others}, but the cable has no NOFORN caption or NOFORN on its classification line`,
      start: mark.start,
      end: mark.end,
      severity: 'warning',
    });
  },
};

function hasNofornCaveat(mark: PortionMark): boolean {
  return mark.caveats.length > 0 && mark.caveats.some(isNofornCaveat); // most marks have none
}
