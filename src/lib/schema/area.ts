/**
 * An area record (content/areas): one of the 22 principal areas.
 */
import { z } from 'zod';
import { isWebmail, looksPersonalEmail } from '../content/warnings.ts';
import { bilingualName, email, oneOf, shown } from './primitives.ts';
import { REGIONS } from './vocabulary.ts';

export const areaSchema = z
  .object({
    code: z
      .string()
      .regex(/^W06\d{6}$/, {
        error: (issue) => `must be an ONS principal-area code W06 followed by six digits (got ${shown(issue.input)})`,
      })
      .describe('ONS code of the principal area, e.g. W06000010 for Carmarthenshire. Must be this area’s own code.'),
    name: bilingualName.describe('Official English and Welsh names (Ynys Môn, Tor-faen, Caerdydd…).'),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: (issue) => `must be lower-case words joined by hyphens (got ${shown(issue.input)})`,
      })
      .describe('URL slug; also the file name and the id other records use to refer to this area.'),
    region: oneOf(REGIONS).describe('One of the four regions used for regional aggregation.'),
    rural: z
      .boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)})` })
      .describe('True for the Welsh Government’s nine rural authorities.'),
    reportEmail: email
      .refine((address) => !looksPersonalEmail(address) && !isWebmail(address), {
        error: (issue) =>
          `must be a team’s shared address, not a person’s or a webmail one (got ${shown(issue.input)})`,
      })
      .describe(
        'The public inbox of the area’s EPC team: where “Something wrong with this?” on a record’s page sends its email. A team address, never a person’s.',
      ),
  })
  .strict();
