/**
 * Long lists as static pages: the browse, tier and area-by-tier lists show
 * PAGE_SIZE offers a page, so a page stays small at 100× the sample. Pure.
 */

/** Offers per page: a phone screen's worth of scrolling many times over, and about 30 KB of HTML. */
export const PAGE_SIZE = 50;

export interface Paged<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown, 0 and 0 when there are none. */
  from: number;
  to: number;
  total: number;
}

/** Page `page` (1-based) of the items. Throws for a page that does not exist: a path must never be built for one. */
export const paginate = <T>(items: readonly T[], page: number, size = PAGE_SIZE): Paged<T> => {
  const pages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new Error(`page ${page} does not exist (there are ${pages})`);
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page,
    pages,
    from: slice.length > 0 ? start + 1 : 0,
    to: start + slice.length,
    total: items.length,
  };
};

/** The page numbers after the first, for getStaticPaths: [2, 3, …]. */
export const laterPages = (count: number, size = PAGE_SIZE): number[] =>
  Array.from({ length: Math.max(0, Math.ceil(count / size) - 1) }, (_, i) => i + 2);

/**
 * Which page numbers a pager shows: the first, the last, and two either side of the
 * current one, with null for each gap ("1 … 4 5 6 7 8 … 20").
 */
export const pagerNumbers = (page: number, pages: number): (number | null)[] => {
  const shown = [...new Set([1, pages, ...[-2, -1, 0, 1, 2].map((d) => page + d)])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] as number) > 1 ? [null, n] : [n]));
};

/** A page's title: the list's, with "(Page 2 of 6)" after the first page. `pageLabel` words it in the page's language. */
export const pagedTitle = (
  title: string,
  paged: Pick<Paged<unknown>, 'page' | 'pages'>,
  pageLabel: (page: number, pages: number) => string,
): string => (paged.page === 1 ? title : `${title} (${pageLabel(paged.page, paged.pages)})`);
