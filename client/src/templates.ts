/**
 * Cable templates: the ONE source for both the contributed snippets (`snippets/cable.code-snippets`,
 * generated from this file by `scripts/gen-manifest.mjs`) and the `cable.newCable` command.
 * Bodies use VS Code snippet syntax (tab stops, placeholders, choices). No vscode import here, so
 * the manifest generator and the tests can load the compiled module in plain Node.
 */

export interface CableTemplate {
  /** Snippet name (the key in the snippets file). */
  name: string;
  /** What the user types to trigger the snippet. */
  prefix: string;
  description: string;
  /** Snippet body, one entry per line. */
  body: string[];
  /** Offered by `cable.newCable` (whole-cable templates only). */
  newCable?: { id: 'unclassified' | 'classified'; label: string; detail: string };
}

/** Placeholder text for the declassification date; `newCable` replaces it with a real date. */
export const DECL_DATE_PLACEHOLDER = 'YYYY/MM/DD';

const EO_ORDER = '${4|13526,12958|}';

const unclassifiedCable: CableTemplate = {
  name: 'New UNCLAS cable',
  prefix: 'cable-unclas',
  description: 'An unclassified cable: classification line, captions, E.O. N/A, TAGS, SUBJECT, REF, numbered paragraphs, signature',
  newCable: { id: 'unclassified', label: 'UNCLAS', detail: 'Unclassified cable (E.O. N/A, (U)/(SBU) portion marks)' },
  body: [
    'UNCLAS ${1:POST} ${2:000001}',
    '',
    '${3|SIPDIS,SENSITIVE|}',
    '',
    `E.O. ${EO_ORDER}: N/A`,
    'TAGS: ${5:PREL} ${6:XX}',
    'SUBJECT: ${7:SUBJECT OF THE CABLE}',
    '',
    'REF: ${8:STATE 000001}',
    '',
    '1. (${9|U,SBU|}) ${10:SUMMARY: Summary text. END SUMMARY.}',
    '',
    '2. (${11|U,SBU|}) ${12:Text.}',
    '',
    '${13:SIGNATURE}',
    '$0',
  ],
};

const classifiedCable: CableTemplate = {
  name: 'New classified cable',
  prefix: 'cable-classified',
  description:
    'A classified cable with every required line: classification line, captions, E.O. DECL, TAGS, SUBJECT, REF, CLASSIFIED BY ... REASON, portion-marked paragraphs, signature',
  newCable: {
    id: 'classified',
    label: 'Classified',
    detail: 'CONFIDENTIAL or SECRET cable (DECL date, CLASSIFIED BY ... REASON: 1.4( ), portion marks)',
  },
  body: [
    '${1|C O N F I D E N T I A L,S E C R E T|} ${2:POST} ${3:000001}',
    '',
    'SIPDIS',
    '',
    `E.O. ${EO_ORDER}: DECL: \${5:${DECL_DATE_PLACEHOLDER}}`,
    'TAGS: ${6:PREL} ${7:XX}',
    'SUBJECT: (${8|C,S,U|}) ${9:SUBJECT OF THE CABLE}',
    '',
    'REF: ${10:STATE 000001}',
    '',
    'CLASSIFIED BY: ${11:Name}, ${12:Title}, ${13:DOS}, ${14:Office}; REASON: 1.4(${15|B,A,C,D,E,F,G,H|}), (${16|D,A,B,C,E,F,G,H|})',
    '',
    '1. (${17|C,S,U,SBU|}) ${18:SUMMARY: Summary text. END SUMMARY.}',
    '',
    '2. (${19|C,S,U,SBU|}) ${20:Text.}',
    '',
    '${21:SIGNATURE}',
    '$0',
  ],
};

const tagsLine: CableTemplate = {
  name: 'TAGS line',
  prefix: 'tags',
  description: 'TAGS line: subject, program and geographic codes',
  body: ['TAGS: ${1:PREL} ${2:PGOV} ${3:XX}$0'],
};

const refList: CableTemplate = {
  name: 'REF list',
  prefix: 'ref',
  description: 'Lettered list of references',
  body: ['REF: A. ${1:STATE 000001}', '     B. ${2:POST 000002}$0'],
};

const paragraph: CableTemplate = {
  name: 'Numbered paragraph',
  prefix: 'para',
  description: 'A numbered paragraph with its portion mark',
  body: ['${1:1}. (${2|U,SBU,C,S|}) ${3:Text.}$0'],
};

const summary: CableTemplate = {
  name: 'Summary paragraph',
  prefix: 'summary',
  description: 'Paragraph 1 with SUMMARY: ... END SUMMARY.',
  body: ['1. (${1|U,SBU,C,S|}) SUMMARY: ${2:Summary text.} END SUMMARY.$0'],
};

const comment: CableTemplate = {
  name: 'Comment',
  prefix: 'comment',
  description: 'COMMENT: ... END COMMENT.',
  body: ['COMMENT: ${1:Comment text.} END COMMENT.$0'],
};

export const templates: readonly CableTemplate[] = [unclassifiedCable, classifiedCable, tagsLine, refList, paragraph, summary, comment];

/** The snippets file content (`snippets/cable.code-snippets`), as an object ready for JSON. */
export function snippetsFile(): Record<string, { prefix: string; description: string; body: string[] }> {
  const file: Record<string, { prefix: string; description: string; body: string[] }> = {};
  for (const template of templates) {
    file[template.name] = { prefix: template.prefix, description: template.description, body: template.body };
  }
  return file;
}

/** The templates `cable.newCable` offers. */
export function newCableTemplates(): CableTemplate[] {
  return templates.filter((template) => template.newCable !== undefined);
}

/** A declassification date `years` after `today`, written Y/M/D as in SMART-era cables (2019/09/18). */
export function declDate(today: Date, years = 10): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = today.getFullYear() + years;
  const month = today.getMonth();
  // 29 February has no counterpart in most years: use the last day of that month.
  const lastDay = new Date(year, month + 1, 0).getDate();
  return `${year}/${pad(month + 1)}/${pad(Math.min(today.getDate(), lastDay))}`;
}

/** The snippet text `cable.newCable` inserts: the template body with a real DECL date (10 years). */
export function newCableSnippet(template: CableTemplate, today: Date): string {
  return template.body.join('\n').split(DECL_DATE_PLACEHOLDER).join(declDate(today));
}
