/**
 * Document links on every reference whose cable is in the workspace: the REF item's id and each
 * body mention (`REFTEL`, `REF A`) open the cited cable. References to cables elsewhere get no link
 * (the hover says so).
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { CableDocument, LineIndex } from '../core';
import { cableRefSites } from './cable-refs';
import { toRange } from './ranges';
import type { WorkspaceIndex } from './workspace-index';

export function documentLinks(doc: CableDocument, lines: LineIndex, index: WorkspaceIndex): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const site of cableRefSites(doc)) {
    const target = site.id ? index.byId(site.id)[0] : undefined;
    if (!target) continue;
    // A REF item's link covers the id (`09 STATE 90254`), not the free text after it.
    const end = site.inRefBlock ? idEnd(doc.text, site.start, site.end) : site.end;
    links.push({ range: toRange(lines, site.start, end), target: target.uri, tooltip: `Open ${site.id}` });
  }
  return links;
}

/** End of the `[YY ]POST serial[ (YY)]` words at the start of a REF item's text. */
function idEnd(text: string, start: number, end: number): number {
  const match = /^(?:\d{2,4}\s+)?[A-Z][A-Z' -]*?\s*#?\d+(?:\s*\(\d{2}\))?/.exec(text.slice(start, end));
  return match ? start + match[0].length : end;
}
