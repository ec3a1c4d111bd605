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
import { content } from './fixtures.ts';

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
