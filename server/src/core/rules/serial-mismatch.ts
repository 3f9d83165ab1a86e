/**
 * CBL010: the classification line and the transmission header name the same message. The DE
 * line's station serial number is the last four digits of the cable serial (`DE RUEHNT #1503` ↔
 * `TASHKENT 001503`), and the FM post is the post on the classification line
 * (`FM AMEMBASSY PARIS` ↔ `PARIS`, `FM SECSTATE WASHDC` ↔ `STATE`). A mismatch means a header and a
 * text that do not belong together (`07PARIS2725`: FM PARIS, text MOSCOW 005154).
 */
import type { Rule, RuleContext } from '../rule';

/** PLAD words that name the kind of post, not the place. */
const PLAD_PREFIX = /^(?:AMEMBASSY|AMEMB|AMCONSUL|AMCONGEN|USMISSION|USLO|USOFFICE|USINT|USEU|REO)\s+/;
const REDACTED = /^X{3,}$/i;

export const serialMismatch: Rule = {
  id: 'CBL010',
  alias: 'serial-mismatch',
  description: 'The DE line serial and the FM post agree with the serial and post of the classification line.',
  severity: 'warning',
  tags: ['header', 'classification'],
  fixable: false,
  check(context: RuleContext): void {
    const { doc } = context;
    const header = doc.header;
    const classification = doc.classification;
    if (!header || !classification) return;
    const serial = classification.serial;
    const deSerial = header.de?.serial;
    if (serial && deSerial && isDigits(serial.text)) {
      const digits = deSerial.text.charCodeAt(0) === 35 ? deSerial.text.slice(1) : deSerial.text; // without its `#`
      if (isDigits(digits) && lastFour(digits) !== lastFour(serial.text)) {
        context.report({
          message: `Serial ${serial.text} does not match the DE line's station serial ${deSerial.text}: the station serial is the serial's last four digits`,
          start: serial.start,
          end: serial.end,
        });
      }
    }
    const post = classification.post;
    const plad = header.fm?.plad;
    if (post && plad && !isRedacted(post.text)) {
      const fmPost = cachedPladPost(plad.text);
      const textPost = compact(post.text);
      if (fmPost && !samePost(fmPost, textPost)) {
        context.report({
          message: `Post ${post.text} differs from the header's FM ${plad.text}: the classification line names the originating post`,
          start: post.start,
          end: post.end,
        });
      }
    }
  },
};

/** `XXXXXXXXXXXX` (spaces ignored). Most posts start with a printable ASCII character other than X,
 *  which settles it without building the string with spaces removed. */
function isRedacted(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127 && first !== 88 && first !== 120) return false;
  return REDACTED.test(text.replace(/\s/g, ''));
}

/** `/^\d+$/` by character codes (two serials per cable). */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function lastFour(digits: string): string {
  return digits.padStart(4, '0').slice(-4);
}

function compact(text: string): string {
  return isCompactCapitals(text) ? text : text.toUpperCase().replace(/\s+/g, '');
}

/** True when upper-casing and removing blanks change nothing: ASCII without a-z and without white
 *  space (posts are written `PARIS`, `THEHAGUE`), so most cables need neither call. */
function isCompactCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code >= 127 || (code >= 97 && code <= 122)) return false;
  }
  return true;
}

/** The FM lines of a corpus name a few hundred posts (`SECSTATE WASHDC` most of all): each is read once. */
const pladPosts = new Map<string, string>();
const PLAD_CACHE_SIZE = 5000;

function cachedPladPost(plad: string): string {
  let post = pladPosts.get(plad);
  if (post === undefined) {
    if (pladPosts.size >= PLAD_CACHE_SIZE) pladPosts.clear();
    pladPosts.set(plad, (post = pladPost(plad)));
  }
  return post;
}

/** `AMEMBASSY THE HAGUE` → `THEHAGUE`, `SECSTATE WASHDC` → `STATE`. */
function pladPost(plad: string): string {
  const upper = plad.toUpperCase().trim().replace(/\s+/g, ' ');
  if (/^SECSTATE\b/.test(upper)) return 'STATE';
  return compact(upper.replace(PLAD_PREFIX, ''));
}

/** Equal, one a shortening of the other (`USUN` in `USUN NEW YORK`, `RIODEJAN` of
 *  `RIODEJANEIRO`), or the PLAD qualifying the post (`IRAN RPO DUBAI` for `RPO DUBAI`). */
function samePost(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a === b || a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
}
