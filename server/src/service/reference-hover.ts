/**
 * Hover on a reference (REF item or `REFTEL` / `REF A` in the body): the cited cable's subject,
 * date and classification, or that it is not in this workspace.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { CableDocument, LineIndex } from '../core';
import { cableRefSiteAt } from './cable-refs';
import { toRange } from './ranges';
import type { IndexedCable, WorkspaceIndex } from './workspace-index';

export function describeCable(cable: IndexedCable): string {
  const facts = [cable.classification ?? 'no classification line', cable.date ?? 'no date'];
  const file = decodeURIComponent(cable.uri.slice(cable.uri.lastIndexOf('/') + 1));
  return `**${cable.id ?? file}** — ${cable.subject ?? '(no subject)'}\n\n${facts.join(' · ')} · \`${file}\``;
}

export function referenceHover(doc: CableDocument, lines: LineIndex, offset: number, index: WorkspaceIndex): Hover | null {
  const site = cableRefSiteAt(doc, offset);
  if (!site) return null;
  let markdown: string;
  if (!site.id) {
    markdown = `**${site.item.text.text.trim()}** — not a cable id`;
  } else {
    const cited = index.byId(site.id);
    markdown = cited.length ? cited.map(describeCable).join('\n\n---\n\n') : `**${site.id}** — not in this workspace`;
  }
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: toRange(lines, site.start, site.end) };
}
