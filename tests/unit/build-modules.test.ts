import { beforeAll, describe, expect, it } from 'vitest';
import {
  entryModules,
  lexerReady,
  moduleClosure,
  staticImports,
  withModulePreload,
} from '../../src/lib/build/modules.ts';

beforeAll(() => lexerReady);

describe('staticImports', () => {
  it('finds static imports and re-exports, in order, and leaves import() and import.meta out', () => {
    const code =
      'import{a as b}from"./one.js";import"./two.js";import*as c from"./three.js";export{d}from"./four.js";' +
      'const lazy=()=>import("./lazy.js");console.log(import.meta.url, "import \\"./in-a-string.js\\"");';
    expect(staticImports(code)).toEqual(['./one.js', './two.js', './three.js', './four.js']);
  });

  it('finds nothing in a module without imports', () => {
    expect(staticImports('export const x = 1;')).toEqual([]);
  });
});

describe('entryModules', () => {
  it('names module scripts and island components and renderers, not classic scripts or other hosts', () => {
    const html = [
      '<script type="module" src="/_astro/page.js"></script>',
      '<script src="/classic.js"></script>',
      '<script type="module" src="//cdn.example/x.js"></script>',
      '<astro-island component-url="/_astro/App.js" renderer-url="/_astro/client.js"></astro-island>',
      '<script type="module">inline()</script>',
    ].join('');
    expect(entryModules(html)).toEqual(['/_astro/page.js', '/_astro/App.js', '/_astro/client.js']);
  });
});

describe('moduleClosure', () => {
  const files: Record<string, string> = {
    '/_astro/page.js': 'import"./a.js";import{b}from"./b.js";const m=()=>import("./lazy.js");',
    '/_astro/a.js': 'import{c}from"./c.js";import"react";',
    '/_astro/b.js': 'import{c}from"./c.js";import"../shared/d.js";',
    '/_astro/c.js': 'import"./page.js";export const c=1;',
    '/shared/d.js': 'export const d=1;',
    '/_astro/lazy.js': 'import"./never.js";',
  };
  const read = (path: string) => files[path] ?? null;

  it('follows static imports to the end, once each, without the entries, import() or bare names', () => {
    expect(moduleClosure(['/_astro/page.js'], read)).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/c.js',
      '/shared/d.js',
    ]);
  });

  it('passes over a file that is not there', () => {
    expect(moduleClosure(['/_astro/missing.js'], read)).toEqual([]);
  });
});

describe('withModulePreload', () => {
  const page = '<html><head><title>x</title></head><body></body></html>';

  it('links each module at the end of the head', () => {
    expect(withModulePreload(page, ['/_astro/a.js', '/_astro/b.js'])).toBe(
      '<html><head><title>x</title><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js"></head><body></body></html>',
    );
  });

  it('adds nothing twice, and leaves a page with nothing to add as it was', () => {
    const once = withModulePreload(page, ['/_astro/a.js']);
    expect(withModulePreload(once, ['/_astro/a.js'])).toBe(once);
    expect(withModulePreload(page, [])).toBe(page);
  });

  it('writes a path with markup characters as text in the attribute', () => {
    expect(withModulePreload(page, ['/_astro/a"><script>.js'])).toContain('href="/_astro/a&quot;>&lt;script>.js"');
  });
});
