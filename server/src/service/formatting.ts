/**
 * Document formatting = the safe fixes (core `fixAll`), returned as the minimal edits between the
 * text and its fixed version: nothing outside what the fixes changed is touched.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { CableDate, LintConfig } from '../core';
import type { CableAnalysis } from './analysis';
import { fixAllEdits } from './code-actions';

export function formatDocument(analysis: CableAnalysis, config: LintConfig, today?: CableDate): TextEdit[] {
  return fixAllEdits(analysis, config, today);
}
