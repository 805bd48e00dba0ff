/**
 * The yardstick of the build benchmark: a bare Astro + MDX project over the same article files as
 * the site, with the same Astro and MDX (the project's own node_modules). It has a glob content
 * collection with a minimal schema, one list page, and one page per article per edition (English
 * at /articles/<slug>/, Korean at /ko/articles/<slug>/, as the site renders them), and nothing else:
 * what the site's build costs beyond it is the site's own work.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runNodeIn, type CopyBuild } from './projectCopy.ts';

/** A bare Astro project in a temporary folder. */
export interface BareAstro {
  root: string;
  /** Runs `astro build` in it, with extra environment variables. */
  build(env?: Record<string, string>): Promise<CopyBuild>;
  /** Deletes it. */
  remove(): void;
}

/** Creates the bare project with a copy of the `.mdx` files of `articlesDir`, using `projectRoot`'s node_modules. */
export function createBareAstro(projectRoot: string, articlesDir: string): BareAstro {
  const root = mkdtempSync(join(tmpdir(), 'bare-astro-'));
  symlinkSync(join(resolve(projectRoot), 'node_modules'), join(root, 'node_modules'), 'dir');
  cpSync(articlesDir, join(root, 'content', 'articles'), { recursive: true });
  for (const [path, text] of Object.entries(bareFiles(componentNames(articlesDir)))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return {
    root,
    build: async (env = {}) => {
      const run = await runNodeIn(root, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], env);
      return { ...run, outDir: join(root, 'dist') };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * The components the articles use (`<PullQuote>`): MDX needs each one defined to render, so the
 * bare project gives each a stand-in that only renders its children.
 */
export function componentNames(articlesDir: string): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    for (const [, name] of readFileSync(join(articlesDir, file), 'utf8').matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/** The bare project's files, by path. */
function bareFiles(components: readonly string[]): Record<string, string> {
  return {
    'package.json': JSON.stringify({ name: 'bare-astro-benchmark', private: true, type: 'module' }, null, 2),
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The site's own cache folder, so no build reads what another left in the shared node_modules.
export default defineConfig({ integrations: [mdx()], cacheDir: './.astro/cache' });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  // The slug is the file name, wherever below the folder the file sits, as on the site.
  loader: glob({
    pattern: '**/*.mdx',
    base: './content/articles',
    generateId: ({ entry }) => entry.replace(/^.*\\//, '').replace(/\\.mdx$/, ''),
  }),
  schema: z.object({ title: z.string(), date: z.coerce.date() }),
});

export const collections = { articles };
`,
    'src/components/StandIn.astro': '<div><slot /></div>\n',
    'src/pages/index.astro': `---
import { getCollection } from 'astro:content';

const articles = (await getCollection('articles')).sort((a, b) => a.data.date.valueOf() - b.data.date.valueOf());
---

<html lang="en">
  <head><meta charset="utf-8" /><title>Articles</title></head>
  <body>
    <h1>Articles</h1>
    <ol>
      {articles.map((entry) => (
        <li><a href={\`/articles/\${entry.id}/\`}>{entry.data.title}</a></li>
      ))}
    </ol>
  </body>
</html>
`,
    'src/pages/[...lang]/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import StandIn from '../../../components/StandIn.astro';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  // The site's two editions: English without a prefix, Korean under /ko/.
  return [undefined, 'ko'].flatMap((lang) =>
    articles.map((entry) => ({ params: { lang, slug: entry.id }, props: { entry } })),
  );
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const components = { ${components.map((name) => `${name}: StandIn`).join(', ')} };
---

<html lang={Astro.params.lang ?? 'en'}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content components={components} />
  </body>
</html>
`,
  };
}
