/**
 * Finding the cables of a workspace on disk for "Lint Workspace": every `*.cable` / `*.tel` under
 * the given folders, skipping dependency and VCS folders. Node only (no editor, no connection).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'out', 'lib']);
export const CABLE_EXTENSIONS = ['.cable', '.tel'];

export async function findCableFiles(folders: readonly string[], limit = 10000): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: skip it, do not fail the whole lint
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (found.length >= limit) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await visit(path);
      } else if (entry.isFile() && CABLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        found.push(path);
      }
    }
  };
  for (const folder of folders) await visit(folder);
  return found;
}
