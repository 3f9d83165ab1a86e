/**
 * `.cablelintrc.json` files, found by walking up from each cable's folder. Files cascade: the
 * nearest file wins rule by rule over the ones above it, and a file with `"root": true` stops the
 * walk. Node only (reads the file system), which is why it is not in core/.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mergeConfigs, type LintConfig } from '../core/config';
import type { Rule } from '../core/rule';
import { checkConfig, ConfigError, type CheckedConfig } from './config-check';
import { JsonSyntaxError, parseJson } from './json-parse';

export const CONFIG_FILE_NAME = '.cablelintrc.json';

/** Reads and checks one configuration file; every failure is a ConfigError naming the file. */
export function loadConfigFile(path: string, rules: readonly Rule[]): CheckedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, undefined, `cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new ConfigError(`${path}:${error.line}:${error.column}`, undefined, `invalid JSON: ${error.message}`);
    }
    throw error;
  }
  return checkConfig(raw, path, rules);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Finds and merges the configuration files that apply to cables in a folder, with caching (a
 *  run over thousands of cables in a few folders reads each configuration file once). */
export class ConfigLookup {
  private readonly byFolder = new Map<string, LintConfig | ConfigError>();
  private readonly byFile = new Map<string, CheckedConfig | ConfigError>();

  constructor(private readonly rules: readonly Rule[]) {}

  /** The merged configuration for cables in `folder`; throws the ConfigError of a bad file. */
  configFor(folder: string): LintConfig {
    const result = this.resolveFolder(resolve(folder));
    if (result instanceof ConfigError) throw result;
    return result;
  }

  /** The configuration files that apply to `folder`, nearest first. */
  filesFor(folder: string): string[] {
    const files: string[] = [];
    let current = resolve(folder);
    for (;;) {
      const candidate = join(current, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        files.push(candidate);
        const loaded = this.load(candidate);
        if (!(loaded instanceof ConfigError) && loaded.root) break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    return files;
  }

  private resolveFolder(folder: string): LintConfig | ConfigError {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let result: LintConfig | ConfigError;
    const layers: LintConfig[] = [];
    let failure: ConfigError | undefined;
    for (const file of this.filesFor(folder)) {
      const loaded = this.load(file);
      if (loaded instanceof ConfigError) {
        failure = loaded;
        break;
      }
      layers.unshift(loaded.config);
    }
    result = failure ?? mergeConfigs(...layers);
    this.byFolder.set(folder, result);
    return result;
  }

  private load(file: string): CheckedConfig | ConfigError {
    let loaded = this.byFile.get(file);
    if (!loaded) {
      try {
        loaded = loadConfigFile(file, this.rules);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        loaded = error;
      }
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}
