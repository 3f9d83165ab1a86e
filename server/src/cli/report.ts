/**
 * Output formats. A reporter turns each linted file's findings into text as soon as the file is
 * done (output streams; nothing is held back until the end except the closing brackets).
 * Lines and columns are 1-based UTF-16 columns, as the editor shows them; `endColumn` is the column
 * just after the last character (exclusive), as in SARIF.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../core/text';
import type { Finding, Rule, Severity } from '../core/rule';

export type FormatName = 'text' | 'json' | 'sarif';
export const FORMATS: readonly FormatName[] = ['text', 'json', 'sarif'];

export interface LocatedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  rule: string;
  message: string;
}

export function locate(file: string, lines: LineIndex, finding: Finding): LocatedFinding {
  const start = lines.positionAt(finding.start);
  const end = lines.positionAt(finding.end);
  return {
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: finding.severity,
    code: finding.code,
    rule: finding.rule,
    message: finding.message,
  };
}

export interface Reporter {
  begin(): string;
  /** `path` is the real path (for SARIF URIs); `file` the name shown. */
  file(file: string, path: string | undefined, findings: LocatedFinding[]): string;
  end(): string;
}

/** `file:line:col: severity: message [alias]`, one per line: a VS Code problem matcher reads it. */
export function textReporter(): Reporter {
  return {
    begin: () => '',
    file: (_file, _path, findings) =>
      findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message.replace(/\s*\n\s*/g, ' ')} [${f.rule}]\n`).join(''),
    end: () => '',
  };
}

/** One JSON array of findings, one finding per line. */
export function jsonReporter(): Reporter {
  let count = 0;
  return {
    begin: () => '[',
    file: (_file, _path, findings) =>
      findings.map((finding) => `${count++ === 0 ? '\n' : ',\n'}  ${JSON.stringify(finding)}`).join(''),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
  /** Where the rule pages live: `${docsUri}/<alias>.md`. */
  docsUri: string;
}

export function sarifReporter(rules: readonly Rule[], tool: ToolInfo, cwd = process.cwd()): Reporter {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  let count = 0;
  /** The log after the results array, known once begin() has built the head. */
  let tail = '';
  const artifactLocation = (file: string, path: string | undefined) => {
    const absolute = resolve(cwd, path ?? file);
    const rel = relative(cwd, absolute);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  };
  return {
    begin() {
      const driver = {
        name: tool.name,
        version: tool.version,
        informationUri: tool.informationUri,
        rules: rules.map((rule) => ({
          id: rule.id,
          name: rule.alias,
          shortDescription: { text: rule.description },
          helpUri: `${tool.docsUri}/${rule.alias}.md`,
          defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
          properties: { tags: rule.tags, fixable: rule.fixable },
        })),
      };
      const head = JSON.stringify(
        {
          $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
          version: '2.1.0',
          runs: [{ tool: { driver }, originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + sep).href } }, results: [] }],
        },
        null,
        2,
      );
      // Stream the results: cut the document open at the empty results array.
      const cut = head.lastIndexOf('"results": []');
      tail = head.slice(cut + '"results": []'.length);
      return `${head.slice(0, cut)}"results": [`;
    },
    file(file, path, findings) {
      return findings
        .map((f) => {
          const result = {
            ruleId: f.code,
            ruleIndex: ruleIndex.get(f.code) ?? -1,
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(file, path),
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          };
          return `${count++ === 0 ? '\n        ' : ',\n        '}${JSON.stringify(result)}`;
        })
        .join('');
    },
    end: () => `${count ? '\n      ' : ''}]${tail}\n`,
  };
}

export function makeReporter(format: FormatName, rules: readonly Rule[], tool: ToolInfo): Reporter {
  if (format === 'json') return jsonReporter();
  if (format === 'sarif') return sarifReporter(rules, tool);
  return textReporter();
}
