/**
 * The content collections, read from `CONTENT_DIR` (default `content/`). Their schemas are the
 * content contract, kept in `src/lib/content/schema.ts` where `npm run check:content` shares them;
 * which files they read is src/lib/content/folder.ts's rule, which the check shares too.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { ARTICLE_PATTERN, COMPANY_PATTERN } from './lib/content/folder.ts';
import { articleSchema, companySchema, rateSchema, siteSchema } from './lib/content/schema.ts';
import { slugFromPath } from './lib/content/validate.ts';
import { rateKey } from './lib/chartRecords.ts';
import { contentFolder } from './node/contentDir.ts';
import { forgivingWhileWatching } from './node/devContent.ts';

const CONTENT_DIR = contentFolder();

/** The slug is the file name without its extension, wherever below the folder the file sits. */
const slugId = ({ entry }: { entry: string }) => slugFromPath(entry);

/** News articles, one MDX file each. */
const articles = defineCollection({
  loader: forgivingWhileWatching(
    glob({ pattern: ARTICLE_PATTERN, base: `${CONTENT_DIR}/articles`, generateId: slugId }),
  ),
  schema: articleSchema,
});

/** Companies and organisations, one YAML file each. */
const companies = defineCollection({
  loader: forgivingWhileWatching(
    glob({ pattern: COMPANY_PATTERN, base: `${CONTENT_DIR}/companies`, generateId: slugId }),
  ),
  schema: companySchema,
});

/** Exchange rates, `rates.yaml`: a list; each rate's id is `<currency>-<date>`. */
const rates = defineCollection({
  loader: forgivingWhileWatching(
    file(`${CONTENT_DIR}/rates.yaml`, {
      parser: (text) => {
        const list = (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? []) as { currency?: string; date?: string }[];
        return Object.fromEntries(list.map((rate) => [rateKey(rate), rate]));
      },
    }),
  ),
  schema: rateSchema,
});

/** The site's own text in both editions, `site.yaml`: one entry, `site`. */
const site = defineCollection({
  loader: forgivingWhileWatching(
    file(`${CONTENT_DIR}/site.yaml`, {
      parser: (text) => ({ site: yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> }),
    }),
  ),
  schema: siteSchema,
});

export const collections = { articles, companies, rates, site };
