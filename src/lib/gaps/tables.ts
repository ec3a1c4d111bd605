/**
 * The gap analysis as tables: one model per table, rendered both as HTML on
 * the page and as CSV for download, so the two always have the same rows.
 * Pure: the translator and the names come in as arguments.
 */
import { APPRENTICESHIP_LEVELS, JGW_STRANDS, TIERS, TIERS_WITH_NEXT, type Tier } from '../content/vocabulary.ts';
import { formatters } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translator } from '../i18n/translate.ts';
import { type AreaSummary, type GapReport, summarise } from './report.ts';

export interface Cell {
  text: string;
  href?: string;
  /** Shown with a word and a pattern, never colour alone. */
  mark?: 'gap' | 'thin' | 'flag';
}

export interface GapTable {
  id: TableId;
  caption: string;
  columns: string[];
  rows: Cell[][];
}

export const TABLE_IDS = [
  'map-values',
  'coverage',
  'coverage-other',
  'rolling-start',
  'kinds',
  'support',
  'welsh',
  'welsh-ranking',
  'need',
  'need-unmeasured',
  'duplication',
  'progression',
  'progression-no-route',
  'progression-broken',
  'reach',
  'priority-groups',
  'stale',
  'closed',
  'welsh-missing',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface TableContext {
  t: Translator;
  lang: Locale;
  areaName: (id: string) => string;
  /** An entry's title in the page language and its detail page. */
  entry: (id: string) => { title: string; href: string };
}

/** `summaries` is summarise(report), when the caller already has it. */
export const buildTables = (report: GapReport, ctx: TableContext, summaryRows: readonly AreaSummary[] = summarise(report)): Record<TableId, GapTable> => {
  const { t } = ctx;
  const f = formatters(ctx.lang);
  const text = (value: string | number): Cell => ({ text: typeof value === 'number' ? f.number(value) : value });
  const area = (id: string): Cell => ({ text: ctx.areaName(id) });
  const offer = (id: string): Cell => {
    const { title, href } = ctx.entry(id);
    return { text: title, href };
  };
  const tierHeads = (tiers: readonly Tier[]) => tiers.map((tier) => t('tierWord', { tier }));
  const ids = report.areas.map((a) => a.id);
  const byArea = <T extends { area: string }>(rows: readonly T[], id: string) => rows.filter((row) => row.area === id);
  /** An areas × tiers matrix: one row per area in scope, its name first, then one rendered cell per tier. */
  const matrix = <T extends { area: string }>(cells: readonly T[], render: (cell: T) => Cell): Cell[][] =>
    ids.map((id) => [area(id), ...byArea(cells, id).map(render)]);
  const marked = (count: number, mark: NonNullable<Cell['mark']>, word: string): Cell => ({ text: `${f.number(count)} · ${word}`, mark });

  const summaries = new Map(summaryRows.map((row) => [row.area, row]));
  const shares = new Map(report.welsh.ranking.map((row) => [row.area, row.share]));
  const mapValues: GapTable = {
    id: 'map-values',
    caption: t('gaps.map.tableCaption'),
    columns: [t('gaps.col.area'), t('gaps.map.metric.gaps'), t('gaps.map.metric.welsh'), t('gaps.map.metric.need')],
    rows: ids.map((id) => {
      const summary = summaries.get(id);
      const share = shares.get(id) ?? null;
      const worst = summary?.worstNeed ?? null;
      return [area(id), text(summary?.gapCount ?? 0), text(share === null ? '–' : f.percent(share)), text(worst === null ? '–' : worst.ratio)];
    }),
  };

  const coverage: GapTable = {
    id: 'coverage',
    caption: t('gaps.s1.caption'),
    columns: [t('gaps.col.area'), ...tierHeads(TIERS)],
    rows: matrix(report.coverage, (c) =>
      c.mark === 'gap' ? marked(c.local, 'gap', t('gaps.mark.gap')) : c.mark === 'thin' ? marked(c.local, 'thin', t('gaps.mark.thin')) : text(c.local),
    ),
  };

  const first = report.areas[0]?.id;
  const coverageOther: GapTable = {
    id: 'coverage-other',
    caption: t('gaps.s1.otherCaption'),
    columns: [t('gaps.col.scope'), ...tierHeads(TIERS)],
    rows: [
      ...(first ? [[text(t('gaps.s1.walesWideRow')), ...byArea(report.coverage, first).map((c) => text(c.walesWide))]] : []),
      ...ids.map((id) => [text(t('gaps.s1.onlineRow', { area: ctx.areaName(id) })), ...byArea(report.coverage, id).map((c) => text(c.online))]),
    ],
  };

  const rolling: GapTable = {
    id: 'rolling-start',
    caption: t('gaps.s1.rollingCaption'),
    columns: [t('gaps.col.area'), t('gaps.col.tier')],
    rows: report.coverage.filter((c) => c.noRollingStart).map((c) => [area(c.area), text(t('tierWord', { tier: c.tier }))]),
  };

  const kinds: GapTable = {
    id: 'kinds',
    caption: t('gaps.s2.caption'),
    columns: [
      t('gaps.col.area'),
      ...JGW_STRANDS.map((s) => `${t('kind.jgw')}: ${t(`vocab.strand.${s}`)}`),
      ...APPRENTICESHIP_LEVELS.map((l) => t(`vocab.apprenticeshipLevel.${l}`)),
      t('gaps.col.volunteering'),
    ],
    rows: report.kinds.map((row) => {
      const count = (n: number): Cell => (n === 0 ? marked(0, 'gap', t('gaps.mark.none')) : text(n));
      return [
        area(row.area),
        ...JGW_STRANDS.map((s) => count(row.strands[s])),
        ...APPRENTICESHIP_LEVELS.map((l) => count(row.apprenticeships[l])),
        count(row.volunteering),
      ];
    }),
  };

  const support: GapTable = {
    id: 'support',
    caption: t('gaps.s2.supportCaption'),
    columns: [t('gaps.col.area'), t('gaps.col.supportMissing')],
    rows: report.kinds.map((row) => {
      const missing = row.missing.filter((m) => m.startsWith('support:')).map((m) => t(`vocab.serviceType.${m.slice('support:'.length)}`));
      return [area(row.area), missing.length > 0 ? { text: f.list(missing), mark: 'flag' } : text('–')];
    }),
  };

  const welsh: GapTable = {
    id: 'welsh',
    caption: t('gaps.s3.caption'),
    columns: [t('gaps.col.area'), ...tierHeads(TIERS)],
    rows: matrix(report.welsh.cells, (c): Cell => {
      if (c.total === 0) return text('–');
      const value = t('gaps.s3.cell', {
        welsh: f.number(c.welsh),
        bilingual: f.number(c.bilingual),
        total: f.number(c.total),
        share: f.percent(c.share ?? 0),
      });
      return c.englishOnly ? { text: `${value} · ${t('gaps.mark.englishOnly')}`, mark: 'flag' } : text(value);
    }),
  };

  const welshRanking: GapTable = {
    id: 'welsh-ranking',
    caption: t('gaps.s3.rankingCaption'),
    columns: [
      t('gaps.col.rank'),
      t('gaps.col.area'),
      t('gaps.col.localOffers'),
      t('gaps.col.welshOrBilingual'),
      t('gaps.col.share'),
      t('gaps.col.englishOnlyTiers'),
    ],
    rows: report.welsh.ranking.map((r, i) => [
      text(i + 1),
      area(r.area),
      text(r.total),
      text(r.welshOrBilingual),
      text(r.share === null ? '–' : f.percent(r.share)),
      r.englishOnlyTiers.length > 0 ? { text: f.list(r.englishOnlyTiers), mark: 'flag' } : text('–'),
    ]),
  };

  const need: GapTable = {
    id: 'need',
    caption: t('gaps.s4.caption'),
    columns: [
      t('gaps.col.rank'),
      t('gaps.col.area'),
      t('gaps.col.tier'),
      t('gaps.col.demand'),
      t('gaps.col.places'),
      t('gaps.col.noCapacity'),
      t('gaps.col.ratio'),
    ],
    rows: report.need.ranked.map((c, i) => [
      text(i + 1),
      area(c.area),
      text(t('tierWord', { tier: c.tier })),
      text(c.demand ?? 0),
      text(c.capacity),
      text(c.withoutCapacity),
      text(c.ratio ?? 0),
    ]),
  };

  const needUnmeasured: GapTable = {
    id: 'need-unmeasured',
    caption: t('gaps.s4.unrankedCaption'),
    columns: [t('gaps.col.area'), t('gaps.col.tier'), t('gaps.col.demand'), t('gaps.col.noCapacity'), t('gaps.col.why')],
    rows: report.need.unranked.map((c) => [
      area(c.area),
      text(t('tierWord', { tier: c.tier })),
      text(c.demand ?? 0),
      text(c.withoutCapacity),
      { text: t(`gaps.s4.status.${c.status}`), mark: 'flag' },
    ]),
  };

  const focusLabel = (focus: string | null): string | null => {
    if (!focus) return null;
    const [type, value] = focus.split(':') as [string, string];
    return t(type === 'serviceType' ? `vocab.serviceType.${value}` : type === 'strand' ? `vocab.strand.${value}` : `vocab.sector.${value}`);
  };
  const duplication: GapTable = {
    id: 'duplication',
    caption: t('gaps.s5.caption'),
    columns: [t('gaps.col.area'), t('gaps.col.offers'), t('gaps.col.shared'), t('gaps.col.score')],
    rows: report.duplication.map((g) => {
      const s = g.shared;
      const shared = [
        t(`kind.${s.kind}`),
        focusLabel(s.focus),
        t(`vocab.language.${s.language}`),
        f.list(s.tiers.map((tier) => t('tierWord', { tier }))),
        s.ages ? t('gaps.s5.ages', { min: s.ages[0], max: s.ages[1] }) : null,
        s.groups.length > 0 ? f.list(s.groups.map((g2) => t(`vocab.priorityGroup.${g2}`))) : t('gaps.s5.openToAll'),
      ].filter((part): part is string => Boolean(part));
      return [area(g.area), text(g.members.map((id) => ctx.entry(id).title).join('; ')), text(shared.join('; ')), text(g.score)];
    }),
  };

  const progressionTable: GapTable = {
    id: 'progression',
    caption: t('gaps.s6.caption'),
    columns: [t('gaps.col.area'), ...tierHeads(TIERS_WITH_NEXT)],
    rows: matrix(report.progression.cells, (c): Cell => {
      const value = t('gaps.s6.cell', { entries: f.number(c.entries), linked: f.number(c.linkedOnward), next: f.number(c.nextTier) });
      return c.noRouteOnward ? { text: `${value} · ${t('gaps.mark.noRoute')}`, mark: 'flag' } : text(value);
    }),
  };

  const noRoute: GapTable = {
    id: 'progression-no-route',
    caption: t('gaps.s6.noRouteCaption'),
    columns: [t('gaps.col.area'), t('gaps.col.tier'), t('gaps.col.why')],
    rows: report.progression.cells
      .filter((c) => c.noRouteOnward)
      .map((c) => [
        area(c.area),
        text(t('tierWord', { tier: c.tier })),
        { text: c.nextTier === 0 ? t('gaps.s6.why.noNextTier', { tier: c.tier + 1 }) : t('gaps.s6.why.noLinks'), mark: 'flag' },
      ]),
  };

  const broken: GapTable = {
    id: 'progression-broken',
    caption: t('gaps.s6.brokenCaption'),
    columns: [t('gaps.col.area'), t('gaps.col.offer'), t('gaps.col.problem')],
    rows: report.progression.broken.map((b) => [
      area(b.area),
      offer(b.entry),
      text(
        b.reason === 'no-links'
          ? t('gaps.s6.problem.no-links')
          : t('gaps.s6.problem.ended-only', { links: b.deadLinks.map((id) => ctx.entry(id).title).join('; ') }),
      ),
    ]),
  };

  const reachTable: GapTable = {
    id: 'reach',
    caption: t('gaps.s7.caption'),
    columns: [t('gaps.col.area'), t('gaps.col.town'), t('gaps.col.tier'), t('gaps.col.nearest'), t('gaps.col.distance')],
    rows: report.reach.flatMap((gap) =>
      gap.beyond.map((b) => [
        area(gap.town.area),
        text(ctx.lang === 'cy' ? gap.town.nameCy : gap.town.nameEn),
        text(t('tierWord', { tier: b.tier })),
        b.nearest ? { ...offer(b.nearest.entry), text: `${ctx.entry(b.nearest.entry).title} (${b.nearest.venue})` } : text(t('gaps.s7.noneAnywhere')),
        b.nearest ? text(b.nearest.km) : text('–'),
      ]),
    ),
  };

  const groups: GapTable = {
    id: 'priority-groups',
    caption: t('gaps.s8.caption'),
    columns: [t('gaps.col.area'), t('gaps.col.groupsMissing')],
    rows: report.groups.map((g) => [
      area(g.area),
      g.missing.length > 0 ? { text: f.list(g.missing.map((m) => t(`vocab.priorityGroup.${m}`))), mark: 'flag' } : text('–'),
    ]),
  };

  const months = report.config.staleAfterMonths;
  const stale: GapTable = {
    id: 'stale',
    caption: t('gaps.s9.staleCaption', { months }),
    columns: [t('gaps.col.offer'), t('gaps.col.lastReviewed')],
    rows: report.housekeeping.stale.map((s) => [offer(s.entry), text(s.lastReviewed)]),
  };
  const closed: GapTable = {
    id: 'closed',
    caption: t('gaps.s9.closedCaption'),
    columns: [t('gaps.col.offer')],
    rows: report.housekeeping.closed.map((id) => [offer(id)]),
  };
  const welshMissing: GapTable = {
    id: 'welsh-missing',
    caption: t('gaps.s9.welshCaption'),
    columns: [t('gaps.col.offer'), t('gaps.col.missing')],
    rows: report.housekeeping.welshMissing.map((w) => [offer(w.entry), text(f.list(w.fields.map((field) => t(`gaps.s9.field.${field}`))))]),
  };

  return {
    'map-values': mapValues,
    coverage,
    'coverage-other': coverageOther,
    'rolling-start': rolling,
    kinds,
    support,
    welsh,
    'welsh-ranking': welshRanking,
    need,
    'need-unmeasured': needUnmeasured,
    duplication,
    progression: progressionTable,
    'progression-no-route': noRoute,
    'progression-broken': broken,
    reach: reachTable,
    'priority-groups': groups,
    stale,
    closed,
    'welsh-missing': welshMissing,
  };
};

/** The table as CSV rows: a header, then one row per table row, cell text only. */
export const tableRows = (table: GapTable): string[][] => [table.columns, ...table.rows.map((row) => row.map((cell) => cell.text))];
