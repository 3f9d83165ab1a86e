/** Name, version and home page, read from the extension's package.json (found by walking up from
 *  this file: the bundle lives in server/out/, the compiled modules in server/lib/cli/). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ToolInfo } from './report';

let cached: ToolInfo | undefined;

export function toolInfo(): ToolInfo {
  if (cached) return cached;
  let version = '0.0.0';
  let home = 'https://example.invalid/cable-tools/cable';
  for (let folder = __dirname; ; folder = dirname(folder)) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8'));
        if (pkg.name === 'cable-lang') {
          version = pkg.version ?? version;
          const url: string | undefined = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
          if (url) home = url.replace(/^git\+/, '').replace(/\.git$/, '');
          break;
        }
      } catch {
        // not ours or unreadable: keep looking
      }
    }
    if (dirname(folder) === folder) break;
  }
  cached = { name: 'cable-lint', version, informationUri: home, docsUri: `${home}/blob/main/docs/rules` };
  return cached;
}
