/**
 * A page's settings changes, saved as patches of just the changed fields: the changes of a burst
 * (clicks, keystrokes) go together after a short pause, since storage.sync allows 120 writes a
 * minute. A page being hidden or closed leaves its unsent change in storage for the background
 * (a message may not outlive it); one that unmounts sends it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SettingsField } from '../core/settings';
import { mergeSettingsPatches, patchFields, type SaveSettingsReply, type SettingsPatch, type SettingsWriter } from '../core/settingsWrites';

export const SAVE_DEBOUNCE_MS = 400;

interface PatchSaverEvents {
  /** What became of a sent patch (called for every send, after it is no longer on its way). */
  onReply(reply: SaveSettingsReply, patch: SettingsPatch): void;
  /** No refused save waits for the background's retry any more: it has been written. */
  onPendingWritten(): void;
}

interface PatchSaver {
  /** Adds changed fields to the unsaved patch; it is sent after the pause that follows the last one. */
  add(patch: SettingsPatch): void;
  /** The unsaved patch, now no longer going to be sent by itself (to send it with something else). */
  takeUnsaved(): SettingsPatch;
  /** Sends a patch at once. */
  send(patch: SettingsPatch): Promise<SaveSettingsReply>;
  /** Whether a change of `field` made here is unsaved or on its way. */
  busy(field: SettingsField): boolean;
  /** Nothing unsaved, nothing on its way. */
  settled(): boolean;
}

export function usePatchSaver(writer: SettingsWriter, events: PatchSaverEvents): PatchSaver {
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const unsaved = useRef<SettingsPatch>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const sending = useRef<SettingsPatch[]>([]);

  const takeUnsaved = (): SettingsPatch => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = unsaved.current;
    unsaved.current = {};
    return patch;
  };
  const send = async (patch: SettingsPatch): Promise<SaveSettingsReply> => {
    sending.current = [...sending.current, patch];
    let reply: SaveSettingsReply;
    try {
      reply = await writer.save(patch);
    } finally {
      sending.current = sending.current.filter((p) => p !== patch);
    }
    eventsRef.current.onReply(reply, patch);
    return reply;
  };
  const flush = () => {
    const patch = takeUnsaved();
    if (patchFields(patch).length > 0) void send(patch);
  };
  const leave = () => {
    const patch = takeUnsaved();
    if (patchFields(patch).length > 0) writer.leave(patch);
  };

  useEffect(() => {
    // Hidden may be the first step of closing: leave the change rather than send it.
    const onHide = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onHide);
    const unwatch = writer.watchPending((pending) => {
      if (!pending) eventsRef.current.onPendingWritten();
    });
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onHide);
      unwatch();
      flush();
    };
  }, []);

  return {
    add(patch) {
      unsaved.current = mergeSettingsPatches(unsaved.current, patch);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DEBOUNCE_MS);
    },
    takeUnsaved,
    send,
    busy: (field) => field in unsaved.current || sending.current.some((patch) => field in patch),
    settled: () => timer.current === null && sending.current.length === 0,
  };
}
