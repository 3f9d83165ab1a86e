/**
 * Line diff shared by the editor (minimal edits for formatting and fix-all) and the CLI (the
 * unified diff of --fix-dry-run): Myers' O(ND) algorithm after trimming the common head and tail.
 * Fixes change a few lines, so D stays small even for large cables; past `maxCost` the whole
 * differing middle is returned as one hunk (cheap, and as readable for texts that far apart).
 */

export interface LineHunk {
  /** Lines [oldStart, oldEnd) of `a` are replaced by lines [newStart, newEnd) of `b`. */
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** The hunks turning `a` into `b`, in order, in whole-array line numbers; empty when equal. */
export function diffLines(a: readonly string[], b: readonly string[], maxCost = 4000): LineHunk[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length === 0 && midB.length === 0) return [];
  const hunks = myers(midA, midB, maxCost) ?? [{ oldStart: 0, oldEnd: midA.length, newStart: 0, newEnd: midB.length }];
  return hunks.map((hunk) => ({
    oldStart: hunk.oldStart + head,
    oldEnd: hunk.oldEnd + head,
    newStart: hunk.newStart + head,
    newEnd: hunk.newEnd + head,
  }));
}

/** Myers' diff on two line arrays; null when the edit distance exceeds `maxCost`. */
function myers(a: readonly string[], b: readonly string[], maxCost: number): LineHunk[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxCost);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number, cost: number): LineHunk[] {
  // Walk back through the saved frontiers, collecting single-line inserts/deletes, then merge them.
  const steps: { kind: 'del' | 'ins'; x: number; y: number }[] = [];
  let x = n;
  let y = m;
  for (let d = cost; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    steps.push({ kind: down ? 'ins' : 'del', x: prevX, y: prevY });
    x = prevX;
    y = prevY;
  }
  steps.reverse();
  const hunks: LineHunk[] = [];
  for (const step of steps) {
    const last = hunks[hunks.length - 1];
    const hunk =
      last && last.oldEnd === step.x && last.newEnd === step.y
        ? last
        : { oldStart: step.x, oldEnd: step.x, newStart: step.y, newEnd: step.y };
    if (hunk !== last) hunks.push(hunk);
    if (step.kind === 'del') hunk.oldEnd++;
    else hunk.newEnd++;
  }
  return hunks;
}
