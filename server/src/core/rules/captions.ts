/**
 * CBL018 captions: one caption per line (5 FAH-2 H-252.1-1), no caption twice, and only known
 * caption words (a typo in a caption changes who receives the cable).
 */
import type { Rule, RuleContext } from '../rule';
import type { Token } from '../tree';
import { nearest } from './util/suggest';

/** Captions and handling phrases of 5 FAH-2 H-250 and those seen on real caption lines (cable-format.md §4). */
export const KNOWN_CAPTIONS: readonly string[] = [
  'SIPDIS',
  'NOFORN',
  'SENSITIVE',
  'SENSITIVE BUT UNCLASSIFIED',
  'SBU',
  'EXDIS',
  'NODIS',
  'LIMDIS',
  'STADIS',
  'ROGER',
  'CHEROKEE',
  'SPECAT',
  'SPECAT EXCLUSIVE',
  'DISSENT CHANNEL',
  'MED CHANNEL',
  'OFFICIAL INFORMAL',
  'WEBGRAM EXCLUDED ONLY',
  'CORRECTED COPY',
  'HANDLE ACCORDINGLY',
  'NOT FOR INTERNET DISTRIBUTION',
  // Control markings the parser also reads as captions.
  'NOCONTRACT',
  'ORCON',
  'PROPIN',
  'FOUO',
  'FOR OFFICIAL USE ONLY',
  'EYES ONLY',
];

/** Handling notes that complete the caption before them on the same line
 *  (`SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY`, `NOFORN, NOT FOR INTERNET DISTRIBUTION`). */
const QUALIFIERS: ReadonlySet<string> = new Set(['HANDLE ACCORDINGLY', 'NOT FOR INTERNET DISTRIBUTION']);

/** `C O R R E C T E D  C O P Y (PRIMARY TAG)` → `CORRECTED COPY`: letter-spacing closed up, notes
 *  in parentheses or after `--` dropped, spaces and trailing punctuation normalised. */
export function normalizeCaption(text: string): string {
  // `C O R R E C T E D COPY - PARAGRAPHS RENUMBERED`, `CORRECTED COPY//SUBJECT LINE//`: the note varies.
  if (text.toUpperCase().replace(/\s+/g, '').startsWith('CORRECTEDCOPY')) return 'CORRECTED COPY';
  let value = text.toUpperCase().replace(/\(.*?\)/g, ' ');
  // Notes after a dash: `SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY`, `... - PLEASE PROTECT ACCORDINGLY.`
  value = value.replace(/\s+-\s*-\s.*$|\s+--.*$|\s+-\s.*$/, '');
  // Letter-spaced words: single letters separated by single spaces, words by two or more.
  if (/^([A-Z] )+[A-Z](\s|$)/.test(value.trim())) {
    value = value
      .trim()
      .split(/\s{2,}/)
      .map((word) => word.replace(/ /g, ''))
      .join(' ');
    // `C O R R E C T E D C O P Y` written with single spaces throughout.
    if (value === 'CORRECTEDCOPY') value = 'CORRECTED COPY';
  }
  return value.replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').trim();
}

/** Caption lines repeat from cable to cable (`SIPDIS`, `NOFORN`): each distinct text is normalised once. */
const normalizedCache = new Map<string, string>();
const NORMALIZED_CACHE_SIZE = 5000;

function cachedNormalizeCaption(text: string): string {
  let name = normalizedCache.get(text);
  if (name === undefined) {
    if (normalizedCache.size >= NORMALIZED_CACHE_SIZE) normalizedCache.clear();
    normalizedCache.set(text, (name = normalizeCaption(text)));
  }
  return name;
}

const NO_EXTRA: readonly string[] = [];
/** The known set per `knownCaptions` option array (configs are resolved once, so the array is the same object for every cable). */
const knownSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function knownCaptions(extra: readonly string[]): ReadonlySet<string> {
  let known = knownSets.get(extra);
  if (!known) knownSets.set(extra, (known = new Set([...KNOWN_CAPTIONS, ...extra.map(normalizeCaption)])));
  return known;
}

export const captions: Rule = {
  id: 'CBL018',
  alias: 'captions',
  description: 'One caption per line, no duplicate captions, no unknown caption words.',
  severity: 'warning',
  tags: ['captions'],
  fixable: false,
  options: {
    knownCaptions: {
      type: 'array',
      items: 'string',
      description: 'Caption words or phrases to accept in addition to the built-in list.',
      default: [],
    },
  },
  check(context) {
    const known = knownCaptions((context.options.knownCaptions as string[] | undefined) ?? NO_EXTRA);
    const seen = new Map<string, Token>();
    for (const caption of context.doc.captions) {
      const items = caption.items.length > 0 ? caption.items : [caption];
      const captionsOnLine = items.length === 1 ? items : items.filter((item, i) => i === 0 || !QUALIFIERS.has(cachedNormalizeCaption(item.text)));
      if (captionsOnLine.length > 1) {
        context.report({
          message: `${captionsOnLine.length} captions on one line (${captionsOnLine.map((item) => item.text).join(' ')}): put each caption on its own line`,
          start: items[0].start,
          end: items[items.length - 1].end,
        });
      }
      for (const item of items) {
        const name = cachedNormalizeCaption(item.text);
        if (name === '') continue;
        const first = seen.get(name);
        if (first) {
          // `SIPDIS SIPDIS` on one line is already reported as several captions on one line.
          if (first.start >= caption.start && first.end <= caption.end && captionsOnLine.length > 1) continue;
          context.report({ message: `Caption ${name} repeated: it is already given above`, severity: 'info', start: item.start, end: item.end });
          continue;
        }
        seen.set(name, item);
        if (!known.has(name)) {
          context.report({ message: `Unknown caption ${item.text.trim()}: expected one of SIPDIS, NOFORN, SENSITIVE, EXDIS, NODIS, LIMDIS, STADIS …`, severity: 'info', start: item.start, end: item.end });
        }
      }
    }
    if (seen.size > 1) checkOrder(context, seen); // an order needs two captions
    const informal = seen.get('OFFICIAL INFORMAL');
    if (informal && context.doc.subject && !/OFFICIAL INFORMAL/i.test(context.doc.subject.text)) {
      context.report({ message: 'OFFICIAL INFORMAL caption: the SUBJECT line must say OFFICIAL INFORMAL too', start: informal.start, end: informal.end });
    }
    // A misspelt caption is not a caption to the parser; on its own line among the passing lines
    // (`SIPDSI`), one word near a caption word is a typo, never a passing instruction.
    for (const line of context.doc.passingLines) {
      const word = line.text.trim();
      if (!isCapitalsWord(word) || known.has(word)) continue;
      const near = nearestCaption(word);
      if (near === null) continue;
      const start = line.start + line.text.indexOf(word);
      context.report({ message: `Unknown caption ${word}: did you mean ${near}?`, severity: 'info', start, end: start + word.length });
    }
  },
};

/** `/^[A-Z]{4,}$/` by character codes: asked of every passing line. */
function isCapitalsWord(word: string): boolean {
  if (word.length < 4) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

const SINGLE_WORD_CAPTIONS = KNOWN_CAPTIONS.filter((caption) => !caption.includes(' '));

/** Passing-line words repeat from cable to cable (`PASS`, `INFO`): each is compared once. */
const nearestCache = new Map<string, string | null>();

function nearestCaption(word: string): string | null {
  let near = nearestCache.get(word);
  if (near === undefined) {
    if (nearestCache.size >= NORMALIZED_CACHE_SIZE) nearestCache.clear();
    nearestCache.set(word, (near = nearest(word, SINGLE_WORD_CAPTIONS, 2)[0]?.word ?? null));
  }
  return near;
}

/** Most restrictive first (5 FAH-2 H-252.1-1); STADIS may be combined with EXDIS or NODIS, after them.
 *  A Map: looked up with every caption name, which an object would first internalize. */
const RESTRICTION: ReadonlyMap<string, number> = new Map([
  ['NODIS', 0],
  ['EXDIS', 1],
  ['LIMDIS', 2],
  ['STADIS', 3],
]);

function checkOrder(context: RuleContext, captionsInOrder: ReadonlyMap<string, Token>): void {
  let loosest: [string, Token] | undefined;
  let loosestRank = 0;
  for (const entry of captionsInOrder) {
    const rank = RESTRICTION.get(entry[0]);
    if (rank === undefined) continue;
    if (loosest && rank < loosestRank) {
      context.report({
        message: `${entry[0]} must come before ${loosest[0]}: the most restrictive caption goes first`,
        start: entry[1].start,
        end: entry[1].end,
      });
      continue;
    }
    if (!loosest || rank > loosestRank) {
      loosest = entry;
      loosestRank = rank;
    }
  }
}
