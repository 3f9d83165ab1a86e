/**
 * CBL013 subject: every cable has a SUBJECT line with text (5 FAH-1 H-210; AMADS disseminates on it).
 */
import type { Rule } from '../rule';
import { headingAnchor, isBlank } from './util/text-anchor';

export const subject: Rule = {
  id: 'CBL013',
  alias: 'subject',
  description: 'SUBJECT line present and not empty.',
  severity: 'error',
  tags: ['header'],
  fixable: false,
  check(context) {
    const { doc } = context;
    if (!doc.subject) {
      if (isBlank(context.text)) return;
      context.report({
        message: 'SUBJECT line missing: expected SUBJECT: <what the cable is about> after the TAGS line',
        ...headingAnchor(doc, ['tags', 'eo', 'captions', 'classification']),
      });
      return;
    }
    // A portion mark alone (`SUBJECT: (C)`) is still an empty subject.
    let text = doc.subject.text.trim();
    if (doc.subject.portion && text.startsWith(doc.subject.portion.text)) text = text.slice(doc.subject.portion.text.length).trim();
    if (text === '') {
      context.report({ message: 'SUBJECT line is empty: write what the cable is about', start: doc.subject.label.start, end: doc.subject.label.end });
    }
  },
};
