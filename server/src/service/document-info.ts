/**
 * `cable/documentInfo`: what the client's status bar shows — the classification level and caveats,
 * the cable's reference id (`09TASHKENT1503`, when the date and the classification line give it), and
 * the number of paragraphs (quoted documents' paragraphs not counted).
 */
import type { CableDocument } from '../core';

export const DOCUMENT_INFO_REQUEST = 'cable/documentInfo';

export interface DocumentInfo {
  classification: { level: string | null; caveats: string[] } | null;
  id: string | null;
  paragraphs: number;
}

export function documentInfo(doc: CableDocument): DocumentInfo {
  const c = doc.classification;
  return {
    classification: c ? { level: c.level, caveats: c.caveats.map((token) => token.text) } : null,
    id: referenceId(doc),
    paragraphs: doc.body.items.filter((item) => item.type === 'paragraph' && !item.quoted).length,
  };
}

/** Two-digit year + post without spaces + serial without leading zeros, as WikiLeaks and cablemap write it. */
export function referenceId(doc: CableDocument): string | null {
  const c = doc.classification;
  if (!c?.post || !c.serial || !doc.date) return null;
  const post = c.post.text.replace(/\s+/g, '').toUpperCase();
  const serial = c.serial.text.replace(/^0+(?=\d)/, '');
  if (!/^[A-Z]+$/.test(post) || !/^\d+$/.test(serial)) return null;
  return `${String(doc.date.year % 100).padStart(2, '0')}${post}${serial}`;
}
