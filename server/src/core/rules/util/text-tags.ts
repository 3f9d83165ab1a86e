/**
 * Suggestions for unknown TAGS codes: the typo map of real misspellings, codes run together, and
 * near codes by edit distance. Used by the tags rule (and fit for completion).
 */
import { ALL_TAG_CODES, PERSON_TAG_CODES, lookupTag } from '../../data/tags-vocabulary';
import { nearest, splitRunTogether } from './suggest';

/** Real misspellings (cable-format.md §8, cablemap's TAGS fixes) with their certain correction. */
export const TAG_TYPOS: Readonly<Record<string, string>> = {
  POGOV: 'PGOV',
  MOPPS: 'MOPS',
  KWWMN: 'KWMN',
  UNDESCO: 'UNESCO',
};

/** The person codes' lengths and first letters (all `O...` of four letters today), derived so that
 *  isPersonTag stays right if the list grows. */
const PERSON_TAG_LENGTHS = new Set([...PERSON_TAG_CODES].map((code) => code.length));
const PERSON_TAG_INITIALS = new Set([...PERSON_TAG_CODES].map((code) => code.charCodeAt(0)));

/** `PERSON_TAG_CODES.has(code)`, asked of every code: a length and a first letter answer for most
 *  codes without hashing the freshly sliced string. */
export function isPersonTag(code: string): boolean {
  return PERSON_TAG_LENGTHS.has(code.length) && PERSON_TAG_INITIALS.has(code.charCodeAt(0)) && PERSON_TAG_CODES.has(code);
}

/** Subject and program codes: what drafters type and mistype (POGOV, MOPPS, KWWMN). */
const CODE_VOCABULARY = ALL_TAG_CODES.filter((code) => {
  const kind = lookupTag(code)?.kind;
  return kind === 'subject' || kind === 'program';
});
/** Organization acronyms: only long typos are compared with them (UNFCYP → UNFICYP), since short
 *  words are one edit from several acronyms (IRAJ: IRA; USEU: USEM). */
const ORGANIZATION_VOCABULARY = ALL_TAG_CODES.filter((code) => code.length >= 5 && lookupTag(code)?.kind === 'organization' && /^[A-Z0-9-]+$/.test(code));

/** Suggestions for an unknown (upper-cased) code, best first: the typo map, a split of codes run
 *  together, else the nearest codes by edit distance (all those at the smallest distance). */
export function suggestTag(code: string): string[] {
  let suggestions = suggestionCache.get(code);
  if (suggestions === undefined) {
    // The same unknown words (names after OVIP, post-specific codes) come back cable after cable.
    if (suggestionCache.size >= SUGGESTION_CACHE_SIZE) suggestionCache.clear();
    suggestionCache.set(code, (suggestions = computeSuggestions(code)));
  }
  return suggestions.slice();
}

const SUGGESTION_CACHE_SIZE = 5000;
const suggestionCache = new Map<string, readonly string[]>();

function computeSuggestions(code: string): string[] {
  if (TAG_TYPOS[code] !== undefined) return [TAG_TYPOS[code]];
  if (code.length >= 6) {
    const pieces = splitRunTogether(code, isRunTogetherPiece, 2, 4);
    // Mostly 4-letter codes (`KDEMAF` → KDEM AF); a word cut into countries (`BRUSSELS` → BR US SE LS) is not a split.
    const countries = pieces?.filter((piece) => piece.length === 2).length ?? 0;
    if (pieces && countries <= 1 && pieces.length > countries) return [pieces.join(' ')];
  }
  // Three letters are one edit from dozens of organization codes (NPT: NPC, NPG, NTT): no guess.
  if (code.length < 4) return [];
  const found = code.length <= 6 ? nearest(code, CODE_VOCABULARY, 1) : [];
  if (found.length === 0 && code.length >= 6) found.push(...nearest(code, ORGANIZATION_VOCABULARY, 1));
  if (found.length === 0) return [];
  const best = found.filter((entry) => entry.distance === found[0].distance).map((entry) => entry.word);
  return best.length <= 3 ? best : [];
}

/** Pieces of a run-together TAGS word: 4-letter subject/program codes or 2-letter countries. */
function isRunTogetherPiece(piece: string): boolean {
  if (piece.length !== 4 && piece.length !== 2) return false;
  const info = lookupTag(piece);
  if (!info) return false;
  return piece.length === 4 ? info.kind === 'subject' || info.kind === 'program' : info.kind === 'geographic';
}

