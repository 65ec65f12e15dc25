/**
 * Reads and watches stored values straight from `browser.storage`, for the pages (the popup opens
 * often): one `get` per area for all the keys a page shows, without the storage library's weight. Values come back as stored (raw, `undefined` when missing): callers parse them with the
 * core parsers, never trust them.
 */
import { browser } from 'wxt/browser';
import type { StorageKey } from './storageKeys';

type Area = 'local' | 'sync';

function split(key: StorageKey): [Area, string] {
  const [area, name] = key.split(':') as [Area, string];
  return [area, name];
}

/** The raw stored values of `keys` (name -> `area:key`), read with one `get` per area. */
export async function readStored<N extends string>(keys: Record<N, StorageKey>): Promise<Record<N, unknown>> {
  const byArea = new Map<Area, string[]>();
  for (const key of Object.values<StorageKey>(keys)) {
    const [area, name] = split(key);
    byArea.set(area, [...(byArea.get(area) ?? []), name]);
  }
  const areas = [...byArea];
  const found = await Promise.all(areas.map(([area, names]) => browser.storage[area].get(names)));
  const values = new Map(areas.map(([area], i) => [area, found[i]!]));
  const result = {} as Record<N, unknown>;
  for (const [name, key] of Object.entries<StorageKey>(keys)) {
    const [area, stored] = split(key);
    result[name as N] = values.get(area)?.[stored];
  }
  return result;
}

/** Calls `cb` with the new raw values of those of `keys` that changed. Returns an unwatch function. */
export function watchStored<N extends string>(
  keys: Record<N, StorageKey>,
  cb: (changed: Partial<Record<N, unknown>>) => void,
): () => void {
  // Each area's own event, as the storage library listens, so both hear a change alike.
  const unwatch = [...new Set(Object.values<StorageKey>(keys).map((key) => split(key)[0]))].map((area) => {
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      const changed: Partial<Record<N, unknown>> = {};
      let any = false;
      for (const [name, key] of Object.entries<StorageKey>(keys)) {
        const [keyArea, stored] = split(key);
        if (keyArea !== area || !(stored in changes)) continue;
        changed[name as N] = changes[stored]!.newValue;
        any = true;
      }
      if (any) cb(changed);
    };
    browser.storage[area].onChanged.addListener(listener);
    return () => browser.storage[area].onChanged.removeListener(listener);
  });
  return () => unwatch.forEach((stop) => stop());
}

/** Calls `cb` with one key's new and old values whenever it changes in that area. Returns an unwatch function. */
export function watchKey(area: Area, key: string, cb: (newValue: unknown, oldValue: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[key];
    if (change) cb(change.newValue, change.oldValue);
  };
  browser.storage[area].onChanged.addListener(listener);
  return () => browser.storage[area].onChanged.removeListener(listener);
}
