/** A memoizer over a cache its caller owns: the value of `key`, computed once by `compute` and kept in `cache`. */
export function memoized<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  // One lookup when the value is there: keys are often long strings, and each lookup hashes the key.
  const found = cache.get(key);
  if (found !== undefined || cache.has(key)) return found as V;
  const value = compute();
  cache.set(key, value);
  return value;
}
