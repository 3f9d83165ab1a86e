/**
 * CBL003: the CLASSIFIED BY line gives the reason as a section of the order and its category
 * letters (E.O. 13526 §1.6(a)(5), categories §1.4 (a)-(h)). Section 1.5 was the original E.O. 12958
 * numbering; E.O. 13292 (2003) moved the categories to 1.4, yet posts went on citing 1.5 (the FAH
 * still said so), so a 1.5 after the configured year is a warning, not an error.
 */
import type { Rule, RuleContext } from '../rule';
import type { ClassifiedByLine, Token } from '../tree';
import { isClassified } from './util/marking-levels';

const SEPARATOR_TYPO = /^1\s*[:/,;]\s*([45])$/;

/** `^[a-h]$/i` by character code: every category of every CLASSIFIED BY line is asked. */
function isCategory(text: string): boolean {
  const lower = text.charCodeAt(0) | 32;
  return text.length === 1 && lower >= 97 && lower <= 104;
}

/** `/^derived\b/i` on the trimmed classifier: a character test first, since the classifier
 *  nearly always starts with a name (trim removes only code units <= 32 or >= 0xa0). */
function isDerived(by: string): boolean {
  const first = by.charCodeAt(0);
  if ((first | 32) !== 100 && first > 32 && first < 0xa0) return false;
  return /^derived\b/i.test(by.trim());
}

export const classificationReason: Rule = {
  id: 'CBL003',
  alias: 'classification-reason',
  description: 'A classified cable gives its classification reason as section 1.4 with categories a-h.',
  severity: 'error',
  tags: ['classification'],
  fixable: true,
  options: {
    section15UntilYear: {
      type: 'number',
      description: 'Last cable year in which citing section 1.5 (original E.O. 12958 numbering) is accepted.',
      default: 2003,
    },
  },
  check(context: RuleContext): void {
    const { doc } = context;
    const line = doc.classifiedBy;
    if (!line || !isClassified(doc.classification?.level)) return;
    // Derivative classification (`Classified By: Derived from Multiple Sources`) carries the
    // sources' markings forward instead of a reason of its own (E.O. 13526 §2.1).
    if (line.by && isDerived(line.by.text)) return;
    const section = line.section;
    if (!section) {
      reportMissingReason(context, line);
      return;
    }
    const written = section.text.trim();
    const typo = line.sectionValid ? null : SEPARATOR_TYPO.exec(written); // read only for an invalid section
    let number: string | null = line.sectionValid ? written : null;
    if (!line.sectionValid && typo) {
      number = `1.${typo[1]}`;
      context.report({
        message: `Malformed REASON section "${written}": expected "${number}"`,
        start: section.start,
        end: section.end,
        fixes: [{ title: `Replace "${written}" with "${number}"`, edits: [{ start: section.start, end: section.end, newText: number }], safe: true }],
      });
    } else if (!line.sectionValid) {
      context.report({
        message: `Unknown REASON section "${written}": expected 1.4 (the categories of E.O. 13526 §1.4)`,
        start: section.start,
        end: section.end,
      });
      return;
    }
    const until = Number(context.options.section15UntilYear ?? 2003);
    if (number === '1.5' && context.date.year > until) {
      context.report({
        message: `REASON cites section 1.5 in a cable of ${context.date.year}: the categories are in section 1.4 since E.O. 13292 (2003)`,
        start: section.start,
        end: section.end,
        severity: 'warning',
        fixes: [{ title: `Replace "${written}" with "1.4"`, edits: [{ start: section.start, end: section.end, newText: '1.4' }], safe: false }],
      });
    }
    checkCategories(context, section, line.categories);
  },
};

function checkCategories(context: RuleContext, section: Token, categories: readonly Token[]): void {
  if (categories.length === 0) {
    context.report({
      message: `REASON ${section.text.trim()} names no category: expected letters a-h, e.g. "1.4(b), (d)"`,
      start: section.start,
      end: section.end,
    });
    return;
  }
  for (const category of categories) {
    if (!isCategory(category.text)) {
      context.report({
        message: `Unknown classification category "${category.text}": expected a letter a-h (E.O. 13526 §1.4)`,
        start: category.start,
        end: category.end,
      });
    }
  }
}

/** The first number after the REASON label: a section broken over a blank or line break
 *  (`1.\n4`, `1 .4`, `14`) or another number (`1.6`, `2`). */
function numberAfter(text: string, from: number, to: number): Token | null {
  const slice = text.slice(from, to);
  const match = /1\s*[.:,/]?\s*[45](?!\d)|\d[\d.:,/-]*/.exec(slice);
  if (!match) return null;
  const value = match[0].replace(/[.:,/-]+$/, '');
  const start = from + match.index;
  return { start, end: start + value.length, text: value };
}

function reportMissingReason(context: RuleContext, line: ClassifiedByLine): void {
  const { text } = context;
  if (line.reasonLabel) {
    const written = numberAfter(text, line.reasonLabel.end, line.end);
    if (written) {
      // `reasons 1.\n4 (b)`, `1 .4`, `14`: the section broken by a blank or missing its dot.
      const broken = /^1\s*[.:,/]?\s*([45])$/.exec(written.text);
      const shown = written.text.replace(/\s+/g, ' ');
      const replacement = broken ? `1.${broken[1]}` : '1.4';
      context.report({
        message: broken
          ? `Malformed REASON section "${shown}": expected "${replacement}"`
          : `Unknown REASON section "${shown}": expected 1.4 (the categories of E.O. 13526 §1.4)`,
        start: written.start,
        end: written.end,
        fixes: [{ title: `Replace "${shown}" with "${replacement}"`, edits: [{ start: written.start, end: written.end, newText: replacement }], safe: broken !== null }],
      });
      return;
    }
    const at = line.reasonLabel.end;
    context.report({
      message: 'REASON names no section and category: expected e.g. "REASON: 1.4(b), (d)"',
      start: line.reasonLabel.start,
      end: line.reasonLabel.end,
      fixes: [{ title: 'Insert "1.4( )" to fill in', edits: [{ start: at, end: at, newText: ' 1.4( )' }], safe: false }],
    });
    return;
  }
  // Insert after the last written character of the line, keeping its final punctuation readable.
  let at = line.end;
  while (at > line.start && /\s/.test(text[at - 1])) at--;
  const last = text[at - 1];
  const newText = last === ';' || last === ',' || last === '.' ? ' REASON: 1.4( )' : '; REASON: 1.4( )';
  context.report({
    message: 'CLASSIFIED BY line gives no REASON: expected e.g. "REASON: 1.4(b), (d)" (E.O. 13526 §1.6(a)(5))',
    start: line.label.start,
    end: line.label.end,
    fixes: [{ title: 'Insert "REASON: 1.4( )" to fill in', edits: [{ start: at, end: at, newText }], safe: false }],
  });
}
