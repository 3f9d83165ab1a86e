/**
 * Turns the command line's inputs (files, folders, globs, `-`) into the list of cables to lint.
 * Only paths are collected here (cheap); contents are read one file at a time while linting.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { globToRegExp, hasGlob, splitGlob } from './glob';

export const CABLE_EXTENSIONS = ['.cable', '.tel'];

export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };

export interface Expansion {
  inputs: Input[];
  /** One line per input that matched nothing or could not be listed. */
  errors: string[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);

function isCable(name: string): boolean {
  const lower = name.toLowerCase();
  return CABLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function readFolder(folder: string, errors: string[]): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    errors.push(`${folder}: cannot list folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return [];
  }
}

function entryKind(folder: string, entry: Dirent): 'file' | 'folder' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (entry.isSymbolicLink()) {
    // Linked files are linted; linked folders are not followed (no cycles, no surprises).
    try {
      return statSync(join(folder, entry.name)).isFile() ? 'file' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}

/** Every file below `folder` (sorted, depth first) that `accept` takes, skipping hidden folders
 *  and node_modules. */
function* walk(folder: string, accept: (path: string) => boolean, errors: string[]): Generator<string> {
  for (const entry of readFolder(folder, errors)) {
    const path = folder === '.' ? entry.name : join(folder, entry.name);
    const kind = entryKind(folder, entry);
    if (kind === 'folder') {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      yield* walk(path, accept, errors);
    } else if (kind === 'file' && accept(path)) {
      yield path;
    }
  }
}

function toSlashes(path: string): string {
  return sep === '\\' ? path.split(sep).join('/') : path;
}

export function expandInputs(args: readonly string[]): Expansion {
  const inputs: Input[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    // `a/x.cable`, `./a/x.cable` and `a//x.cable` are one file: lint (and fix) it once.
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', path });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    let stats;
    try {
      stats = statSync(arg);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const before = inputs.length;
      for (const path of walk(arg, isCable, errors)) add(path);
      if (inputs.length === before && !errors.length) errors.push(`${arg}: no .cable or .tel files in this folder`);
    } else if (stats) {
      add(arg);
    } else if (hasGlob(arg)) {
      const pattern = toSlashes(arg).replace(/^\.\//, '');
      const { base, rest } = splitGlob(pattern);
      const regex = globToRegExp(rest);
      const before = inputs.length;
      for (const path of walk(base, (path) => regex.test(toSlashes(base === '.' ? path : relative(base, path))), errors)) add(path);
      if (inputs.length === before) errors.push(`${arg}: no files match this pattern`);
    } else {
      errors.push(`${arg}: no such file or folder`);
    }
  }
  return { inputs, errors };
}
