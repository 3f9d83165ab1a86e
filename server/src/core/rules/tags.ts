/**
 * CBL012 tags: the TAGS line exists, every code is in the vocabulary (5 FAH-3 subject and program
 * codes, organizations, FIPS 10-4 countries), there is a geographic code, and no markup is left on it.
 */
import type { Fix, Rule, RuleContext, TextEdit } from '../rule';
import type { TagCode, TagsLine } from '../tree';
import { fipsForIso, lookupTag } from '../data/tags-vocabulary';
import { ISO_TO_FIPS } from '../data/tags-fips';
import { isPersonTag, suggestTag } from './util/text-tags';
import { KNOWN_CAPTIONS } from './captions';
import { headingAnchor, isBlank } from './util/text-anchor';

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
    const extra = extraCodes(context.options.extraCodes as string[] | undefined);
    reportDebris(context, line);
    if (line.codes.length === 0) {
      context.report({ message: 'TAGS line has no codes', start: line.label.start, end: line.label.end });
      return;
    }
    let geographic = false;
    let afterPersonTag: TagCode | undefined;
    let named = false;
    const seen: string[] = []; // upper-cased codes so far: a few per line, an array beats a Map
    // A plain loop: no callback call per code.
    for (let i = 0; i < line.codes.length; i++) {
      const code = line.codes[i];
      if (code.kind === 'person') {
        named = true;
        continue;
      }
      // `OVIP STEINBERG JAMES`: the TAGS manual wants the visitor's name after these codes.
      if (afterPersonTag && !lookupTag(code.text) && !extra.has(code.text) && /^\(?[A-Z][A-Za-z'.-]*[,)]?$/.test(code.text)) {
        named = true;
        continue;
      }
      if (afterPersonTag && !named) reportNameless(context, afterPersonTag);
      afterPersonTag = isPersonTag(code.text) ? code : undefined;
      named = false;
      // One OVIP per visitor: `OVIP (A) OVIP (B)` is no repeat.
      if (!afterPersonTag && reportDuplicate(context, line, i, seen)) continue;
      if (extra.has(code.text)) continue;
      const iso = code.text.length <= LONGEST_ISO_CODE ? fipsForIso(code.text) : undefined;
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
      // An unknown 2-letter code is still meant as a place: no "no geographic code" on top.
      if (known?.kind === 'geographic' || code.kind === 'geographic') geographic = true;
      if (known) continue;
      if (KNOWN_CAPTIONS.includes(code.text)) {
        context.report({
          message: `${code.text} is a caption, not a TAGS code: put it on its own line under the classification line`,
          start: code.start,
          end: code.end,
          fixes: [{ title: `Remove ${code.text} from the TAGS line`, edits: [removal(line, i)], safe: false }],
        });
        continue;
      }
      reportUnknown(context, code);
    }
    if (afterPersonTag && !named) reportNameless(context, afterPersonTag);
    if (!geographic && context.options.requireGeographic !== false) {
      context.report({
        message: 'No geographic TAGS code: add the FIPS 10-4 code of the country concerned (RS Russia, GM Germany, IZ Iraq …)',
        start: line.label.start,
        end: line.codes[line.codes.length - 1].end,
      });
    }
  },
};

const NO_EXTRA_CODES: ReadonlySet<string> = new Set();

/** ISO codes are 2-3 letters: the 4-letter subject codes (most of a TAGS line) need no lookup. */
const LONGEST_ISO_CODE = Math.max(...Object.keys(ISO_TO_FIPS).map((iso) => iso.length));

/** `text.toUpperCase()` without the call when there is nothing to change: codes are written in
 *  capitals, and an ASCII string without a-z is its own upper case. */
function upperCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || (code >= 97 && code <= 122)) return text.toUpperCase();
  }
  return text;
}

/** The `extraCodes` option as a set; no new Set per cable when there are none (the default). */
function extraCodes(codes: readonly string[] | undefined): ReadonlySet<string> {
  return codes && codes.length > 0 ? new Set(codes) : NO_EXTRA_CODES;
}

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

function reportDebris(context: RuleContext, line: TagsLine): void {
  if (line.debris.length === 0) return;
  const start = Math.min(...line.debris.map((token) => token.start));
  const end = Math.max(...line.debris.map((token) => token.end));
  const inside = line.codes.filter((code) => code.start >= start && code.end <= end);
  const first = inside[0];
  const sample = first ? context.text.slice(nearestDebrisStart(line, first), nearestDebrisEnd(line, first)) : line.debris[0].text;
  const more = line.debris.length > 2 ? ' …' : '';
  context.report({
    message: `Link markup on the TAGS line (${sample}${more}): TAGS codes are plain words${first ? `, write ${inside.map((code) => code.text).join(' ')}` : ''}`,
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

/** The code at `index` with the separator before it (`, US`), or after it for the first code. */
function removal(line: TagsLine, index: number): TextEdit {
  const code = line.codes[index];
  if (index > 0) return { start: line.codes[index - 1].end, end: code.end, newText: '' };
  const next = line.codes[1];
  return { start: code.start, end: next ? next.start : code.end, newText: '' };
}

/** `TAGS: … US IR CH US` (09BERLIN1626): the repeat adds nothing; the fix removes it with its separator. */
function reportDuplicate(context: RuleContext, line: TagsLine, index: number, seen: string[]): boolean {
  const code = line.codes[index];
  const key = upperCase(code.text);
  if (!seen.includes(key)) {
    seen.push(key);
    return false;
  }
  const edit = removal(line, index);
  // Markup between the codes is the debris fix's business: never delete it here.
  const safe = !line.debris.some((token) => token.start < edit.end && edit.start < token.end);
  context.report({
    message: `TAGS code ${code.text} repeated`,
    severity: 'info',
    start: code.start,
    end: code.end,
    fixes: [{ title: `Remove the repeated ${code.text}`, edits: [edit], safe }],
  });
  return true;
}

function reportNameless(context: RuleContext, code: TagCode): void {
  context.report({
    message: `${code.text} needs the person's name after it: ${code.text} (SURNAME, GIVEN NAME)`,
    severity: 'info',
    start: code.start,
    end: code.end,
  });
}
