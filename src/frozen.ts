/**
 * Data that no page script can change: frozen all the way down, and, for each region's data,
 * made only when it is first read, so that a page pays for the regions it shows and no more.
 */

/** Freezes a value all the way down, so no page script can change what a reader is told. */
export const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

/**
 * A frozen record whose entries are made by `make` on first read, then frozen and kept. Its keys
 * are enumerable, so it reads like any other record (`Object.entries` makes every entry).
 */
export function lazily<K extends string, V>(
  make: Readonly<Record<K, () => V>>,
): Readonly<Record<K, V>> {
  const made: Partial<Record<K, V>> = {};
  const record = {} as Record<K, V>;
  for (const key in make) {
    Object.defineProperty(record, key, {
      enumerable: true,
      get: () => (made[key] ??= deepFreeze(make[key]())),
    });
  }
  return Object.freeze(record);
}
