/**
 * Classification categories cited after REASON (E.O. 12958 as amended by E.O. 13292, and E.O. 13526,
 * section 1.4; the original 1995 E.O. 12958 numbered them 1.5). Wording from cable-format.md §6.
 */
export interface ReasonCategory {
  letter: string;
  text: string;
  note?: string;
}

export const REASON_CATEGORIES: readonly ReasonCategory[] = [
  { letter: 'a', text: 'military plans, weapons systems, or operations' },
  { letter: 'b', text: 'foreign government information' },
  {
    letter: 'c',
    text: 'intelligence activities (including covert action), intelligence sources or methods, or cryptology',
  },
  { letter: 'd', text: 'foreign relations or foreign activities of the United States, including confidential sources' },
  {
    letter: 'e',
    text: 'scientific, technological, or economic matters relating to the national security, including defense against transnational terrorism',
    note: 'the terrorism clause was added by E.O. 13292 (2003)',
  },
  { letter: 'f', text: 'United States Government programs for safeguarding nuclear materials or facilities' },
  {
    letter: 'g',
    text: 'vulnerabilities or capabilities of systems, installations, infrastructures, projects, plans, or protection services relating to the national security, including defense against transnational terrorism',
  },
  { letter: 'h', text: 'weapons of mass destruction', note: 'added by the 2003 amendment; not in the original E.O. 12958' },
];

/** The category for a letter as written (`B`, `d`), or undefined outside a-h. */
export function reasonCategory(letter: string): ReasonCategory | undefined {
  const lower = letter.trim().toLowerCase();
  return REASON_CATEGORIES.find((category) => category.letter === lower);
}
