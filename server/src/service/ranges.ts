/** Offsets (the core's unit) to LSP ranges and back. */
import type { Range } from 'vscode-languageserver-types';
import type { LineIndex, Span } from '../core';

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(Math.max(start, end)) };
}

export function spanRange(lines: LineIndex, span: Span): Range {
  return toRange(lines, span.start, span.end);
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `inner` lies within `outer` (bounds included). */
export function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
