/**
 * CBL009: the security warning of the transmission header (format line 4) agrees with the
 * classification line: `ZNY` + five times the level's initial for classified traffic (`ZNY CCCCC`,
 * `ZNY SSSSS`, `ZNY TTTTT`), `ZNR UUUUU` for unclassified (`ZNR EEEEE` for UNCLAS EFTO)
 * [5 FAH-2 H-320 format lines; ACP-127]. LIMITED OFFICIAL USE travels as ZNR; its letters are not
 * checked (no source gives them).
 */
import type { Rule, RuleContext } from '../rule';
import type { Level } from '../tree';
import { isClassified } from './util/marking-levels';

const INITIAL: Partial<Record<Level, string>> = {
  UNCLASSIFIED: 'U',
  CONFIDENTIAL: 'C',
  SECRET: 'S',
  'TOP SECRET': 'T',
};

export const headerClassificationMismatch: Rule = {
  id: 'CBL009',
  alias: 'header-classification-mismatch',
  description: 'The ZNY/ZNR security line of the header agrees with the classification line.',
  severity: 'error',
  tags: ['header', 'classification'],
  fixable: false,
  check(context: RuleContext): void {
    const { doc } = context;
    const security = doc.header?.security;
    const classification = doc.classification;
    const level = classification?.level;
    if (!security || !classification || !level) return;
    const written = classification.levelText.text;
    const classified = isClassified(level);
    const signal = security.signal.text.toUpperCase();
    const expectedSignal = classified ? 'ZNY' : 'ZNR';
    if ((signal === 'ZNY' || signal === 'ZNR') && signal !== expectedSignal) {
      context.report({
        message: `${signal} marks ${signal === 'ZNY' ? 'a classified' : 'an unclassified'} message but the classification line says ${written}: expected ${expectedSignal}`,
        start: security.signal.start,
        end: security.signal.end,
      });
    }
    const letters = security.letters;
    const initial = INITIAL[level];
    if (!letters || !initial) return;
    const efto = level === 'UNCLASSIFIED' && classification.caveats.some((caveat) => /E\s*F\s*T\s*O/i.test(caveat.text));
    const text = letters.text.toUpperCase();
    if (fiveTimes(text, initial) || (efto && fiveTimes(text, 'E'))) return;
    const accepted = efto ? ['E', initial] : [initial];
    const expected = accepted.map((letter) => letter.repeat(5)).join(' or ');
    const uniform = text.length === 5 && [...text].every((c) => c === text[0]);
    context.report({
      message: uniform
        ? `${signal} ${letters.text} does not match the classification line ${written}: expected ${expected}`
        : `Security letters ${letters.text} are not five times the level's initial: expected ${expected}`,
      start: letters.start,
      end: letters.end,
    });
  },
};

/** `text === letter.repeat(5)` without building the repeat (asked for every cable with a header). */
function fiveTimes(text: string, letter: string): boolean {
  if (text.length !== 5) return false;
  for (let i = 0; i < 5; i++) if (text[i] !== letter) return false;
  return true;
}
