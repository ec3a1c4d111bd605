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

/** Fails with each violation's rule and the elements it found, so a failure says what to fix. */
export const expectNoAxeViolations = async (page: Page, where = page.url()): Promise<void> => {
  test.setTimeout(test.info().timeout + AXE_SCAN_MS);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(summarise(violations), `axe violations on ${where}`).toEqual([]);
};
