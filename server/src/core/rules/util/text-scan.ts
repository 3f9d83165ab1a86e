/**
 * Finding words in prose fast: native substring search (`indexOf`, much faster than a character
 * loop on long bodies) for each spelling of a word, kept where a word starts, merged in order.
 */

function isWordChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Occurrences of `needle` not preceded by a letter or digit (`therefore`, `preference` skipped). */
export function wordStarts(text: string, needle: string, start: number, end: number): number[] {
  const found: number[] = [];
  const step = needle.length;
  for (let i = text.indexOf(needle, start); i !== -1 && i + step < end; i = text.indexOf(needle, i + step)) {
    if (i === 0 || !isWordChar(text.charCodeAt(i - 1))) found.push(i);
  }
  return found;
}

/**
 * Word starts of two same-length spellings that share their first letter (`Para`, `PARA`): one
 * native search for that letter, the rest compared where it stops. Each native scan of the bodies
 * costs ~1 ms per corpus pass, so one scan for both halves the cost. Same result as `wordStarts`
 * for each spelling, merged (the spellings hold their first letter only at their start).
 */
export function wordStartsOfEither(text: string, a: string, b: string, start: number, end: number): number[] {
  const found: number[] = [];
  const first = a[0];
  const step = a.length;
  for (let i = text.indexOf(first, start); i !== -1 && i + step < end; i = text.indexOf(first, i + 1)) {
    if ((text.startsWith(a, i) || text.startsWith(b, i)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) found.push(i);
  }
  return found;
}

/**
 * Word starts of a `length`-letter word found by its last letter `last`, for words whose last letter
 * is rarer than their first (`REF` / `ref`: F is far rarer than R in English and in upper-case
 * cables, so the native search stops less often); `rest(text, i)` checks the letters before it.
 * Same result as `wordStarts` for each spelling, merged, provided `last` is not among the word's
 * other letters (`rest` rejects such a word): then the search after a `last` resumes `length` on,
 * since a nearer `last` would need this one as an earlier letter (`off`, `staff`, `effect`: one
 * native call fewer each, ~9% of the f's in the corpus).
 */
export function wordStartsByLastLetter(
  text: string,
  last: string,
  length: number,
  start: number,
  end: number,
  rest: (text: string, i: number) => boolean,
): number[] {
  const found: number[] = [];
  for (let k = text.indexOf(last, start + length - 1); k !== -1; k = text.indexOf(last, k + length)) {
    const i = k - length + 1;
    if (i + length >= end) break;
    if (rest(text, i) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) found.push(i);
  }
  return found;
}

/** Three ascending lists as one ascending list (they never share a position). */
export function mergeSorted(a: readonly number[], b: readonly number[], c: readonly number[]): number[] {
  if (b.length === 0 && c.length === 0) return a as number[];
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length || k < c.length) {
    const x = i < a.length ? a[i] : Infinity;
    const y = j < b.length ? b[j] : Infinity;
    const z = k < c.length ? c[k] : Infinity;
    if (x <= y && x <= z) merged.push(a[i++]);
    else if (y <= z) merged.push(b[j++]);
    else merged.push(c[k++]);
  }
  return merged;
}
