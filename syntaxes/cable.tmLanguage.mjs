// Source of the TextMate grammar for cables (scope `source.cable`). `scripts/gen-grammar.mjs` turns
// it into syntaxes/cable.tmLanguage.json, the file that ships; never edit the JSON by hand.
//
// TextMate grammars see one line at a time, so every rule here is a line shape. Element names and
// forms follow shared docs/cable-format.md (sections 1-11, 14). Scope names are
// `<standard root>.<element>.cable` so that any theme colours them; docs/grammar.md lists them.
//
// Speed: editors re-tokenize on every keystroke and real cables have 2,000-character unwrapped
// lines, so no rule nests unbounded quantifiers, and rules that may fire anywhere on a line start
// with a literal or a look-behind that fails fast.

/** Classification levels, each with its spelled-out and letter-spaced forms (longest first). */
export const LEVELS = [
  { id: 'top-secret', forms: ['T O P\\s+S E C R E T', 'TOP SECRET'] },
  { id: 'limited-official-use', forms: ['L I M I T E D\\s+O F F I C I A L\\s+U S E', 'LIMITED OFFICIAL USE'] },
  { id: 'confidential', forms: ['C O N F I D E N T I A L', 'CONFIDENTIAL'] },
  { id: 'secret', forms: ['S E C R E T', 'SECRET'] },
  { id: 'unclassified', forms: ['U N C L A S S I F I E D', 'UNCLASSIFIED', 'U N C L A S', 'UNCLAS'] },
];

const anyLevel = LEVELS.flatMap((l) => l.forms).join('|');

/** Level words with a letter missing, merged or lower-cased (`E C R E T`, `SE C R E T`, `S e c r e t`). */
const mangledLevel =
  '(?=[A-Za-z]{1,2} [A-Za-z] )(?!(?:' + anyLevel + ')\\b)' +
  '(?i:(?:T ?O ?P ?)?(?:S ?)?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|U ?N ?C ?L ?A ?S(?: ?S ?I ?F ?I ?E ?D)?)';

/** One word of a post name on a classification line or in a reference (`ABU DHABI`, `state`). */
const postWord = "[A-Za-z][A-Za-z.'\\-]*";
const post = `${postWord}(?: ${postWord}){0,3}`;

/** Portion marks by level; the first letters in the parentheses decide the level. */
const PORTION_LEVELS = [
  { id: 'top-secret', code: 'TS' },
  { id: 'sbu', code: 'SBU' },
  { id: 'limited-official-use', code: 'LOU' },
  { id: 'confidential', code: 'C' },
  { id: 'secret', code: 'S' },
  { id: 'unclassified', code: 'U' },
];
/** Dissemination controls after the level: `/NF`, `//NF`, `/NOFORN`, `//REL TO USA, FVEY`, `/Rel to Belize`. */
const portionControls = "(?:/{1,2}[A-Za-z][A-Za-z ,./\\-]{0,40})?";

const PRECEDENCES = [
  { id: 'niact-immediate', word: 'NIACT\\s+IMMEDIATE' },
  { id: 'flash', word: 'FLASH' },
  { id: 'immediate', word: 'IMMEDIATE' },
  { id: 'priority', word: 'PRIORITY' },
  { id: 'routine', word: 'ROUTINE' },
];
/** Misspellings seen on real addressee lines (`PRIOITY`, `PRIORIT`, `PIORITY`). */
const badPrecedence = 'PRIOITY|PRIORIT|PIORITY|PRIORTY|IMMEDIAT|IMMEDITE|ROUTIN';
const anyPrecedence = PRECEDENCES.map((p) => p.word).join('|') + '|' + badPrecedence;

/** Originator PLADs that open an FM line (`FM AMEMBASSY TASHKENT`, `FM SECSTATE WASHDC`). */
const originators = 'AMEMBASSY|AMCONSUL|USMISSION|SECSTATE|USLO|USINT|REO|AIT|USDEL|USNATO|USUN|USEU|AMEMB|AMCONGEN';

const MONTHS = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC';
/** DTG line: precedence letter(s), DDHHMMZ, month, 2-digit year (`O R 221334Z SEP 09`, `291359Z Nov 00`). */
const dtg = `(?:([ZOPR])\\s+(?:([ZOPR])\\s+)?)?(\\d{6}Z)\\s+((?i:${MONTHS}))\\s+(\\d{2})`;

const captionWords = [
  'SIPDIS', 'NOFORN', 'NOCONTRACT', 'ORCON', 'PROPIN', 'SENSITIVE BUT UNCLASSIFIED', 'SENSITIVE', 'EXDIS', 'NODIS', 'LIMDIS',
  'STADIS', 'SPECAT(?: EXCLUSIVE)?', 'WEBGRAM EXCLUDED ONLY', 'WEBGRAM', 'OFFICIAL INFORMAL', 'NOT FOR INTERNET DISTRIBUTION',
  'HANDLE ACCORDINGLY', 'CHEROKEE', 'ROGER CHANNEL', 'DISSENT CHANNEL',
];
const correctedCopy = 'C O R R E C T E D\\s+C O P\\s?Y|CORRECTED COPY';

/** Department offices and agencies that open passing lines (`DEPT FOR EUR/WE`, `NSC FOR VOLKER`). */
const passingOffices = [
  'DEPT', 'DEPARTMENT', 'STATE', 'SECSTATE', 'NSC', 'NSC STAFF', 'WHITE HOUSE', 'TREASURY', 'COMMERCE', 'USDOC', 'DOC',
  'ENERGY', 'DOE', 'USDOE', 'DOD', 'OSD', 'DEFENSE', 'JCS', 'JOINT STAFF', 'CENTCOM', 'PACOM', 'EUCOM', 'SOUTHCOM', 'HQ SOUTHCOM',
  'HQSOUTHCOM', 'AFRICOM', 'USFOR-A', 'USUN', 'USEU', 'USNATO', 'USTR', 'USAID', 'AID', 'DHS', 'DOJ', 'JUSTICE', 'FBI', 'CIA',
  'DIA', 'INTERIOR', 'LABOR', 'DOL', 'AGRICULTURE', 'USDA', 'FAS', 'EXIM', 'OPIC', 'NEA', 'EUR', 'WHA', 'EAP', 'SCA', 'AF',
  'IO', 'INR', 'ISN', 'DRL', 'PM', 'EEB', 'OES', 'INL', 'PRM', 'CA', 'DS',
].join('|');

/** Words that a short all-capitals line must not be to count as a signature. */
const notSignature = [
  'SUMMARY', 'COMMENT', 'END', 'BEGIN', 'TEXT', 'QUOTE', 'UNQUOTE', 'BACKGROUND', 'ACTION', 'REQUEST', 'NOTE',
  'SIPDIS', 'NOFORN', 'SENSITIVE', 'NNNN', 'BT', 'UNCLAS', 'UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP',
  'NOTAL', 'EXDIS', 'NODIS', 'LIMDIS', 'STADIS', 'INTRODUCTION', 'CONCLUSION', 'ENTIRE', 'X{4,}',
].join('|');

const rx = (...parts) => parts.join('');

/**
 * SUMMARY / COMMENT as markers: at a line or paragraph start (after `(C) `, `-- `), or before `:` `.` `-`
 * or the line end; all-capitals prose (`IN SUMMARY, WE ...`, `REFUSED TO COMMENT ON`) is not a marker.
 * The word comes first and the context is checked by look-arounds, so the scanner can search for
 * the literal word; a leading look-behind defeats that search and slowed the whole grammar down.
 */
function marker(words, tail) {
  const before = ['^', '^ ', '^  ', '^   ', '^\\t', '\\) ', '\\)  ', '\\.  ', '-- ', '¶'];
  const behind = before.flatMap((b) => words.map((w) => b + w)).join('|');
  return `(?:${words.join('|')})(?:(?<=${behind})|(?=${tail}[ \\t]*(?:[:.\\-]|$)))${tail}\\b`;
}

function levelPatterns(prefix) {
  return LEVELS.map((l) => ({ match: `(?:${l.forms.join('|')})`, name: `${prefix}.${l.id}.cable` }));
}

/** Builds the grammar object. `vocabulary` holds TAGS codes by kind, read from tags.tsv. */
export function buildGrammar(vocabulary) {
  const escape = (code) => code.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/ /g, '\\s+');
  const alternation = (codes) => [...codes].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
  // A TAGS code stands between separators (space, comma, brackets, line ends).
  const tagCode = (body) => `(?<![A-Za-z0-9&'\\-])(?:${body})(?![A-Za-z0-9&'\\-])`;

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Cable',
    scopeName: 'source.cable',
    fileTypes: ['cable'],
    patterns: [
      { include: '#header' },
      { include: '#notes' },
      { include: '#page-break' },
      { include: '#end-marker' },
      { include: '#classification-line' },
      { include: '#heading' },
      { include: '#pseudo-header' },
      { include: '#eo-line' },
      { include: '#tags-line' },
      { include: '#subject-line' },
      { include: '#ref-block' },
      { include: '#ref-item' },
      { include: '#classified-by' },
      { include: '#reason-line' },
      { include: '#caption-line' },
      { include: '#passing-line' },
      { include: '#body' },
      { include: '#signature' },
    ],
    repository: {
      // ---------------------------------------------------------------- transmission header
      header: {
        name: 'meta.header.cable',
        comment: 'From the VZCZC line (or the DTG line when the export starts there) to the classification line.',
        begin: `^(?=[ \\t]*(?:VZCZC|${dtg}[ \\t]*$|FM[ \\t]+(?:${originators})\\b[^a-z\\n]*$))`,
        // Also ends at a line with lower-case letters (header lines are all capitals), so a stray
        // DTG-shaped line in a body cannot turn the rest of the text into "addressees".
        end: rx(
          `^(?=[ \\t]*(?:${anyLevel}|E\\.?O\\.?\\s?\\d|TAGS?\\b|SUBJECT\\b|SIPDIS\\b|¶?\\d{1,3}\\.\\s)|[ \\t]*${mangledLevel})`,
          `|^(?![ \\t]*(?:VZCZC|${dtg}))(?=[^\\n]*[a-z])`,
        ),
        patterns: [
          { include: '#transmission-id' },
          { include: '#prosign-line' },
          { include: '#de-line' },
          { include: '#security-line' },
          { include: '#dtg-line' },
          { include: '#page-header' },
          { include: '#routing-indicator-line' },
          { include: '#addressee-line' },
        ],
      },
      'transmission-id': {
        match: '^[ \\t]*(VZCZC)([A-Z]{2,4})(\\d{3,4})\\b',
        name: 'meta.transmission-id.cable',
        captures: {
          1: { name: 'keyword.control.transmission-id.cable' },
          2: { name: 'constant.other.channel-designator.cable' },
          3: { name: 'constant.numeric.channel-sequence.cable' },
        },
      },
      'prosign-line': {
        name: 'meta.prosign.cable',
        begin: '^[ \\t]*(ZZ|OO|PP|RR|[ZOPR]{2})(?=[ \\t]+[A-Z][A-Z0-9]{3,7}\\b)',
        beginCaptures: { 1: { name: 'keyword.other.prosign.cable' } },
        end: '$',
        patterns: [{ include: '#routing-indicator' }],
      },
      'routing-indicator': { match: '\\b[A-Z][A-Z0-9]{3,7}\\b', name: 'entity.name.routing-indicator.cable' },
      'routing-indicator-line': {
        comment: 'A wrapped FL2 line: routing indicators only.',
        match: '^[ \\t]*R[A-Z0-9]{4,7}(?:[ \\t]+R[A-Z0-9]{4,7}){0,12}[ \\t]*$',
        name: 'meta.prosign.cable entity.name.routing-indicator.cable',
      },
      'de-line': {
        match: '^[ \\t]*(DE)[ \\t]+([A-Z][A-Z0-9]{3,7})[ \\t]+(#)(\\d{1,5})(?:(/)(\\d{1,3}))?(?:[ \\t]+(\\d{7}))?',
        name: 'meta.de-line.cable',
        captures: {
          1: { name: 'keyword.other.label.de.cable' },
          2: { name: 'entity.name.routing-indicator.cable' },
          3: { name: 'punctuation.definition.serial.cable' },
          4: { name: 'constant.numeric.serial.cable' },
          5: { name: 'punctuation.separator.section.cable' },
          6: { name: 'constant.numeric.section.cable' },
          7: { name: 'constant.numeric.julian-time.cable' },
        },
      },
      'security-line': {
        name: 'meta.security-warning.cable',
        begin: '^[ \\t]*(ZN[YR])\\b',
        beginCaptures: { 1: { name: 'keyword.other.security-warning.cable' } },
        end: '$',
        patterns: [
          { match: '\\b([UCSTE])\\1{4}\\b', name: 'constant.character.classification-letters.cable' },
          { match: '\\([^)\\n]{0,80}\\)', name: 'constant.other.operating-signal.cable' },
          { match: '\\b[A-Z0-9]{3,12}\\b', name: 'constant.other.operating-signal.cable' },
        ],
      },
      'dtg-line': {
        match: `^[ \\t]*${dtg}`,
        name: 'meta.dtg.cable',
        captures: {
          1: { name: 'keyword.other.precedence-letter.cable' },
          2: { name: 'keyword.other.precedence-letter.cable' },
          3: { name: 'constant.numeric.date-time.cable' },
          4: { name: 'constant.other.month.cable' },
          5: { name: 'constant.numeric.year.cable' },
        },
      },
      'page-header': {
        comment: 'OASYS print page header `PAGE 02 STATE 015113 182333Z` (also leaks into TO lists).',
        match: '(?:^[ \\t]*(?:TO[ \\t]+)?|(?<=\\s))PAGE[ \\t]+\\d{2}[ \\t]+[A-Z][A-Z ]{1,30}?[ \\t]+\\d{4,8}(?:[ \\t]+\\d{2}[ \\t]+OF[ \\t]+\\d{2})?[ \\t]+\\d{6}Z',
        name: 'comment.line.page-header.cable',
      },
      'addressee-line': {
        comment: 'FM/TO/INFO/XMT lines and their continuation lines: [RI/]PLAD [precedence] [MCN].',
        match: rx(
          '^[ \\t]*(?=[^a-z\\n]*$)(?:(FM|TO|INFO|XMT)(?:[ \\t]+|/[ \\t]*))?',
          // After an RI the PLAD may start with a digit (`RHMFISS/39ABG INCIRLIK AB TU`).
          '(?:([A-Z][A-Z0-9]{2,7})(/)(?!/)(?=[A-Z0-9(])|(?=[A-Z(]))',
          '([A-Z0-9(][^\\n]{0,100}?)',
          `(?:[ \\t]+(${anyPrecedence}))?`,
          '(?:[ \\t]+(\\d{4}(?:-\\d{4})?))?',
          '[ \\t]*$',
        ),
        name: 'meta.addressee.cable',
        captures: {
          1: { patterns: [{ include: '#address-label' }] },
          2: { name: 'entity.name.routing-indicator.cable' },
          3: { name: 'punctuation.separator.routing.cable' },
          4: { name: 'entity.name.plad.cable' },
          5: { patterns: [{ include: '#precedence-word' }] },
          6: { name: 'constant.numeric.mcn.cable' },
        },
      },
      'address-label': {
        patterns: [
          { match: 'FM', name: 'keyword.other.label.fm.cable' },
          { match: 'TO', name: 'keyword.other.label.to.cable' },
          { match: 'INFO', name: 'keyword.other.label.info.cable' },
          { match: 'XMT', name: 'keyword.other.label.xmt.cable' },
        ],
      },
      'precedence-word': {
        patterns: [
          // Capture patterns see the whole line before the capture, so anchor with \\b, not ^.
          ...PRECEDENCES.map((p) => ({ match: `\\b${p.word}\\b`, name: `keyword.other.precedence.${p.id}.cable` })),
          { match: `\\b(?:${badPrecedence})\\b`, name: 'invalid.illegal.precedence.cable' },
        ],
      },

      // ---------------------------------------------------------------- notes around the text
      notes: {
        comment: 'WikiLeaks notes, web-site notices and declassification stamps: not part of the telegram.',
        patterns: [
          { match: '^[ \\t]*This record is a partial extract of the original cable\\..*$', name: 'comment.line.note.cable' },
          { match: '^[ \\t]*"?(?:Please )?[Vv]isit [^\\n]{0,60}?(?:Classified )?Web ?[Ss]ite\\b.*$', name: 'comment.line.note.cable' },
          { match: '^[ \\t]*Declassified/Released US Department of State\\b.*$', name: 'comment.line.note.cable' },
        ],
      },
      'page-break': {
        patterns: [
          {
            comment: 'Page break inside a multi-section cable: `BERN 00000881  002 OF 002`, `TRIPOLI 00000402  001.2 OF 003`.',
            match: `^[ \\t]*(${post})[ \\t]+(\\d{8})[ \\t]+(\\d{3}(?:\\.\\d{1,2})?)[ \\t]+((?i:OF))[ \\t]+(\\d{3})\\b`,
            name: 'comment.line.page-break.cable',
          },
          { include: '#page-header' },
        ],
      },
      'end-marker': {
        match: '^[ \\t]*(NNNN|End Cable Text|BT|#\\d{4})[ \\t]*$',
        captures: { 1: { name: 'keyword.control.end-of-message.cable' } },
      },

      // ---------------------------------------------------------------- classification line
      'classification-line': {
        patterns: [
          {
            comment: 'LEVEL [//controls] [SECTION n OF m] [POST SERIAL], alone or followed by SIPDIS/E.O./TAGS run into it.',
            match: rx(
              `^[ \\t]*(${anyLevel})`,
              '(?:[ \\t]+(E[ \\t]?F[ \\t]?T[ \\t]?O))?',
              '(?:(//)([A-Z][A-Za-z0-9 ,/\\-]{0,60}?))?',
              '(?:[ \\t]+(SECTION)[ \\t]+(\\d{1,3})[ \\t]+(OF|of|Of)[ \\t]+(\\d{1,3}))?',
              `(?:[ \\t]+(${post})[ \\t]+(\\d{1,7})|[ \\t]+([A-Z]{2,}\\d{3,}))?`,
              '(?=[ \\t]*$|[ \\t]+(?:SIPDIS|NOFORN|E\\.?O\\.?|TAGS)\\b)',
            ),
            name: 'meta.classification-line.cable',
            captures: {
              1: { patterns: levelPatterns('keyword.other.classification') },
              2: { name: 'storage.modifier.caveat.cable' },
              3: { name: 'punctuation.separator.dissemination.cable' },
              4: { name: 'storage.modifier.dissemination.cable' },
              5: { name: 'keyword.other.section.cable' },
              6: { name: 'constant.numeric.section.cable' },
              7: { name: 'keyword.other.section.cable' },
              8: { name: 'constant.numeric.section-count.cable' },
              9: { patterns: [{ include: '#redaction' }, { match: '.+', name: 'entity.name.post.cable' }] },
              10: { name: 'constant.numeric.serial.cable' },
              11: { name: 'constant.other.serial.cable' },
            },
          },
          {
            comment: 'A level word with letters missing, merged or in lower case, at the start of a line.',
            match: rx(
              `^[ \\t]*(${mangledLevel})`,
              '(?:[ \\t]+((?i:SECTION))[ \\t]+(\\d{1,3})[ \\t]+((?i:OF))[ \\t]+(\\d{1,3}))?',
              `(?:[ \\t]+(${post})[ \\t]+(\\d{1,7}))?`,
              '(?=[ \\t]*$|[ \\t])',
            ),
            name: 'meta.classification-line.cable',
            captures: {
              1: { name: 'invalid.illegal.classification.cable' },
              2: { name: 'keyword.other.section.cable' },
              3: { name: 'constant.numeric.section.cable' },
              4: { name: 'keyword.other.section.cable' },
              5: { name: 'constant.numeric.section-count.cable' },
              6: { patterns: [{ include: '#redaction' }, { match: '.+', name: 'entity.name.post.cable' }] },
              7: { name: 'constant.numeric.serial.cable' },
            },
          },
        ],
      },
      'entire-text': {
        comment: '`CONFIDENTIAL - ENTIRE TEXT.`: the whole text has one level, portion marks are optional.',
        match: `\\b(${anyLevel})[ \\t]*-[ \\t]*(ENTIRE TEXT)\\b`,
        captures: {
          1: { patterns: levelPatterns('keyword.other.classification') },
          2: { name: 'keyword.other.entire-text.cable' },
        },
      },

      // ---------------------------------------------------------------- heading block
      'pseudo-header': {
        comment: 'Post pseudo-header (CLOUT) and Department distribution block labels.',
        match: '^[ \\t]*(CX[A-Z]{2,12}|ACTION|INFO|DISSEMINATION|CHARGE|APPROVED(?: BY)?|DRAFTED(?: BY)?|CLEARED(?: BY)?|SOURCE)(:)',
        captures: {
          1: { name: 'keyword.other.label.pseudo-header.cable' },
          2: { name: 'punctuation.separator.key-value.cable' },
        },
      },
      'caption-line': {
        comment: 'A line of captions (SIPDIS, NOFORN, SENSITIVE ...) or a corrected-copy notice.',
        name: 'meta.caption.cable',
        begin: `^(?=[ \\t]*(?:${captionWords.join('|')}|${correctedCopy})(?![A-Za-z]))`,
        end: '$',
        patterns: [{ include: '#caption' }, { include: '#redaction' }],
      },
      caption: {
        patterns: [
          { match: `(?<![A-Za-z])(?:${correctedCopy})(?![A-Za-z])`, name: 'keyword.other.caption.corrected-copy.cable' },
          { match: `(?<![A-Za-z])(?:${captionWords.join('|')})(?![A-Za-z])`, name: 'keyword.other.caption.cable' },
        ],
      },
      'passing-line': {
        comment: 'Passing / attention lines, all capitals: `DEPT FOR EUR/CARC`, `STATE PASS TO USAID`, `S/CT FOR ...`.',
        match: rx(
          '^[ \\t]*(?=[^a-z\\n]*$)',
          `((?:${passingOffices}|AMEMBASSY [A-Z]+|USMISSION [A-Z]+|[A-Z]{1,6}/[A-Z0-9/\\-]{1,12})`,
          '(?:[ \\t]+(?:PLEASE[ \\t]+)?PASS)?)',
          '[ \\t]+((?:ALSO[ \\t]+|PLEASE[ \\t]+)?(?:PASS[ \\t]+TO|PASS|FOR))\\b',
          '((?:(?!E\\.O\\.).){0,400})',
        ),
        name: 'meta.passing-line.cable',
        captures: {
          1: { name: 'entity.name.office.cable' },
          2: { name: 'keyword.other.passing.cable' },
          3: { name: 'variable.other.recipient.cable' },
        },
      },
      'eo-line': {
        comment: 'E.O. 12958: DECL: 2019/09/18 (also `EO 12958 DECL:`, `E.o. 12958: decl:`, `N/A`, events, DNG, GDS).',
        name: 'meta.eo-line.cable',
        begin: '(?:^[ \\t]*|(?<=\\s))((?i:E\\.?O\\.?))[ \\t]?(\\d{4,5})[ \\t]*(:?)(?=[ \\t]*(?i:DECL|DNG|GDS|N/A|AS AMENDED|X{3,}|$))',
        beginCaptures: {
          1: { name: 'keyword.other.label.eo.cable' },
          2: { name: 'constant.numeric.executive-order.cable' },
          3: { name: 'punctuation.separator.key-value.cable' },
        },
        end: '$|(?=[ \\t]+(?:TAGS?|Tags)\\b)',
        patterns: [
          {
            match: '\\b((?i:DECL|DNG|GDS))\\b[ \\t]*(:?)',
            captures: { 1: { name: 'keyword.other.label.decl.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
          },
          { match: '(?<![\\w/])N/A(?![\\w/])', name: 'constant.language.not-applicable.cable' },
          { match: '\\b\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}\\b', name: 'constant.numeric.date.cable' },
          { match: '\\b(?:OADR|MR|X[1-8]|25X[1-9](?:-[A-Za-z]+)?|50X[12](?:-[A-Z]+)?)\\b', name: 'constant.language.declassification-code.cable' },
          { include: '#redaction' },
          {
            comment: 'Free text (an event, a downgrade level): up to a date, TAGS or the end of the line.',
            match: '[A-Za-z][^\\n]*?(?=[ \\t]*$|[ \\t]+(?:TAGS?|Tags)\\b|[ \\t]+\\d{1,4}[/-]\\d)',
            name: 'string.unquoted.declassification-event.cable',
          },
        ],
      },
      'tags-line': {
        comment: 'TAGS: codes by kind. Continues onto the next line when the line ends with a comma.',
        name: 'meta.tags.cable',
        // Misspelt labels (`AGS:`, `TGS:` ...) only with their colon: `TGS` alone is also the Turkish
        // General Staff at the start of a sentence.
        begin: '(?:^[ \\t]*(?:(TAGS?|Tags?|tags)|(AGS|TAGE|TABS|TGS|TAS)(?=:))(:)?|(?<=\\s)(TAGS)(:))(?=[ \\t]|$)',
        beginCaptures: {
          1: { name: 'keyword.other.label.tags.cable' },
          2: { name: 'keyword.other.label.tags.cable' },
          3: { name: 'punctuation.separator.key-value.cable' },
          4: { name: 'keyword.other.label.tags.cable' },
          5: { name: 'punctuation.separator.key-value.cable' },
        },
        // Not right after the label: `TAGS:` at the end of an E.O. line has its codes on the next line.
        // A trailing comma with nothing after it must not swallow the SUBJECT line.
        end: rx(
          '(?<![,\\s])(?<!TAGS:)(?<!TAG:)$|(?<=[^\\s,])(?<!TAGS:)(?<!TAG:)[ \\t]+$|^[ \\t]*$',
          '|^(?=[ \\t]*(?:(?i:SUBJECT|SUBJ|REFS?)[ \\t]*:|E\\.?O\\.?[ \\t]?\\d|CLASSIFIED BY|Classified [Bb]y))',
        ),
        patterns: [
          { match: '\\[|\\]\\(#\\)', name: 'invalid.illegal.debris.cable' },
          { match: '\\([^()\\n]{1,60}\\)', name: 'entity.name.tag.person.cable' },
          { include: '#caption' },
          { include: '#redaction' },
          { match: tagCode('[A-Z]{2}'), name: 'entity.name.tag.geographic.cable' },
          { match: tagCode('K[A-Z]{3}'), name: 'entity.name.tag.program.cable' },
          { match: tagCode(alternation(vocabulary.subject)), name: 'entity.name.tag.subject.cable' },
          { match: tagCode(alternation(vocabulary.organization)), name: 'entity.name.tag.organization.cable' },
          { match: tagCode('[A-Za-z][A-Za-z0-9&\'\\-]*'), name: 'entity.name.tag.unknown.cable' },
          { match: ',', name: 'punctuation.separator.tags.cable' },
        ],
      },
      'subject-line': {
        comment: 'SUBJECT: text, continued on the next lines until a blank line, REF, Classified By or paragraph 1.',
        name: 'meta.subject.cable',
        begin: '^[ \\t]*((?i:SUBJECT|SUBJ))[ \\t]*(:)[ \\t]*',
        beginCaptures: { 1: { name: 'keyword.other.label.subject.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
        end: rx(
          '^(?=[ \\t]*$)',
          '|(?=[ \\t](?:REFS?|REF\\(S\\)|Refs?)[ \\t]*:)',
          '|^(?=[ \\t]*(?:REFS?\\b|REF\\(S\\)|Refs?\\b|CLASSIFIED BY|Classified [Bb]y|¶?\\d{1,3}[ \\t]?\\.(?!\\d)|PAGE \\d|-{3,}|',
          'E\\.?O\\.?[ \\t]?\\d|(?i:TAGS?):|',
          `${anyLevel}|SENSITIVE BUT|${post}[ \\t]+\\d{8}[ \\t]+\\d{3}))`,
        ),
        contentName: 'markup.heading.subject.cable',
        patterns: [{ include: '#portion-mark' }, { include: '#redaction' }],
      },
      'ref-block': {
        comment: 'REF: one or more (lettered) references, until a blank line, Classified By or paragraph 1.',
        name: 'meta.ref.cable',
        begin: '(?:^[ \\t]*|(?<=\\s))((?:PROGRAM )?(?:REFS?|REF\\(S\\)|Refs?|Ref\\(s\\)|REFTELS?))[ \\t]*(:)',
        beginCaptures: { 1: { name: 'keyword.other.label.ref.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
        end: rx(
          '^(?=[ \\t]*$)',
          '|^(?=[ \\t]*(?:CLASSIFIED BY|Classified [Bb]y|¶?\\d{1,3}[ \\t]?\\.(?!\\d)|-{3,}|(?i:SUBJECT|SUBJ|TAGS?)[ \\t]*:|E\\.?O\\.?[ \\t]?\\d|',
          `${anyLevel}))`,
          '|(?=\\b(?:CLASSIFIED BY|Classified [Bb]y)\\b)',
        ),
        patterns: [
          { include: '#page-break' },
          { include: '#redaction' },
          { include: '#reference' },
          { include: '#ref-letter' },
          { match: '\\((?:NOTAL|EXDIS|NODIS|LIMDIS|STADIS|\\d{2})\\)', name: 'support.constant.ref-note.cable' },
        ],
      },
      'ref-letter': {
        match: '(?:^[ \\t]*|(?<=[\\s;,]))(¶)?(\\(?[A-Za-z]\\)|[A-Z]\\.)(?=\\s)',
        captures: { 1: { name: 'punctuation.definition.pilcrow.cable' }, 2: { name: 'constant.character.ref-letter.cable' } },
      },
      'ref-item': {
        comment: 'A lettered reference on its own line after a blank line ends the REF block (`B. STATE 123352`).',
        name: 'meta.ref.cable',
        begin: rx(
          '^(?=[ \\t]*¶?(?:\\(?[A-Za-z]\\)|[A-Z]\\.)[ \\t]+',
          "(?:\\d{2,4}[ \\t]+)?[A-Z][A-Za-z\\-]+(?:[ \\t][A-Z][A-Za-z\\-]+){0,3}[ \\t]*\\d{1,7}(?![\\d/A-Za-z]))",
        ),
        end: '$',
        patterns: [{ include: '#ref-letter' }, { include: '#reference' }, { include: '#redaction' }],
      },
      reference: {
        comment: 'A cable reference `[YY ]POST serial`: `09 STATE 90254`, `2007 MANAGUA 2135`, `SAO PAULO 405`.',
        match: rx(
          `(?<![A-Za-z0-9\\-])(?:(\\d{2}|\\d{4})[ \\t]+)?(?!(?:${MONTHS})\\b)`,
          '([A-Z][A-Za-z\\-]*[A-Za-z](?:[ \\t][A-Z][A-Za-z\\-]*[A-Za-z]){0,3})[ \\t]*(\\d{1,7})(?![\\d/A-Za-z])',
        ),
        name: 'meta.reference.cable',
        captures: {
          1: { name: 'constant.numeric.year.cable' },
          2: { name: 'entity.name.post.cable' },
          3: { name: 'constant.numeric.serial.cable' },
        },
      },
      'classified-by': {
        comment: 'CLASSIFIED BY: name, title ...; REASON: 1.4(B), (D). May wrap; ends at a blank line or a paragraph.',
        name: 'meta.classified-by.cable',
        begin: '(?:^[ \\t]*|(?<=\\s))(CLASSIFIED[ \\t]+BY|Classified[ \\t]+[Bb]y)[ \\t]*(:?)',
        beginCaptures: { 1: { name: 'keyword.other.label.classified-by.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
        end: '^(?=[ \\t]*$)|^(?=[ \\t]*¶?\\d{1,3}[ \\t]?\\.(?!\\d))',
        patterns: [
          { include: '#reason' },
          {
            comment: 'Category letters wrapped onto the next line: `Reasons 1.4` / `(b) and (d).`',
            match: '\\([ \\t]*([a-hA-H])[ \\t]*\\)',
            captures: { 1: { name: 'constant.character.category.cable' } },
          },
          { include: '#portion-mark' },
          { include: '#redaction' },
        ],
      },
      'reason-line': {
        comment: 'A REASON line on its own (the SMART template wraps it onto the next line).',
        begin: '^(?=[ \\t]*(?i:REASONS?)[ \\t]*:?[ \\t]*1[.:/,][45])',
        end: '$',
        patterns: [{ include: '#reason' }],
      },
      reason: {
        patterns: [
          { match: '\\b((?i:REASONS?|Reason\\(s\\)))\\b[ \\t]*(:?)', captures: { 1: { name: 'keyword.other.label.reason.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } } },
          {
            comment: 'Section 1.4 (1.5 before 2003), then the category letters a-h up to the end of the sentence.',
            begin: '(?<![\\d.])(?:(1\\.[45])|(1[:/,][45]))(?![\\d])',
            beginCaptures: { 1: { name: 'constant.numeric.reason-section.cable' }, 2: { name: 'invalid.illegal.reason-section.cable' } },
            // Ends at the sentence end, a `;`, or the first word that is not `and`/`or` (text runs on:
            // `REASON: 1.4 (b), (d) 1. (C/NF) Summary: ...`).
            end: '$|(?=;)|(?<=[A-Za-z)])\\.(?=\\s|$)|(?=[ \\t]+(?!(?:and|AND|or|OR)\\b)[A-Za-z]{2,}|[ \\t]+\\d+\\.)',
            patterns: [
              { match: '(?<![A-Za-z])[a-hA-H](?![A-Za-z])', name: 'constant.character.category.cable' },
              { match: '(?<![A-Za-z])[i-zI-Z](?![A-Za-z])', name: 'invalid.illegal.category.cable' },
            ],
          },
        ],
      },

      // ---------------------------------------------------------------- body
      body: {
        patterns: [
          { include: '#paragraph-start' },
          { include: '#entire-text' },
          { include: '#portion-mark-in-text' },
          { include: '#markers' },
          { include: '#redaction' },
          { match: '(?<![A-Za-z])SIPDIS(?![A-Za-z])', name: 'keyword.other.caption.cable' },
          { match: '\\]\\(#\\)', name: 'invalid.illegal.debris.cable' },
        ],
      },
      'paragraph-start': {
        comment: 'Paragraph number at the start of a line: `1. (C)`, `1.(C)`, `¶4. (C)`, then its portion mark.',
        match: '^[ \\t]*(¶)?(\\d{1,3})(\\.)(?=[ \\t(]|[A-Z]|$)(?:[ \\t]*(\\([A-Za-z/][A-Za-z/ ,.\\-]{0,40}\\)))?',
        name: 'meta.paragraph-start.cable',
        captures: {
          1: { name: 'punctuation.definition.pilcrow.cable' },
          2: { name: 'constant.numeric.paragraph.cable' },
          3: { name: 'punctuation.separator.paragraph.cable' },
          4: {
            patterns: [
              { include: '#portion-mark' },
              { match: '\\((?:ts|sbu|c|s|u)(?:/{1,2}[a-z]+)?\\)$', name: 'invalid.illegal.portion-mark.cable' },
              { match: '\\([SCUNFTB/]{2,8}\\)$', name: 'invalid.illegal.portion-mark.cable' },
            ],
          },
        },
      },
      'portion-mark': {
        comment: 'Where a mark is expected (after a paragraph number, SUBJECT:, in a heading): any level.',
        patterns: PORTION_LEVELS.map((p) => ({
          match: `(?<![A-Za-z0-9])\\(${p.code}${portionControls}\\)`,
          name: `keyword.other.portion-mark.${p.id}.cable`,
        })),
      },
      'portion-mark-in-text': {
        comment: rx(
          'In running text `(C)` `(S)` `(U)` are also list letters (`(A) ... (B) ... (C) ELIMINATE`), so bare ',
          'one-letter marks count only at a line start or after a bullet or colon; marks with controls count anywhere.',
        ),
        patterns: PORTION_LEVELS.map((p) => {
          const bare = `\\(${p.code}\\)`;
          const contexts = ['^', '^ ', '^  ', '^\\t', '^-- ', '^--', '^- ', ': ', ':  '];
          const single = p.code.length === 1;
          return {
            match: single
              ? `(?<![A-Za-z0-9])\\(${p.code}/{1,2}[A-Za-z][A-Za-z ,./\\-]{0,40}\\)|${bare}(?<=${contexts.map((c) => c + bare).join('|')})`
              : `(?<![A-Za-z0-9])\\(${p.code}${portionControls}\\)`,
            name: `keyword.other.portion-mark.${p.id}.cable`,
          };
        }),
      },
      markers: {
        patterns: [
          {
            match: '\\b(?:END|End)[ \\t]+(?:SUMMARY|[Ss]ummary)(?:[ \\t]+(?:AND|and)[ \\t]+(?:COMMENT|[Cc]omment))?\\b',
            name: 'keyword.control.summary.end.cable',
          },
          {
            match: marker(
              ['SUMMARY', 'Summary'],
              '(?:[ \\t]+(?:AND|and)[ \\t]+(?:COMMENT|Comment|ACTION REQUEST|Action Request|INTRODUCTION|TABLE OF CONTENTS))?',
            ),
            name: 'keyword.control.summary.begin.cable',
          },
          { match: '\\b(?:END|End)[ \\t]+(?:COMMENT|[Cc]omment)\\b', name: 'keyword.control.comment.end.cable' },
          { match: marker(['COMMENT', 'Comment'], ''), name: 'keyword.control.comment.begin.cable' },
          {
            match: '\\b(?:BEGIN|Begin)[ \\t]+(?:TEXT|[Tt]ext|QUOTE|[Qq]uote|TALKING POINTS|[Tt]alking [Pp]oints|NON-PAPER|[Nn]on-paper)\\b',
            name: 'keyword.control.quote.begin.cable',
          },
          {
            match: '\\b(?:END|End)[ \\t]+(?:TEXT|[Tt]ext|QUOTE|[Qq]uote|TALKING POINTS|[Tt]alking [Pp]oints|NON-PAPER|[Nn]on-paper)\\b|\\bUNQUOTE\\b',
            name: 'keyword.control.quote.end.cable',
          },
        ],
      },
      redaction: { match: '(?<![A-Za-z])(?:X{4,}|x{4,})(?![A-Za-z])', name: 'markup.deleted.redaction.cable' },
      heading: {
        comment: 'A dashed rule; the line right after it, if short, is a heading title (`-----` / `Summary` / `-----`).',
        name: 'meta.heading.cable',
        begin: '^[ \\t]*(-{3,}(?:[ \\t]+-{3,})*|={3,}|_{3,})[ \\t]*$',
        beginCaptures: { 1: { name: 'punctuation.definition.heading.cable' } },
        end: rx(
          '^[ \\t]*(?!¶?\\d{1,3}[ \\t]?\\.(?!\\d)|--|==|__)',
          '([^\\s][^\\n]{0,78}?(?<![.,;]))[ \\t]*$',
          '|^',
        ),
        endCaptures: {
          1: { name: 'markup.heading.cable entity.name.section.cable', patterns: [{ include: '#portion-mark' }, { include: '#markers' }] },
        },
      },
      signature: {
        comment: 'Signature: a line of 1-3 capitalised words right after a line that ends a sentence (`NORLAND`).',
        begin: '(?<=[.!?"\')\\]])[ \\t]*$',
        end: rx(
          `^[ \\t]*(?!(?:${notSignature})\\b)`,
          "([A-Z][A-Z'\\-]+(?:[ \\t][A-Z][A-Z'\\-]+){0,2})[ \\t]*$",
          '|^',
        ),
        endCaptures: { 1: { name: 'entity.name.signature.cable' } },
      },
    },
  };
}
