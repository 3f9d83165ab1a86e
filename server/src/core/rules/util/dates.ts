/**
 * Calendar helpers for the marking rules: comparing cable dates, adding years, and reading /
 * writing the declassification dates of the E.O. line (`09/18/2019`, `2019/09/18`, `2019-02-12`,
 * `3/13/2018`, `6/30/08`).
 */
import type { CableDate } from '../../tree';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function compareDates(a: CableDate, b: CableDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The same calendar day `years` later (29 February becomes 28 February in a common year). */
export function addYears(date: CableDate, years: number): CableDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** The day after `date`. */
export function nextDay(date: CableDate): CableDate {
  if (date.day < daysInMonth(date.year, date.month)) return { ...date, day: date.day + 1 };
  if (date.month < 12) return { year: date.year, month: date.month + 1, day: 1 };
  return { year: date.year + 1, month: 1, day: 1 };
}

/** Whole years from `from` to `to` (negative when `to` is earlier). */
export function wholeYearsBetween(from: CableDate, to: CableDate): number {
  let years = to.year - from.year;
  if (years > 0 && compareDates(addYears(from, years), to) > 0) years--;
  if (years < 0 && compareDates(addYears(from, years), to) < 0) years++;
  return years;
}

export function isoDate(date: CableDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The two canonical forms a DECL date may be written in (configurable per project). */
export type DeclFormat = 'MM/DD/YYYY' | 'YYYY/MM/DD';

export const DECL_FORMATS: readonly DeclFormat[] = ['MM/DD/YYYY', 'YYYY/MM/DD'];

export function formatDeclDate(date: CableDate, format: DeclFormat): string {
  const year = String(date.year).padStart(4, '0');
  return format === 'YYYY/MM/DD'
    ? `${year}/${pad2(date.month)}/${pad2(date.day)}`
    : `${pad2(date.month)}/${pad2(date.day)}/${year}`;
}

export interface DeclDate {
  date: CableDate;
  /** The canonical form the text is written in, or null for any other form (1-digit parts,
   *  2-digit year, ISO dashes). */
  form: DeclFormat | null;
  /** True when the year was written with two digits and its century was inferred. */
  twoDigitYear: boolean;
}

/** `09/18/2019`, the form nearly every cable writes, read by character codes (what the MDY branch
 *  below returns for it, without the trim, two regexes and their match arrays); undefined for any
 *  other text. */
function canonicalDeclDate(text: string): DeclDate | null | undefined {
  if (text.length !== 10 || text.charCodeAt(2) !== 47 || text.charCodeAt(5) !== 47) return undefined;
  const month = twoDigits(text, 0);
  const day = twoDigits(text, 3);
  const high = twoDigits(text, 6);
  const low = twoDigits(text, 8);
  if (month < 0 || day < 0 || high < 0 || low < 0) return undefined;
  const date = { year: high * 100 + low, month, day };
  if (!isValidDate(date.year, date.month, date.day)) return null;
  return { date, form: 'MM/DD/YYYY', twoDigitYear: false };
}

/** The number written by the two digits at `at`, or -1. */
export function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const YMD = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;

/**
 * Reads a DECL date written as M/D/Y (US order, as the Department writes it), Y/M/D or ISO
 * Y-M-D. A 2-digit year is placed in the 100-year window from 25 years before to 75 years after
 * `reference` (the cable's date): E.O. 13526 caps classification at 75 years, and the window
 * always holds exactly one century, so the reading is never ambiguous.
 * Returns null when the text is not such a date or names a day that does not exist.
 */
export function parseDeclDate(text: string, reference: CableDate): DeclDate | null {
  const canonical = canonicalDeclDate(text);
  if (canonical !== undefined) return canonical;
  const trimmed = text.trim().replace(/\.$/, '');
  let match = MDY.exec(trimmed);
  if (match) {
    const [, m, d, y] = match;
    const twoDigitYear = y.length === 2;
    const year = twoDigitYear ? centuryFor(Number(y), reference.year) : Number(y);
    const date = { year, month: Number(m), day: Number(d) };
    if (!isValidDate(date.year, date.month, date.day)) return null;
    const form = m.length === 2 && d.length === 2 && !twoDigitYear ? 'MM/DD/YYYY' : null;
    return { date, form, twoDigitYear };
  }
  match = YMD.exec(trimmed);
  if (match) {
    const [, y, separator, m, d] = match;
    const date = { year: Number(y), month: Number(m), day: Number(d) };
    if (!isValidDate(date.year, date.month, date.day)) return null;
    const form = separator === '/' && m.length === 2 && d.length === 2 ? 'YYYY/MM/DD' : null;
    return { date, form, twoDigitYear: false };
  }
  return null;
}

/** The full year for a 2-digit `yy` in [referenceYear - 25, referenceYear + 75). */
export function centuryFor(yy: number, referenceYear: number): number {
  const low = referenceYear - 25;
  let year = Math.floor(low / 100) * 100 + yy;
  if (year < low) year += 100;
  return year;
}

/** For messages: `the cable's date 2009-09-18`, or `today (2026-11-27)` for an undated draft. */
export function describeDate(date: CableDate, dated: boolean): string {
  return dated ? `the cable's date ${isoDate(date)}` : `today (${isoDate(date)})`;
}
