/**
 * Find All References on a cable's header (classification line down to the REF block): every REF
 * item in the workspace that cites this cable. On a reference, the same for the cited cable.
 */
import type { Location } from 'vscode-languageserver-types';
import type { CableDocument } from '../core';
import { cableRefSiteAt } from './cable-refs';
import type { IndexedCable, WorkspaceIndex } from './workspace-index';

/** Where the header ends: the REF block, else the first of the lines after the subject. */
function headerEnd(doc: CableDocument): number {
  return doc.refs?.start ?? doc.classifiedBy?.start ?? doc.subject?.end ?? doc.classification?.line.end ?? 0;
}

export function references(
  doc: CableDocument,
  offset: number,
  self: IndexedCable,
  index: WorkspaceIndex,
  includeDeclaration: boolean,
): Location[] {
  let id: string | null = null;
  const site = cableRefSiteAt(doc, offset);
  if (site) id = site.id;
  else if (offset <= headerEnd(doc)) id = self.id;
  if (!id) return [];
  const found = index.citing(id).map(({ cable, ref }) => ({ uri: cable.uri, range: ref.range }));
  if (includeDeclaration) found.unshift(...index.byId(id).map((cable) => ({ uri: cable.uri, range: cable.anchor })));
  return found;
}
