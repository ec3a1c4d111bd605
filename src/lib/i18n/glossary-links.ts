/**
 * The first use of a glossary word on a page links to its entry on the glossary page, in the
 * page's language. Applied to every built page by src/middleware.ts; pure, so it is tested on
 * its own. Only text inside <main> changes, never attributes, and never inside links, buttons,
 * headings, form labels, islands, scripts, or text marked with another language.
 */
import type { Locale } from './locales.ts';

interface Term {
  /** The glossary entry's anchor, or a function of the match (a tier's or level's number). */
  anchor: string | ((match: string) => string);
  /** Alternatives as regular expression source, longest first; matched whole words only, any case. */
  forms: string[];
}

const numbered = (prefix: string, whole: string) => (match: string) => {
  const n = /\d/.exec(match)?.[0];
  return n ? `${prefix}${n}` : whole;
};

/** A qualification level's entry: its number, or the entry level when the match names it (by `entryWord`). */
const levelAnchor = (entryWord: RegExp) => (match: string) =>
  entryWord.test(match) ? 'level-entry' : `level-${/\d/.exec(match)?.[0] ?? 'entry'}`;

/** The words, as the site writes them in each language (with the Welsh mutations they take after yn, o, i, drwy, at…). */
export const GLOSSARY_TERMS: Record<Locale, Term[]> = {
  en: [
    { anchor: numbered('tier-', 'tiers'), forms: ['tiers? [1-5]', 'tiers?'] },
    { anchor: 'jgw', forms: ['Jobs Growth Wales\\+', 'JGW\\+'] },
    { anchor: 'apprenticeships', forms: ['(?:Foundation|Higher|Degree) Apprenticeships?'] },
    { anchor: levelAnchor(/entry/i), forms: ['Level [1-8]', 'Entry level'] },
    { anchor: 'ema', forms: ['Education Maintenance Allowance', 'EMA'] },
    { anchor: 'lead-worker', forms: ['lead workers?'] },
    { anchor: 'careers-wales', forms: ['Careers Wales'] },
    { anchor: 'working-wales', forms: ['Working Wales'] },
    { anchor: 'epc', forms: ['Engagement and Progression Coordinators?', 'EPCs?'] },
  ],
  cy: [
    { anchor: numbered('tier-', 'tiers'), forms: ['haen [1-5]', 'haenau', 'haen'] },
    { anchor: 'jgw', forms: ['(?:T|D|Nh|Th)wf Swyddi Cymru\\+', 'TSC\\+'] },
    { anchor: 'apprenticeships', forms: ['(?:P|B|Mh|Ph)rentisiaeth(?:au)? (?:Sylfaen|Uwch|Gradd)'] },
    { anchor: levelAnchor(/mynediad/i), forms: ['[Ll]efel [1-8]', 'Lefel Mynediad'] },
    { anchor: 'ema', forms: ['Lwfans Cynhaliaeth Addysg', 'LCA'] },
    { anchor: 'lead-worker', forms: ['(?:ng|g)?weith(?:iwr|wyr) arweiniol'] },
    { anchor: 'careers-wales', forms: ['(?:Gyrfa|Yrfa|Ngyrfa) Cymru'] },
    { anchor: 'working-wales', forms: ["(?:Cymru|Gymru|Nghymru|Chymru)[’']n Gweithio"] },
    { anchor: 'epc', forms: ['(?:C|G|Ngh|Ch)ydgysyllt(?:ydd|wyr) Ymgysylltiad a Chynnydd'] },
  ],
};

/** Elements whose text is never linked: already interactive, a heading or label, an island React hydrates, or not prose. */
const SKIP = new Set([
  'a',
  'button',
  'label',
  'summary',
  'option',
  'select',
  'textarea',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dfn',
  'abbr',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'code',
  'title',
  'astro-island',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The page's HTML with the first use of each glossary entry linked, inside <main> only.
 * `glossaryPath` is the glossary page in the page's language.
 */
export const linkFirstUses = (html: string, lang: Locale, glossaryPath: string): string => {
  const terms = GLOSSARY_TERMS[lang];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map((term, i) => `(?<t${i}>${term.forms.join('|')})`).join('|')})(?![\\p{L}\\p{N}+])`,
    'giu',
  );
  const used = new Set<string>();
  const stack: { name: string; skip: boolean }[] = [];
  let inMain = false;
  let skipping = 0;
  const link = (text: string) =>
    text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const groups = rest.at(-1) as Record<string, string | undefined>;
      const index = terms.findIndex((_, i) => groups[`t${i}`] !== undefined);
      const term = terms[index];
      if (!term) return match;
      const anchor = typeof term.anchor === 'string' ? term.anchor : term.anchor(match);
      if (used.has(anchor)) return match;
      used.add(anchor);
      return `<a class="glossary-term" href="${escapeAttribute(`${glossaryPath}#${anchor}`)}">${match}</a>`;
    });
  return (
    html
      // A tag runs to the first ">" outside quotes: an attribute value may hold one.
      .split(/(<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')+>)/)
      .map((part) => {
        if (part.startsWith('<!--')) return part;
        if (part.startsWith('<')) {
          const closing = /^<\/([a-zA-Z][\w-]*)/.exec(part);
          if (closing) {
            const name = (closing[1] as string).toLowerCase();
            if (name === 'main') inMain = false;
            // Close up to the matching element (HTML allows some end tags to be left out).
            const at = stack.map((entry) => entry.name).lastIndexOf(name);
            if (at >= 0) for (const entry of stack.splice(at)) if (entry.skip) skipping--;
            return part;
          }
          const opening = /^<([a-zA-Z][\w-]*)/.exec(part);
          if (!opening) return part;
          const name = (opening[1] as string).toLowerCase();
          if (name === 'main') inMain = true;
          if (VOID.has(name) || part.endsWith('/>')) return part;
          const marked = /\slang="([^"]*)"/.exec(part)?.[1];
          const skip =
            SKIP.has(name) || (marked !== undefined && marked !== lang) || /\sdata-no-glossary(?:=|\s|>)/.test(part);
          stack.push({ name, skip });
          if (skip) skipping++;
          return part;
        }
        return inMain && skipping === 0 && part.trim() !== '' ? link(part) : part;
      })
      .join('')
  );
};
