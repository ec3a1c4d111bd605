/**
 * Waiting for the map to stop moving, instead of a fixed sleep: no zoom, pan or cluster animation
 * on its pane, and the same bounds two frames apart (Leaflet starts a zoom a frame after the click
 * that asks for it, so one look is not enough).
 */
import { expect, type Page } from '@playwright/test';

export const mapSettled = async (page: Page): Promise<void> => {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string>((done) => {
              const look = () => {
                const map = document.querySelector('#map');
                const pane = map?.querySelector('.leaflet-map-pane');
                return {
                  busy: !pane || /leaflet-(zoom|pan|cluster)-anim/.test(pane.className),
                  bounds: map?.getAttribute('data-bounds') ?? '',
                };
              };
              const first = look();
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const second = look();
                  done(!first.busy && !second.busy && first.bounds === second.bounds ? 'still' : 'moving');
                }),
              );
            }),
        ),
      { timeout: 15_000 },
    )
    .toBe('still');
};
