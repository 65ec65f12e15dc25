/**
 * The player's sound and voice switches: a click shows at once, and the clicks of a burst are
 * saved together, as a patch of just those fields. A refused save says so until the background
 * has written it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import type { SaveSettingsReply, SettingsWriter } from '../core/settingsWrites';
import { usePatchSaver } from './usePatchSaver';

type SwitchField = 'sound' | 'voice';

/** Why a save did not go through, as a message key. */
type SaveProblemKey = Extract<SaveSettingsReply, { ok: false }>['messageKey'];

export interface SettingSwitches {
  sound: boolean;
  voice: boolean;
  toggle(field: SwitchField): void;
  /** Why the last change is not saved (a message key), or null. */
  problemKey: SaveProblemKey | null;
}

export function useSettingSwitches(stored: Settings, writer: SettingsWriter): SettingSwitches {
  // What a click set, shown until storage holds it.
  const [shown, setShownState] = useState<Partial<Record<SwitchField, boolean>>>({});
  const shownRef = useRef(shown);
  const setShown = (next: Partial<Record<SwitchField, boolean>>) => {
    shownRef.current = next;
    setShownState(next);
  };
  const [problemKey, setProblemKey] = useState<SaveProblemKey | null>(null);
  const problemRef = useRef<SaveProblemKey | null>(null);
  const setProblem = (key: SaveProblemKey | null) => {
    problemRef.current = key;
    setProblemKey(key);
  };
  const storedRef = useRef(stored);
  storedRef.current = stored;

  const saver = usePatchSaver(writer, {
    onReply(reply, patch) {
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
      for (const field of Object.keys(patch) as SwitchField[]) if (!saver.busy(field)) delete next[field];
      setShown(next);
    },
    onPendingWritten() {
      if (problemRef.current === 'settingsErrorSaveRetrying') setProblem(null);
    },
  });

  // Storage caught up with a click: show storage again (and follow later changes from elsewhere).
  const showStoredWhereItCaughtUp = () => {
    const fields = (Object.keys(shownRef.current) as SwitchField[]).filter(
      (field) => storedRef.current[field] === shownRef.current[field] && !saver.busy(field),
    );
    if (fields.length === 0) return;
    const next = { ...shownRef.current };
    for (const field of fields) delete next[field];
    setShown(next);
  };
  useEffect(showStoredWhereItCaughtUp, [stored.sound, stored.voice]);

  const value = (field: SwitchField) => shown[field] ?? stored[field];
  return {
    sound: value('sound'),
    voice: value('voice'),
    problemKey,
    toggle(field) {
      const next = !(shownRef.current[field] ?? stored[field]);
      setShown({ ...shownRef.current, [field]: next });
      saver.add({ [field]: next });
    },
  };
}
