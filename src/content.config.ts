/**
 * Astro's view of content/: four collections over YAML files.
 *
 * Every collection is filled from one read of content/ (loadContent), which
 * the build's preflight has already validated as a whole data set before
 * Astro starts (src/integrations/preflight.ts): each file is read and parsed
 * once per build, and ids stay the plain file-name strings other records use.
 * The schemas here only give getCollection its types; the records in the
 * store have passed them already. The fields, their descriptions and every
 * rule live in src/lib/schema/schema.ts.
 */

import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { loadContent } from './lib/content/load.ts';
import { type CollectionKey, formatIssue } from './lib/content/validate.ts';
import { contentDir } from './lib/environment.ts';
import { areaSchema, demandSchema, providerSchema, provisionSchema } from './lib/schema/schema.ts';

const watching = new Set<CollectionKey>();

const fromContentDir = (collection: CollectionKey): Loader => ({
  name: `llwybrau-${collection}`,
  load: async ({ store, logger, watcher, generateDigest }) => {
    const dir = contentDir();
    const fill = (fresh: boolean) => {
      const { issues, content } = loadContent(dir, { fresh });
      if (issues.length > 0) {
        for (const issue of issues) logger.error(formatIssue(issue));
        throw new Error(
          `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${dir}; npm run validate lists them.`,
        );
      }
      store.clear();
      for (const record of content[collection]) {
        const data = { ...record };
        store.set({ id: record.id, data, digest: generateDigest(data) });
      }
    };
    fill(false);
    // In development, an edit anywhere in content/ reloads the collection (each collection re-reads: four small reads per save).
    // Astro may call load again on the same watcher; listen once, or every save would reload once more each time.
    if (watcher && !watching.has(collection)) {
      watching.add(collection);
      watcher.add(dir);
      watcher.on('all', (_event, path) => {
        if (path.startsWith(dir)) fill(true);
      });
    }
  },
});

export const collections = {
  areas: defineCollection({ loader: fromContentDir('areas'), schema: areaSchema }),
  providers: defineCollection({ loader: fromContentDir('providers'), schema: providerSchema }),
  provision: defineCollection({ loader: fromContentDir('provision'), schema: provisionSchema }),
  demand: defineCollection({ loader: fromContentDir('demand'), schema: demandSchema }),
};
