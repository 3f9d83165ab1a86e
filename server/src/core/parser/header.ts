/**
 * The transmission header (ACP-127 format lines FL1-FL9): VZCZC, prosign + routing indicators, DE,
 * ZNY/ZNR, DTG, FM, TO, INFO, XMT. Optional: drafts have none. (Skeleton; being filled in.)
 */
import type { CableDate, TransmissionHeader } from '../tree';
import type { SourceLine } from './lines';

export interface HeaderResult {
  header?: TransmissionHeader;
  /** Index of the first line after the header (== `from` when there is none). */
  next: number;
  /** The cable's date from the DTG, or null. */
  date: CableDate | null;
}

/** Reads header format lines starting at `lines[from]` (blank lines before it are skipped by the
 *  caller). Stops at the first line that is not a header line. */
export function parseHeader(lines: readonly SourceLine[], from: number): HeaderResult {
  return { next: from, date: null };
}
