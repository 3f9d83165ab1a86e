/**
 * CBL005: in a classified cable every numbered paragraph carries its portion mark right after the
 * number (5 FAH-1 H-246.2: `(U)`, `(C)`, `(S)`, `(TS)`, `(SBU)`), unless the cable declares
 * `… - ENTIRE TEXT`. Paragraphs quoted from another document (BEGIN/END TEXT, QUOTE) keep their own
 * conventions. Malformed marks (`(N/SF)`, `(SNF)`, `(c)`) are reported in every cable.
 */
import type { Fix, Rule, RuleContext } from '../rule';
import { LEVEL_RANK, type Level, type Paragraph, type PortionMark } from '../tree';
import { LEVEL_LETTERS, allPortions, portionPlace, cableIsNoforn, isClassified, somePortionMark } from './util/marking-levels';

const CLASSIFIED_LEVELS: Level[] = ['CONFIDENTIAL', 'SECRET', 'TOP SECRET'];

export const portionMarking: Rule = {
  id: 'CBL005',
  alias: 'portion-marking',
  description: 'Every numbered paragraph of a classified cable has a well-formed portion mark.',
  severity: 'warning',
  tags: ['classification', 'body'],
  fixable: true,
  options: {
    fromYear: {
      type: 'number',
      description: 'Cables dated before this year are not checked for missing marks (portion marking came with E.O. 12065, effective December 1978).',
      default: 1979,
    },
  },
  check(context: RuleContext): void {
    checkMalformed(context);
    checkMissing(context);
  },
};

function checkMalformed(context: RuleContext): void {
  if (!somePortionMark(context.doc, isMalformed)) return; // the common case: no list to build
  for (const portion of allPortions(context.doc)) {
    const { mark } = portion;
    if (mark.valid) continue;
    const fixes: Fix[] = [];
    if (mark.normalized && mark.normalized !== mark.text) {
      fixes.push({
        title: `Replace ${mark.text} with ${mark.normalized}`,
        edits: [{ start: mark.start, end: mark.end, newText: mark.normalized }],
        safe: true,
      });
    }
    context.report({
      message: mark.normalized
        ? `Malformed portion mark ${mark.text} on ${portionPlace(portion)}: expected ${mark.normalized}`
        : `Malformed portion mark ${mark.text} on ${portionPlace(portion)}: expected (U), (SBU), (C), (S) or (TS), with caveats after a slash as in (S/NF)`,
      start: mark.start,
      end: mark.end,
      fixes,
    });
  }
}

function isMalformed(mark: PortionMark): boolean {
  return !mark.valid;
}

function checkMissing(context: RuleContext): void {
  const { doc } = context;
  const level = doc.classification?.level;
  const fromYear = Number(context.options.fromYear ?? 1979);
  if (!isClassified(level) || doc.entireText || context.date.year < fromYear) return;
  let marks: string[] | undefined; // read at the first finding: most classified cables have none
  // The cable's own numbering: an unmarked number that does not continue it is not one of its
  // paragraphs but a wrapped line starting with a number (`¶15.` between 1 and 2) or a numbered
  // list inside a paragraph (1, 2, 3 again after 9); paragraph-numbering judges those.
  let last: number | undefined;
  let listLast: number | undefined;
  for (const item of doc.body.items) {
    if (item.type !== 'paragraph' || item.quoted) continue;
    if (item.portion) {
      last = item.value;
      listLast = undefined;
      continue;
    }
    const continuesList = listLast !== undefined && item.value === listLast + 1;
    if (continuesList || (last !== undefined && item.value !== last + 1)) {
      listLast = item.value;
      continue;
    }
    last = item.value;
    // WikiLeaks redacted the whole paragraph, mark included (`¶3. xxxxxxxxxxxx`).
    if (startsWithRedaction(context.text, item)) continue;
    marks ??= offeredMarks(level, cableIsNoforn(doc));
    context.report({
      message: `Paragraph ${item.number.text} has no portion mark: expected one of ${marks.join(', ')} after the number`,
      start: item.number.start,
      end: item.number.end,
      fixes: insertionFixes(context.text, item, marks),
    });
  }
}

function startsWithRedaction(text: string, paragraph: Paragraph): boolean {
  let at = paragraph.number.end;
  if (text[at] === '.' || text[at] === ')') at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return /^[xX]{5}/.test(text.slice(at, at + 5));
}

/** The marks a paragraph of this cable may carry: U and SBU, then each level up to the cable's
 *  (with the NOFORN variants when the cable is NOFORN). */
function offeredMarks(level: Level, noforn: boolean): string[] {
  const marks = ['(U)', '(SBU)'];
  for (const candidate of CLASSIFIED_LEVELS) {
    if (LEVEL_RANK[candidate] > LEVEL_RANK[level]) continue;
    marks.push(`(${LEVEL_LETTERS[candidate]})`);
    if (noforn) marks.push(`(${LEVEL_LETTERS[candidate]}/NF)`);
  }
  return marks;
}

/** One fix per mark, inserted before the paragraph text (`4. Text` → `4. (C) Text`). */
function insertionFixes(text: string, paragraph: Paragraph, marks: readonly string[]): Fix[] {
  let at = paragraph.number.end;
  if (text[at] === '.' || text[at] === ')') at++;
  const afterNumber = at;
  while (at < paragraph.end && (text[at] === ' ' || text[at] === '\t')) at++;
  const lineEnds = at >= paragraph.end || text[at] === '\n' || text[at] === '\r';
  const prefix = at === afterNumber ? ' ' : '';
  return marks.map((mark) => ({
    title: `Mark paragraph ${paragraph.number.text} ${mark}`,
    edits: [{ start: at, end: at, newText: lineEnds ? `${prefix}${mark}` : `${prefix}${mark} ` }],
    safe: false,
  }));
}
