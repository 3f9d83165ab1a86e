/**
 * Suggestions for unknown words: edit distance (with transpositions) against a vocabulary, and
 * splitting run-together words (`MASSMNUC` → `MASS MNUC`) into known pieces.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early
 *  once every cell of a row exceeds `limit` (then returns limit + 1). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** `editDistance(a, b)` when it is 0 or 1, else 2: a single look along both words, no table
 *  (what a vocabulary of hundreds of codes is searched with, once per unknown code). */
export function editDistanceUpToOne(a: string, b: string): number {
  if (a === b) return 0;
  const difference = a.length - b.length;
  if (difference > 1 || difference < -1) return 2;
  const shorter = difference < 0 ? a.length : b.length;
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (difference > 0) return a.slice(i + 1) === b.slice(i) ? 1 : 2; // one letter dropped from a
  if (difference < 0) return a.slice(i) === b.slice(i + 1) ? 1 : 2; // one letter added to a
  if (a.slice(i + 1) === b.slice(i + 1)) return 1; // one letter replaced
  // Two neighbours swapped (`PGVO` / `PGOV`).
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2) ? 1 : 2;
}

/** The vocabulary words nearest to `word` within `maxDistance`, best first (ties keep vocabulary order). */
export function nearest(word: string, vocabulary: readonly string[], maxDistance: number): { word: string; distance: number }[] {
  const found: { word: string; distance: number }[] = [];
  for (const candidate of vocabulary) {
    if (Math.abs(word.length - candidate.length) > maxDistance) continue;
    const distance = maxDistance <= 1 ? editDistanceUpToOne(word, candidate) : editDistance(word, candidate, maxDistance);
    if (distance <= maxDistance) found.push({ word: candidate, distance });
  }
  return found.length > 1 ? found.sort((a, b) => a.distance - b.distance) : found;
}

/**
 * Splits `word` into pieces that are all `known`, each between `minPiece` and `maxPiece` long,
 * preferring the fewest pieces; null when no split exists. Linear in the word length.
 */
export function splitRunTogether(
  word: string,
  known: (piece: string) => boolean,
  minPiece = 2,
  maxPiece = 6,
): string[] | null {
  // best[i] = fewest pieces covering word[0, i); from[i] = where the last piece starts.
  const best = new Array<number>(word.length + 1).fill(Infinity);
  const from = new Array<number>(word.length + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= word.length; end++) {
    for (let length = minPiece; length <= maxPiece && length <= end; length++) {
      const start = end - length;
      if (best[start] + 1 < best[end] && known(word.slice(start, end))) {
        best[end] = best[start] + 1;
        from[end] = start;
      }
    }
  }
  if (!Number.isFinite(best[word.length]) || best[word.length] < 2) return null;
  const pieces: string[] = [];
  for (let end = word.length; end > 0; end = from[end]) pieces.unshift(word.slice(from[end], end));
  return pieces;
}
