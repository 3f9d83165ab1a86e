/**
 * Unified diff of two texts by lines (for --fix-dry-run), from the core's line diff.
 */
import { diffLines } from '../core/line-diff';

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const all: Op[] = [];
  let oldLine = 0;
  for (const hunk of diffLines(a, b)) {
    while (oldLine < hunk.oldStart) all.push({ kind: ' ', line: a[oldLine++] });
    for (let i = hunk.oldStart; i < hunk.oldEnd; i++) all.push({ kind: '-', line: a[i] });
    for (let i = hunk.newStart; i < hunk.newEnd; i++) all.push({ kind: '+', line: b[i] });
    oldLine = hunk.oldEnd;
  }
  while (oldLine < a.length) all.push({ kind: ' ', line: a[oldLine++] });
  return `--- ${oldName}\n+++ ${newName}\n${hunks(all, context).join('')}`;
}

function hunks(ops: Op[], context: number): string[] {
  const out: string[] = [];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  const positions = ops.map((op) => {
    const position = { oldLine, newLine };
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
    return position;
  });
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === ' ') i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    let end = i;
    // Extend while changes are within 2*context lines of each other.
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let gap = end;
      while (gap < ops.length && ops[gap].kind === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * context) end = gap;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount ? positions[start].oldLine : positions[start].oldLine - 1;
    const newStart = newCount ? positions[start].newLine : positions[start].newLine - 1;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`);
    for (const op of slice) out.push(`${op.kind}${op.line}\n`);
    i = end;
    start = end;
  }
  return out;
}
