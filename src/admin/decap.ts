/**
 * The little of Decap CMS's browser API the editor uses. The CMS is its own prebuilt bundle
 * (node_modules/decap-cms/dist, served under /admin/decap/), with its own React: our widgets and
 * previews are made with its `h` and `createClass`, never our React, so that the two never meet.
 */

/** An Immutable.js value as Decap hands it over: anything with toJS, or a plain value. */
export interface MaybeImmutable {
  toJS?: () => unknown;
  get?: (key: string) => unknown;
}

/** The plain value of what Decap hands over. */
export const plain = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && typeof (value as MaybeImmutable).toJS === 'function'
    ? (value as { toJS: () => unknown }).toJS()
    : value;

export interface WidgetProps {
  value: unknown;
  field: { get: (key: string) => unknown };
  forID: string;
  classNameWrapper: string;
  onChange: (value: unknown) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  entry: { get: (key: string) => unknown; getIn: (path: string[]) => unknown };
}

export interface PreviewProps {
  entry: { get: (key: string) => unknown; getIn: (path: string[]) => unknown };
  document?: Document;
}

// biome-ignore lint/suspicious/noExplicitAny: Decap's React elements and classes are untyped here, by design.
export type Element = any;
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

export interface Cms {
  init: (options: { config: unknown }) => void;
  registerWidget: (widget: {
    name: string;
    controlComponent: unknown;
    previewComponent?: unknown;
    allowMapValue?: boolean;
  }) => void;
  registerPreviewTemplate: (collection: string, component: unknown) => void;
  registerPreviewStyle: (href: string) => void;
  registerCustomFormat: (
    name: string,
    extension: string,
    formatter: { fromFile: (text: string) => unknown; toFile: (data: unknown, sortedKeys?: unknown) => string },
  ) => void;
  registerEventListener: (listener: {
    name: 'preSave';
    handler: (event: { entry: { get: (key: string) => unknown } }) => unknown;
  }) => void;
}

declare global {
  interface Window {
    CMS?: Cms;
    CMS_MANUAL_INIT?: boolean;
    h?: H;
    createClass?: (spec: Record<string, unknown>) => unknown;
  }
}

/** Decap's element maker and class maker, once its bundle has run. */
export const decap = (): { CMS: Cms; h: H; createClass: (spec: Record<string, unknown>) => unknown } => {
  const { CMS, h, createClass } = window;
  if (!CMS || !h || !createClass) throw new Error('Decap CMS did not load');
  return { CMS, h, createClass };
};
