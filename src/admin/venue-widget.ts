/**
 * The editor's venue widget: a venue's names, its town and point found from a town or postcode
 * district of the reference gazetteer (places.ts) or entered by hand, and the area that point
 * falls in. Checked with the venue schema, in the validator's words. Browser code, drawn with
 * Decap's own React (decap.ts).
 */
import { fieldProblem } from '../lib/cms/checks.ts';
import type { CmsField } from '../lib/cms/fields.ts';
import { decap, type H, plain, type WidgetProps } from './decap.ts';
import { findPlace, type Places } from './places.ts';
import { compact, valid } from './widgets.ts';

type Venue = Record<string, string | number | boolean | undefined> & {
  name?: string | undefined;
  nameCy?: string | undefined;
  town?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  postcodeDistrict?: string | undefined;
  acrossBorder?: boolean | undefined;
};

/** A number written in full ("53.28", "-3.8"); anything else ("53,28", "53.", "-") is not one yet. */
const number = (text: string): number | undefined =>
  /^\s*-?\d+(?:\.\d+)?\s*$/.test(text) ? Number.parseFloat(text) : undefined;

interface BlockProps {
  venue: Venue;
  /** The venue's fields as the configuration lists them (made from the venue schema), so a field added there appears here. */
  fields: CmsField[];
  forID: string;
  classNameWrapper: string;
  index: number;
  onChange: (venue: Venue) => void;
  onRemove: () => void;
  places: () => Promise<Places>;
}

/** One venue: its names, its town and point found from the gazetteer or typed, and the area that point is in. */
let venueBlock: unknown;
const venueBlockClass = () => {
  const { h, createClass } = decap();
  venueBlock ??= createClass({
    getInitialState() {
      return { query: '', message: '', drafts: {} };
    },
    render(this: {
      props: BlockProps;
      state: { query: string; message: string; drafts: Record<string, string> };
      setState: (state: Record<string, unknown>) => void;
    }) {
      const props = this.props;
      const { venue, fields, places } = props;
      const set = (change: Partial<Venue>) => props.onChange(compact({ ...venue, ...change }) as Venue);
      const id = (name: string) => `${props.forID}-${props.index}-${name}`;
      const input = (field: CmsField) => {
        const name = field.name as keyof Venue;
        const label = `${field.label}${field.required ? '' : ' (optional · dewisol)'}`;
        if (field.widget === 'boolean')
          return h(
            'div',
            { className: 'llw-venue-field llw-check', key: name },
            h('input', {
              id: id(name),
              type: 'checkbox',
              checked: venue[name] === true,
              onChange: (event: Event) => set({ [name]: (event.target as HTMLInputElement).checked || undefined }),
            }),
            h('label', { htmlFor: id(name) }, label),
          );
        const numeric = field.widget === 'number';
        return h(
          'div',
          { className: 'llw-venue-field', key: name },
          h('label', { htmlFor: id(name) }, label),
          h('input', {
            id: id(name),
            className: `${props.classNameWrapper} llw-input`,
            // A number being typed ("53.", "-") is kept as typed until it is a number; the record holds the number.
            value:
              numeric && this.state.drafts?.[name] !== undefined
                ? this.state.drafts[name]
                : venue[name] === undefined
                  ? ''
                  : String(venue[name]),
            ...(numeric ? { inputMode: 'decimal' } : {}),
            // A name's language, for a screen reader and the spelling checker.
            ...(name === 'name' ? { lang: 'en' } : name.endsWith('Cy') ? { lang: 'cy' } : {}),
            onChange: (event: Event) => {
              const text = (event.target as HTMLInputElement).value;
              if (numeric) this.setState({ drafts: { ...this.state.drafts, [name]: text } });
              set({ [name]: numeric ? number(text) : text });
            },
          }),
        );
      };
      const names = fields.filter((field) => field.name === 'name' || field.name.endsWith('Cy'));
      const rest = fields.filter((field) => !names.includes(field));
      const find = async () => {
        const loaded = await places().catch(() => null);
        if (loaded === null) {
          this.setState({
            message:
              'The list of place names could not be loaded; enter the point by hand. · Methwyd llwytho’r rhestr enwau lleoedd; rhowch y pwynt â llaw.',
          });
          return;
        }
        const found = findPlace(loaded, this.state.query);
        if (found === null) {
          this.setState({
            message: `No town or postcode district called “${this.state.query}” in the gazetteer; enter the point by hand. · Dim tref nac ardal cod post o’r enw “${this.state.query}” yn y rhestr enwau lleoedd; rhowch y pwynt â llaw.`,
          });
          return;
        }
        this.setState({ drafts: {} });
        set({
          town: found.town,
          lat: found.lat,
          lon: found.lon,
          // A town found clears a district found before: a district is kept only with its own point.
          postcodeDistrict: found.postcodeDistrict,
        });
        this.setState({ message: '' });
      };
      return h(
        'fieldset',
        { className: 'llw-venue' },
        h('legend', null, `Venue ${props.index + 1} · Lleoliad ${props.index + 1}`),
        ...names.map(input),
        h(
          'div',
          { className: 'llw-finder' },
          h(
            'label',
            { htmlFor: id('find') },
            'Find the point from a town or postcode district · Dod o hyd i’r pwynt o dref neu ardal cod post',
          ),
          h(
            'div',
            { className: 'llw-finder-row' },
            h('input', {
              id: id('find'),
              className: 'llw-input',
              value: this.state.query,
              placeholder: 'Conwy, LL32',
              onChange: (event: Event) => this.setState({ query: (event.target as HTMLInputElement).value }),
              onKeyDown: (event: KeyboardEvent) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void find();
                }
              },
            }),
            h('button', { type: 'button', className: 'llw-button', onClick: () => void find() }, 'Find · Canfod'),
          ),
          this.state.message ? h('p', { className: 'llw-message', role: 'alert' }, this.state.message) : null,
        ),
        ...rest.map(input),
        h(areaLineClass(), { key: 'area', lat: venue.lat, lon: venue.lon, places }),
        h(
          'button',
          { type: 'button', className: 'llw-button llw-remove', onClick: props.onRemove },
          `Remove venue ${props.index + 1} · Tynnu lleoliad ${props.index + 1}`,
        ),
      );
    },
  });
  return venueBlock;
};

/**
 * The venues of a record, as one widget: Decap's list widget hands an object item to a custom
 * widget as nothing (it looks up the item's own field name inside it), so the list is ours too.
 */
export const venuesWidget = (places: () => Promise<Places>) => {
  const { h, createClass } = decap();
  return createClass({
    isValid(this: { props: WidgetProps }) {
      const venues = (plain(this.props.value) ?? []) as Venue[];
      for (const [i, venue] of venues.entries()) {
        const problem = fieldProblem('venue', '', compact(venue));
        if (problem !== null) return valid(`venues[${i}].${problem}`);
      }
      return true;
    },
    render(this: { props: WidgetProps }) {
      const props = this.props;
      const venues = (plain(props.value) ?? []) as Venue[];
      const fields = (plain(props.field.get('fields')) ?? []) as CmsField[];
      const change = (next: Venue[]) => props.onChange(next);
      return h(
        'div',
        { className: 'llw-venues', id: props.forID },
        ...venues.map((venue, index) =>
          h(venueBlockClass(), {
            key: index,
            venue,
            fields,
            index,
            forID: props.forID,
            classNameWrapper: props.classNameWrapper,
            places,
            onChange: (next: Venue) => change(venues.map((old, i) => (i === index ? next : old))),
            onRemove: () => change(venues.filter((_, i) => i !== index)),
          }),
        ),
        h(
          'button',
          {
            type: 'button',
            className: 'llw-button',
            onClick: () => change([...venues, {}]),
          },
          'Add a venue · Ychwanegu lleoliad',
        ),
      );
    },
  });
};

/** Which area the point is in, said as soon as it is known. */
let areaLine: unknown;
const areaLineClass = () => {
  const { h, createClass } = decap();
  areaLine ??= createClass({
    getInitialState() {
      return { text: '' };
    },
    componentDidMount(this: { update: () => void }) {
      this.update();
    },
    componentDidUpdate(
      this: { update: () => void; props: { lat?: number; lon?: number } },
      previous: { lat?: number; lon?: number },
    ) {
      if (previous.lat !== this.props.lat || previous.lon !== this.props.lon) this.update();
    },
    async update(this: {
      props: { lat?: number; lon?: number; places: () => Promise<Places> };
      setState: (state: Record<string, unknown>) => void;
    }) {
      const { lat, lon } = this.props;
      if (lat === undefined || lon === undefined) {
        this.setState({ text: '' });
        return;
      }
      const loaded = await this.props.places().catch(() => null);
      if (loaded === null) {
        this.setState({ text: '' });
        return;
      }
      const area = loaded.areaAt({ lat, lon });
      this.setState({
        text: area
          ? `Area: ${area.en} · Ardal: ${area.cy}`
          : 'This point is in no Welsh area: across the border or at sea · Dydy’r pwynt hwn ddim mewn unrhyw ardal yng Nghymru: dros y ffin neu ar y môr',
      });
    },
    render(this: { state: { text: string } }) {
      return (h as H)('p', { className: 'llw-area', role: 'status', 'aria-live': 'polite' }, this.state.text);
    },
  });
  return areaLine;
};
