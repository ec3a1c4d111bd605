/** Glossary words link to their entry at their first use on a page, in either language, and nowhere they should not. */
import { describe, expect, it } from 'vitest';
import { linkFirstUses } from '../../src/lib/i18n/glossary-links.ts';

const page = (main: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Tier 2</title></head><body><header><p>Tier 1</p></header><main>${main}</main></body></html>`;
const links = (html: string) =>
  [...html.matchAll(/<a class="glossary-term" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);

describe('glossary links', () => {
  it('link the first use of each entry only, inside <main> only', () => {
    const html = linkFirstUses(
      page(
        '<p>For tier 3 and tier 3 again, then Tier 4, the five tiers, Level 2, and Jobs Growth Wales+ via Working Wales.</p><p>EMA helps; so does EMA.</p>',
      ),
      'en',
      '/en/glossary/',
    );
    expect(links(html)).toEqual([
      'tier 3 → /en/glossary/#tier-3',
      'Tier 4 → /en/glossary/#tier-4',
      'tiers → /en/glossary/#tiers',
      'Level 2 → /en/glossary/#level-2',
      'Jobs Growth Wales+ → /en/glossary/#jgw',
      'Working Wales → /en/glossary/#working-wales',
      'EMA → /en/glossary/#ema',
    ]);
    expect(html).toContain('<title>Tier 2</title>');
    expect(html).toContain('<header><p>Tier 1</p></header>');
  });

  it('leave links, buttons, headings, labels, islands, scripts and text in another language alone', () => {
    const main = [
      '<h2>Careers Wales</h2>',
      '<a href="/x">Careers Wales</a>',
      '<button>EMA</button>',
      '<label for="q">lead worker</label>',
      '<astro-island><p>tier 2</p></astro-island>',
      '<script>var s = "EPC";</script>',
      '<p><span lang="cy">Gyrfa Cymru</span></p>',
      '<p data-no-glossary>EPC</p>',
      '<p title="Careers Wales" data-x="a>EMA">A lead worker and an EPC.</p>',
    ].join('');
    const html = linkFirstUses(page(main), 'en', '/en/glossary/');
    expect(links(html)).toEqual(['lead worker → /en/glossary/#lead-worker', 'EPC → /en/glossary/#epc']);
    // Attributes are never touched.
    expect(html).toContain('<p title="Careers Wales" data-x="a>EMA">');
  });

  it('know the Welsh words in their mutated forms', () => {
    const html = linkFirstUses(
      page(
        '<p>Cysylltwch ag Yrfa Cymru neu ewch at Dwf Swyddi Cymru+ drwy Gymru’n Gweithio; mae gweithwyr arweiniol a Chydgysylltwyr Ymgysylltiad a Chynnydd yn helpu ym mhob haen, gyda LCA a Lefel Mynediad.</p>',
        'cy',
      ),
      'cy',
      '/cy/geirfa/',
    );
    expect(links(html)).toEqual([
      'Yrfa Cymru → /cy/geirfa/#careers-wales',
      'Dwf Swyddi Cymru+ → /cy/geirfa/#jgw',
      'Gymru’n Gweithio → /cy/geirfa/#working-wales',
      'gweithwyr arweiniol → /cy/geirfa/#lead-worker',
      'Chydgysylltwyr Ymgysylltiad a Chynnydd → /cy/geirfa/#epc',
      'haen → /cy/geirfa/#tiers',
      'LCA → /cy/geirfa/#ema',
      'Lefel Mynediad → /cy/geirfa/#level-entry',
    ]);
  });

  it('match whole words only, and keep the page otherwise byte for byte', () => {
    const main =
      '<p>Frontiers, EMAIL, Levels, Clevel 2, tiered.</p><br><img src="a.png" alt="tier 1"><p>Sut&nbsp;mae &amp; hello</p>';
    const html = page(main);
    expect(linkFirstUses(html, 'en', '/en/glossary/')).toBe(html);
  });
});
