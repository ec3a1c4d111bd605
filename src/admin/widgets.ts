/**
 * The editor's own widgets, for values the CMS has no widget for (the venue's is venue-widget.ts):
 * - `bilingual`: English and Welsh side by side, checked with the validator's own rules;
 * - `starts`: september, rolling, or a list of dates (YYYY-MM-DD);
 * Each reports problems in the validator's words (src/lib/cms/checks.ts). Browser code, drawn with
 * Decap's own React (decap.ts).
 */
import { fieldProblem } from '../lib/cms/checks.ts';
import { decap, plain, type WidgetProps } from './decap.ts';

type Text = { en?: string; cy?: string };

export const valid = (problem: string | null) => (problem === null ? true : { error: { message: problem } });

/** A value without its empty keys, as the file will hold it. */
export const compact = <T extends Record<string, unknown>>(value: T): Partial<T> =>
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
  { value: 'rolling', label: 'Any time (rolling) · Unrhyw bryd' },
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
