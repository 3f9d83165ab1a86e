/**
 * Cable ids as people write them, reduced to the canonical WikiLeaks/cablemap form
 * (`09STATE90254`: two-digit year, post without spaces, serial without leading zeros), so that a
 * reference and the cable it cites meet in one key.
 *
 * Accepted: `09 STATE 90254`, `09STATE90254`, `2007 MANAGUA 2135`, `KHARTOUM 00378` (the year from
 * the citing cable), `STATE 90254 (08)`, post aliases (`SECSTATE` → `STATE`, `HAGUE` → `THEHAGUE`,
 * the parser's table). A redacted post (`XXXXXXXXXXXX`) has no id.
 */
import { parseCableRef } from './parser/refs';

/** `09STATE90254` split into its parts; the year glued to the post is the archive's spelling. */
const COMPACT = /^(\d{2}|\d{4})([A-Z][A-Z'-]*[A-Z])#?(\d{1,7})$/;

/**
 * The canonical id of `text`, or null when it is not a cable id (or its year cannot be known).
 * `citingYear` (four digits) supplies the year when the text has none, as in a REF line.
 */
export function normalizeCableId(text: string, citingYear: number | null = null): string | null {
  const upper = text.trim().toUpperCase();
  if (upper === '') return null;
  const compact = COMPACT.exec(upper.replace(/\s+/g, ''));
  // The compact form is re-spaced and read by the REF parser, so that aliases apply the same way.
  const spaced = compact && !/\s/.test(upper) ? `${compact[1]} ${compact[2]} ${compact[3]}` : upper;
  const ref = parseCableRef(spaced, citingYear);
  if (!ref || ref.id === null || /^X+$/.test(ref.post)) return null;
  return ref.id;
}

/** The canonical form of an id already computed (a cable's own id from metadata): aliases applied. */
export function canonicalCableId(id: string | null): string | null {
  if (!id) return null;
  let canonical = canonicalCache.get(id);
  if (canonical === undefined) {
    // Bounded: ids are few per cable, but a workspace is linted again and again.
    if (canonicalCache.size >= 4096) canonicalCache.clear();
    canonicalCache.set(id, (canonical = normalizeCableId(id) ?? id));
  }
  return canonical;
}

const canonicalCache = new Map<string, string>();

/** The post of a canonical id (`09STATE90254` → `STATE`). */
export function postOfId(id: string): string | null {
  const match = /^\d{2}([A-Z'-]+)\d+$/.exec(id);
  return match ? match[1] : null;
}

/**
 * The canonical id a REF item cites: the parser's reading, else the archive's compact spelling
 * (`09STATE90254`, which the REF parser does not read) as the item's first word.
 */
export function referenceId(item: { cable?: { id: string | null }; text: { text: string } }, citingYear: number | null): string | null {
  const parsed = canonicalCableId(item.cable?.id ?? null);
  if (parsed) return parsed;
  const first = /^\s*(?:REF\s+)?([0-9A-Za-z#'-]+?)[.,;:]?(?:\s|$)/i.exec(item.text.text);
  return first && COMPACT.test(first[1].toUpperCase()) ? normalizeCableId(first[1], citingYear) : null;
}
