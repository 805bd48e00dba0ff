/**
 * `astro dev` says what `npm run check:content` says, and stays up while it does. The content guard
 * checks the folder when the server starts and again after every change to it, prints the report in
 * the terminal, and keeps it here; a middleware (src/node/devContentMiddleware.ts) throws it on every
 * page, so Astro's error overlay shows it in the browser until the content is fixed. The loaders
 * keep an invalid file's data as written (`forgivingWhileWatching`) instead of stopping the server.
 */
import { sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Plugin } from 'vite';
import { contentRoot } from './contentDir.ts';

/**
 * Where the report lives between the guard, which runs in Astro's own module graph, and the
 * middleware, which Vite's module runner loads as a module of its own in the same process: a key
 * of the process's global object, the one thing both copies share.
 */
const PROBLEMS = Symbol.for('kt-lg-timeline.content-problems');

/** What the dev server shows while the content has problems: the report, and where the first one is. */
export interface DevContentProblems {
  /** The problems as `check:content` words them. */
  report: string;
  /** The absolute path of the first problem's file, and its line, for the overlay to show. */
  file?: string | undefined;
  line?: number | undefined;
}

/** The content problems the dev server is showing; undefined when there are none. */
export function devContentProblems(): DevContentProblems | undefined {
  return (globalThis as Record<symbol, DevContentProblems | undefined>)[PROBLEMS];
}

/** Records what the dev server shows; undefined once the content is fixed. */
export function setDevContentProblems(problems: DevContentProblems | undefined): void {
  (globalThis as Record<symbol, DevContentProblems | undefined>)[PROBLEMS] = problems;
}

/**
 * A Vite plugin that runs `check` after every change below the content folder (a burst of saves
 * checked once), and reloads the open pages when the outcome changed: the overlay appears, or goes.
 */
export function contentWatcher(check: () => boolean): Plugin {
  return {
    name: 'content-guard:watch',
    apply: 'serve',
    configureServer(server) {
      const root = contentRoot();
      server.watcher.add(root);
      let timer: ReturnType<typeof setTimeout> | undefined;
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root + sep)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (check()) server.ws.send({ type: 'full-reload' });
        }, 50);
      });
    },
  };
}

/** What a content entry type reads from a file (Astro passes its entry types to loaders, though not in `LoaderContext`'s type). */
interface EntryType {
  getEntryInfo?: (params: { contents: string; fileUrl: URL }) => Promise<unknown> | unknown;
}

/**
 * A loader that, while the dev server watches the files, stores an invalid file's data as written
 * (a frontmatter YAML cannot read, as empty) rather than stopping: the guard shows what is wrong.
 * Without a watcher (`astro build`, `astro sync`) it is the loader as it was: invalid data stops it.
 */
export function forgivingWhileWatching(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => (context.watcher ? loader.load(forgiving(context)) : loader.load(context)),
  };
}

function forgiving(context: LoaderContext): LoaderContext {
  const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
  const forgivingTypes =
    entryTypes &&
    new Map(
      [...entryTypes].map(([extension, type]) => [
        extension,
        {
          ...type,
          getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
            try {
              return await type.getEntryInfo?.(params);
            } catch {
              return { data: {}, body: '', rawData: '', slug: undefined };
            }
          },
        },
      ]),
    );
  return {
    ...context,
    ...(forgivingTypes ? { entryTypes: forgivingTypes } : {}),
    parseData: async (props) => {
      try {
        return await context.parseData(props);
      } catch {
        return props.data;
      }
    },
  };
}
