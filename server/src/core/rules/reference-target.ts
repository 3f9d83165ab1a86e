/**
 * CBL020 reference-target: what a REF item points at. A cable cannot cite itself (a copied REF
 * line, or the drafter's own serial typed by mistake), and it cannot cite a cable sent after it (a
 * wrong year or serial). The second check needs the other cables: it runs only when the caller
 * indexed a workspace (`LintOptions.resolveCable`: the language server, `cable-lint` on a folder).
 */
import { canonicalCableId, referenceId } from '../cable-id';
import { canonicalId, isoDate } from '../metadata';
import type { Rule, RuleContext } from '../rule';
import type { CableDate, RefItem } from '../tree';
import { compareDates } from './util/dates';

/** The cable's own id, as `cable-lint parse` computes it (year from the DTG only). */
function ownId(context: RuleContext): string | null {
  const { doc } = context;
  const post = doc.classification?.post?.text;
  const serial = doc.classification?.serial?.text;
  if (!doc.date || !post || !serial) return null;
  const id = canonicalId(doc.date.year, post, serial);
  if (id === null) return null;
  let canonical = ownIdCache.get(id);
  if (canonical === undefined) {
    if (ownIdCache.size >= ID_CACHE_SIZE) ownIdCache.clear();
    ownIdCache.set(id, (canonical = canonicalCableId(id)));
  }
  return canonical;
}

/** The classification line's serial as the own id ends with it (no `#`, no leading zeros), or
 *  null when the cable has no own id. */
function ownSerialNumber(context: RuleContext): string | null {
  const { doc } = context;
  const serial = doc.classification?.serial?.text;
  if (!doc.date || !doc.classification?.post || !serial) return null;
  let i = serial.charCodeAt(0) === 35 ? 1 : 0;
  if (i >= serial.length) return null;
  for (let k = i; k < serial.length; k++) {
    const c = serial.charCodeAt(k);
    if (c < 48 || c > 57) return null;
  }
  while (i < serial.length - 1 && serial.charCodeAt(i) === 48) i++;
  return serial.slice(i);
}

/** `canonicalCableId` runs the REF parser: once per id (a workspace is linted again and again). */
const ownIdCache = new Map<string, string | null>();

function label(item: RefItem): string {
  return item.letter ? `REF ${item.letter.text.replace(/[^A-Za-z]/g, '').toUpperCase()}` : 'The reference';
}

function checkDate(context: RuleContext, item: RefItem, id: string, citedDate: CableDate | null): void {
  if (!citedDate || compareDates(citedDate, context.date) <= 0) return;
  const when = context.dated ? `this cable's date (${isoDate(context.date)})` : `today (${isoDate(context.date)}, a draft)`;
  context.report({
    message: `${label(item)} cites ${id}, dated ${isoDate(citedDate)}: after ${when}. Wrong year or serial?`,
    start: item.text.start,
    end: item.text.end,
  });
}

/** REF lines cite the same cables again and again (`09 STATE 90254`), and reading an id runs the
 *  REF parser: each (text, cited cable id, year) is read once. Keyed by the item's text (a string
 *  the parser already made) with the few (year, cable id) variants beside it: joining the three into
 *  one key string per REF item cost more than the lookup it served. */
interface CachedId {
  year: number | null;
  cable: string;
  id: string | null;
}
const idCache = new Map<string, CachedId[]>();
let idCacheEntries = 0;
const ID_CACHE_SIZE = 5000;

function cachedReferenceId(item: RefItem, citingYear: number | null): string | null {
  // An item the REF parser read (most) cites its id whatever the year: `referenceId` then only
  // canonicalizes that id, which canonicalCableId caches by the short id itself. One lookup
  // instead of the text key, its variants array and an entry (each a cache miss in the lint loop).
  if (item.cable?.id) return canonicalCableId(item.cable.id);
  const text = item.text.text;
  const cable = item.cable?.id ?? '';
  let entries = idCache.get(text);
  if (entries) for (const entry of entries) if (entry.year === citingYear && entry.cable === cable) return entry.id;
  if (idCacheEntries >= ID_CACHE_SIZE) {
    idCache.clear();
    idCacheEntries = 0;
    entries = undefined;
  }
  const id = referenceId(item, citingYear);
  if (entries) entries.push({ year: citingYear, cable, id });
  else idCache.set(text, [{ year: citingYear, cable, id }]);
  idCacheEntries++;
  return id;
}

export const referenceTarget: Rule = {
  id: 'CBL020',
  alias: 'reference-target',
  description: 'A reference does not cite the cable itself, nor a workspace cable dated after it.',
  severity: 'info',
  tags: ['references', 'workspace'],
  fixable: false,
  check(context: RuleContext): void {
    const items = context.doc.refs?.items;
    if (!items || items.length === 0) return;
    let self: string | null | undefined; // computed at the first id that may be it
    const ownNumber = ownSerialNumber(context);
    for (const item of items) {
      const id = cachedReferenceId(item, context.doc.date?.year ?? null);
      if (!id) continue;
      // The cable's own id ends with its serial number: most cited ids do not, and building the
      // own id (several regexes) is then not needed.
      if (ownNumber !== null && id.endsWith(ownNumber)) {
        if (self === undefined) self = ownId(context);
        if (id === self) {
          context.report({
            message: `${label(item)} cites this cable itself (${id})`,
            start: item.text.start,
            end: item.text.end,
            severity: 'warning',
          });
          continue;
        }
      }
      const cited = context.resolveCable?.(id);
      if (cited) checkDate(context, item, id, cited.date);
    }
  },
};
