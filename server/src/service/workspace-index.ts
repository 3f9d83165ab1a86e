/**
 * The workspace's cables by id: what navigation between cables needs (canonical id, subject, date,
 * classification, the REF items with their ranges), nothing more. The parse tree is not kept, so
 * that a thousand cables cost a few megabytes.
 *
 * Two layers: what is on disk (from the initial scan and `workspace/didChangeWatchedFiles`) and
 * what is open in the editor (which wins while open). Pure: the caller reads the files.
 */
import type { Range } from 'vscode-languageserver-types';
import { LineIndex, parse, type CableDate, type CableDocument } from '../core';
import { canonicalCableId, postOfId, referenceId } from '../core/cable-id';
import { canonicalId, caveatsOf, isoDate } from '../core/metadata';
import { toRange } from './ranges';

export interface IndexedRef {
  /** `A` for `A.`; null for a single unlettered reference. */
  letter: string | null;
  /** Canonical id of the cited cable, or null when the item is not a cable id. */
  id: string | null;
  text: string;
  /** The REF item's text in the citing cable. */
  range: Range;
}

export interface IndexedCable {
  uri: string;
  /** Canonical id (`09STATE90254`), null for a draft without year or serial. */
  id: string | null;
  post: string | null;
  subject: string | null;
  /** ISO date (`2009-09-18`) from the DTG, or null. */
  date: string | null;
  cableDate: CableDate | null;
  /** `CONFIDENTIAL//NOFORN`, or null when there is no classification line. */
  classification: string | null;
  /** The classification line's range (the anchor of Find All References), else the first line. */
  anchor: Range;
  refs: IndexedRef[];
  /** Upper-case words for workspace-symbol search: id, post and subject. */
  words: string;
}

function classificationOf(doc: CableDocument, caveats: string[]): string | null {
  const level = doc.classification?.level ?? doc.classification?.levelText.text;
  if (!level) return null;
  return [level, ...caveats].join('//');
}

/** The index entry for one cable text; never throws (a parser bug yields an entry without data). */
export function indexCable(uri: string, text: string): IndexedCable {
  try {
    // A deep copy: the entry's strings would otherwise be slices that keep the whole file text
    // alive (V8 sliced strings), ten times the memory for a thousand cables.
    return JSON.parse(JSON.stringify(indexDocument(uri, parse(text)))) as IndexedCable;
  } catch {
    return { uri, id: null, post: null, subject: null, date: null, cableDate: null, classification: null, anchor: zeroRange(), refs: [], words: '' };
  }
}

/** The index entry of a document already parsed (an open editor's, parsed for its diagnostics).
 *  Computes only what navigation needs (not the whole `extractMetadata`: a thousand cables at
 *  startup), with the same id. */
export function indexDocument(uri: string, doc: CableDocument, lines?: LineIndex): IndexedCable {
  const c = doc.classification;
  const items = doc.refs?.items ?? [];
  // Positions are needed near the top only: a line index of the text up to the last REF item.
  const reach = Math.max(c?.line.end ?? 0, items.length ? items[items.length - 1].end : 0);
  const positions = lines ?? new LineIndex(doc.text.slice(0, reach + 1));
  const year = doc.date?.year;
  const post = c?.post?.text;
  const serial = c?.serial?.text;
  const id = canonicalCableId(year !== undefined && post && serial ? canonicalId(year, post, serial) : null);
  const caveats = caveatsOf([
    ...(c?.caveats.map((token) => token.text) ?? []),
    ...doc.captions.flatMap((caption) => (caption.items.length ? caption.items.map((item) => item.text) : [caption.text])),
  ]);
  const refs = items.map((item) => ({
    letter: item.letter ? item.letter.text.replace(/[^A-Za-z]/g, '').toUpperCase() || null : null,
    id: referenceId(item, year ?? null),
    text: item.text.text,
    range: toRange(positions, item.text.start, item.text.end),
  }));
  const postName = id ? postOfId(id) : (post?.replace(/\s+/g, '').toUpperCase() ?? null);
  const subject = doc.subject ? doc.subject.text : null;
  return {
    uri,
    id,
    post: postName,
    subject,
    date: doc.date ? isoDate(doc.date) : null,
    cableDate: doc.date,
    classification: classificationOf(doc, caveats),
    anchor: c ? toRange(positions, c.levelText.start, c.serial?.end ?? c.line.end) : zeroRange(),
    refs,
    words: [id ?? '', postName ?? '', post ?? '', subject ?? ''].join(' ').toUpperCase(),
  };
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export class WorkspaceIndex {
  private readonly disk = new Map<string, IndexedCable>();
  private readonly open = new Map<string, IndexedCable>();
  /** Canonical id → uris (several when copies of a cable sit in the workspace). */
  private readonly ids = new Map<string, Set<string>>();
  /** Bumped on every change: a cache key for findings that depend on the index. */
  generation = 0;

  get size(): number {
    return this.entries().length;
  }

  /** The effective entry of a uri: the open document's, else the disk's. */
  get(uri: string): IndexedCable | undefined {
    return this.open.get(uri) ?? this.disk.get(uri);
  }

  setDisk(uri: string, text: string): IndexedCable {
    return this.put(this.disk, uri, indexCable(uri, text));
  }

  deleteDisk(uri: string): void {
    const before = this.get(uri);
    this.disk.delete(uri);
    this.reindex(uri, before);
  }

  setOpen(uri: string, entry: IndexedCable): IndexedCable {
    return this.put(this.open, uri, entry);
  }

  /** Forgets every disk entry under a folder URI (a workspace folder removed). */
  deleteDiskUnder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    for (const uri of [...this.disk.keys()]) if (uri.startsWith(prefix)) this.deleteDisk(uri);
  }

  /** The editor closed the document: the disk version (if any) counts again. */
  closeOpen(uri: string): void {
    const before = this.get(uri);
    this.open.delete(uri);
    this.reindex(uri, before);
  }

  /** Every effective entry. */
  entries(): IndexedCable[] {
    const out = [...this.open.values()];
    for (const [uri, entry] of this.disk) if (!this.open.has(uri)) out.push(entry);
    return out;
  }

  /** The cables with this canonical id, in uri order (deterministic when copies exist). */
  byId(id: string): IndexedCable[] {
    const uris = this.ids.get(id);
    if (!uris) return [];
    return [...uris].sort().flatMap((uri) => this.get(uri) ?? []);
  }

  /** Every REF item in the workspace that cites `id`. */
  citing(id: string): { cable: IndexedCable; ref: IndexedRef }[] {
    const out: { cable: IndexedCable; ref: IndexedRef }[] = [];
    for (const cable of this.entries()) {
      for (const ref of cable.refs) if (ref.id === id) out.push({ cable, ref });
    }
    return out.sort((a, b) => a.cable.uri.localeCompare(b.cable.uri) || a.ref.range.start.line - b.ref.range.start.line);
  }

  /** For the lint rule: what the core may know of a cited cable. */
  resolve = (id: string): { date: CableDate | null } | undefined => {
    const found = this.byId(id)[0];
    return found ? { date: found.cableDate } : undefined;
  };

  private put(layer: Map<string, IndexedCable>, uri: string, entry: IndexedCable): IndexedCable {
    const before = this.get(uri);
    layer.set(uri, entry);
    this.reindex(uri, before);
    return entry;
  }

  /** Moves `uri` from its old id to its current effective id. */
  private reindex(uri: string, before: IndexedCable | undefined): void {
    this.generation++;
    if (before?.id) {
      const set = this.ids.get(before.id);
      set?.delete(uri);
      if (set && set.size === 0) this.ids.delete(before.id);
    }
    const now = this.get(uri);
    if (now?.id) {
      let set = this.ids.get(now.id);
      if (!set) this.ids.set(now.id, (set = new Set()));
      set.add(uri);
    }
  }
}
