/**
 * Helpers for the parser tests: load a real cable from tests/fixtures/real/, summarise body items,
 * and walk a whole tree checking every token's range against the document text.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../server/lib/core/parser';
import type { BodyItem, CableDocument } from '../../../server/lib/core/tree';
import { FIXTURES } from '../support/fixtures';

export const REAL = join(FIXTURES, 'real');

export function realText(name: string): string {
  return readFileSync(join(REAL, `${name}.cable`), 'utf8');
}

export function real(name: string): CableDocument {
  return parse(realText(name));
}

export function realNames(): string[] {
  return readdirSync(REAL)
    .filter((f) => f.endsWith('.cable'))
    .map((f) => f.replace(/\.cable$/, ''))
    .sort();
}

/** `¶1(C)`, `11(C)`, `H:title`, `T` — a compact view of the body outline for assertions. */
export function outline(doc: CableDocument): string[] {
  return doc.body.items.map(describe);
}

function describe(item: BodyItem): string {
  if (item.type === 'paragraph') return `${item.pilcrow ? '¶' : ''}${item.number.text}${item.portion ? item.portion.text : ''}`;
  if (item.type === 'heading') return `H:${item.title.text}`;
  return `T${item.portion ? item.portion.text : ''}`;
}

/** The paragraphs only: `number + mark` strings. */
export function paragraphs(doc: CableDocument): string[] {
  return outline(doc).filter((s) => !s.startsWith('H:') && !s.startsWith('T'));
}

/**
 * Walks every object in the tree: each {start, end} lies inside the document with start <= end,
 * and each token's `text` equals the document text at its range (SubjectLine.text is the joined
 * subject and is checked through `textSpan` instead). Returns the number of ranges checked.
 */
export function assertRangesExact(doc: CableDocument, where = 'doc'): number {
  let count = 0;
  const visit = (value: unknown, path: string, parentKey: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, parentKey));
      return;
    }
    const node = value as Record<string, unknown>;
    if (typeof node.start === 'number' && typeof node.end === 'number') {
      const start = node.start;
      const end = node.end;
      count++;
      assert.ok(start >= 0 && start <= end && end <= doc.text.length, `${where} ${path}: range ${start}-${end} outside 0-${doc.text.length}`);
      if (typeof node.text === 'string' && parentKey !== 'subject') {
        assert.equal(node.text, doc.text.slice(start, end), `${where} ${path}: text differs from the document at ${start}-${end}`);
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'text' && typeof node[key] === 'string') continue;
      visit(node[key], `${path}.${key}`, key);
    }
  };
  visit(doc, 'doc', '');
  return count;
}

/** Spans that must come in document order and nest inside their parent. */
export function assertOrdered(doc: CableDocument, where = 'doc'): void {
  const items = doc.body.items;
  for (let i = 1; i < items.length; i++) {
    assert.ok(items[i - 1].end <= items[i].start, `${where}: body item ${i - 1} (${items[i - 1].start}-${items[i - 1].end}) overlaps item ${i} (${items[i].start})`);
  }
  for (const item of items) {
    assert.ok(item.start >= doc.body.start && item.end <= doc.body.end, `${where}: item ${item.start}-${item.end} outside the body ${doc.body.start}-${doc.body.end}`);
    if (item.type !== 'paragraph') continue;
    let last = item.start;
    for (const sub of item.subparagraphs) {
      assert.ok(sub.start >= last && sub.end <= item.end, `${where}: sub-paragraph ${sub.label.text} out of its paragraph`);
      last = sub.end;
      let lastChild = sub.start;
      for (const child of sub.children) {
        assert.ok(child.start >= lastChild && child.end <= sub.end, `${where}: sub-paragraph ${child.label.text} out of ${sub.label.text}`);
        lastChild = child.end;
      }
    }
  }
  for (let i = 1; i < doc.body.spans.length; i++) {
    assert.ok(doc.body.spans[i - 1].start <= doc.body.spans[i].start, `${where}: spans out of order`);
  }
  for (const span of doc.body.spans) assert.ok(span.start <= span.end, `${where}: span ${span.kind} ends before it starts`);
  const heading = [doc.classification?.line, doc.eo?.line, doc.tags, doc.subject, doc.refs, doc.classifiedBy].filter((x) => x !== undefined);
  for (const element of heading) {
    if (element && doc.body.items.length > 0 && element.end <= doc.body.start) continue;
    if (element && doc.body.items.length > 0) {
      // Classified By may legitimately sit inside paragraph 1.
      const inside = doc.body.items.some((it) => element.start >= it.start && element.end <= it.end);
      assert.ok(inside || element.end <= doc.body.start, `${where}: heading element at ${element.start} overlaps the body`);
    }
  }
}
