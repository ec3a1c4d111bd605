/**
 * Welsh as a Welsh speaker writes it, checked on the built pages: on every area's Welsh page,
 * the area's name follows "yn" and "o" mutated ("yng Nghaerdydd", "Map o Gaerdydd"), never
 * glued on as it stands.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { NO_MUTATION, withWord } from '../../src/lib/i18n/mutate.ts';
import { startsWithVowelSound } from '../../src/lib/i18n/numerals.ts';
import { pathFor } from '../../src/lib/i18n/routes.ts';
import { content, live } from './fixtures.ts';

const textOf = (path: string) =>
  readFileSync(join('dist', path, 'index.html'), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

test('every area’s Welsh page puts its name after yn and o with the right mutation, all 22', () => {
  expect(content.areas).toHaveLength(22);
  const wrong: string[] = [];
  for (const area of content.areas) {
    const name = area.name.cy;
    const text = textOf(pathFor('cy', { route: 'area', params: { slug: area.slug } }));
    for (const word of ['yn', 'o'] as const) {
      const right = withWord(word, name);
      if (!text.includes(right)) wrong.push(`${area.id}: no "${right}"`);
      // The unmutated form is wrong wherever the name mutates ("yn Caerdydd"); it is right when it does not ("yn Abertawe").
      const glued = `${word} ${name}`;
      if (glued !== right && new RegExp(`(^|[\\s(“])${glued}`, 'i').test(text)) wrong.push(`${area.id}: "${glued}"`);
    }
  }
  expect(wrong).toEqual([]);
});

test('Welsh detail pages name each venue in Welsh, or in English marked lang="en" where it has no Welsh name', () => {
  const problems: string[] = [];
  for (const entry of live) {
    if (entry.venues.length === 0) continue;
    const html = readFileSync(
      join('dist', pathFor('cy', { route: 'detail', params: { id: entry.id } }), 'index.html'),
      'utf8',
    );
    for (const venue of entry.venues) {
      const expected = venue.nameCy
        ? `<span>${escapeHtml(venue.nameCy)}</span>`
        : `<span lang="en">${escapeHtml(venue.name)}</span>`;
      if (!html.includes(expected)) problems.push(`${entry.id}: ${expected}`);
    }
  }
  expect(problems).toEqual([]);
  // The sample gives every venue a Welsh name.
  expect(live.flatMap((entry) => entry.venues).every((venue) => venue.nameCy)).toBe(true);
});

test('a Welsh detail page whose record has no Welsh title frames the English one in Welsh, in its title and description', () => {
  const missing = live.filter((entry) => entry.title.cy === undefined);
  expect(missing.length).toBeGreaterThan(0);
  for (const entry of live) {
    const html = readFileSync(
      join('dist', pathFor('cy', { route: 'detail', params: { id: entry.id } }), 'index.html'),
      'utf8',
    );
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    if (entry.title.cy === undefined) expect(title, entry.id).toContain('(dim teitl Cymraeg eto)');
    else expect(title, entry.id).not.toContain('(dim teitl Cymraeg eto)');
    if (entry.summary.cy === undefined)
      expect(description, entry.id).toMatch(/^Yn Saesneg, gan nad oes crynodeb Cymraeg eto: /);
  }
});

/** A Welsh page's text outside script, style and anything marked lang="en", as one line. */
const welshText = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<([a-z]+)[^>]*lang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

/** Verbs that follow the relative pronoun "a" ("y cofnod a adolygwyd"), where "a" stays "a" before a vowel. */
const AFTER_RELATIVE_A = new Set(['oedd', 'oes', 'allai', 'allant', 'all', 'adolygwyd', 'enwir', 'ydy', 'yw', 'aeth']);

test('no Welsh page writes "a" or "â" where Welsh changes it: before a vowel sound, a number read with one, or an unmutated c, p or t', () => {
  const wrong = new Set<string>();
  let checked = 0;
  for (const file of WELSH_PAGES) {
    for (const match of welshText(file).matchAll(/(?:^|[\s(,;:“])(a|â) (\d[\d,]*|[\p{L}][\p{L}’'-]*)/gu)) {
      const [, word, next = ''] = match;
      checked++;
      const listed =
        /^[A-Z][A-Z0-9]/.test(next) || NO_MUTATION.some((name) => next.startsWith(name.split(' ')[0] ?? name));
      // Words in w- and y- are left out: "w" and "y" are vowels in some words and consonants in others ("ac wyth",
      // "a warws"), which no letter test can tell apart.
      const vowel = /^\d/.test(next)
        ? startsWithVowelSound(next)
        : /^[aeiouâêîôû]/i.test(next) && !AFTER_RELATIVE_A.has(next.toLowerCase());
      const unmutated = /^[cptCPT]/.test(next) && !/^(ch|ph|th)/i.test(next) && !listed;
      if (vowel || unmutated) wrong.add(`${word} ${next} (${file})`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect([...wrong].slice(0, 20)).toEqual([]);
});

test('no Welsh page uses a town’s English name where the gazetteer gives a Welsh one', () => {
  const towns = join(process.env.LLWYBRAU_DATA_DIR ?? '../shared/data', 'wales-towns.csv');
  test.skip(!existsSync(towns), 'the reference data is not beside the project');
  const pairs = Papa.parse<Record<string, string>>(readFileSync(towns, 'utf8'), { header: true, skipEmptyLines: true })
    .data.filter((row) => row.name_cy && row.name_en && row.name_cy !== row.name_en)
    .map((row) => row.name_en as string);
  expect(pairs.length).toBeGreaterThan(50);
  const patterns = pairs.map(
    (name) =>
      [name, new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}-])`, 'u')] as const,
  );
  const found: string[] = [];
  for (const file of WELSH_PAGES) {
    const text = welshText(file);
    for (const [name, pattern] of patterns) if (pattern.test(text)) found.push(`${name} (${file})`);
  }
  expect(found.slice(0, 20)).toEqual([]);
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('no Welsh page puts an area’s, an organisation’s or a provider’s name after yn, o, i, drwy or neu unmutated', () => {
  const names = new Set([
    ...content.areas.map((area) => area.name.cy),
    ...content.providers.map((provider) => provider.name.cy),
    'Cymru’n Gweithio',
    'Gyrfa Cymru',
    'Llwybrau',
    'Twf Swyddi Cymru+',
    'Cyllid Myfyrwyr Cymru',
  ]);
  // Only the pairs where the name mutates: "yn Abertawe" is right as it stands.
  const wrong = [...names].flatMap((name) =>
    (['yn', 'o', 'i', 'drwy', 'neu'] as const)
      .filter((word) => withWord(word, name) !== `${word} ${name}`)
      .map((word) => `${word} ${name}`),
  );
  const pattern = new RegExp(
    `(?:^|[\\s(“])(${wrong.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[\\s,.;:)”]|$)`,
    'g',
  );
  const found = new Map<string, string[]>();
  for (const file of htmlFiles(join('dist', 'cy'))) {
    const text = readFileSync(file, 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    for (const match of text.matchAll(pattern))
      found.set(match[1] as string, [...(found.get(match[1] as string) ?? []), file].slice(0, 3));
  }
  expect(Object.fromEntries(found)).toEqual({});
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

/** Words that are English and never Welsh: a text node holding one, outside lang="en", is English on a Welsh page. */
const ENGLISH_WORDS =
  /\b(the|and|with|for|your|you|centre|campus|office|training|from|this|that|are|is|of|to|by|or|options?|young|people|course|service)\b/i;

/**
 * The Welsh pages, each parsed by the browser's own HTML parser (DOMParser) from the built file: the
 * same tree a visitor's browser builds, without loading each page's styles and scripts, so the
 * whole site is read in seconds. In groups, so that one test never holds all of them.
 */
const WELSH_PAGES = existsSync(join('dist', 'cy')) ? htmlFiles(join('dist', 'cy')).sort() : [];
const GROUP = 150;
const groups = Array.from({ length: Math.ceil(WELSH_PAGES.length / GROUP) }, (_, i) =>
  WELSH_PAGES.slice(i * GROUP, (i + 1) * GROUP),
);

test('the Welsh pages are there to check', () => {
  expect(WELSH_PAGES.length).toBeGreaterThan(100);
});

for (const [i, files] of groups.entries()) {
  test(`no English on a Welsh page outside an element marked lang="en" (pages ${i * GROUP + 1}–${i * GROUP + files.length})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const sources = files.map((file) => readFileSync(file, 'utf8'));
    const strays = await page.evaluate(
      ({ pages, pattern }) => {
        const english = new RegExp(pattern, 'i');
        const parser = new DOMParser();
        return pages.map((html) => {
          const doc = parser.parseFromString(html, 'text/html');
          const out: string[] = [];
          const root = doc.documentElement;
          // Every page must be Welsh at its root: otherwise nothing below could be told apart.
          if (root.getAttribute('lang') !== 'cy') out.push(`<html lang="${root.getAttribute('lang')}">`);
          const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || element.closest('script, style, template, [lang="en"], [lang^="en-"]')) continue;
            // Addresses are not words: "…/cy/darpariaeth/powys-youth-service/" is not English text.
            // (A path on this site, as a build without SITE_URL prints it, is an address too.)
            const text = (node.textContent ?? '').replace(/(https?:\/\/|\/(en|cy)\/)\S*/g, '').trim();
            if (text && english.test(text)) out.push(text.slice(0, 80));
          }
          return out;
        });
      },
      { pages: sources, pattern: ENGLISH_WORDS.source },
    );
    expect(strays).toHaveLength(files.length);
    const found = new Map<string, string[]>();
    strays.forEach((stray, n) => {
      for (const text of stray) found.set(text, [...(found.get(text) ?? []), files[n] as string].slice(0, 2));
    });
    expect(Object.fromEntries(found)).toEqual({});
  });
}
