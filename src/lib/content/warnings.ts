/**
 * Things in a valid record that are probably wrong but may be right, so they
 * are warned about rather than refused: start dates that have passed or are out
 * of order, and contact details that look like a person’s own rather than an
 * organisation’s. `validate` prints them and the gap analysis lists them under
 * housekeeping, so that someone checks each with the provider.
 *
 * Pure; one function per rule, each giving structured warnings that the
 * command line and the site word for themselves.
 */
import type { Provider, Provision } from '../schema/schema.ts';

export type WarningCode =
  | 'starts-passed'
  | 'starts-all-passed'
  | 'starts-order'
  | 'phone-mobile'
  | 'email-personal'
  | 'email-webmail';

export interface RecordWarning {
  /** The record's id (a provision or provider file name). */
  entry: string;
  collection: 'provision' | 'providers';
  field: string;
  code: WarningCode;
  /** The value or values the warning is about: a date, a number, an address. */
  value: string;
}

/** UK mobile numbers: 07… or +44 7…, whatever the spacing. */
export const isMobileNumber = (phone: string): boolean =>
  /^(?:\+44|0)7\d{9}$/.test(phone.replace(/[\s()-]/g, '').replace(/^\+440/, '+44'));

/** Parts of a shared address that say it is an office or a role, not a person (English and Welsh). */
const ROLE_WORDS = new Set(
  `info gwybodaeth enquiries enquiry ymholiadau ymholiad admissions admission derbyn contact cyswllt hello helo office swyddfa
  student students myfyrwyr services service gwasanaethau youth ieuenctid careers gyrfaoedd team tim tîm volunteering volunteer
  gwirfoddoli apprenticeships apprenticeship prentisiaethau training hyfforddiant skills sgiliau reception derbynfa support cefnogaeth
  jgw learning dysgu college coleg school ysgol sixth form chweched post16 referrals atgyfeiriadau wellbeing lles hub hwb`.split(
    /\s+/,
  ),
);

/** Free webmail: an organisation’s public address is on its own domain. */
const WEBMAIL = /@(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|aol|btinternet|protonmail)\.[a-z.]+$/i;
export const isWebmail = (email: string): boolean => WEBMAIL.test(email);

/**
 * The address looks like a person’s own: `first.last@`, `first_last@` or `f.last@`, made of
 * name-like words none of which is a role or office word.
 */
export const looksPersonalEmail = (email: string): boolean => {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  const parts = local.split(/[._]/);
  if (parts.length !== 2) return false;
  return parts.every((part) => /^[a-z][a-z'-]*$/.test(part)) && !parts.some((part) => ROLE_WORDS.has(part));
};

const contactWarnings = (
  base: Pick<RecordWarning, 'entry' | 'collection'>,
  prefix: string,
  contact: { phone?: string | undefined; email?: string | undefined },
): RecordWarning[] => {
  const out: RecordWarning[] = [];
  if (contact.phone !== undefined && isMobileNumber(contact.phone))
    out.push({ ...base, field: `${prefix}phone`, code: 'phone-mobile', value: contact.phone });
  if (contact.email !== undefined && WEBMAIL.test(contact.email))
    out.push({ ...base, field: `${prefix}email`, code: 'email-webmail', value: contact.email });
  else if (contact.email !== undefined && looksPersonalEmail(contact.email))
    out.push({ ...base, field: `${prefix}email`, code: 'email-personal', value: contact.email });
  return out;
};

/** Fixed start dates: all passed, some passed (each named), or not earliest first. `today` is YYYY-MM-DD. */
export const startWarnings = (entry: Provision, today: string): RecordWarning[] => {
  if (typeof entry.starts === 'string') return [];
  const dates = entry.starts.dates;
  const base = { entry: entry.id, collection: 'provision' as const };
  const out: RecordWarning[] = [];
  const passed = dates.map((date, i) => [date, i] as const).filter(([date]) => date < today);
  if (passed.length === dates.length)
    out.push({ ...base, field: 'starts.dates', code: 'starts-all-passed', value: [...dates].sort().at(-1) as string });
  else
    for (const [date, i] of passed)
      out.push({ ...base, field: `starts.dates[${i}]`, code: 'starts-passed', value: date });
  dates.forEach((date, i) => {
    const before = dates[i - 1];
    if (before !== undefined && date <= before)
      out.push({ ...base, field: `starts.dates[${i}]`, code: 'starts-order', value: `${before} ${date}` });
  });
  return out;
};

export const provisionWarnings = (entry: Provision, today: string): RecordWarning[] => [
  ...startWarnings(entry, today),
  ...contactWarnings({ entry: entry.id, collection: 'provision' }, 'access.contact.', entry.access.contact),
];

export const providerWarnings = (provider: Provider & { id: string }): RecordWarning[] =>
  contactWarnings({ entry: provider.id, collection: 'providers' }, '', provider);

/** How `validate` words a warning (the site words them through its dictionaries). */
export const warningText = (warning: RecordWarning): string => {
  switch (warning.code) {
    case 'starts-all-passed':
      return `every start date has passed (the latest is ${warning.value}); add the next dates, or write rolling or september`;
    case 'starts-passed':
      return `${warning.value} has passed; remove it so that only dates still to come are listed`;
    case 'starts-order': {
      const [before, date] = warning.value.split(' ');
      return `${date} ${date === before ? 'is listed twice' : `comes after ${before} in the list`}; list each date once, earliest first`;
    }
    case 'phone-mobile':
      return `${warning.value} looks like a mobile number; give the organisation’s public enquiry number, never a person’s own`;
    case 'email-personal':
      return `${warning.value} looks like a person’s own address; give a shared one such as info@ or enquiries@`;
    case 'email-webmail':
      return `${warning.value} is a personal webmail address; give the organisation’s own shared address`;
  }
};
