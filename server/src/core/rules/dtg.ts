/**
 * CBL011: format line 5 is `<precedence> DDHHMMZ MON YY` (`R 180924Z SEP 09`; dual precedence
 * `O R 221334Z SEP 09`) with a real day and time, and format line 2's prosign digraph repeats the
 * highest precedence letter (`RR`) [5 FAH-2 H-321.2-1; ACP-127]. Precedence letters are Z (FLASH),
 * O (IMMEDIATE, also NIACT IMMEDIATE), P (PRIORITY), R (ROUTINE).
 */
import type { Rule, RuleContext } from '../rule';
import type { DtgLine, Token } from '../tree';
import { daysInMonth, twoDigits } from './util/dates';

/** Highest first. */
const PRECEDENCES = ['Z', 'O', 'P', 'R'];
const PRECEDENCE_NAMES = 'Z (FLASH), O (IMMEDIATE), P (PRIORITY) or R (ROUTINE)';
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export const dtg: Rule = {
  id: 'CBL011',
  alias: 'dtg',
  description: 'The date-time group is valid, with known precedences matching the prosign.',
  severity: 'error',
  tags: ['header'],
  fixable: false,
  check(context: RuleContext): void {
    const header = context.doc.header;
    const line = header?.dtg;
    if (!line) return;
    const known = checkPrecedences(context, line.precedences);
    checkDateTime(context, line);
    const prosign = header.prosign?.prosign;
    if (prosign && known.length > 0) {
      const highest = PRECEDENCES.find((letter) => known.includes(letter)) as string;
      const expected = highest + highest;
      if (prosign.text.toUpperCase() !== expected) {
        context.report({
          message: `Prosign ${prosign.text} does not match the DTG precedence ${known.join(' ')}: expected ${expected} (the highest precedence, doubled)`,
          start: prosign.start,
          end: prosign.end,
          severity: 'warning',
        });
      }
    }
  },
};

/** Reports unknown precedence letters; returns the known ones (upper case). */
function checkPrecedences(context: RuleContext, precedences: readonly Token[]): string[] {
  const known: string[] = [];
  for (const precedence of precedences) {
    const letter = precedence.text.toUpperCase();
    if (PRECEDENCES.includes(letter)) {
      known.push(letter);
    } else {
      context.report({
        message: `Unknown precedence ${precedence.text}: expected ${PRECEDENCE_NAMES}`,
        start: precedence.start,
        end: precedence.end,
      });
    }
  }
  return known;
}

function checkDateTime(context: RuleContext, line: DtgLine): void {
  const { dateTime, month, year } = line;
  if (!dateTime) {
    const end = line.line.start + line.line.text.trimEnd().length;
    context.report({ message: 'DTG has no date-time group: expected DDHHMMZ MON YY (e.g. 180924Z SEP 09)', start: line.line.start, end });
    return;
  }
  const monthIndex = month ? MONTHS.indexOf(month.text.toUpperCase()) : -1;
  if (!month) {
    context.report({ message: 'DTG has no month: expected DDHHMMZ MON YY (e.g. 180924Z SEP 09)', start: dateTime.start, end: dateTime.end });
  } else if (monthIndex === -1) {
    context.report({ message: `Unknown month ${month.text} in the DTG: expected JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP, OCT, NOV or DEC`, start: month.start, end: month.end });
  }
  if (!year) {
    context.report({ message: 'DTG has no year: expected a 2-digit year after the month (SEP 09)', start: (month ?? dateTime).start, end: (month ?? dateTime).end });
  } else if (!isTwoDigits(year.text)) {
    context.report({ message: `Malformed DTG year ${year.text}: expected 2 digits (09)`, start: year.start, end: year.end });
  }
  // DDHHMMZ read by character codes (as `/^(\d{2})(\d{2})(\d{2})Z$/i` would): every header has one.
  const written = dateTime.text;
  if (!isDayTime(written)) {
    context.report({ message: `Malformed date-time group ${dateTime.text}: expected DDHHMMZ (day, hour, minute, Z for UTC)`, start: dateTime.start, end: dateTime.end });
    return;
  }
  const day = twoDigits(written, 0);
  const hour = twoDigits(written, 2);
  const minute = twoDigits(written, 4);
  const problems: string[] = [];
  const fullYear = year && isTwoDigits(year.text) ? twoDigitYear(Number(year.text)) : 2000;
  const lastDay = monthIndex >= 0 ? daysInMonth(fullYear, monthIndex + 1) : 31;
  if (day < 1 || day > lastDay) problems.push(`day ${written.slice(0, 2)} does not exist${monthIndex >= 0 ? ` in ${MONTHS[monthIndex]}` : ''}`);
  if (hour > 23) problems.push(`hour ${written.slice(2, 4)} is past 23`);
  if (minute > 59) problems.push(`minute ${written.slice(4, 6)} is past 59`);
  if (problems.length > 0) {
    context.report({ message: `Invalid date-time group ${dateTime.text}: ${problems.join(', ')}`, start: dateTime.start, end: dateTime.end });
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `/^\d{2}$/` */
function isTwoDigits(text: string): boolean {
  return text.length === 2 && isDigit(text.charCodeAt(0)) && isDigit(text.charCodeAt(1));
}

/** `/^\d{6}Z$/i` */
function isDayTime(text: string): boolean {
  if (text.length !== 7 || (text.charCodeAt(6) | 32) !== 122) return false;
  for (let i = 0; i < 6; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** DTG years run 1966-2065 in practice: 66-99 → 19xx, 00-65 → 20xx (only leap years matter here). */
function twoDigitYear(yy: number): number {
  return yy >= 66 ? 1900 + yy : 2000 + yy;
}
