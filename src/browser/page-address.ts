/**
 * The page's own address where pages name it for a reader: the printed footer ("Printed from"),
 * and the Page line of the mistake email. The build writes the address under SITE_URL, or only
 * the path when SITE_URL is unset (lib/environment.ts, publicUrl); here the browser puts in the
 * address the page was opened at, with its query (My options' ?ids= included). Browser code.
 */
export const fillPageAddress = (): void => {
  const here = window.location.href.split('#')[0] ?? window.location.href;
  for (const node of document.querySelectorAll<HTMLElement>('[data-page-address]')) node.textContent = here;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-report-page]')) {
    const written = encodeURIComponent(link.dataset.reportPage ?? '');
    const page = encodeURIComponent(window.location.origin + window.location.pathname);
    if (written && link.href.includes(written)) link.href = link.href.replace(written, page);
  }
};
