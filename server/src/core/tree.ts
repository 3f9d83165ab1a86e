/**
 * The cable syntax tree.
 *
 * Every element carries `start` / `end`: UTF-16 offsets into the document text, end exclusive
 * (the same unit as JavaScript strings and LSP positions). Offsets, not line/column pairs, so that
 * rules and fixes can slice text directly; `LineIndex` (text.ts) turns them into positions.
 *
 * A `Token` is one meaningful piece of text (a TAGS code, a serial, a REF letter) with its place.
 * The parser never throws: anything it cannot place is left out of the tree (or kept as `unknown`
 * lines), so every optional element below may be missing on messy input.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

/** Classification levels, lowest to highest (see LEVEL_RANK). */
export type Level = 'UNCLASSIFIED' | 'LIMITED OFFICIAL USE' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

export const LEVEL_RANK: Record<Level, number> = {
  UNCLASSIFIED: 0,
  'LIMITED OFFICIAL USE': 1,
  CONFIDENTIAL: 2,
  SECRET: 3,
  'TOP SECRET': 4,
};

export interface CableDocument {
  text: string;
  /** The transmission header (VZCZC ... TO/INFO/XMT); absent on most drafts. */
  header?: TransmissionHeader;
  /** Lines before the classification line that are not header format lines: Department
   *  distribution blocks, post pseudo-header, WikiLeaks notes, "null" lines. */
  preamble: Line[];
  classification?: ClassificationLine;
  /** Repeated classification banners after the first (page banners in printed formats). */
  banners: ClassificationLine[];
  captions: Caption[];
  passingLines: Line[];
  eo?: EoLine;
  tags?: TagsLine;
  subject?: SubjectLine;
  refs?: RefBlock;
  classifiedBy?: ClassifiedByLine;
  /** "ENTIRE TEXT" statement (`CONFIDENTIAL - ENTIRE TEXT.`): portion marks are then optional. */
  entireText?: Token;
  body: Body;
  signature?: Token;
  /** `NNNN`, `End Cable Text`, `#1503`. */
  endMarkers: Token[];
  /** The cable's date: from the DTG when there is a header, else null (drafts are judged against today). */
  date: CableDate | null;
}

export interface CableDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** A whole source line (without its line break). */
export interface Line extends Token {}

// ---------------------------------------------------------------------------------------------
// Transmission header (ACP-127 format lines)

export interface TransmissionHeader extends Span {
  /** FL1 `VZCZCXYZ0000` */
  transmissionId?: Token;
  /** FL2 `RR RUEHWEB` (prosign digraph + station routing indicators) */
  prosign?: { line: Line; prosign: Token; routingIndicators: Token[] };
  /** FL3 `DE RUEHNT #1503/01 2610924` */
  de?: DeLine;
  /** FL4 `ZNY CCCCC ZZH` */
  security?: SecurityLine;
  /** FL5 `R 180924Z SEP 09` */
  dtg?: DtgLine;
  fm?: AddressLine;
  to: Addressee[];
  info: Addressee[];
  xmt: Addressee[];
  /** Header lines we recognised as part of the header but could not classify further. */
  other: Line[];
}

export interface DeLine {
  line: Line;
  routingIndicator?: Token;
  /** `#1503` including the `#` */
  serial?: Token;
  /** `/01` section suffix, without the slash */
  section?: Token;
  /** `2610924` Julian day + time */
  julian?: Token;
}

export interface SecurityLine {
  line: Line;
  /** `ZNY` or `ZNR` */
  signal: Token;
  /** `CCCCC` */
  letters?: Token;
  operatingSignals: Token[];
}

export interface DtgLine {
  line: Line;
  /** One or two precedence letters (`O R 221334Z SEP 09`). */
  precedences: Token[];
  /** `180924Z` */
  dateTime?: Token;
  month?: Token;
  year?: Token;
  /** Parsed values; null when any part is malformed. */
  value: { year: number; month: number; day: number; hour: number; minute: number } | null;
}

export interface AddressLine {
  line: Line;
  /** `FM` / `TO` / `INFO` / `XMT` */
  label: Token;
  plad?: Token;
}

export interface Addressee extends Span {
  routingIndicator?: Token;
  plad?: Token;
  precedence?: Token;
  /** Message continuity number `1338` or range `4778-4781`. */
  mcn?: Token;
}

// ---------------------------------------------------------------------------------------------
// Heading block

export interface ClassificationLine {
  line: Line;
  /** The level text as written (`C O N F I D E N T I A L`, `SE C R E T`, `UNCLAS`). */
  levelText: Token;
  /** The recognised level, or null when the level word is unknown. */
  level: Level | null;
  /** True when `levelText` is not a correct spelling (missing/merged letters, lower case). */
  malformed: boolean;
  /** When malformed but the intended level is unambiguous, the correct text to write. */
  suggestion?: string;
  /** Caveats written on the line itself (`EFTO`, `NOFORN`). */
  caveats: Token[];
  section?: { start: number; end: number; n: Token; m: Token; of: Token };
  post?: Token;
  serial?: Token;
}

export interface Caption extends Token {
  /** Individual caption words/phrases on the line (`SIPDIS SIPDIS` gives two). */
  items: Token[];
}

export interface EoLine {
  line: Line;
  /** `E.O.`, `EO`, `E.o.` */
  label: Token;
  /** `12958` */
  order?: Token;
  /** `DECL`, `DNG`, `GDS` keyword if present */
  instructionLabel?: Token;
  /** What follows DECL: the date/event text. */
  instruction?: Token;
  declassify: DeclassifyInstruction | null;
}

export type DeclassifyInstruction =
  | { kind: 'date'; date: CableDate; format: 'MDY' | 'YMD' | 'ISO' | 'MDYY'; token: Token }
  | { kind: 'na'; token: Token }
  | { kind: 'event'; token: Token }
  | { kind: 'code'; token: Token } // OADR, MR, X1..X8, 25X1..., GDS
  | { kind: 'redacted'; token: Token }
  | { kind: 'unparseable'; token: Token };

export type TagKind = 'subject' | 'program' | 'geographic' | 'organization' | 'person' | 'unknown';

export interface TagCode extends Token {
  kind: TagKind;
}

export interface TagsLine extends Span {
  label: Token;
  codes: TagCode[];
  /** Markdown/link debris such as `[` `](#)` around codes: ranges to strip. */
  debris: Token[];
}

export interface SubjectLine extends Span {
  label: Token;
  /** The subject text joined over its wrapped lines (single spaces). */
  text: string;
  /** Range of the subject text in the document (from first to last text character). */
  textSpan?: Span;
  portion?: PortionMark;
}

export interface RefBlock extends Span {
  label: Token;
  items: RefItem[];
}

export interface RefItem extends Span {
  /** `A` for `A.`, `A)`, `(A)`, `a)`; absent for a single unlettered ref. */
  letter?: Token;
  text: Token;
  cable?: CableRef;
}

export interface CableRef {
  /** Two-digit year if written (`09`, `2009` → `09`, `(08)` → `08`). */
  year?: string;
  post: string;
  /** Serial as written, without leading zeros removed. */
  serial: string;
  /** Canonical id `09STATE90254` when the year is known (written or the citing cable's), else null. */
  id: string | null;
}

export interface ClassifiedByLine extends Span {
  label: Token;
  /** Classifier name/title text. */
  by?: Token;
  reasonLabel?: Token;
  /** `1.4` (or malformed `1:4`) */
  section?: Token;
  /** True when `section` is `1.4` / `1.5` written correctly. */
  sectionValid: boolean;
  /** Category letters as written (`B`, `d`). */
  categories: Token[];
}

// ---------------------------------------------------------------------------------------------
// Body

export interface Body extends Span {
  /** Numbered paragraphs, headings and unnumbered blocks in document order. */
  items: BodyItem[];
  /** SUMMARY/END SUMMARY, COMMENT/END COMMENT, BEGIN/END TEXT, BEGIN/END QUOTE spans. */
  spans: MarkedSpan[];
  pageBreaks: Token[];
  /** `XXXXXXXX` redaction runs. */
  redactions: Token[];
}

export type BodyItem = Paragraph | Heading | TextBlock;

export interface Paragraph extends Span {
  type: 'paragraph';
  /** The number digits (`4`); `value` parsed. */
  number: Token;
  value: number;
  /** `¶` in front of the number, if any. */
  pilcrow?: Token;
  /** True when the number runs straight into the portion mark (`1.(C)`). */
  glued: boolean;
  portion?: PortionMark;
  /** Range of the paragraph's first line (for messages and symbol selection). */
  firstLine: Span;
  /** First words of the text, for outline labels. */
  preview: string;
  subparagraphs: SubParagraph[];
  /** True when inside BEGIN/END TEXT or QUOTE: numbering there belongs to the quoted document. */
  quoted: boolean;
}

export interface SubParagraph extends Span {
  type: 'subparagraph';
  /** `A` in `A.`, `1` in `1)` */
  label: Token;
  style: 'letter' | 'number-paren';
  portion?: PortionMark;
  preview: string;
  children: SubParagraph[];
}

export interface Heading extends Span {
  type: 'heading';
  title: Token;
}

export interface TextBlock extends Span {
  type: 'text';
  portion?: PortionMark;
  preview: string;
}

export interface PortionMark extends Token {
  /** The level it marks, or null when unrecognised. */
  level: Level | null;
  /** `NF`/`NOFORN`, `REL TO ...`, `FGI`, `SBU`, `FOUO`. */
  caveats: string[];
  /** False for malformed marks such as `(N/SF)`, `(SNF)`, `(c)`. */
  valid: boolean;
  /** For a malformed mark whose intent is clear, the canonical form (`(S/NF)`). */
  normalized?: string;
}

export type MarkedSpanKind = 'summary' | 'comment' | 'text' | 'quote';

export interface MarkedSpan extends Span {
  kind: MarkedSpanKind;
  /** The opening marker (`SUMMARY:`); absent when only the end marker exists. */
  open?: Token;
  /** The closing marker (`END SUMMARY.`); absent when never closed. */
  close?: Token;
}
