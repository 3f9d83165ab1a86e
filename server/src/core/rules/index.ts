/**
 * The rule catalogue. Each rule lives in its own file named after its alias; adding a rule means
 * adding the file and one line here (ids are never reused).
 */
import type { Rule } from '../rule';
import { classificationLine } from './classification-line';
import { classifiedBy } from './classified-by';
import { classificationReason } from './classification-reason';
import { unclassifiedMarkings } from './unclassified-markings';
import { portionMarking } from './portion-marking';
import { portionExceedsClassification } from './portion-exceeds-classification';
import { eoLine } from './eo-line';
import { declassificationDate } from './declassification-date';
import { headerClassificationMismatch } from './header-classification-mismatch';
import { serialMismatch } from './serial-mismatch';
import { dtg } from './dtg';
import { tags } from './tags';
import { subject } from './subject';
import { references } from './references';
import { paragraphNumbering } from './paragraph-numbering';
import { summaryMarkers } from './summary-markers';
import { sectionNumbering } from './section-numbering';
import { captions } from './captions';
import { signature } from './signature';
import { referenceTarget } from './reference-target';

export const allRules: readonly Rule[] = [
  classificationLine,
  classifiedBy,
  classificationReason,
  unclassifiedMarkings,
  portionMarking,
  portionExceedsClassification,
  eoLine,
  declassificationDate,
  headerClassificationMismatch,
  serialMismatch,
  dtg,
  tags,
  subject,
  references,
  paragraphNumbering,
  summaryMarkers,
  sectionNumbering,
  captions,
  signature,
  referenceTarget,
];

/** Look a rule up by alias (`tags`) or id (`CBL012`), case-insensitively for ids. */
export function ruleByName(name: string): Rule | undefined {
  const upper = name.toUpperCase();
  return allRules.find((rule) => rule.alias === name || rule.id === upper);
}
