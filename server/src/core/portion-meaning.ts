/**
 * What a portion mark means, in words (`(S//NF)` → SECRET, NOFORN — not releasable to foreign
 * nationals), and the marks a cable of a given level may use (for completion). Marks per
 * cable-format.md §11.2 and 5 FAH-1 H-246.2.
 */
import { LEVEL_RANK, type Level, type PortionMark } from './tree';

const CAVEAT_MEANINGS: ReadonlyArray<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^(NF|NOFORN)$/i, () => 'NOFORN — not releasable to foreign nationals'],
  [/^REL(?:\s+TO)?\s+(.+)$/i, (m) => `REL TO ${m[1].toUpperCase()} — releasable to ${m[1]}`],
  [/^FGI$/i, () => 'FGI — contains foreign government information'],
  [/^SBU$/i, () => 'SBU — Sensitive But Unclassified (administratively controlled)'],
  [/^FOUO$/i, () => 'FOUO — For Official Use Only'],
  [/^(N)$/i, () => 'N — NOFORN, not releasable to foreign nationals'],
];

export function describeCaveat(caveat: string): string {
  for (const [pattern, describe] of CAVEAT_MEANINGS) {
    const match = pattern.exec(caveat.trim());
    if (match) return describe(match);
  }
  return caveat;
}

/** `SECRET, NOFORN — not releasable to foreign nationals`, or null when the level is unknown. */
export function describePortionMark(mark: PortionMark): string | null {
  if (!mark.level) return null;
  return [mark.level, ...mark.caveats.map(describeCaveat)].join(', ');
}

/** True when the mark is above the cable's overall level (both known). */
export function exceedsLevel(mark: PortionMark, level: Level | null | undefined): boolean {
  return !!mark.level && !!level && LEVEL_RANK[mark.level] > LEVEL_RANK[level];
}

export interface PortionChoice {
  mark: string;
  level: Level;
  meaning: string;
}

export const PORTION_CHOICES: readonly PortionChoice[] = [
  { mark: '(U)', level: 'UNCLASSIFIED', meaning: 'UNCLASSIFIED' },
  { mark: '(SBU)', level: 'UNCLASSIFIED', meaning: 'Sensitive But Unclassified' },
  { mark: '(SBU/NF)', level: 'UNCLASSIFIED', meaning: 'Sensitive But Unclassified, NOFORN' },
  { mark: '(LOU)', level: 'LIMITED OFFICIAL USE', meaning: 'LIMITED OFFICIAL USE (historical)' },
  { mark: '(C)', level: 'CONFIDENTIAL', meaning: 'CONFIDENTIAL' },
  { mark: '(C/NF)', level: 'CONFIDENTIAL', meaning: 'CONFIDENTIAL, NOFORN — not releasable to foreign nationals' },
  { mark: '(S)', level: 'SECRET', meaning: 'SECRET' },
  { mark: '(S/NF)', level: 'SECRET', meaning: 'SECRET, NOFORN — not releasable to foreign nationals' },
  { mark: '(TS)', level: 'TOP SECRET', meaning: 'TOP SECRET' },
  { mark: '(TS/NF)', level: 'TOP SECRET', meaning: 'TOP SECRET, NOFORN — not releasable to foreign nationals' },
];

/** Marks allowed under `level` (all of them when the level is unknown). */
export function portionChoicesUpTo(level: Level | null | undefined): PortionChoice[] {
  if (!level) return [...PORTION_CHOICES];
  return PORTION_CHOICES.filter((choice) => LEVEL_RANK[choice.level] <= LEVEL_RANK[level]);
}
