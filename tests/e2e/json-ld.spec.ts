/**
 * A detail page's JSON-LD says what the page shows: name, provider, start dates, places, phone
 * and cost, for records of every kind (with fixed dates, Wales-wide, with venues, with a phone),
 * in both languages, read from the built pages as a search engine reads them.
 */
import { expect, test } from '@playwright/test';
import { buildDate } from '../../src/lib/environment.ts';
import { formatters } from '../../src/lib/i18n/format.ts';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { KINDS } from '../../src/lib/schema/vocabulary.ts';
import { LANGS, live, translators } from './fixtures.ts';

const today = buildDate();
/** For each kind: one with venues, one with fixed dates (some passed, where there is one), one Wales-wide, one with a phone. */
const sample = [
  ...new Set(
    KINDS.flatMap((kind) => {
      const of = live.filter((entry) => entry.kind === kind);
      const pick = (test: (entry: (typeof of)[number]) => boolean) => of.find(test) ?? of[0];
      return [
        pick((e) => e.venues.length > 0),
        pick((e) => typeof e.starts !== 'string' && e.starts.dates.some((date) => date < today)),
        pick((e) => typeof e.starts !== 'string'),
        pick((e) => e.walesWide),
        pick((e) => e.access.contact.phone !== undefined),
      ];
    }),
  ),
].filter((entry) => entry !== undefined);

type Ld = {
  name: string;
  provider: { name: string; contactPoint?: { telephone?: string } };
  isAccessibleForFree: boolean;
  startDate?: string;
  hasCourseInstance?: { startDate?: string; location?: { name: string }[] }[];
  location?: { name: string }[];
  areaServed?: { '@type': string; name: string }[];
  hoursAvailable?: { validFrom: string }[];
};

test('the sample covers every kind, passed dates and Wales-wide offers', () => {
  expect(new Set(sample.map((entry) => entry.kind))).toEqual(new Set(KINDS));
  expect(sample.some((e) => typeof e.starts !== 'string' && e.starts.dates.some((date) => date < today))).toBe(true);
  expect(sample.some((e) => e.walesWide && e.access.contact.phone)).toBe(true);
});

for (const lang of LANGS)
  test(`JSON-LD agrees with the page on name, provider, dates, places, phone and cost (${lang})`, async ({ page }) => {
    test.setTimeout(20_000 + sample.length * 4_000);
    const t = translators[lang];
    const f = formatters(lang);
    const problems: string[] = [];
    for (const entry of sample) {
      await page.goto(pathFor(lang, { route: 'detail', params: { id: entry.id } }));
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as Ld;
      const say = (what: string, ok: boolean, detail: string) => {
        if (!ok) problems.push(`${entry.id} (${lang}) ${what}: ${detail}`);
      };
      const h1 = (await page.locator('main h1').textContent())?.trim() ?? '';
      say('name', h1.includes(ld.name), `"${ld.name}" not in "${h1}"`);
      const fact = async (term: string) =>
        (
          (await page
            .locator('dt', { hasText: term })
            .first()
            .locator('xpath=following-sibling::dd[1]')
            .textContent()) ?? ''
        ).trim();
      const provider = await fact(t('detail.provider'));
      say('provider', provider.includes(ld.provider.name), `"${ld.provider.name}" not in "${provider}"`);
      // Dates: the JSON-LD lists exactly the dates the page shows.
      const ldDates = [
        ld.startDate,
        ...(ld.hasCourseInstance ?? []).map((instance) => instance.startDate),
        ...(ld.hoursAvailable ?? []).map((hours) => hours.validFrom),
      ].filter((date): date is string => date !== undefined);
      const starts = await fact(t('detail.starts'));
      if (typeof entry.starts === 'string') say('dates', ldDates.length === 0, `${ldDates.join()} for "${starts}"`);
      else if (entry.kind !== 'apprenticeship' && entry.kind !== 'jgw')
        say(
          'dates',
          ldDates.map((date) => f.date(date)).join(', ') === starts ||
            (ldDates.length === 0 && starts === t('starts.askNext')),
          `${ldDates.join()} for "${starts}"`,
        );
      else
        say(
          'dates',
          ldDates.length <= 1 &&
            (ldDates[0] === undefined ? starts === t('starts.askNext') : starts.startsWith(f.date(ldDates[0]))),
          `${ldDates.join()} for "${starts}"`,
        );
      // Places: every place named is a venue the page lists.
      const places = [...(ld.location ?? []), ...(ld.hasCourseInstance ?? []).flatMap((i) => i.location ?? [])];
      const venues = entry.venues.length > 0 ? await fact(t('detail.venues')) : '';
      for (const place of places) say('place', venues.includes(place.name), `"${place.name}" not in "${venues}"`);
      if (entry.walesWide && ld.areaServed)
        say('area', ld.areaServed[0]?.name === (lang === 'cy' ? 'Cymru' : 'Wales'), JSON.stringify(ld.areaServed));
      // Phone: the number the page links to, and only that.
      const phones = await page.locator('main a[href^="tel:"]').allTextContents();
      say(
        'phone',
        phones[0]?.trim() === ld.provider.contactPoint?.telephone,
        `page ${phones.join()}, JSON-LD ${ld.provider.contactPoint?.telephone}`,
      );
      // Cost: free on the page exactly when the JSON-LD says so.
      const cost = ((await page.locator('#cost + p').textContent()) ?? '').trim();
      say('cost', (cost === t('detail.free')) === ld.isAccessibleForFree, `"${cost}", ${ld.isAccessibleForFree}`);
    }
    expect(problems).toEqual([]);
  });
