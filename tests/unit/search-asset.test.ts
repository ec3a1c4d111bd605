/**
 * The search data in parts (lib/search/asset.ts) and its loader (lib/search/loader.ts):
 * what the browser rebuilds from the parts is exactly what the build made, and titles
 * are fetched per chunk, each once, only for the entries asked for.
 */
import { describe, expect, it } from 'vitest';
import {
  applyTitles,
  chunksNeeded,
  PENDING_ID,
  type SplitAsset,
  splitSearchAsset,
  type TitlesChunk,
} from '../../src/lib/search/asset.ts';
import { hydrateDocs, hydrateDocsInSlices } from '../../src/lib/search/hydrate.ts';
import { createSearchData, loadSearch, titlesFile } from '../../src/lib/search/loader.ts';
import { searchDocs } from '../../src/lib/search/match.ts';
import { sampleIndex } from '../../tools/sample-search.ts';

const { asset } = sampleIndex();
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the search data in parts', () => {
  const split = viaJson(splitSearchAsset(asset, 40));

  it('rebuilds every entry exactly, once its titles arrive', () => {
    const docs = hydrateDocs(split.docs);
    expect(docs).toHaveLength(asset.docs.length);
    expect(docs.every((doc) => doc.id === PENDING_ID && doc.title.en === '')).toBe(true);
    for (const chunk of split.titles) applyTitles(docs, chunk);
    expect(docs.map(({ position: _, ...doc }) => doc)).toEqual(asset.docs);
    expect(docs.map((doc) => doc.position)).toEqual(asset.docs.map((_, i) => i));
  });

  it('makes the same entries a slice at a time, pausing between the slices', async () => {
    let pauses = 0;
    const sliced = await hydrateDocsInSlices(
      split.docs,
      async () => {
        pauses++;
      },
      50,
    );
    expect(sliced).toEqual(hydrateDocs(split.docs));
    expect(pauses).toBe(Math.ceil(asset.docs.length / 50) - 1);
    expect(pauses).toBeGreaterThan(0);
  });

  it('writes a shared value once: providers, venues and towns are tables, entries hold codes', () => {
    const distinctProviders = new Set(asset.docs.map((doc) => JSON.stringify(doc.providerName))).size;
    expect(split.docs.providerName.values).toHaveLength(distinctProviders);
    expect(split.docs.providerName.codes).toHaveLength(asset.docs.length);
    expect(split.docs.kind.values.length).toBeLessThanOrEqual(5);
    const venues = new Set(
      asset.docs.flatMap((doc) => doc.venues.map(([lat, lon, town]) => `${lat},${lon},${doc.towns.en[town]}`)),
    );
    expect(split.docs.venues.lat).toHaveLength(venues.size);
    expect(split.docs.venues.towns).toHaveLength(new Set(asset.docs.flatMap((doc) => doc.towns.en)).size);
  });

  it('writes each distinct list once, and entries with the same list share one frozen array', () => {
    const distinctTiers = new Set(asset.docs.map((doc) => JSON.stringify(doc.tiers))).size;
    expect(split.docs.tiers.lists).toHaveLength(distinctTiers);
    expect(split.docs.tiers.codes).toHaveLength(asset.docs.length);
    const docs = hydrateDocs(split.docs);
    const [first, second] = docs.filter((doc) => JSON.stringify(doc.tiers) === JSON.stringify(docs[0]?.tiers));
    if (!(first && second)) throw new Error('the sample has no two entries with the same tiers');
    expect(first.tiers).toBe(second.tiers);
    expect(Object.isFrozen(first.areas)).toBe(true);
    expect(() => (first.areas as string[]).push('x')).toThrow(TypeError);
    // Entries with one venue in the same town share their towns; every entry without a venue shares one empty list.
    const oneVenue = docs.filter((doc) => doc.venues.length === 1);
    const sameTown = oneVenue.filter((doc) => doc.towns.en[0] === oneVenue[0]?.towns.en[0]);
    expect(sameTown.length).toBeGreaterThan(1);
    expect(new Set(sameTown.map((doc) => doc.towns)).size).toBe(1);
    const noVenue = docs.filter((doc) => doc.venues.length === 0);
    expect(noVenue.length).toBeGreaterThan(1);
    expect(new Set(noVenue.map((doc) => doc.venues)).size).toBe(1);
    expect(Object.isFrozen(noVenue[0]?.venues) && Object.isFrozen(sameTown[0]?.towns.en)).toBe(true);
    // The title waiting for its chunk is shared too, and each entry gets its own when the chunk arrives.
    expect(Object.isFrozen(first.title)).toBe(true);
    for (const chunk of split.titles) applyTitles(docs, chunk);
    expect(first.title).not.toBe(second.title);
  });

  it('keeps what ranking reads in the match part, so results never reorder as titles arrive', () => {
    expect(split.match.reviewed).toEqual(
      asset.docs.map((doc) => Number(doc.lastReviewed.slice(0, 4)) * 12 + Number(doc.lastReviewed.slice(5, 7)) - 1),
    );
    expect(split.match.titleLengths).toHaveLength(asset.docs.length);
    expect(Object.keys(split.docs)).not.toContain('lastReviewed');
  });

  it('keeps the entries of the sample covered by the chunks, in order, with Welsh titles only where there are some', () => {
    expect(split.titles.map((chunk) => chunk.start)).toEqual(split.titles.map((_, i) => i * 40));
    expect(split.titles.flatMap((chunk) => chunk.ids)).toEqual(asset.docs.map((doc) => doc.id));
    const english = split.titles.flatMap((chunk) => chunk.titles).filter((title) => typeof title === 'string');
    expect(english).toHaveLength(asset.docs.filter((doc) => doc.title.cy === undefined).length);
  });

  it('names the chunks that positions need and that have not arrived', () => {
    expect(chunksNeeded([0, 39, 40, 130], 40, new Set())).toEqual([0, 1, 3]);
    expect(chunksNeeded([0, 39, 40, 130], 40, new Set([1]))).toEqual([0, 3]);
    expect(chunksNeeded([], 40, new Set())).toEqual([]);
  });
});

/** A fake network over the parts: it records each file fetched. */
const network = (split: SplitAsset) => {
  const fetched: string[] = [];
  const files = new Map<string, unknown>([
    ['/d/docs.json', split.docs],
    ['/d/match.json', split.match],
    ...split.titles.map((chunk, i) => [`/d/${titlesFile(i)}`, chunk] as [string, TitlesChunk]),
  ]);
  const fetchJson = async <T>(url: string): Promise<T> => {
    fetched.push(url);
    if (!files.has(url)) throw new Error(`${url}: 404`);
    return viaJson(files.get(url)) as T;
  };
  return { fetched, fetchJson };
};

describe('loading the search data', () => {
  const split = splitSearchAsset(asset, 40);

  it('searches before any titles arrive, and fetches only the chunks of the entries shown', async () => {
    const { fetched, fetchJson } = network(split);
    const { data, matcher } = await loadSearch('/d/', fetchJson);
    expect(fetched).toEqual(['/d/docs.json', '/d/match.json']);
    const hits = searchDocs(matcher, 'motor vehicle');
    expect(hits.length).toBeGreaterThan(0);
    const shown = hits.slice(0, 3).map((hit) => hit.doc);
    expect(data.ready(shown)).toBe(false);
    await Promise.all([data.load(shown), data.load(shown)]);
    expect(data.ready(shown)).toBe(true);
    expect(shown.every((doc) => /motor|cerbyd/i.test(`${doc.title.en} ${doc.title.cy ?? ''}`))).toBe(true);
    const chunks = new Set(hits.slice(0, 3).map((hit) => Math.floor(data.docs.indexOf(hit.doc) / 40)));
    // Each needed chunk once, even when asked twice at the same time; no other chunk.
    expect(fetched.slice(2).sort()).toEqual([...chunks].map((chunk) => `/d/${titlesFile(chunk)}`).sort());
  });

  it('fetches every chunk for loadAll, and none twice', async () => {
    const { fetched, fetchJson } = network(split);
    const { data } = await loadSearch('/d/', fetchJson);
    await data.load(data.docs.slice(0, 1));
    await data.loadAll();
    expect(data.ready(data.docs)).toBe(true);
    expect(fetched.filter((url) => url.includes('titles-'))).toHaveLength(split.titles.length);
    expect(data.docs.map((doc) => doc.id)).toEqual(asset.docs.map((doc) => doc.id));
  });

  it('ignores entries that are not of this data, even ones that know a position in another', async () => {
    const { fetched, fetchJson } = network(split);
    const { data } = await loadSearch('/d/', fetchJson);
    const other = createSearchData(viaJson(split.docs), async () => {
      throw new Error('not asked');
    });
    const foreign = [other.docs[0], asset.docs[1]].filter((doc) => doc !== undefined);
    expect(data.ready(foreign)).toBe(true);
    await data.load(foreign);
    expect(fetched).toEqual(['/d/docs.json', '/d/match.json']);
  });

  it('refuses docs and match parts of different builds, naming both', async () => {
    const stale = { ...split, match: { ...split.match, titleLengths: split.match.titleLengths.slice(1) } };
    const { fetchJson } = network(stale);
    await expect(loadSearch('/d/', fetchJson)).rejects.toThrow(
      `The search data is out of step: /d/docs.json has ${split.docs.count} entries and /d/match.json has ${split.docs.count - 1}`,
    );
  });

  it('tries a chunk again after a failed fetch', async () => {
    let failures = 1;
    const data = createSearchData(viaJson(split.docs), async (chunk) => {
      if (failures-- > 0) throw new Error('offline');
      return viaJson(split.titles[chunk] as TitlesChunk);
    });
    const first = data.docs.slice(0, 2);
    await expect(data.load(first)).rejects.toThrow('offline');
    expect(data.ready(first)).toBe(false);
    await data.load(first);
    expect(data.ready(first)).toBe(true);
  });
});
