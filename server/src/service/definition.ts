/**
 * Go to Definition on a reference (a REF item, or `REFTEL` / `REF A` in the body): the cited
 * cable's classification line. Several copies of a cable in the workspace give several locations.
 */
import type { Location } from 'vscode-languageserver-types';
import type { CableDocument } from '../core';
import { cableRefSiteAt } from './cable-refs';
import type { WorkspaceIndex } from './workspace-index';

export function definition(doc: CableDocument, offset: number, index: WorkspaceIndex): Location[] {
  const site = cableRefSiteAt(doc, offset);
  if (!site?.id) return [];
  return index.byId(site.id).map((cable) => ({ uri: cable.uri, range: cable.anchor }));
}
