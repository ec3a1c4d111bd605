/**
 * Sections 1–3 of the gap analysis: coverage by tier, kinds and strands, and
 * Welsh-language provision (unmet need, section 4, is need.ts). Pure.
 */

import type { Provision } from '../schema/schema.ts';
import {
  APPRENTICESHIP_LEVELS,
  type ApprenticeshipLevel,
  JGW_STRANDS,
  type JgwStrand,
  SERVICE_TYPES,
  type ServiceType,
  TIERS,
  type Tier,
} from '../schema/vocabulary.ts';
import {
  coveredNationally,
  type GapArea,
  isForEveryone,
  isLocalTo,
  isOnlineFor,
  nationalOffers,
  round,
  serves,
} from './common.ts';
import type { GapConfig } from './config.ts';

export type CoverageMark = 'gap' | 'thin' | 'national' | 'ok';

export interface CoverageCell {
  area: string;
  tier: Tier;
  /** In person, blended or outreach, listed for this area, open to everyone. */
  local: number;
  /** Wales-wide offers open to everyone, however delivered (online included). */
  walesWide: number;
  /** Online offers listed for this area (not Wales-wide), open to everyone. */
  online: number;
  /**
   * From the local count only: Wales-wide and online offers do not fill a local gap. The
   * exception is a national tier (config.nationalTiers) that a Wales-wide offer serves:
   * "national" instead of gap or thin.
   */
  mark: CoverageMark;
  /** For the configured tiers: there is local provision, but none of it can be started at any time. */
  noRollingStart: boolean;
}

/** `byArea` is entriesByArea(provision): the active entries listed for each area. Wales-wide ones come from `provision`. */
export const coverage = (
  provision: readonly Provision[],
  byArea: ReadonlyMap<string, Provision[]>,
  areas: readonly GapArea[],
  config: GapConfig,
): CoverageCell[] => {
  const national = nationalOffers(provision);
  const walesWide = new Map<Tier, number>(TIERS.map((tier) => [tier, national.filter((e) => serves(e, tier)).length]));
  return areas.flatMap((area) => {
    const listed = (byArea.get(area.id) ?? []).filter(isForEveryone);
    const local = listed.filter((e) => isLocalTo(e, area.id));
    const online = listed.filter((e) => isOnlineFor(e, area.id));
    return TIERS.map((tier) => {
      const atTier = local.filter((e) => serves(e, tier));
      const count = atTier.length;
      return {
        area: area.id,
        tier,
        local: count,
        walesWide: walesWide.get(tier) ?? 0,
        online: online.filter((e) => serves(e, tier)).length,
        mark:
          count > config.thinAtMost
            ? 'ok'
            : coveredNationally(tier, count, walesWide.get(tier) ?? 0, config)
              ? 'national'
              : count === 0
                ? 'gap'
                : 'thin',
        noRollingStart:
          config.rollingStartTiers.includes(tier) && count > 0 && !atTier.some((e) => e.starts === 'rolling'),
      };
    });
  });
};

export interface KindsRow {
  area: string;
  strands: Record<JgwStrand, number>;
  apprenticeships: Record<ApprenticeshipLevel, number>;
  volunteering: number;
  support: Record<ServiceType, number>;
  /** What the area has no local offer of. */
  missing: {
    strands: JgwStrand[];
    apprenticeships: ApprenticeshipLevel[];
    volunteering: boolean;
    support: ServiceType[];
  };
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Local, active offers of each JGW+ strand, apprenticeship level, volunteering and support service type, per area. */
export const kindsAndStrands = (byArea: ReadonlyMap<string, Provision[]>, areas: readonly GapArea[]): KindsRow[] =>
  areas.map((area) => {
    const row: KindsRow = {
      area: area.id,
      strands: zeroes(JGW_STRANDS),
      apprenticeships: zeroes(APPRENTICESHIP_LEVELS),
      volunteering: 0,
      support: zeroes(SERVICE_TYPES),
      missing: { strands: [], apprenticeships: [], volunteering: false, support: [] },
    };
    for (const entry of byArea.get(area.id) ?? []) {
      // An offer only for a priority group counts here only as its type of support, never as a strand or level for everyone.
      if (!isLocalTo(entry, area.id) || (entry.kind !== 'support' && !isForEveryone(entry))) continue;
      if (entry.kind === 'jgw') row.strands[entry.strand]++;
      else if (entry.kind === 'apprenticeship') row.apprenticeships[entry.apprenticeshipLevel]++;
      else if (entry.kind === 'volunteering') row.volunteering++;
      else if (entry.kind === 'support') row.support[entry.serviceType]++;
    }
    row.missing = {
      strands: JGW_STRANDS.filter((s) => row.strands[s] === 0),
      apprenticeships: APPRENTICESHIP_LEVELS.filter((l) => row.apprenticeships[l] === 0),
      volunteering: row.volunteering === 0,
      support: SERVICE_TYPES.filter((s) => row.support[s] === 0),
    };
    return row;
  });

export interface WelshCell {
  area: string;
  tier: Tier;
  total: number;
  welsh: number;
  bilingual: number;
  /** (Welsh-medium + bilingual) ÷ total, or null with no local provision at this tier. */
  share: number | null;
  /**
   * All of the provision this tier is judged on is English-medium: the local offers, or, at a tier
   * covered nationally (coverage's rule: config.nationalTiers with a Wales-wide offer), the
   * Wales-wide ones, so that coverage and the Welsh-language rule treat national services alike.
   */
  englishOnly: boolean;
  /** The tier is covered nationally, so it is judged on the Wales-wide offers. */
  national: boolean;
}

export interface WelshRank {
  area: string;
  total: number;
  welshOrBilingual: number;
  share: number | null;
  englishOnlyTiers: Tier[];
}

/** Wales-wide offers at a tier by language: open to every area, so shown beside each area's local figures, never added to them. */
export interface WelshNational {
  tier: Tier;
  total: number;
  welsh: number;
  bilingual: number;
}

export const welshLanguage = (
  provision: readonly Provision[],
  byArea: ReadonlyMap<string, Provision[]>,
  areas: readonly GapArea[],
  config: GapConfig,
): { cells: WelshCell[]; ranking: WelshRank[]; national: WelshNational[] } => {
  const offers = nationalOffers(provision);
  const nationalRows = TIERS.map((tier) => {
    const atTier = offers.filter((e) => serves(e, tier));
    return {
      tier,
      total: atTier.length,
      welsh: atTier.filter((e) => e.language === 'welsh').length,
      bilingual: atTier.filter((e) => e.language === 'bilingual').length,
    };
  });
  const cells: WelshCell[] = [];
  const ranking: WelshRank[] = [];
  for (const area of areas) {
    const local = (byArea.get(area.id) ?? []).filter((e) => isLocalTo(e, area.id) && isForEveryone(e));
    for (const tier of TIERS) {
      const atTier = local.filter((e) => serves(e, tier));
      const welsh = atTier.filter((e) => e.language === 'welsh').length;
      const bilingual = atTier.filter((e) => e.language === 'bilingual').length;
      const nationally = nationalRows[tier - 1] as WelshNational;
      const national = coveredNationally(tier, atTier.length, nationally.total, config);
      cells.push({
        area: area.id,
        tier,
        total: atTier.length,
        welsh,
        bilingual,
        share: atTier.length === 0 ? null : round((welsh + bilingual) / atTier.length, 3),
        englishOnly: national
          ? nationally.welsh + nationally.bilingual === 0
          : atTier.length > 0 && welsh + bilingual === 0,
        national,
      });
    }
    const welshOrBilingual = local.filter((e) => e.language !== 'english').length;
    // The ranking's flags are the cells' own, national tiers included.
    ranking.push({
      area: area.id,
      total: local.length,
      welshOrBilingual,
      share: local.length === 0 ? null : round(welshOrBilingual / local.length, 3),
      englishOnlyTiers: cells.filter((c) => c.area === area.id && c.englishOnly).map((c) => c.tier),
    });
  }
  // Widest gap first: most English-only tiers, then the lowest Welsh-medium or bilingual share.
  ranking.sort(
    (a, b) =>
      b.englishOnlyTiers.length - a.englishOnlyTiers.length ||
      (a.share ?? Number.POSITIVE_INFINITY) - (b.share ?? Number.POSITIVE_INFINITY) ||
      a.area.localeCompare(b.area),
  );
  return { cells, ranking, national: nationalRows };
};
