/**
 * How each kind of provision looks on a map: a shape as well as a colour, so
 * colour is never the only signal. Used by the legend (rendered on the server)
 * and by the markers (drawn in the browser). Pure.
 */
import { KINDS, type Kind } from '../schema/vocabulary.ts';

export interface KindStyle {
  shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'star';
  /** Fill colour: each has at least 3:1 contrast with white and with the map's pale land colour. */
  colour: string;
  /** The shape in a 24 × 24 box. */
  svg: string;
}

export const KIND_STYLES: Record<Kind, KindStyle> = {
  course: { shape: 'circle', colour: '#1d5fa3', svg: '<circle cx="12" cy="12" r="9"/>' },
  apprenticeship: { shape: 'square', colour: '#00703c', svg: '<rect x="3.5" y="3.5" width="17" height="17"/>' },
  jgw: { shape: 'triangle', colour: '#a34700', svg: '<path d="M12 2.5 22.5 21h-21z"/>' },
  volunteering: { shape: 'diamond', colour: '#6f3c97', svg: '<path d="M12 1.5 22.5 12 12 22.5 1.5 12z"/>' },
  support: {
    shape: 'star',
    colour: '#b0175e',
    svg: '<path d="M12 1.5l3.1 6.6 7.2.8-5.4 4.9 1.5 7.2L12 17.3 5.6 21l1.5-7.2L1.7 8.9l7.2-.8z"/>',
  },
};

/** Every kind has a different shape and a different colour. */
export const stylesAreDistinct = (): boolean => {
  const shapes = new Set(KINDS.map((kind) => KIND_STYLES[kind].shape));
  const colours = new Set(KINDS.map((kind) => KIND_STYLES[kind].colour));
  return shapes.size === KINDS.length && colours.size === KINDS.length;
};

/** The kind's symbol as inline SVG markup, decorative (the text beside it or the marker's label names it). */
export const kindSymbol = (kind: Kind, size = 24): string => {
  const style = KIND_STYLES[kind];
  return `<svg class="kind-symbol kind-${kind}" width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><g fill="${style.colour}" stroke="#fff" stroke-width="2" stroke-linejoin="round">${style.svg}</g></svg>`;
};

/** WCAG relative luminance contrast between two #rrggbb colours. */
export const contrastRatio = (a: string, b: string): number => {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
