/**
 * How an offer's public contact details are shown, decided once for the detail page and
 * My options (page and copied text): a web address without its scheme, a phone number
 * dialled without spaces, an email address. Shared by server and client code.
 */

export interface ContactDetails {
  url?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
}

export interface ContactLink {
  /** The dictionary key of its label. */
  term: 'detail.contactWebsite' | 'detail.contactPhone' | 'detail.contactEmail';
  href: string;
  text: string;
}

/** The contact details there are, website first, each as a link with its label. */
export const contactLinks = (contact: ContactDetails): ContactLink[] => [
  ...(contact.url
    ? [
        {
          term: 'detail.contactWebsite' as const,
          href: contact.url,
          text: contact.url.replace(/^https?:\/\//, '').replace(/\/$/, ''),
        },
      ]
    : []),
  ...(contact.phone
    ? [{ term: 'detail.contactPhone' as const, href: `tel:${contact.phone.replace(/\s+/g, '')}`, text: contact.phone }]
    : []),
  ...(contact.email
    ? [{ term: 'detail.contactEmail' as const, href: `mailto:${contact.email}`, text: contact.email }]
    : []),
];
