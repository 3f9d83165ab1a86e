// Bundles the entry points with esbuild: the language server and the CLI (Node, CommonJS), the
// VS Code client, and the browser builds of client and server. tsc -b has already type-checked
// everything; esbuild only packs.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const browser = (format) => ({ platform: 'browser', target: 'es2022', format });
const entries = [
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cable-lint.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // The web build (VS Code for the Web): the client in the browser extension host, the server in a
  // web worker. Platform browser: an import of a Node built-in (fs, path) fails the build here.
  { entryPoints: ['client/src/browser.ts'], outfile: 'client/out/browser.js', external: ['vscode'], ...browser('cjs') },
  { entryPoints: ['server/src/browser-server.ts'], outfile: 'server/out/browser-server.js', ...browser('iife') },
];
await Promise.all(
  entries.filter((entry) => existsSync(entry.entryPoints[0])).map((entry) => build({ ...common, ...entry })),
);
