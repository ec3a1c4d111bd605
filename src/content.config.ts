/**
 * Astro's view of content/: four collections over YAML files.
 *
 * The fields, their descriptions and every single-record rule live in
 * src/lib/content/schema.ts, shared with `npm run validate` and the unit
 * tests. Here we only swap plain string ids for Astro's `reference()`.
 * Rules that need the whole data set run in the content-validation
 * integration (src/integrations/preflight.ts) before the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content/paths.ts';
import { areaSchema, makeDemandSchema, makeProvisionSchema, providerSchema } from './lib/content/schema.ts';

/** Ids are file names, so a record is referred to by the name you see in the folder. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

const yamlIn = (folder: string) => glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir()}/${folder}`, generateId: byFileName });

export const collections = {
  areas: defineCollection({ loader: yamlIn('areas'), schema: areaSchema }),
  providers: defineCollection({ loader: yamlIn('providers'), schema: providerSchema }),
  provision: defineCollection({ loader: yamlIn('provision'), schema: makeProvisionSchema((collection) => reference(collection)) }),
  demand: defineCollection({ loader: yamlIn('demand'), schema: makeDemandSchema((collection) => reference(collection)) }),
};
