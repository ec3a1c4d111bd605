/**
 * Our words for a schema check that gives none of its own, so that a library's wording
 * ("Invalid input: expected object, received undefined") never reaches a person. Passed to
 * every parse as its error map. Pure.
 */
import type { z } from 'zod';
import { shown } from './primitives.ts';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date written YYYY-MM-DD',
};

/**
 * Our words for any check whose schema gives none of its own, so that a library's wording
 * ("Invalid input: expected object, received undefined") never reaches a person.
 */
export const ourWords = (issue: z.core.$ZodRawIssue): string => {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? 'is required'
        : `must be ${EXPECTED[issue.expected] ?? issue.expected} (got ${shown(input)})`;
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must list at least ${String(issue.minimum)} (got ${shown(input)})`;
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)} characters`;
      return `must be ${String(issue.minimum)} or more (got ${shown(input)})`;
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must list at most ${String(issue.maximum)} (got ${shown(input)})`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters; say it more briefly`;
      return `must be ${String(issue.maximum)} or less (got ${shown(input)})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => String(value)).join(', ')} (got ${shown(input)})`;
    case 'invalid_format':
      return `must be ${issue.format === 'email' ? 'an email address' : issue.format === 'url' ? 'a web address' : `in the form ${issue.format}`} (got ${shown(input)})`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)} (got ${shown(input)})`;
    case 'invalid_union':
      return `is not in any of the forms this field takes (got ${shown(input)})`;
    default:
      return `is not valid here (got ${shown(input)})`;
  }
};
