/**
 * CBL012 tags: the TAGS line exists, every code is in the vocabulary (5 FAH-3 subject and program
 * codes, organizations, FIPS 10-4 countries), there is a geographic code, and no markup is left on it.
 */
import type { Fix, Rule, RuleContext } from '../rule';
import type { TagCode, TagsLine } from '../tree';
import { ALL_TAG_CODES, fipsForIso, lookupTag } from '../data/tags-vocabulary';
import { nearest, splitRunTogether } from './util/suggest';
import { headingAnchor, isBlank } from './util/text-anchor';

/** Real misspellings (cable-format.md §8, cablemap's TAGS fixes) with their certain correction. */
export const TAG_TYPOS: Readonly<Record<string, string>> = {
  POGOV: 'PGOV',
  MOPPS: 'MOPS',
  KWWMN: 'KWMN',
  UNDESCO: 'UNESCO',
};

/** Codes that "must be used with the name of the subject individual" (1974 TAGS manual, cable-format.md §8). */
const PERSON_TAGS: ReadonlySet<string> = new Set(['OVIP', 'OEXC', 'OREP', 'OTRA', 'OCON']);

/** Subject and program codes: what drafters type and mistype (POGOV, MOPPS, KWWMN). */
const CODE_VOCABULARY = ALL_TAG_CODES.filter((code) => {
  const kind = lookupTag(code)?.kind;
  return kind === 'subject' || kind === 'program';
});
/** Organization acronyms: only long typos are compared with them (UNFCYP → UNFICYP), since short
 *  words are one edit from several acronyms (IRAJ: IRA; USEU: USEM). */
const ORGANIZATION_VOCABULARY = ALL_TAG_CODES.filter((code) => code.length >= 5 && lookupTag(code)?.kind === 'organization' && /^[A-Z0-9-]+$/.test(code));

export const tags: Rule = {
  id: 'CBL012',
  alias: 'tags',
  description: 'TAGS line present, codes known (5 FAH-3 / FIPS 10-4), one geographic code, no markup debris.',
  severity: 'warning',
  tags: ['header', 'tags'],
  fixable: true,
  options: {
    requireGeographic: {
      type: 'boolean',
      description: 'Report a TAGS line without any geographic (country or region) code.',
      default: true,
    },
    extraCodes: {
      type: 'array',
      items: 'string',
      description: 'Codes to accept in addition to the built-in vocabulary (post-specific or newer TAGS).',
      default: [],
    },
  },
  check(context) {
    const { doc } = context;
    if (!doc.tags) {
      if (isBlank(context.text)) return;
      const at = headingAnchor(doc);
      context.report({ message: 'TAGS line missing: every cable needs TAGS (subject codes and a country code)', severity: 'error', ...at });
      return;
    }
    const line = doc.tags;
    const extra = new Set((context.options.extraCodes as string[] | undefined) ?? []);
    reportDebris(context, line);
    if (line.codes.length === 0) {
      context.report({ message: 'TAGS line has no codes', start: line.label.start, end: line.label.end });
      return;
    }
    let geographic = false;
    let afterPersonTag = false;
    for (const code of line.codes) {
      if (code.kind === 'person') continue;
      if (extra.has(code.text)) continue;
      // `OVIP STEINBERG JAMES`: the TAGS manual wants the visitor's name after these codes.
      if (PERSON_TAGS.has(code.text)) {
        afterPersonTag = true;
        continue;
      }
      if (afterPersonTag && !lookupTag(code.text) && /^\(?[A-Z][A-Za-z'.-]*[,)]?$/.test(code.text)) continue;
      afterPersonTag = false;
      const iso = fipsForIso(code.text);
      if (iso) {
        geographic = true;
        context.report({
          message: `${code.text} is the ISO code for ${iso.country}: TAGS use FIPS 10-4 ${iso.fips}`,
          severity: 'info',
          start: code.start,
          end: code.end,
          fixes: [replace(code, iso.fips, true)],
        });
        continue;
      }
      const known = lookupTag(code.text);
      if (known) {
        if (known.kind === 'geographic' || code.kind === 'geographic') geographic = true;
        continue;
      }
      if (code.kind === 'geographic') geographic = true;
      reportUnknown(context, code);
    }
    if (!geographic && context.options.requireGeographic !== false) {
      context.report({
        message: 'No geographic TAGS code: add the FIPS 10-4 code of the country concerned (RS Russia, GM Germany, IZ Iraq …)',
        start: line.label.start,
        end: line.codes[line.codes.length - 1].end,
      });
    }
  },
};

function reportUnknown(context: RuleContext, code: TagCode): void {
  const text = code.text;
  const upper = text.toUpperCase();
  if (upper !== text && lookupTag(upper)) {
    context.report({ message: `TAGS code ${text} must be upper case: ${upper}`, start: code.start, end: code.end, fixes: [replace(code, upper, true)] });
    return;
  }
  const suggestions = suggestTag(upper);
  const unknown = `Unknown TAGS code ${text}`;
  if (suggestions.length === 0) {
    context.report({ message: unknown, start: code.start, end: code.end });
    return;
  }
  const safe = suggestions.length === 1;
  const split = suggestions.length === 1 && suggestions[0].includes(' ');
  context.report({
    message: `${unknown}: did you mean ${suggestions.join(' or ')}?${split ? ' (codes run together)' : ''}`,
    start: code.start,
    end: code.end,
    fixes: suggestions.map((suggestion) => replace(code, suggestion, safe)),
  });
}

/** Suggestions for an unknown (upper-cased) code, best first: the typo map, a split of codes run
 *  together, else the nearest codes by edit distance (all those at the smallest distance). */
export function suggestTag(code: string): string[] {
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

function reportDebris(context: RuleContext, line: TagsLine): void {
  if (line.debris.length === 0) return;
  const start = Math.min(...line.debris.map((token) => token.start));
  const end = Math.max(...line.debris.map((token) => token.end));
  const wrapped = line.codes.find((code) => code.start >= start && code.end <= end);
  const sample = wrapped ? context.text.slice(nearestDebrisStart(line, wrapped), nearestDebrisEnd(line, wrapped)) : line.debris[0].text;
  context.report({
    message: `Link markup on the TAGS line (${sample}): TAGS codes are plain words${wrapped ? `, write ${wrapped.text}` : ''}`,
    start,
    end,
    fixes: [{ title: 'Remove the markup from the TAGS line', edits: line.debris.map((token) => ({ start: token.start, end: token.end, newText: '' })), safe: true }],
  });
}

function nearestDebrisStart(line: TagsLine, code: TagCode): number {
  const before = line.debris.filter((token) => token.end <= code.start);
  return before.length > 0 ? before[before.length - 1].start : code.start;
}

function nearestDebrisEnd(line: TagsLine, code: TagCode): number {
  const after = line.debris.find((token) => token.start >= code.end);
  return after ? after.end : code.end;
}

function replace(code: TagCode, newText: string, safe: boolean): Fix {
  return { title: `Replace ${code.text} with ${newText}`, edits: [{ start: code.start, end: code.end, newText }], safe };
}
