/** Compares two folders' files byte for byte, for the reproducible-build check. */

/** Files by path relative to their folder (`/`-separated), with their bytes. */
export type FileTree = ReadonlyMap<string, Uint8Array>;

/** How two trees differ; all three lists empty means identical. */
export interface TreeDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files in both whose bytes differ, with the offset of the first differing byte. */
  different: { path: string; offset: number }[];
}

/** The offset of the first byte where two files differ, or -1 when they are the same. */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) if (a[index] !== b[index]) return index;
  return a.length === b.length ? -1 : length;
}

/** Every difference between two trees, each list sorted by path. */
export function diffTrees(first: FileTree, second: FileTree): TreeDiff {
  const sorted = (paths: Iterable<string>) => [...paths].sort();
  const different = sorted(first.keys()).flatMap((path) => {
    const other = second.get(path);
    const offset = other ? firstDifference(first.get(path)!, other) : -1;
    return offset === -1 ? [] : [{ path, offset }];
  });
  return {
    onlyInFirst: sorted([...first.keys()].filter((path) => !second.has(path))),
    onlyInSecond: sorted([...second.keys()].filter((path) => !first.has(path))),
    different,
  };
}

/** Whether a diff found nothing. */
export function isIdentical(diff: TreeDiff): boolean {
  return diff.onlyInFirst.length === 0 && diff.onlyInSecond.length === 0 && diff.different.length === 0;
}
