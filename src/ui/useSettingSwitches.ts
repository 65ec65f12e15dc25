/**
 * The player's sound and voice switches: a click shows at once, and the clicks of a burst are
 * saved together after a short pause (storage.sync allows 120 writes a minute), as a patch of
 * just those fields. A refused save says so until the background has written it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { SettingsPatch, SettingsWriter } from '../core/settingsWrites';

export const SWITCH_SAVE_DEBOUNCE_MS = 300;

type SwitchField = 'sound' | 'voice';

export interface SettingSwitches {
  sound: boolean;
  voice: boolean;
  toggle(field: SwitchField): void;
  /** Why the last change is not saved (a message key), or null. */
  problemKey: string | null;
}

export function useSettingSwitches(stored: Settings | undefined, writer: SettingsWriter): SettingSwitches {
  // What a click set, shown until storage holds it.
  const [shown, setShownState] = useState<Partial<Record<SwitchField, boolean>>>({});
  const shownRef = useRef(shown);
  const setShown = (next: Partial<Record<SwitchField, boolean>>) => {
    shownRef.current = next;
    setShownState(next);
  };
  const [problemKey, setProblemKey] = useState<string | null>(null);
  const problemRef = useRef<string | null>(null);
  const setProblem = (key: string | null) => {
    problemRef.current = key;
    setProblemKey(key);
  };
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const unsaved = useRef<SettingsPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const takeUnsaved = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = unsaved.current;
    unsaved.current = {};
    return patch;
  };
  // A popup closes as soon as it loses focus: what was clicked just before goes with it.
  const leave = () => {
    const patch = takeUnsaved();
    if (Object.keys(patch).length > 0) writer.leave(patch);
  };
  const flush = () => {
    const patch = takeUnsaved();
    if (Object.keys(patch).length === 0) return;
    void writer.save(patch).then((reply) => {
      if (reply.ok) {
        setProblem(null);
        // A patch equal to what is stored writes nothing, so no storage change follows to do this.
        showStoredWhereItCaughtUp();
        return;
      }
      setProblem(reply.messageKey);
      if (reply.messageKey === 'settingsErrorSaveRetrying') return;
      // Not saved and not going to be: show what is stored again.
      const next = { ...shownRef.current };
      for (const field of Object.keys(patch) as SwitchField[]) if (!(field in unsaved.current)) delete next[field];
      setShown(next);
    });
  };

  // Storage caught up with a click: show storage again (and follow later changes from elsewhere).
  const showStoredWhereItCaughtUp = () => {
    const current = storedRef.current;
    if (!current) return;
    const fields = (Object.keys(shownRef.current) as SwitchField[]).filter(
      (field) => current[field] === shownRef.current[field] && !(field in unsaved.current),
    );
    if (fields.length === 0) return;
    const next = { ...shownRef.current };
    for (const field of fields) delete next[field];
    setShown(next);
  };
  useEffect(showStoredWhereItCaughtUp, [stored?.sound, stored?.voice]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onHide);
    const unwatch = writer.watchPending((pending) => {
      if (!pending && problemRef.current === 'settingsErrorSaveRetrying') setProblem(null);
    });
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onHide);
      unwatch();
      flush();
    };
  }, []);

  const value = (field: SwitchField) => shown[field] ?? stored?.[field] ?? false;
  return {
    sound: value('sound'),
    voice: value('voice'),
    problemKey,
    toggle(field) {
      const next = !(shownRef.current[field] ?? stored?.[field] ?? false);
      setShown({ ...shownRef.current, [field]: next });
      unsaved.current = { ...unsaved.current, [field]: next };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SWITCH_SAVE_DEBOUNCE_MS);
    },
  };
}
