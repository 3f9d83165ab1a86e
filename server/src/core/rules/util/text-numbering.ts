/**
 * Reading a run of paragraph numbers (or sub-paragraph labels) against the sequence 1..n: which
 * ones break it and why, and what each should be. Shared by the paragraph-numbering rule.
 */

export interface Numbered {
  /** The number as written (`11`), or the label (`C`). */
  written: string;
  value: number;
}

export type Verdict =
  | { kind: 'ok'; target: number }
  /** `11.` where 1 was expected: a mangled `¶` before `1.` (09TASHKENT1503). */
  | { kind: 'mangled'; target: number }
  /** Gap, repeat or restart: `expected` is what follows the previous number. */
  | { kind: 'break'; target: number; expected: number; previous?: number; restart: boolean }
  /** A lone number the next item ignores (`3, 30, 4`): a wrapped line that starts with a number. */
  | { kind: 'stray'; expected: number };

/**
 * `target` is the item's place in 1..n (what a renumbering writes); `expected` follows the previous
 * number, so one slip gives one finding rather than one per later paragraph.
 */
export function judgeSequence(items: readonly Numbered[], detectMangledPilcrow = true): Verdict[] {
  const verdicts: Verdict[] = [];
  let expected = 1;
  let position = 1;
  let previous: number | undefined;
  items.forEach((item, i) => {
    const { value, written } = item;
    if (value === expected) {
      verdicts.push({ kind: 'ok', target: position++ });
      previous = value;
      expected = value + 1;
      return;
    }
    // Stray first: `4, 15, 5` is a wrapped line starting "15." (09DOHA502), not a mangled ¶5.
    const next = items[i + 1];
    if (previous !== undefined && value > expected && next !== undefined && next.value === expected) {
      verdicts.push({ kind: 'stray', expected });
      return;
    }
    if (detectMangledPilcrow && written.length >= 2 && written[0] === '1' && written[1] !== '0' && Number(written.slice(1)) === expected) {
      verdicts.push({ kind: 'mangled', target: position++ });
      previous = expected;
      expected += 1;
      return;
    }
    verdicts.push({ kind: 'break', target: position, expected, previous, restart: value === 1 && position > 1 });
    position++;
    previous = value;
    expected = value + 1;
  });
  return verdicts;
}

/** `A`→1, `b`→2, `1`→1; NaN for anything else. */
export function labelValue(label: string): number {
  if (/^\d+$/.test(label)) return Number(label);
  if (/^[A-Za-z]$/.test(label)) return label.toUpperCase().charCodeAt(0) - 64;
  return NaN;
}

/** The label for `value` in the style of `like` (`C`, `c` or `3`). */
export function labelFor(value: number, like: string): string {
  if (/^\d+$/.test(like)) return String(value);
  const letter = String.fromCharCode(64 + value);
  return like === like.toLowerCase() ? letter.toLowerCase() : letter;
}
