/**
 * The editor's own widgets, for values the CMS has no widget for:
 * - `bilingual`: English and Welsh side by side, checked with the validator's own rules;
 * - `starts`: september, rolling, or a list of dates (YYYY-MM-DD);
 * - `venue`: a venue found from a town or postcode district of the reference gazetteer, or
 *   entered by hand, with the area its point falls in.
 * Each reports problems in the validator's words (src/lib/cms/checks.ts). Browser code, drawn with
 * Decap's own React (decap.ts).
 */
import { fieldProblem } from '../lib/cms/checks.ts';
import { decap, type H, plain, type WidgetProps } from './decap.ts';
import { type Found, findPlace, type Places } from './places.ts';

type Text = { en?: string; cy?: string };

const valid = (problem: string | null) => (problem === null ? true : { error: { message: problem } });

/** A value without its empty keys, as the file will hold it. */
const compact = <T extends Record<string, unknown>>(value: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(value).filter(([, inner]) => inner !== undefined && inner !== null && inner !== ''),
  ) as Partial<T>;

const fieldText = (props: WidgetProps, key: string): string => String(props.field.get(key) ?? '');

/** English and Welsh, side by side, each marked with its language. */
export const bilingualWidget = () => {
  const { h, createClass } = decap();
  return createClass({
    isValid(this: { props: WidgetProps }) {
      const value = compact((plain(this.props.value) ?? {}) as Text);
      if (Object.keys(value).length === 0 && this.props.field.get('required') === false) return true;
      return valid(fieldProblem(fieldText(this.props, 'schema'), fieldText(this.props, 'path'), value));
    },
    render(this: { props: WidgetProps }) {
      const props = this.props;
      const value = (plain(props.value) ?? {}) as Text;
      const languages = (plain(props.field.get('languages')) ?? { en: true, cy: false }) as {
        en: boolean;
        cy: boolean;
      };
      const multiline = props.field.get('multiline') === true;
      const box = (lang: 'en' | 'cy', name: string, required: boolean) =>
        h(
          'div',
          { className: 'llw-lang', key: lang },
          h(
            'label',
            { htmlFor: lang === 'en' ? props.forID : `${props.forID}-cy`, lang, className: 'llw-lang-name' },
            name,
            required ? '' : h('span', { className: 'llw-optional' }, lang === 'en' ? ' (optional)' : ' (dewisol)'),
          ),
          h(multiline ? 'textarea' : 'input', {
            id: lang === 'en' ? props.forID : `${props.forID}-cy`,
            lang,
            className: `${props.classNameWrapper} llw-input`,
            rows: multiline ? 4 : undefined,
            value: value[lang] ?? '',
            onFocus: props.setActiveStyle,
            onBlur: props.setInactiveStyle,
            onChange: (event: Event) =>
              props.onChange(compact({ ...value, [lang]: (event.target as HTMLInputElement).value })),
          }),
        );
      return h(
        'div',
        { className: 'llw-bilingual', 'data-path': fieldText(props, 'path') },
        box('en', 'English', languages.en),
        box('cy', 'Cymraeg', languages.cy),
      );
    },
  });
};

const STARTS = [
  { value: 'september', label: 'September · Medi' },
  { value: 'rolling', label: 'Any time (rolling) · Unrhyw bryd (treigl)' },
  { value: 'dates', label: 'On set dates · Ar ddyddiadau penodol' },
] as const;

/** September, rolling, or dates. */
export const startsWidget = () => {
  const { h, createClass } = decap();
  return createClass({
    isValid(this: { props: WidgetProps }) {
      return valid(
        fieldProblem(fieldText(this.props, 'schema'), fieldText(this.props, 'path'), plain(this.props.value)),
      );
    },
    render(this: { props: WidgetProps }) {
      const props = this.props;
      const value = plain(props.value) as string | { dates?: string[] } | undefined;
      const choice = typeof value === 'string' ? value : value === undefined || value === null ? '' : 'dates';
      const dates = typeof value === 'object' && value !== null ? (value.dates ?? []) : [];
      const setDates = (next: string[]) => props.onChange({ dates: next });
      return h(
        'div',
        { className: 'llw-starts', 'data-path': fieldText(props, 'path') },
        h(
          'select',
          {
            id: props.forID,
            className: props.classNameWrapper,
            value: choice,
            onChange: (event: Event) => {
              const picked = (event.target as HTMLSelectElement).value;
              props.onChange(picked === 'dates' ? { dates: dates.length > 0 ? dates : [''] } : picked || undefined);
            },
          },
          h('option', { value: '' }, '—'),
          ...STARTS.map((option) => h('option', { key: option.value, value: option.value }, option.label)),
        ),
        choice === 'dates'
          ? h(
              'ol',
              { className: 'llw-dates' },
              ...dates.map((date, i) =>
                h(
                  'li',
                  { key: i },
                  h('input', {
                    type: 'date',
                    value: date,
                    'aria-label': `Start date ${i + 1} · Dyddiad dechrau ${i + 1}`,
                    onChange: (event: Event) =>
                      setDates(dates.map((old, j) => (j === i ? (event.target as HTMLInputElement).value : old))),
                  }),
                  h(
                    'button',
                    { type: 'button', onClick: () => setDates(dates.filter((_, j) => j !== i)) },
                    'Remove · Tynnu',
                  ),
                ),
              ),
              h(
                'li',
                { key: 'add' },
                h(
                  'button',
                  { type: 'button', onClick: () => setDates([...dates, '']) },
                  'Add a date · Ychwanegu dyddiad',
                ),
              ),
            )
          : null,
      );
    },
  });
};

interface Venue {
  name?: string | undefined;
  nameCy?: string | undefined;
  town?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  postcodeDistrict?: string | undefined;
  acrossBorder?: boolean | undefined;
}

const number = (text: string): number | undefined => {
  const value = Number.parseFloat(text);
  return Number.isFinite(value) ? value : undefined;
};

/** A venue: its names, its town and point found from the gazetteer or typed, and the area that point is in. */
export const venueWidget = (places: () => Promise<Places>) => {
  const { h, createClass } = decap();
  return createClass({
    getInitialState() {
      return { query: '', found: null as Found | null, message: '' };
    },
    isValid(this: { props: WidgetProps }) {
      return valid(fieldProblem('venue', '', compact((plain(this.props.value) ?? {}) as Record<string, unknown>)));
    },
    render(this: {
      props: WidgetProps;
      state: { query: string; message: string };
      setState: (state: Record<string, unknown>) => void;
    }) {
      const props = this.props;
      const venue = (plain(props.value) ?? {}) as Venue;
      const set = (change: Partial<Venue>) => props.onChange(compact({ ...venue, ...change }));
      const id = (name: string) => `${props.forID}-${name}`;
      const input = (name: keyof Venue, label: string, extra: Record<string, unknown> = {}) =>
        h(
          'div',
          { className: 'llw-venue-field', key: name },
          h('label', { htmlFor: id(name) }, label),
          h('input', {
            id: id(name),
            className: `${props.classNameWrapper} llw-input`,
            value: venue[name] === undefined ? '' : String(venue[name]),
            onChange: (event: Event) => {
              const text = (event.target as HTMLInputElement).value;
              set({ [name]: name === 'lat' || name === 'lon' ? number(text) : text });
            },
            ...extra,
          }),
        );
      const find = async () => {
        const found = findPlace(await places(), this.state.query);
        if (found === null) {
          this.setState({
            message: `No town or postcode district called “${this.state.query}” in the gazetteer; enter the point by hand. · Dim tref nac ardal cod post o’r enw “${this.state.query}” yn y gazetteer; rhowch y pwynt â llaw.`,
          });
          return;
        }
        set({
          town: found.town,
          lat: found.lat,
          lon: found.lon,
          ...(found.postcodeDistrict ? { postcodeDistrict: found.postcodeDistrict } : {}),
        });
        this.setState({ message: '' });
      };
      return h(
        'div',
        { className: 'llw-venue', id: props.forID },
        input('name', 'Venue name in English · Enw’r lleoliad yn Saesneg', { lang: 'en' }),
        input('nameCy', 'Venue name in Welsh · Enw’r lleoliad yn Gymraeg (optional · dewisol)', { lang: 'cy' }),
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
            h('button', { type: 'button', className: 'llw-button', onClick: () => void find() }, 'Find · Chwilio'),
          ),
          this.state.message ? h('p', { className: 'llw-message', role: 'alert' }, this.state.message) : null,
        ),
        input('town', 'Town · Tref'),
        input('postcodeDistrict', 'Postcode district (optional) · Ardal cod post (dewisol)'),
        input('lat', 'Latitude · Lledred', { inputMode: 'decimal' }),
        input('lon', 'Longitude · Hydred', { inputMode: 'decimal' }),
        h(
          'div',
          { className: 'llw-venue-field llw-check' },
          h('input', {
            id: id('acrossBorder'),
            type: 'checkbox',
            checked: venue.acrossBorder === true,
            onChange: (event: Event) => set({ acrossBorder: (event.target as HTMLInputElement).checked || undefined }),
          }),
          h('label', { htmlFor: id('acrossBorder') }, 'Over the border in England · Dros y ffin yn Lloegr'),
        ),
        h(areaLineClass(), { key: 'area', lat: venue.lat, lon: venue.lon, places }),
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
      const area = (await this.props.places()).areaAt({ lat, lon });
      this.setState({
        text: area
          ? `Area: ${area.en} · Ardal: ${area.cy}`
          : 'This point is in no Welsh area: across the border or at sea · Nid yw’r pwynt hwn mewn unrhyw ardal yng Nghymru: dros y ffin neu ar y môr',
      });
    },
    render(this: { state: { text: string } }) {
      return (h as H)('p', { className: 'llw-area', role: 'status', 'aria-live': 'polite' }, this.state.text);
    },
  });
  return areaLine;
};
