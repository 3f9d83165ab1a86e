// The service never throws and always answers valid LSP, whatever the text: every feature run at
// many positions over every cable in tests/fixtures, over mangled copies of them, and over random
// text (fast-check). The protocol suites test behaviour; this one tests the "never crash" promise.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { CableAnalysis } from '../../../server/lib/service/analysis';
import { codeActions } from '../../../server/lib/service/code-actions';
import { completions } from '../../../server/lib/service/completion';
import { toDiagnostics } from '../../../server/lib/service/diagnostics';
import { documentInfo } from '../../../server/lib/service/document-info';
import { foldingRanges } from '../../../server/lib/service/folding';
import { formatDocument } from '../../../server/lib/service/formatting';
import { hover } from '../../../server/lib/service/hover';
import { semanticTokens } from '../../../server/lib/service/semantic-tokens';
import { documentSymbols } from '../../../server/lib/service/symbols';
import { applyTextEdits, ROOT } from './lsp-client';

const TODAY = { year: 2009, month: 9, day: 25 };

function cables(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cables(path);
    return name.endsWith('.cable') || name.endsWith('.tel') ? [path] : [];
  });
}

const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (outer: Range, inner: Range) => le(outer.start, inner.start) && le(inner.end, outer.end);

function checkSymbols(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const symbol of symbols) {
    assert.ok(symbol.name.length > 0);
    assert.ok(within(symbol.range, symbol.selectionRange), `selection of ${symbol.name}`);
    if (parent) assert.ok(within(parent.range, symbol.range), `${symbol.name} inside ${parent.name}`);
    checkSymbols(symbol.children ?? [], symbol);
  }
}

/** Runs every feature; throws (failing the test) on any exception or invalid answer. */
function exercise(text: string, positions = 40): void {
  const analysis = new CableAnalysis(text, 1);
  assert.equal(analysis.parseError, undefined, `the parser threw: ${analysis.parseError?.stack}`);
  const { doc, lines } = analysis;
  const diagnostics = toDiagnostics(lines, analysis.findings({}, TODAY));
  for (const d of diagnostics) assert.ok(le(d.range.start, d.range.end));
  checkSymbols(documentSymbols(doc, lines));
  for (const range of foldingRanges(doc, lines)) assert.ok(range.endLine > range.startLine && range.endLine < lines.lineCount);
  const tokens = semanticTokens(doc, lines).data;
  assert.equal(tokens.length % 5, 0);
  documentInfo(doc);
  const formatted = applyTextEdits(text, formatDocument(analysis, {}, TODAY));
  assert.equal(typeof formatted, 'string');
  const step = Math.max(1, Math.floor(text.length / positions));
  for (let offset = 0; offset <= text.length; offset += step) {
    const position = lines.positionAt(offset);
    hover(doc, lines, offset);
    for (const item of completions(doc, lines, position)) assert.ok(item.label.length > 0);
    codeActions(analysis, {
      uri: 'file:///fuzz.cable',
      range: { start: position, end: position },
      diagnostics,
      only: offset % 2 ? ['source.fixAll'] : undefined,
      config: {},
      today: TODAY,
    });
  }
}

describe('service robustness', () => {
  const files = cables(join(ROOT, 'tests/fixtures'));

  it('answers for every fixture cable', () => {
    assert.ok(files.length >= 3);
    for (const file of files) exercise(readFileSync(file, 'utf8'));
  });

  it('answers for mangled cables: truncated, CRLF, CR only, lines shuffled, unicode', () => {
    for (const file of files.slice(0, 25)) {
      const text = readFileSync(file, 'utf8');
      exercise(text.slice(0, Math.floor(text.length / 3)), 10);
      exercise(text.replace(/\n/g, '\r\n'), 10);
      exercise(text.replace(/\n/g, '\r'), 10);
      exercise(text.split('\n').reverse().join('\n'), 10);
      exercise(text.replace(/[aeiou]/g, '😀').replace(/\(/g, '(('), 10);
    }
  });

  it('answers for random text built from cable pieces (property)', () => {
    const piece = fc.constantFrom(
      'C O N F I D E N T I A L ', 'SECRET', 'UNCLAS', '\n', '\r\n', '\r', ' ', 'E.O. 12958: DECL: ', 'TAGS: ',
      'PREL', 'POGOV', '[', '](#)', 'SUBJECT: ', 'REF: A. ', 'B) ', 'CLASSIFIED BY: ', 'REASON: 1.4(', 'B', ')', ', (',
      '1. ', '¶', '12.', '(C) ', '(S//NF)', '(c)', 'A. ', 'SUMMARY: ', 'END SUMMARY.', 'COMMENT:', 'END COMMENT', '-----',
      'R 180924Z SEP 09', 'DE RUEHNT #1503 2610924', 'TO RUEHC/SECSTATE WASHDC 1338', 'VZCZCXYZ0000', 'NORLAND', '2019/09/18', 'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        exercise(parts.join(''), 15);
      }),
      { numRuns: 300 },
    );
  });
});
