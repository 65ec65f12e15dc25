import { useEffect, useRef, useState } from 'preact/hooks';

/** The current time, refreshed while the page is open (pages may tick; the background may not). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * Runs a request unless the last one is still under way: a second click before the first is
 * handled would start two stretches, snooze twice or log two skips.
 */
export function useOneAtATime(): (request: () => Promise<unknown>) => void {
  const busy = useRef(false);
  return (request) => {
    if (busy.current) return;
    busy.current = true;
    void request().finally(() => (busy.current = false));
  };
}

/** A value loaded once and then kept current by a storage watcher. */
export function useStored<T>(load: () => Promise<T>, watch: (cb: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void load().then((v) => live && setValue(() => v));
    const unwatch = watch((v) => setValue(() => v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/**
 * Whether this page is the one that chimes and speaks: one page at a time holds a Web Lock, so a
 * popup and a break window open together never talk over each other. `takeOver`: take it from
 * the page holding it. Without Web Locks, every page may.
 */
export function useSoundOwner(takeOver: boolean): boolean {
  const locks = globalThis.navigator?.locks;
  const [owner, setOwner] = useState(!locks);
  useEffect(() => {
    if (!locks) return;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const stopWaiting = new AbortController();
    locks
      .request('unhunch-sound', takeOver ? { steal: true } : { signal: stopWaiting.signal }, () => {
        setOwner(true);
        return held;
      })
      // Taken over by another page, or this one closed while waiting.
      .catch(() => setOwner(false));
    return () => {
      stopWaiting.abort();
      release();
    };
  }, []);
  return owner;
}
