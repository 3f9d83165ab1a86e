/**
 * CBL007: the E.O. line cites the classification order in force on the cable's date and carries a
 * declassification instruction (`DECL: <date>`) on classified cables, `N/A` on unclassified ones
 * (E.O. 13526 §1.6(a)(4); 5 FAH-1 H-130). The date itself is CBL008's.
 */
import type { Rule, RuleContext } from '../rule';
import type { CableDate, CableDocument, EoLine, Span } from '../tree';
import { compareDates, describeDate } from './util/dates';
import { isClassified } from './util/marking-levels';

interface OrderPeriod {
  order: string;
  /** Signed: a cable may cite a new order from its signature... */
  from: CableDate;
  /** ...and must from its effective date (E.O. 13526: signed Dec 29 2009, effective June 27 2010)... */
  effective: CableDate;
  /** ...until its successor took effect (exclusive); null for the order in force today. */
  until: CableDate | null;
}

/** Classification orders and when a cable could cite them. */
export const ORDER_PERIODS: readonly OrderPeriod[] = [
  { order: '10501', from: { year: 1953, month: 11, day: 5 }, effective: { year: 1953, month: 12, day: 15 }, until: { year: 1972, month: 6, day: 1 } },
  { order: '11652', from: { year: 1972, month: 3, day: 8 }, effective: { year: 1972, month: 6, day: 1 }, until: { year: 1978, month: 12, day: 1 } },
  { order: '12065', from: { year: 1978, month: 6, day: 28 }, effective: { year: 1978, month: 12, day: 1 }, until: { year: 1982, month: 8, day: 1 } },
  { order: '12356', from: { year: 1982, month: 4, day: 2 }, effective: { year: 1982, month: 8, day: 1 }, until: { year: 1995, month: 10, day: 14 } },
  { order: '12958', from: { year: 1995, month: 4, day: 17 }, effective: { year: 1995, month: 10, day: 14 }, until: { year: 2010, month: 6, day: 27 } },
  { order: '13526', from: { year: 2009, month: 12, day: 29 }, effective: { year: 2010, month: 6, day: 27 }, until: null },
];

/** The orders a cable of `date` may cite: the one in effect, plus a signed successor or a
 *  predecessor still in effect during a transition. */
export function ordersInForce(date: CableDate): string[] {
  return ORDER_PERIODS.filter(
    (period) => compareDates(date, period.from) >= 0 && (period.until === null || compareDates(date, period.until) < 0),
  ).map((period) => period.order);
}

/** The order in effect on `date` (the one to suggest), or undefined before 1953. */
export function orderInEffect(date: CableDate): string | undefined {
  let found: string | undefined;
  for (const period of ORDER_PERIODS) if (compareDates(date, period.effective) >= 0) found = period.order;
  return found;
}

export const eoLine: Rule = {
  id: 'CBL007',
  alias: 'eo-line',
  description: 'The E.O. line cites the order in force on the cable\'s date, with DECL on classified and N/A on unclassified cables.',
  severity: 'error',
  tags: ['classification'],
  fixable: false,
  check(context: RuleContext): void {
    const { doc } = context;
    const eo = doc.eo;
    if (!eo) {
      reportMissing(context, doc, orderInEffect(context.date));
      return;
    }
    const lineText = eo.line.text;
    // Re-released cables carry the stamp of the order they were declassified under.
    const releaseStamp = /DECLASSIF/i.test(lineText);
    checkOrder(context, eo, releaseStamp);
    checkInstruction(context, doc, eo, releaseStamp);
  },
};

/** `E.O. 12958`, for messages only (built when a finding is reported). */
function expectedOrderText(date: CableDate): string {
  const inEffect = orderInEffect(date);
  return inEffect ? `E.O. ${inEffect}` : 'the order in force';
}

/** `ordersInForce(date)` is non-empty and lacks `order`, without building the list (every cable asks). */
function notInForce(date: CableDate, order: string): boolean {
  let anyInForce = false;
  for (const period of ORDER_PERIODS) {
    if (compareDates(date, period.from) < 0 || (period.until !== null && compareDates(date, period.until) >= 0)) continue;
    if (period.order === order) return false;
    anyInForce = true;
  }
  return anyInForce;
}

function isKnownOrder(order: string): boolean {
  for (const period of ORDER_PERIODS) if (period.order === order) return true;
  return false;
}

function reportMissing(context: RuleContext, doc: CableDocument, order: string | undefined): void {
  const anchor: Span | undefined = doc.tags?.label ?? doc.subject?.label ?? doc.classification?.levelText;
  if (!anchor) return;
  const classified = isClassified(doc.classification?.level);
  context.report({
    message: `No E.O. line: expected "E.O. ${order ?? '<order>'}: ${classified ? 'DECL: <date>' : 'N/A'}" after the captions`,
    start: anchor.start,
    end: anchor.end,
  });
}

function checkOrder(context: RuleContext, eo: EoLine, releaseStamp: boolean): void {
  const { text } = context;
  const order = eo.order;
  if (!order) {
    context.report({
      message: `E.O. line names no executive order: expected "${expectedOrderText(context.date)}:"`,
      start: eo.label.start,
      end: eo.label.end,
      severity: 'warning',
    });
    return;
  }
  const number = order.text.trim();
  if (!isKnownOrder(number)) {
    context.report({
      message: `Unknown executive order ${number}: expected ${expectedOrderText(context.date)} for ${describeDate(context.date, context.dated)}`,
      start: order.start,
      end: order.end,
      severity: 'warning',
    });
  } else if (!releaseStamp && notInForce(context.date, number)) {
    context.report({
      message: `E.O. ${number} was not in force on ${describeDate(context.date, context.dated)}: expected ${expectedOrderText(context.date)}`,
      start: order.start,
      end: order.end,
      severity: 'warning',
    });
  }
  let after = order.end;
  while (text[after] === ' ' || text[after] === '\t') after++;
  const colon = text[after] === ':';
  if (eo.label.text !== 'E.O.' || !colon) {
    context.report({
      message: `Non-standard E.O. line "${text.slice(eo.label.start, colon ? after + 1 : order.end)}": expected "E.O. ${number}:"`,
      start: eo.label.start,
      end: order.end,
      severity: 'info',
    });
  }
}

function checkInstruction(context: RuleContext, doc: CableDocument, eo: EoLine, releaseStamp: boolean): void {
  const level = doc.classification?.level;
  if (!level || releaseStamp) return;
  const declassify = eo.declassify;
  if (declassify?.kind === 'na' && isClassified(level)) {
    context.report({
      message: `${level} cable has "N/A" on its E.O. line: expected "DECL: <date>" (a declassification instruction)`,
      start: declassify.token.start,
      end: declassify.token.end,
    });
  } else if (!declassify && !eo.instructionLabel) {
    const classified = isClassified(level);
    context.report({
      message: classified
        ? `E.O. line gives no declassification instruction: expected "DECL: <date>" on a ${level} cable`
        : 'E.O. line gives no instruction: expected "N/A" on an unclassified cable',
      start: eo.label.start,
      end: eo.line.start + eo.line.text.trimEnd().length,
      severity: 'warning',
    });
  }
}
