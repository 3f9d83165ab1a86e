/**
 * CBL017 section-numbering: `SECTION n OF m` has n ≤ m, and the page markers inside the text
 * (`BERN 00000881  002 OF 002`, `TRIPOLI 00000402  001.2 OF 003`) agree with it.
 */
import type { Rule } from '../rule';
import type { Token } from '../tree';

/** `<POST> <serial> <section>[.<page>] OF <total>` */
const PAGE_MARKER = /(\d{4,8})\s+(\d{1,3})(?:\.(\d{1,3}))?\s+OF\s+(\d{1,3})\b/i;

export interface PageMarker {
  token: Token;
  serial: string;
  section: number;
  page?: number;
  total: number;
}

export function readPageMarker(token: Token): PageMarker | null {
  const match = PAGE_MARKER.exec(token.text);
  if (!match) return null;
  return {
    token,
    serial: match[1],
    section: Number(match[2]),
    page: match[3] === undefined ? undefined : Number(match[3]),
    total: Number(match[4]),
  };
}

export const sectionNumbering: Rule = {
  id: 'CBL017',
  alias: 'section-numbering',
  description: 'SECTION n OF m with n ≤ m, and page markers consistent with it.',
  severity: 'warning',
  tags: ['classification', 'body'],
  fixable: false,
  check(context) {
    const { doc } = context;
    const section = doc.classification?.section;
    let n: number | undefined;
    let m: number | undefined;
    if (section) {
      n = Number(section.n.text);
      m = Number(section.m.text);
      if (Number.isFinite(n) && Number.isFinite(m)) {
        if (m === 0 || n === 0) {
          context.report({ message: `SECTION ${section.n.text} OF ${section.m.text}: sections are numbered from 1`, start: section.start, end: section.end });
        } else if (n > m) {
          context.report({ message: `SECTION ${section.n.text} OF ${section.m.text}: the section number exceeds the number of sections`, start: section.n.start, end: section.m.end });
        }
      }
    }
    let firstTotal: PageMarker | undefined;
    let missingSectionReported = false;
    for (const pageBreak of doc.body.pageBreaks) {
      const marker = readPageMarker(pageBreak);
      if (!marker) continue;
      const { token } = marker;
      if (marker.section > marker.total) {
        context.report({ message: `Page marker ${written(marker)}: the section number exceeds the number of sections`, start: token.start, end: token.end });
        continue;
      }
      if (m !== undefined && Number.isFinite(m) && m > 0) {
        if (marker.total !== m) {
          context.report({ message: `Page marker says ${marker.total} sections but the classification line says SECTION ${section!.n.text} OF ${section!.m.text}`, start: token.start, end: token.end });
        }
        continue;
      }
      if (!section && marker.total > 1 && doc.classification) {
        // Once: every later marker would repeat the same complaint.
        if (!missingSectionReported) {
          context.report({
            message: `Page marker ${written(marker)} but the classification line has no SECTION n OF ${marker.total}`,
            start: token.start,
            end: token.end,
          });
          missingSectionReported = true;
        }
        continue;
      }
      if (firstTotal && marker.total !== firstTotal.total) {
        context.report({ message: `Page marker says ${marker.total} sections but an earlier one says ${firstTotal.total}`, start: token.start, end: token.end });
      }
      firstTotal ??= marker;
    }
  },
};

/** The marker as a message shows it: `002 OF 003`, `001.2 OF 003`. */
function written(marker: PageMarker): string {
  return `${String(marker.section).padStart(3, '0')}${marker.page === undefined ? '' : `.${marker.page}`} OF ${String(marker.total).padStart(3, '0')}`;
}
