/**
 * What the Node language server adds to the shared wiring (`server-main.ts`): `.cablelintrc.json`
 * files found from each cable's folder, Lint Workspace's scan of the workspace folders on disk, and
 * rule documentation links to the pages shipped in the extension.
 */
import * as path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { allRules } from '../core';
import type { ServerEnvironment } from '../server-main';
import { findCableFiles } from '../service/workspace-files';
import { ConfigLookup } from './config-file';

/** `rulesDocs`: the folder of the rule pages (server/out/server.js → docs/rules). */
export function nodeEnvironment(rulesDocs: string): ServerEnvironment {
  let configLookup = new ConfigLookup(allRules);
  return {
    configFiles: {
      configFor: (uri) => (uri.startsWith('file:') ? configLookup.configFor(path.dirname(fileURLToPath(uri))) : undefined),
      reset: () => {
        configLookup = new ConfigLookup(allRules);
      },
    },
    workspaceFiles: {
      find: async (folderUris) => {
        const folders = folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
        return (await findCableFiles(folders)).map((file) => pathToFileURL(file).toString());
      },
      read: (uri) => readFile(fileURLToPath(uri), 'utf8'),
    },
    ruleDocUri: (alias) => pathToFileURL(path.join(rulesDocs, `${alias}.md`)).toString(),
  };
}
