/**
 * Semantic tokens for what a TextMate grammar cannot know, because it depends on the rest of the
 * document or on the vocabulary:
 *
 * | token type    | modifier              | what                                                    |
 * |---------------|-----------------------|---------------------------------------------------------|
 * | `portionMark` | `aboveClassification` | a portion mark above the cable's overall level          |
 * | `tagsCode`    | `unknown`             | a TAGS code not in the vocabulary (person names excluded) |
 *
 * Only these anomalies are emitted; everything else keeps its TextMate colours. The client maps the
 * types (package.json `semanticTokenTypes`/`semanticTokenScopes`, e.g. to `invalid.illegal`).
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { CableDocument, LineIndex, PortionMark, SubParagraph } from '../core';
import { lookupTag } from '../core/data/tags-vocabulary';
import { exceedsLevel } from '../core/portion-meaning';

export const TOKEN_TYPES = ['portionMark', 'tagsCode'] as const;
export const TOKEN_MODIFIERS = ['aboveClassification', 'unknown'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

export function semanticTokens(doc: CableDocument, lines: LineIndex): SemanticTokens {
  const tokens: Token[] = [];
  const level = doc.classification?.level;
  const mark = (portion: PortionMark | undefined) => {
    if (portion && exceedsLevel(portion, level)) tokens.push({ start: portion.start, end: portion.end, type: 0, modifiers: 1 << 0 });
  };
  const subs = (list: readonly SubParagraph[]) => {
    for (const sub of list) {
      mark(sub.portion);
      subs(sub.children);
    }
  };
  mark(doc.subject?.portion);
  for (const item of doc.body.items) {
    if (item.type === 'heading') continue;
    mark(item.portion);
    if (item.type === 'paragraph') subs(item.subparagraphs);
  }
  for (const code of doc.tags?.codes ?? []) {
    if (code.kind !== 'person' && !lookupTag(code.text)) tokens.push({ start: code.start, end: code.end, type: 1, modifiers: 1 << 1 });
  }
  return { data: encode(tokens, lines) };
}

/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token, in order. */
function encode(tokens: Token[], lines: LineIndex): number[] {
  tokens.sort((a, b) => a.start - b.start);
  const data: number[] = [];
  let previousLine = 0;
  let previousChar = 0;
  for (const token of tokens) {
    const start = lines.positionAt(token.start);
    const end = lines.positionAt(token.end);
    if (end.line !== start.line || end.character <= start.character) continue; // tokens are single-line
    const deltaLine = start.line - previousLine;
    data.push(deltaLine, deltaLine === 0 ? start.character - previousChar : start.character, end.character - start.character, token.type, token.modifiers);
    previousLine = start.line;
    previousChar = start.character;
  }
  return data;
}
