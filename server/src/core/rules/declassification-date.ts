/**
 * CBL008: the DECL date of the E.O. line is a real date, not before the cable, and at most 25 years
 * after it (E.O. 13526 §1.5(b); longer needs the §3.3 exemptions). Dates are written in one of the
 * two forms the Department's systems produced — `MM/DD/YYYY` (classic) or `YYYY/MM/DD` (SMART,
 * 2009-10); other spellings (`3/13/2018`, `2019-02-12`, `6/30/08`) are rewritten to the configured one.
 */
import type { Rule, RuleContext } from '../rule';
import type { Token } from '../tree';
import { DECL_FORMATS, addYears, nextDay, compareDates, describeDate, formatDeclDate, parseDeclDate, wholeYearsBetween, type DeclFormat } from './util/dates';

export const declassificationDate: Rule = {
  id: 'CBL008',
  alias: 'declassification-date',
  description: 'The DECL date is a valid date, after the cable\'s date and within the allowed span, in the canonical form.',
  severity: 'warning',
  tags: ['classification'],
  fixable: true,
  options: {
    maxYears: {
      type: 'number',
      description: 'Most years a DECL date may lie after the cable\'s date (E.O. 13526 §1.5(b)).',
      default: 25,
    },
    format: {
      type: 'string',
      description: 'Canonical form the fix writes: "MM/DD/YYYY" or "YYYY/MM/DD".',
      default: 'MM/DD/YYYY',
    },
    strictFormat: {
      type: 'boolean',
      description: 'Also report dates written in the other canonical form.',
      default: false,
    },
  },
  check(context: RuleContext): void {
    const { doc } = context;
    const eo = doc.eo;
    const declassify = eo?.declassify;
    if (!eo || !declassify || doc.classification?.level === 'UNCLASSIFIED') return;
    // "DECLASSIFIED BY NARA 09/02/2009" is a release stamp, not an instruction.
    if (/DECLASSIF/i.test(eo.line.text)) return;
    const format = configuredFormat(context.options.format);
    if (declassify.kind === 'unparseable') {
      context.report({
        message: `Unparseable DECL date "${declassify.token.text.trim()}": expected a date such as ${formatDeclDate({ year: 2019, month: 9, day: 18 }, format)}`,
        start: declassify.token.start,
        end: declassify.token.end,
      });
      return;
    }
    if (declassify.kind !== 'date') return;
    const { token } = declassify;
    const written = dateText(token);
    const parsed = parseDeclDate(written.text, context.date);
    if (!parsed) {
      context.report({
        message: `DECL date "${written.text}" is not a calendar date: expected ${format}`,
        start: written.start,
        end: written.end,
      });
      return;
    }
    const maxYears = Number(context.options.maxYears ?? 25);
    if (compareDates(parsed.date, context.date) < 0) {
      context.report({
        message: `DECL date ${written.text} is before ${describeDate(context.date, context.dated)}: a declassification date must follow the cable`,
        start: written.start,
        end: written.end,
        severity: 'error',
      });
    } else if (compareDates(parsed.date, nextDay(addYears(context.date, maxYears))) > 0) {
      // One day of slack: the DTG is UTC, the drafter's local date may already be the next day.
      const years = wholeYearsBetween(context.date, parsed.date);
      const span = years > maxYears ? `${years} years` : `more than ${maxYears} years`;
      context.report({
        message: `DECL date ${written.text} is ${span} after ${describeDate(context.date, context.dated)}: expected at most ${maxYears} (E.O. 13526 §1.5(b))`,
        start: written.start,
        end: written.end,
      });
    }
    const strict = context.options.strictFormat === true;
    if (parsed.form === null || (strict && parsed.form !== format)) {
      const canonical = formatDeclDate(parsed.date, format);
      context.report({
        message: `DECL date "${written.text}" is not in the canonical form: expected "${canonical}"`,
        start: written.start,
        end: written.end,
        severity: 'info',
        fixes: [{ title: `Write the date as ${canonical}`, edits: [{ start: written.start, end: written.end, newText: canonical }], safe: true }],
      });
    }
  },
};

function configuredFormat(value: unknown): DeclFormat {
  return DECL_FORMATS.find((format) => format === value) ?? 'MM/DD/YYYY';
}

/** The date proper inside the token: without surrounding blanks and a final full stop. */
function dateText(token: Token): { text: string; start: number; end: number } {
  const trimmed = token.text.trim();
  // `replace(/\.$/, '')` by one character test (every dated E.O. line asks).
  const text = trimmed.charCodeAt(trimmed.length - 1) === 46 ? trimmed.slice(0, -1) : trimmed;
  const start = token.start + Math.max(0, token.text.indexOf(text));
  return { text, start, end: start + text.length };
}
