/**
 * The extension-manifest part of package.json, as code: `scripts/gen-manifest.mjs` writes it into
 * package.json (rule settings generated from the rule metadata), and a unit test checks that the
 * committed package.json is current. Not part of the extension bundle (extension.ts never imports it).
 */
import { ruleSettingsProperties, type RuleMetadata } from './rule-settings';

/** A cable file opened as plain text (or under another extension): transmission header line FL1,
 *  a DTG line (headers without VZCZC), the WikiLeaks partial-extract note, or a classification line. */
export const FIRST_LINE_PATTERN =
  '^(VZCZC|\\s*(U N C L A S|UNCLAS|UNCLASSIFIED|C O N F I D E N T I A L|CONFIDENTIAL|S E C R E T|SECRET|T O P  ?S E C R E T|TOP SECRET|LIMITED OFFICIAL USE)\\b|[OPRZ]( [OPRZ])? \\d{6}Z [A-Z]{3} \\d{2}\\b|This record is a partial extract of the original cable)';

const ON_CABLE = 'editorLangId == cable';

export const COMMANDS = [
  { command: 'cable.fixAll', title: 'Fix All', category: 'Cable', when: ON_CABLE },
  { command: 'cable.renumberParagraphs', title: 'Renumber Paragraphs', category: 'Cable', when: ON_CABLE },
  { command: 'cable.lintWorkspace', title: 'Lint Workspace', category: 'Cable', when: 'workspaceFolderCount > 0' },
  { command: 'cable.openRuleDocumentation', title: 'Open Rule Documentation', category: 'Cable' },
  { command: 'cable.newCable', title: 'New Cable', category: 'Cable' },
  // Run from the "Disable rule <alias> in workspace settings" code action, with [alias, uri].
  { command: 'cable.disableRule', title: 'Disable Rule in Workspace Settings', category: 'Cable', when: 'false' },
] as const;

export function extensionManifest(rules: readonly RuleMetadata[]): Record<string, unknown> {
  return {
    displayName: 'Cable',
    description:
      'Language support for US diplomatic cable (telegram) drafts: format errors as you type, highlighting, paragraph outline, and the cable-lint command line.',
    publisher: 'cable-tools',
    categories: ['Programming Languages', 'Linters', 'Formatters', 'Snippets'],
    keywords: ['cable', 'telegram', 'diplomatic', 'State Department', 'classification', 'TAGS', 'lint'],
    icon: 'images/icon.png',
    galleryBanner: { color: '#1f2a44', theme: 'dark' },
    // A folder of cables activates the extension so workspace symbols (Go to Symbol in Workspace)
    // find cables before any of them is opened.
    activationEvents: ['onLanguage:cable', 'workspaceContains:**/*.{cable,tel}'],
    capabilities: {
      untrustedWorkspaces: {
        supported: true,
        description: 'Cable runs no workspace code: it only reads cables and .cablelintrc.json files.',
      },
      // Highlighting, snippets and New Cable work anywhere; the language server lints files on disk only.
      virtualWorkspaces: { supported: 'limited', description: 'Linting needs files on disk: in a virtual workspace only highlighting, snippets and New Cable work.' },
    },
    contributes: {
      languages: [
        {
          id: 'cable',
          aliases: ['Cable', 'Diplomatic Cable'],
          extensions: ['.cable', '.tel'],
          firstLine: FIRST_LINE_PATTERN,
          configuration: './language-configuration.json',
          icon: { light: './images/icon.png', dark: './images/icon.png' },
        },
      ],
      grammars: [{ language: 'cable', scopeName: 'source.cable', path: './syntaxes/cable.tmLanguage.json' }],
      snippets: [{ language: 'cable', path: './snippets/cable.code-snippets' }],
      configuration: {
        title: 'Cable',
        properties: {
          'cable.rules': {
            type: 'object',
            scope: 'resource',
            default: {},
            markdownDescription:
              'Severity per rule (`error`, `warning`, `info`, `hint`) or `off`, keyed by rule alias, e.g. `{ "tags": "warning" }`. Wins over `.cablelintrc.json`.',
            properties: ruleSettingsProperties(rules),
            additionalProperties: false,
          },
          'cable.run': {
            type: 'string',
            scope: 'resource',
            enum: ['onType', 'onSave'],
            enumDescriptions: ['Lint as you type.', 'Lint when the file is saved.'],
            default: 'onType',
            description: 'When cables are linted.',
          },
          'cable.trace.server': {
            type: 'string',
            scope: 'window',
            enum: ['off', 'messages', 'verbose'],
            default: 'off',
            description: 'Traces the communication between VS Code and the Cable language server (in the "Cable" output).',
          },
        },
      },
      configurationDefaults: {
        // Many real cables hold whole paragraphs on one line.
        // Semantic tokens flag a portion mark above the cable's level and unknown TAGS codes: on for
        // every theme, not only for those that opt in.
        // No colour swatches: VS Code's default colour decorators read the DE serial `#1503` as a
        // hex colour.
        '[cable]': { 'editor.wordWrap': 'on', 'editor.semanticHighlighting.enabled': true, 'editor.defaultColorDecorators': 'never',
          // The SUMMARY/COMMENT folding markers are not section titles: keep them out of the minimap.
          'editor.minimap.showRegionSectionHeaders': false },
      },
      // The server's semantic token legend (server/src/service/semantic-tokens.ts).
      semanticTokenTypes: [
        { id: 'portionMark', description: 'A paragraph portion mark such as (C) or (S//NF).' },
        { id: 'tagsCode', description: 'A code on the TAGS line.' },
      ],
      semanticTokenModifiers: [
        { id: 'aboveClassification', description: "A portion mark above the cable's overall classification." },
        { id: 'unknown', description: 'A TAGS code that is not in the vocabulary.' },
      ],
      semanticTokenScopes: [
        {
          language: 'cable',
          scopes: {
            'portionMark.aboveClassification': ['invalid.illegal.portion-mark.cable'],
            'tagsCode.unknown': ['invalid.deprecated.tags-code.cable'],
          },
        },
      ],
      commands: COMMANDS.map(({ command, title, category }) => ({ command, title, category })),
      menus: {
        commandPalette: COMMANDS.filter((entry) => 'when' in entry).map((entry) => ({
          command: entry.command,
          when: (entry as { when: string }).when,
        })),
        'editor/context': [
          { command: 'cable.fixAll', when: ON_CABLE, group: '1_modification@10' },
          { command: 'cable.renumberParagraphs', when: ON_CABLE, group: '1_modification@11' },
        ],
      },
      jsonValidation: [{ fileMatch: '.cablelintrc.json', url: './schemas/cablelintrc.schema.json' }],
      problemMatchers: [
        {
          name: 'cable-lint',
          label: 'cable-lint (text output)',
          owner: 'cable',
          source: 'cable-lint',
          fileLocation: ['autoDetect', '${workspaceFolder}'],
          pattern: {
            // `file:line:col: severity: message [alias]` (cable-lint --format text)
            regexp: '^(.+?):(\\d+):(\\d+): (error|warning|info|hint): (.*) \\[([A-Za-z0-9-]+)\\]$',
            file: 1,
            line: 2,
            column: 3,
            severity: 4,
            message: 5,
            code: 6,
          },
        },
      ],
    },
  };
}
