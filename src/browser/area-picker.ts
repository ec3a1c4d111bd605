/**
 * Progressive enhancement for the home page's area picker: go straight to the chosen area.
 * Without JavaScript the stylesheet hides the form and the page lists the areas as links.
 * A bundled file rather than an inline script, so the page's Content-Security-Policy needs
 * no 'unsafe-inline'.
 */
document.querySelector<HTMLFormElement>('[data-area-picker]')?.addEventListener('submit', (event) => {
  const select = (event.currentTarget as HTMLFormElement).querySelector('select');
  if (select?.value) {
    event.preventDefault();
    window.location.assign(select.value);
  }
});
