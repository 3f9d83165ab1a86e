/**
 * The TAGS vocabulary: every code of the research table (tags.tsv → tags-corpus.ts: 5 FAH-3 subject
 * codes, cablemap's subject and organization lists, program and geographic codes seen in real cables)
 * plus every FIPS 10-4 country code (tags-fips.ts). One lookup for the parser (token kinds), the tags
 * rule (unknown codes, suggestions) and the editor (hover, completion).
 */
import { CORPUS_TAGS } from './tags-corpus';
import { FIPS_COUNTRIES, ISO_TO_FIPS, TAGS_GEOGRAPHIC_EXTRAS } from './tags-fips';

/** Codes that "must be used with the name of the subject individual" (1974 TAGS manual,
 *  cable-format.md §8): `OVIP (SURNAME, GIVEN NAME)`. The parser reads the name after them, the tags
 *  rule asks for it. */
export const PERSON_TAG_CODES: ReadonlySet<string> = new Set(['OVIP', 'OEXC', 'OREP', 'OTRA', 'OCON']);

export type VocabularyTagKind = 'subject' | 'program' | 'geographic' | 'organization' | 'person';

export interface TagInfo {
  code: string;
  meaning?: string;
  kind: VocabularyTagKind;
}

/**
 * Descriptive glosses for frequent codes whose 5 FAH-3 meaning we could not retrieve (cable-format.md
 * §16 gives them in parentheses: descriptions of use, not quotations of the handbook).
 */
const GLOSSES: Readonly<Record<string, string>> = {
  ENRG: 'Energy',
  PTER: 'Terrorism',
  MOPS: 'Military operations',
  PARM: 'Arms control',
  MASS: 'Military assistance and sales',
  PINS: 'National security',
  KDEM: 'Democratization',
  KNNP: 'Nuclear nonproliferation',
  SOCI: 'Social conditions',
  ETRD: 'Foreign trade',
  MNUC: 'Military nuclear',
  SNAR: 'Narcotics',
  KCRM: 'Crime',
  SENV: 'Environment',
  ETTC: 'Trade and technology controls',
  EPET: 'Petroleum',
  OVIP: 'VIP visits (followed by the visitor\'s name)',
  PREF: 'Refugees',
};

/** Several entries share a code (AL is Albania and the Arab League): the primary one answers lookupTag. */
const BY_CODE = new Map<string, TagInfo[]>();

function add(info: TagInfo): void {
  const list = BY_CODE.get(info.code);
  if (!list) {
    BY_CODE.set(info.code, [info]);
    return;
  }
  const same = list.find((entry) => entry.kind === info.kind);
  if (same) {
    if (!same.meaning && info.meaning) same.meaning = info.meaning;
  } else {
    list.push(info);
  }
}

for (const [code, country] of FIPS_COUNTRIES) add({ code, meaning: country, kind: 'geographic' });
for (const [code, meaning] of TAGS_GEOGRAPHIC_EXTRAS) add({ code, meaning, kind: 'geographic' });
for (const [iso, { fips, country }] of Object.entries(ISO_TO_FIPS)) {
  add({ code: iso, meaning: `${country} (ISO 3166 code; TAGS use FIPS 10-4 ${fips})`, kind: 'geographic' });
}
for (const [code, meaning, kind] of CORPUS_TAGS) {
  // `UN` is on real TAGS lines as the United Nations, not a place: no FIPS country has it.
  if (code === 'UN' && kind === 'geographic') continue;
  add({ code, meaning: meaning || GLOSSES[code] || undefined, kind });
}

const FIPS_CODES = new Set(FIPS_COUNTRIES.map(([code]) => code));
const KIND_ORDER: readonly VocabularyTagKind[] = ['subject', 'program', 'geographic', 'organization', 'person'];

function primary(entries: TagInfo[]): TagInfo {
  // A FIPS country code is read as a place first (AL Albania, BP Solomon Islands); otherwise the
  // narrower vocabulary wins (subject, program, geographic, organization).
  const country = entries.find((entry) => entry.kind === 'geographic' && FIPS_CODES.has(entry.code));
  if (country) return country;
  return [...entries].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
}

const PRIMARY = new Map<string, TagInfo>();
for (const [code, entries] of BY_CODE) PRIMARY.set(code, Object.freeze({ ...primary(entries) }));

/** The entry for a code (exact, upper-case as written on TAGS lines), or undefined when unknown. */
export function lookupTag(code: string): TagInfo | undefined {
  return PRIMARY.get(code);
}

/** Every entry for a code (AL: Albania and the Arab League). */
export function lookupTagAll(code: string): readonly TagInfo[] {
  return (BY_CODE.get(code) ?? []).map((entry) => ({ ...entry }));
}

/** All known codes, sorted: for suggestions and completion. */
export const ALL_TAG_CODES: readonly string[] = Object.freeze([...PRIMARY.keys()].sort());

/** True for a current FIPS 10-4 country code. */
export function isFipsCountry(code: string): boolean {
  return FIPS_CODES.has(code);
}

/** For an ISO 3166 code FIPS leaves unassigned (`RU`), the FIPS code TAGS expect (`RS`). */
export function fipsForIso(code: string): { fips: string; country: string } | undefined {
  return ISO_FIPS.get(code);
}

/** ISO_TO_FIPS as a Map: the tags rule asks for every code of every cable, and an object lookup by
 *  a string sliced from the text first has to find (internalize) the key in V8's string table. */
const ISO_FIPS = new Map(Object.entries(ISO_TO_FIPS));
