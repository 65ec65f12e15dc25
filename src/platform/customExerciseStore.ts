/**
 * The person's own exercises in `storage.sync`, one item per exercise under `customExercise.<id>`
 * (why sync and why these limits: see `MAX_CUSTOM_BYTES` in src/core/customExercise). Every read
 * goes through the parser: a bad item is reported and skipped, and stays stored until it is
 * removed, so nothing the person wrote is lost to a parsing mistake.
 */
import { browser } from 'wxt/browser';
import { CUSTOM_KEY_PREFIX, MAX_CUSTOM_EXERCISES, type CustomExercise, type SaveCustomResult } from '../core/customExercise';
import { parseCustomExercise, parseCustomExercises, type ParsedCustomExercises } from '../core/customExerciseParser';

/** The usable exercises, and the stored items that are not (`source`: their storage key). */

const keyOf = (id: string) => CUSTOM_KEY_PREFIX + id;

function fromStored(all: Record<string, unknown>): ParsedCustomExercises {
  return parseCustomExercises(
    Object.entries(all).filter(([key]) => key.startsWith(CUSTOM_KEY_PREFIX)),
    'storage',
  );
}

async function storedItems(): Promise<Record<string, unknown>> {
  return (await browser.storage.sync.get(null)) as Record<string, unknown>;
}

/** The usable exercises, sorted by name, and the stored items that are not. Never throws. */
export async function loadCustomExercises(): Promise<ParsedCustomExercises> {
  try {
    return fromStored(await storedItems());
  } catch (error) {
    console.warn('[unhunch] could not read your exercises', error);
    return { value: [], problems: [] };
  }
}

/**
 * Saves a new or changed exercise after checking it again; refuses a new one past the limit.
 * Never throws (storage.sync may refuse a write: quota, or too many writes a minute).
 */
export async function saveCustomExercise(exercise: CustomExercise): Promise<SaveCustomResult> {
  const parsed = parseCustomExercise(exercise);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  try {
    const all = await storedItems();
    const count = Object.keys(all).filter((key) => key.startsWith(CUSTOM_KEY_PREFIX)).length;
    if (!(keyOf(exercise.id) in all) && count >= MAX_CUSTOM_EXERCISES)
      return { ok: false, problems: [], messageKey: 'customErrorTooMany', args: [String(MAX_CUSTOM_EXERCISES)] };
    await browser.storage.sync.set({ [keyOf(exercise.id)]: parsed.value });
    return { ok: true, exercise: parsed.value };
  } catch (error) {
    console.warn('[unhunch] could not save an exercise', error);
    return { ok: false, problems: [], messageKey: 'customErrorSaveFailed' };
  }
}

export async function deleteCustomExercise(id: string): Promise<boolean> {
  return removeStoredItem(keyOf(id));
}

/** Removes one stored item by its key (an exercise, or a broken item reported by `loadCustomExercises`). */
export async function removeStoredItem(key: string): Promise<boolean> {
  if (!key.startsWith(CUSTOM_KEY_PREFIX)) return false;
  try {
    await browser.storage.sync.remove(key);
    return true;
  } catch (error) {
    console.warn('[unhunch] could not delete an exercise', error);
    return false;
  }
}

/**
 * Imported exercises join the stored ones in one write: the same id replaces the stored exercise,
 * new ones are added while there is room. Returns how many were saved and the ones left out.
 */
export async function importCustomExercises(
  imported: readonly CustomExercise[],
): Promise<{ ok: true; saved: number; leftOut: CustomExercise[] } | { ok: false; messageKey: string }> {
  try {
    const all = await storedItems();
    let count = Object.keys(all).filter((key) => key.startsWith(CUSTOM_KEY_PREFIX)).length;
    const items: Record<string, CustomExercise> = {};
    const leftOut: CustomExercise[] = [];
    for (const exercise of imported) {
      const key = keyOf(exercise.id);
      if (!(key in all) && !(key in items)) {
        if (count >= MAX_CUSTOM_EXERCISES) {
          leftOut.push(exercise);
          continue;
        }
        count++;
      }
      items[key] = exercise;
    }
    if (Object.keys(items).length > 0) await browser.storage.sync.set(items);
    return { ok: true, saved: Object.keys(items).length, leftOut };
  } catch (error) {
    console.warn('[unhunch] could not import exercises', error);
    return { ok: false, messageKey: 'customErrorSaveFailed' };
  }
}

/** Calls `cb` with the exercises whenever one changes (here or on another device). Returns an unwatch function. */
export function watchCustomExercises(cb: (loaded: ParsedCustomExercises) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith(CUSTOM_KEY_PREFIX)))
      void loadCustomExercises().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A new exercise's id: never one of the catalogue's (their ids have no "custom-"). */
export function newCustomExerciseId(): string {
  return `custom-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
