/** One accessibility check for every end-to-end spec: axe with one set of WCAG tags, up to 2.2 AA. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * Time added to the running test for each scan. Alone, axe takes up to 14 s on the largest pages
 * (the map, the gap pages); on a busy 2-CPU machine with a build running beside it, two or three
 * times that. The test's own budget covers the rest of its work.
 */
export const AXE_SCAN_MS = 60_000;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const summarise = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

/**
 * Search results use `content-visibility: auto`: the browser skips drawing cards off screen until
 * they are scrolled to. axe measures targets and colours from what is drawn, so it misjudges
 * skipped content (axe-core issue 2768). Everything is drawn for the scan, as it is once scrolled to.
 */
const drawEverything = (page: Page) =>
  page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });

/** Fails with each violation's rule and the elements it found, so a failure says what to fix. */
export const expectNoAxeViolations = async (page: Page, where = page.url()): Promise<void> => {
  test.setTimeout(test.info().timeout + AXE_SCAN_MS);
  await drawEverything(page);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(summarise(violations), `axe violations on ${where}`).toEqual([]);
};
