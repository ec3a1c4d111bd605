/** Long lists as static pages of PAGE_SIZE: which items each page holds, which pages exist, and what the pager shows. */
import { describe, expect, it } from 'vitest';
import { listPage, pageForPath, pathFor } from '../../src/lib/i18n/routes.ts';
import { laterPages, PAGE_SIZE, pagedTitle, pagerNumbers, paginate } from '../../src/lib/pages/paging.ts';

const items = Array.from({ length: 123 }, (_, i) => i + 1);

describe('paging', () => {
  it('cuts a list into pages of 50, saying which items each shows', () => {
    expect(PAGE_SIZE).toBe(50);
    expect(paginate(items, 1)).toMatchObject({ page: 1, pages: 3, from: 1, to: 50, total: 123 });
    const last = paginate(items, 3);
    expect(last).toMatchObject({ from: 101, to: 123 });
    expect(last.items).toEqual(items.slice(100));
  });

  it('gives an empty list one empty page, and refuses a page that does not exist', () => {
    expect(paginate([], 1)).toMatchObject({ items: [], pages: 1, from: 0, to: 0, total: 0 });
    expect(() => paginate(items, 4)).toThrow('page 4 does not exist (there are 3)');
    expect(() => paginate(items, 0)).toThrow('page 0 does not exist');
  });

  it('lists the pages after the first, for their own paths', () => {
    expect(laterPages(123)).toEqual([2, 3]);
    expect(laterPages(50)).toEqual([]);
    expect(laterPages(0)).toEqual([]);
  });

  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 20, [1, 2, 3, null, 20]],
    [10, 20, [1, null, 8, 9, 10, 11, 12, null, 20]],
    [19, 20, [1, null, 17, 18, 19, 20]],
  ])('page %i of %i shows %j', (page, pages, shown) => {
    expect(pagerNumbers(page, pages)).toEqual(shown);
  });

  it('reads page paths back, and never a page 1 or 01 path (page 1 is the list itself)', () => {
    expect(pageForPath('/cy/haenau/2/tudalen/3/')).toEqual({
      lang: 'cy',
      page: { route: 'tierPage', params: { tier: 2, page: 3 } },
    });
    expect(pageForPath('/en/provision/page/1/')).toBeNull();
    expect(pageForPath('/en/provision/page/02/')).toBeNull();
  });

  it('names each page of a list: the list itself first, then its /page/n route, titled with the page', () => {
    const first = { route: 'areaTier' as const, params: { slug: 'conwy', tier: 2 as const } };
    expect(listPage(first, 1)).toBe(first);
    expect(pathFor('cy', listPage(first, 3))).toBe('/cy/ardaloedd/conwy/haenau/2/tudalen/3/');
    const label = (page: number, pages: number) => `Page ${page} of ${pages}`;
    expect(pagedTitle('All options', { page: 1, pages: 6 }, label)).toBe('All options');
    expect(pagedTitle('All options', { page: 2, pages: 6 }, label)).toBe('All options (Page 2 of 6)');
  });
});
