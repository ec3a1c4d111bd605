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

export interface AxeOptions {
  /**
   * Elements left out of the target-size rule (WCAG 2.5.8) only, under the criterion's
   * "equivalent" exception: the same function is on the page through a control of full size.
   * Every other rule still checks them.
   */
  targetSizeEquivalent?: string;
}

/** Fails with each violation's rule and the elements it found, so a failure says what to fix. */
export const expectNoAxeViolations = async (page: Page, where = page.url(), options: AxeOptions = {}): Promise<void> => {
  test.setTimeout(test.info().timeout + AXE_SCAN_MS * (options.targetSizeEquivalent ? 2 : 1));
  const violations = (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.filter(
    (violation) => !(options.targetSizeEquivalent && violation.id === 'target-size'),
  );
  if (options.targetSizeEquivalent) {
    const targetSize = await new AxeBuilder({ page }).withRules(['target-size']).exclude(options.targetSizeEquivalent).analyze();
    violations.push(...targetSize.violations);
  }
  expect(summarise(violations), `axe violations on ${where}`).toEqual([]);
};
