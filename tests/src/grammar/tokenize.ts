/**
 * Loads syntaxes/cable.tmLanguage.json the way VS Code does (vscode-textmate on the Oniguruma WASM
 * build) and tokenizes whole documents line by line, carrying the rule stack across lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

export const ROOT = join(__dirname, '../../..');
export const GRAMMAR_PATH = join(ROOT, 'syntaxes/cable.tmLanguage.json');

export interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

export interface TokenizedLine {
  text: string;
  tokens: Token[];
  stoppedEarly: boolean;
}

let grammar: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'source.cable' ? vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const loaded = await registry.loadGrammar('source.cable');
    if (!loaded) throw new Error('source.cable did not load');
    return loaded;
  })();
  return grammar;
}

/** Tokenizes a document; line breaks as in the editor (\r\n, \n, \r). */
export async function tokenizeText(text: string): Promise<TokenizedLine[]> {
  const g = await loadGrammar();
  let stack = vsctm.INITIAL;
  return text.split(/\r\n|\n|\r/).map((line) => {
    const result = g.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const tokens = result.tokens.map((t) => ({
      text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
      start: t.startIndex,
      end: t.endIndex,
      scopes: t.scopes,
    }));
    return { text: line, tokens, stoppedEarly: result.stoppedEarly };
  });
}

export function readCable(relativePath: string): string {
  return readFileSync(join(ROOT, relativePath), 'utf8');
}
