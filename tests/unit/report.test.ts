/** "Something wrong with this? Tell us": the email goes to the record's area team, or the national address, with the record named. */
import { describe, expect, it } from 'vitest';
import cy from '../../src/dictionaries/cy.json' with { type: 'json' };
import en from '../../src/dictionaries/en.json' with { type: 'json' };
import { nationalReportEmail, REPORT_EMAIL_EXAMPLE } from '../../src/lib/environment.ts';
import { createTranslator } from '../../src/lib/i18n/translate.ts';
import { reportInbox, reportLink } from '../../src/lib/pages/report-link.ts';

const inboxes: Record<string, string> = { cardiff: 'epc@cardiff.example.org', powys: 'epc@powys.example.org' };
const ctx = (lang: 'en' | 'cy') => ({
  areaInbox: (id: string) => inboxes[id],
  nationalInbox: 'team@llwybrau.example.org',
  t: createTranslator({ en, cy }, lang),
});

describe('reporting a mistake', () => {
  it('writes to the first area with an inbox, or nationally for a Wales-wide record', () => {
    expect(reportInbox({ walesWide: false, areas: ['powys', 'cardiff'] }, ctx('en'))).toBe('epc@powys.example.org');
    expect(reportInbox({ walesWide: false, areas: ['nowhere', 'cardiff'] }, ctx('en'))).toBe('epc@cardiff.example.org');
    expect(reportInbox({ walesWide: true, areas: [] }, ctx('en'))).toBe('team@llwybrau.example.org');
  });

  it('names the record, its id and its page in the page language, encoded for a mailto link', () => {
    const link = reportLink(
      { id: 'cardiff-a&b', walesWide: false, areas: ['cardiff'] },
      'Art & Design?',
      'https://x.example/cy/darpariaeth/cardiff-a&b/',
      ctx('cy'),
    );
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('epc@cardiff.example.org');
    expect(url.searchParams.get('subject')).toBe('Rhywbeth o’i le ar Lwybrau: Art & Design?');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Cyfeirnod: cardiff-a&b');
    expect(body).toContain('Tudalen: https://x.example/cy/darpariaeth/cardiff-a&b/');
    // One subject and one body: the title's & and ? cannot start a new parameter.
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('takes the national address from LLWYBRAU_REPORT_EMAIL, or an example one the build warns about', () => {
    expect(nationalReportEmail({ LLWYBRAU_REPORT_EMAIL: ' llwybrau@cyngor.example.org ' })).toBe(
      'llwybrau@cyngor.example.org',
    );
    expect(nationalReportEmail({})).toBe(REPORT_EMAIL_EXAMPLE);
  });
});
