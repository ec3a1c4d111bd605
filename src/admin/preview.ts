/**
 * The editor's preview of a provision record: the card the site shows, in English and in Welsh,
 * with the professional view's facts, drawn from the site's one card model (src/lib/cards) and
 * its one view (card-view.ts), not a second template. A record that is not yet valid shows what
 * is wrong, in the validator's words, instead. Browser code.
 */

import { viewToDom } from '../browser/view-dom.ts';
import cy from '../dictionaries/cy.json';
import en from '../dictionaries/en.json';
import { cardModel } from '../lib/cards/card.ts';
import { cardView } from '../lib/cards/card-view.ts';
import { recordProblems } from '../lib/cms/checks.ts';
import { recordOf } from '../lib/cms/format.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { detailPathTemplate } from '../lib/i18n/routes.ts';
import { createTranslator, type Dictionary } from '../lib/i18n/translate.ts';
import type { Provision, ProvisionData } from '../lib/schema/schema.ts';
import { provisionSchema } from '../lib/schema/schema.ts';
import type { Region } from '../lib/schema/vocabulary.ts';
import { subjectLabels } from '../lib/search/build-index.ts';
import { type IndexContext, toSearchDoc } from '../lib/search/fields.ts';
import { decap, type PreviewProps, plain } from './decap.ts';
import type { Places } from './places.ts';

/** What the preview needs of the other records: providers' and areas' names (admin/data.json). */
export interface AdminData {
  providers: Record<string, { en: string; cy: string }>;
  areas: Record<string, { name: { en: string; cy: string }; region: Region }>;
}

const DICTIONARIES: Record<Locale, Dictionary> = { en, cy };
const translators = { en: createTranslator(DICTIONARIES, 'en'), cy: createTranslator(DICTIONARIES, 'cy') };

const contextOf = (data: AdminData, places: Places | null): IndexContext => {
  const welsh = new Map((places?.asset.places ?? []).map((row) => [row[0], row[1]]));
  return {
    providerName: (id) => data.providers[id] ?? { en: id, cy: id },
    area: (id) => data.areas[id],
    subjectLabels: (entry) => subjectLabels(entry, [translators.en, translators.cy]),
    welshTown: (town) => welsh.get(town) ?? town,
  };
};

const today = () => new Date().toISOString().slice(0, 10);

/** The record's data as the file will hold it: without the file's text the editor carries. */
const recordData = (entry: PreviewProps['entry']): Record<string, unknown> => {
  return recordOf((plain(entry.get('data')) ?? {}) as Record<string, unknown>);
};

/** The preview's content, as DOM: two cards, or the problems still to put right. */
export const previewNodes = (
  raw: Record<string, unknown>,
  id: string,
  data: AdminData,
  places: Places | null,
): HTMLElement => {
  const root = document.createElement('div');
  root.className = 'llw-preview';
  const kind = String(raw.kind ?? '');
  const problems = recordProblems(`provision:${kind}`, raw, today());
  if (problems.length > 0) {
    const heading = document.createElement('h2');
    heading.textContent = 'Not ready to publish yet · Ddim yn barod i’w gyhoeddi eto';
    const list = document.createElement('ul');
    list.className = 'llw-problems';
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    root.append(heading, list);
    return root;
  }
  const entry = { ...(provisionSchema.parse(raw) as ProvisionData), id } as Provision;
  const doc = toSearchDoc(entry, contextOf(data, places));
  for (const lang of ['en', 'cy'] as const) {
    const section = document.createElement('section');
    section.lang = lang;
    section.className = 'llw-preview-lang';
    const heading = document.createElement('h2');
    heading.textContent = lang === 'en' ? 'In English' : 'Yn Gymraeg';
    const card = cardModel(doc, translators[lang], {
      detailPath: detailPathTemplate(lang),
      areaName: (area) => data.areas[area]?.name[lang] ?? area,
      pro: true,
      today: today(),
    });
    const list = document.createElement('ul');
    list.className = 'cards';
    list.append(viewToDom(cardView(card, 'h3')));
    const summary = document.createElement('p');
    const text = entry.summary[lang] ?? entry.summary.en;
    summary.textContent = text;
    if (lang === 'cy' && entry.summary.cy === undefined) summary.lang = 'en';
    section.append(heading, list, summary);
    root.append(section);
  }
  return root;
};

/** The preview template for a provision collection. */
export const provisionPreview = (load: () => Promise<{ data: AdminData; places: Places | null }>) => {
  const { h, createClass } = decap();
  return createClass({
    getInitialState() {
      return { ready: null as { data: AdminData; places: Places | null } | null };
    },
    componentDidMount(this: { setState: (state: Record<string, unknown>) => void; draw: () => void }) {
      void load().then((ready) => this.setState({ ready }));
      this.draw();
    },
    componentDidUpdate(this: { draw: () => void }) {
      this.draw();
    },
    draw(this: {
      props: PreviewProps;
      state: { ready: { data: AdminData; places: Places | null } | null };
      node?: HTMLElement | null;
    }) {
      const node = this.node;
      if (!node || !this.state.ready) return;
      const { data, places } = this.state.ready;
      node.replaceChildren(
        previewNodes(recordData(this.props.entry), String(this.props.entry.get('slug') ?? 'new'), data, places),
      );
    },
    render(this: { node?: HTMLElement | null }) {
      return h('div', {
        ref: (node: HTMLElement | null) => {
          this.node = node;
        },
      });
    },
  });
};
