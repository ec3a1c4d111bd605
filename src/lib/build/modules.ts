/**
 * The JavaScript modules a built page loads before it can run: its module scripts and islands,
 * and every module those import statically, followed to the end. A browser finds each level of
 * imports only once it has the level above, one round trip each; naming them all in the page
 * (<link rel="modulepreload">) lets it fetch and compile them side by side. Imports made with
 * import() are left out: those are fetched when needed, on purpose. Build-time code.
 */
import { init, parse } from 'es-module-lexer';

/** Made ready once, before the first parse (the lexer is WebAssembly). */
export const lexerReady: Promise<void> = init;

/** The specifiers a module imports statically (import and export … from), in source order. */
export const staticImports = (code: string): string[] => {
  const [imports] = parse(code);
  // d is -1 for a static import, -2 for import.meta and the start of the call for import().
  return imports.flatMap((entry) => (entry.d === -1 && entry.n ? [entry.n] : []));
};

/** The site paths of the entry modules a page names: module scripts, and Astro islands' components and renderers. */
export const entryModules = (html: string): string[] => {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    found.add(match[1] as string);
  for (const match of html.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) found.add(match[1] as string);
  return [...found].filter((path) => path.startsWith('/') && !path.startsWith('//'));
};

/**
 * Every module the entries import statically, followed (site paths, the entries themselves left out), in the
 * order they are found. `read` gives a module's code by site path, or null when the file is not there.
 */
export const moduleClosure = (entries: readonly string[], read: (path: string) => string | null): string[] => {
  const seen = new Set(entries);
  const found: string[] = [];
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const code = read(path);
    if (code === null) continue;
    for (const specifier of staticImports(code)) {
      // Chunks import each other by relative path; a bare name or another host is not a file of the site.
      if (!/^\.\.?\//.test(specifier) && !specifier.startsWith('/')) continue;
      const target = new URL(specifier, `https://site.invalid${path}`).pathname;
      if (seen.has(target)) continue;
      seen.add(target);
      found.push(target);
      queue.push(target);
    }
  }
  return found;
};

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page with a modulepreload link for each of `modules` it does not link already, at the end of its head. */
export const withModulePreload = (html: string, modules: readonly string[]): string => {
  const linked = new Set(
    [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]),
  );
  const links = modules
    .filter((path) => !linked.has(attribute(path)))
    .map((path) => `<link rel="modulepreload" href="${attribute(path)}">`)
    .join('');
  const end = html.indexOf('</head>');
  return links === '' || end < 0 ? html : `${html.slice(0, end)}${links}${html.slice(end)}`;
};
