/**
 * Welsh as a Welsh speaker writes it, checked on the built pages: on every area's Welsh page,
 * the area's name follows "yn" and "o" mutated ("yng Nghaerdydd", "Map o Gaerdydd"), never
 * glued on as it stands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { withWord } from '../../src/lib/i18n/mutate.ts';
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
    const html = readFileSync(join('dist', pathFor('cy', { route: 'detail', params: { id: entry.id } }), 'index.html'), 'utf8');
    for (const venue of entry.venues) {
      const expected = venue.nameCy ? `<span>${escapeHtml(venue.nameCy)}</span>` : `<span lang="en">${escapeHtml(venue.name)}</span>`;
      if (!html.includes(expected)) problems.push(`${entry.id}: ${expected}`);
    }
  }
  expect(problems).toEqual([]);
  // The sample gives every venue a Welsh name.
  expect(live.flatMap((entry) => entry.venues).every((venue) => venue.nameCy)).toBe(true);
});

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
