/**
 * Workspace symbols: one per indexed cable, found by id, post or subject words. Every query word
 * must occur (case-insensitive, any order) in the cable's id, post or subject.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { IndexedCable, WorkspaceIndex } from './workspace-index';

const MAX_RESULTS = 500;

function matches(cable: IndexedCable, words: readonly string[]): boolean {
  return words.every((word) => cable.words.includes(word));
}

function symbolOf(cable: IndexedCable): SymbolInformation {
  const file = decodeURIComponent(cable.uri.slice(cable.uri.lastIndexOf('/') + 1));
  const name = [cable.id ?? file, cable.subject ?? ''].join(' ').trim();
  return {
    name,
    // A cable with an id is a sent message (a file of the archive); a draft is still a module of work.
    kind: cable.id ? SymbolKind.File : SymbolKind.Module,
    containerName: `${cable.classification ?? 'no classification'} · ${cable.date ?? 'no date'}`,
    location: { uri: cable.uri, range: cable.anchor },
  };
}

export function workspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  const words = query.toUpperCase().split(/\s+/).filter(Boolean);
  const out: SymbolInformation[] = [];
  const found = index.entries().filter((cable) => matches(cable, words));
  // Dated cables newest first, then drafts; ids break ties so results are stable.
  found.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.id ?? a.uri).localeCompare(b.id ?? b.uri));
  for (const cable of found) {
    if (out.length >= MAX_RESULTS) break;
    out.push(symbolOf(cable));
  }
  return out;
}
