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
 * Where the state lives between the guard, which runs in Astro's own module graph, and the
 * middleware, which Vite's module runner loads as a module of its own in the same process: a key
 * of the process's global object, the one thing both copies share.
 */
const STATE = Symbol.for('kt-lg-timeline.dev-content');

/** What the dev server shows while the content has problems: the report, and where the first one is. */
export interface DevContentProblems {
  /** The problems as `check:content` words them. */
  report: string;
  /** The absolute path of the first problem's file, and its line, for the overlay to show. */
  file?: string | undefined;
  line?: number | undefined;
}

/** The dev server's view of the content: its problems, and whether a file changed since they were found. */
export interface DevContentState {
  problems: DevContentProblems | undefined;
  /** Set the moment a file changes, before any page could be served from it; cleared by `refresh`. */
  stale: boolean;
  /** Checks the folder again now (and reloads the open pages if the outcome changed). */
  refresh: () => void;
}

/** The state the guard keeps for `astro dev`; undefined in any other command. */
export function devContentState(): DevContentState | undefined {
  return (globalThis as Record<symbol, DevContentState | undefined>)[STATE];
}

/** Starts keeping the state, with the check that refreshes it. */
export function keepDevContentState(refresh: () => void): DevContentState {
  const state: DevContentState = { problems: undefined, stale: true, refresh };
  (globalThis as Record<symbol, DevContentState | undefined>)[STATE] = state;
  return state;
}

/**
 * A Vite plugin that marks the state stale the moment a file below the content folder changes (so
 * a page asked for next is checked against it: src/node/devContentMiddleware.ts), checks a burst of
 * saves once, and gives `onChange` the way to reload the open pages when the outcome changed: the
 * overlay appears, or goes, whichever check saw it first.
 */
export function contentWatcher(state: DevContentState, onChange: (reload: () => void) => void): Plugin {
  return {
    name: 'content-guard:watch',
    apply: 'serve',
    configureServer(server) {
      const root = contentRoot();
      server.watcher.add(root);
      onChange(() => server.ws.send({ type: 'full-reload' }));
      let timer: ReturnType<typeof setTimeout> | undefined;
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root + sep)) return;
        state.stale = true;
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (state.stale) state.refresh();
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
