/**
 * A provider record (content/providers): the organisation that runs an offer.
 */
import { z } from 'zod';
import { bilingualName, email, oneOf, phone, shown, url } from './primitives.ts';
import { PROVIDER_TYPES } from './vocabulary.ts';

export const providerSchema = z
  .object({
    name: bilingualName.describe('The organisation’s name in English and Welsh, as it uses them itself.'),
    type: oneOf(PROVIDER_TYPES).describe('What sort of organisation this is.'),
    website: url.optional().describe('Home page. Leave out for invented (illustrative) organisations.'),
    phone: phone.optional().describe('Public enquiry number. Never a person’s own number.'),
    email: email.optional().describe('Public enquiry address. Never a person’s own address.'),
    illustrative: z
      .boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)})` })
      .default(false)
      .describe('True when this organisation was invented for the sample data.'),
  })
  .strict();
