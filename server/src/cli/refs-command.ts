/**
 * `cable-lint refs <inputs>`: the citation graph of a set of cables, for archivists, as one JSON
 * array `[{ "id", "file", "cites": [ids] }]` (ids canonical, `09STATE90254`; `id` null for a draft
 * whose id cannot be known; `cites` in REF order, without duplicates, only the items that are cable
 * ids). Also the index `cable-lint` lints a folder against (the reference-target rule).
 */
import { referenceId, canonicalCableId } from '../core/cable-id';
import { extractMetadata } from '../core/metadata';
import { parse } from '../core/parser';
import type { CableDate, CableResolver } from '../core';
import { statSync } from 'node:fs';
import { UsageError, type CliOptions } from './args';
import { eachCable } from './each-cable';
import type { Input } from './files';
import { readCableFile } from './read';
import type { Io } from './sink';

export interface CitationNode {
  id: string | null;
  file: string;
  cites: string[];
}

/** One cable's node and its DTG date (for the resolver). */
export function citationNode(file: string, text: string, date?: CableDate): CitationNode & { date: CableDate | null } {
  const doc = parse(text);
  const meta = extractMetadata(doc, { date });
  const year = doc.date?.year ?? date?.year ?? null;
  const cites: string[] = [];
  for (const item of doc.refs?.items ?? []) {
    const id = referenceId(item, year);
    if (id && !cites.includes(id)) cites.push(id);
  }
  return { id: canonicalCableId(meta.id), file, cites, date: doc.date };
}

export async function runRefs(options: CliOptions, io: Io): Promise<number> {
  if (options.inputs.length === 0) throw new UsageError('refs: no files or folders given');
  const nodes: CitationNode[] = [];
  const failed = await eachCable(options, io, (cable) => {
    const { id, file, cites } = citationNode(cable.name, cable.file.text, options.date);
    nodes.push({ id, file, cites });
  });
  await io.stdout.write(`${JSON.stringify(nodes, null, 2)}\n`);
  return failed ? 2 : 0;
}

/**
 * When a folder is linted, its cables are indexed first so that reference-target can check the
 * cited cables' dates; a list of single files (or standard input) is linted without an index.
 * Unreadable files are skipped here: the lint itself reports them.
 */
export function folderResolver(args: readonly string[], inputs: readonly Input[], maxSize: number): CableResolver | undefined {
  const hasFolder = args.some((arg) => {
    try {
      return statSync(arg).isDirectory();
    } catch {
      return false;
    }
  });
  if (!hasFolder) return undefined;
  const dates = new Map<string, CableDate | null>();
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    try {
      const node = citationNode(input.path, readCableFile(input.path, maxSize).text);
      if (node.id && !dates.has(node.id)) dates.set(node.id, node.date);
    } catch {
      // reported by the lint loop
    }
  }
  return (id) => (dates.has(id) ? { date: dates.get(id) ?? null } : undefined);
}
