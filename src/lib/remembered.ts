/** What `compute` gives for `key`, computed the first time it is asked for and kept in `cache` after. */
export function remembered<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  cache.set(key, value);
  return value;
}
