/**
 * The cable's metadata as plain data (what `cable-lint parse` prints): pure mapping from the tree.
 *
 * The reference id is the WikiLeaks/cablemap form `YY` + post without spaces + serial without
 * leading zeros (`09TASHKENT1503`). Its year comes only from the DTG, or from an explicit date the
 * caller passes (`cable-lint parse --date`): never guessed from the DECL date or the file name, since
 * a wrong id is worse than none. Without a year, or without post/serial on the classification
 * line, the id is null.
 */
import { LineIndex } from './text';
import type { CableDate, CableDocument, DeclassifyInstruction, Level, PortionMark } from './tree';

export interface CableMetadata {
  id: string | null;
  classification: { level: Level | null; caveats: string[] };
  /** ISO 8601 from the DTG (`2009-09-18T09:24:00Z`), or null. */
  date: string | null;
  from: string | null;
  to: string[];
  tags: string[];
  subject: string | null;
  references: { letter: string | null; text: string; id: string | null }[];
  classifiedBy: { by: string | null; section: string | null; reasons: string[] } | null;
  declassify: { kind: DeclassifyInstruction['kind']; text: string; date: string | null } | null;
  paragraphs: { number: number; portion: string | null; line: number }[];
  signature: string | null;
}

export interface MetadataOptions {
  /** An explicit date for the id's year when the cable has no DTG. */
  date?: CableDate;
}

/** Caption words that restrict handling (as opposed to SIPDIS, a distribution marker). */
const CAVEAT_WORDS = new Map<string, string>([
  ['NOFORN', 'NOFORN'],
  ['NF', 'NOFORN'],
  ['SBU', 'SBU'],
  ['SENSITIVE', 'SBU'],
  ['EFTO', 'EFTO'],
  ['FOUO', 'FOUO'],
  ['ORCON', 'ORCON'],
  ['FGI', 'FGI'],
  ['NODIS', 'NODIS'],
  ['EXDIS', 'EXDIS'],
  ['LIMDIS', 'LIMDIS'],
  ['STADIS', 'STADIS'],
]);

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function isoDate(date: CableDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `09TASHKENT1503` from the year, the post as written and the serial as written. */
export function canonicalId(year: number, post: string, serial: string): string | null {
  const compactPost = post.replace(/\s+/g, '').toUpperCase();
  const digits = serial.replace(/^#/, '');
  if (!/^[A-Z]+$/.test(compactPost) || !/^\d+$/.test(digits)) return null;
  // `XXXXXXXXXXXX` is a WikiLeaks redaction, not a post.
  if (/^X+$/.test(compactPost)) return null;
  const number = digits.replace(/^0+(?=\d)/, '');
  return `${pad(((year % 100) + 100) % 100)}${compactPost}${number}`;
}

/** Handling caveats from caveat tokens or caption text, canonical and without duplicates. */
export function caveatsOf(texts: readonly string[]): string[] {
  const found: string[] = [];
  const add = (caveat: string) => {
    if (!found.includes(caveat)) found.push(caveat);
  };
  for (const text of texts) {
    const upper = text.toUpperCase();
    const relTo = /\bREL(?:EASABLE)?\s+TO\s+[A-Z ,]+/.exec(upper);
    if (relTo) add(relTo[0].trim().replace(/\s+/g, ' ').replace(/,$/, ''));
    for (const word of upper.split(/[^A-Z]+/)) {
      const caveat = CAVEAT_WORDS.get(word);
      if (caveat) add(caveat);
    }
  }
  return found;
}

function portionText(portion: PortionMark | undefined): string | null {
  return portion ? portion.text : null;
}

function dtgIso(doc: CableDocument): string | null {
  const value = doc.header?.dtg?.value;
  if (value) {
    return `${isoDate(value)}T${pad(value.hour)}:${pad(value.minute)}:00Z`;
  }
  return doc.date ? isoDate(doc.date) : null;
}

function declassifyOf(doc: CableDocument): CableMetadata['declassify'] {
  const instruction = doc.eo?.declassify;
  if (!instruction) return null;
  return {
    kind: instruction.kind,
    text: instruction.token.text,
    date: instruction.kind === 'date' ? isoDate(instruction.date) : null,
  };
}

export function extractMetadata(doc: CableDocument, options: MetadataOptions = {}): CableMetadata {
  const lines = new LineIndex(doc.text);
  const classification = doc.classification;
  const year = doc.date?.year ?? options.date?.year;
  const post = classification?.post?.text;
  const serial = classification?.serial?.text;
  const caveatSources = [
    ...(classification?.caveats.map((token) => token.text) ?? []),
    ...doc.captions.flatMap((caption) => (caption.items.length ? caption.items.map((item) => item.text) : [caption.text])),
  ];
  const classifiedBy = doc.classifiedBy;
  return {
    id: year !== undefined && post && serial ? canonicalId(year, post, serial) : null,
    classification: { level: classification?.level ?? null, caveats: caveatsOf(caveatSources) },
    date: dtgIso(doc),
    from: doc.header?.fm?.plad?.text ?? null,
    to: (doc.header?.to ?? []).flatMap((addressee) => (addressee.plad ? [addressee.plad.text] : [])),
    tags: doc.tags?.codes.map((code) => code.text) ?? [],
    subject: doc.subject ? doc.subject.text : null,
    references: (doc.refs?.items ?? []).map((item) => ({
      letter: item.letter?.text ?? null,
      text: item.text.text,
      id: item.cable?.id ?? null,
    })),
    classifiedBy: classifiedBy
      ? {
          by: classifiedBy.by?.text ?? null,
          section: classifiedBy.section?.text ?? null,
          reasons: classifiedBy.categories.map((category) => category.text.toUpperCase()),
        }
      : null,
    declassify: declassifyOf(doc),
    paragraphs: doc.body.items.flatMap((item) =>
      item.type === 'paragraph'
        ? [{ number: item.value, portion: portionText(item.portion), line: lines.positionAt(item.number.start).line + 1 }]
        : [],
    ),
    signature: doc.signature?.text ?? null,
  };
}
