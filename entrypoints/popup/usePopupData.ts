/** The popup's wiring: stored values kept current, the clock, the player's module, and the requests to the background. */
import { startOfDay } from 'date-fns';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { historyStats } from '../../src/core/historyStats';
import { statusOfStored } from '../../src/core/scheduleStatus';
import type { UiRequest } from '../../src/core/uiRequest';
import { sendToBackground } from '../../src/platform/messages';
import { openSettingsPage } from '../../src/platform/pages';
import { useNow, useOneAtATime, useSoundOwner } from '../../src/ui/hooks';
import type { PopupView } from '../../src/ui/PopupApp';
import { applyTheme } from '../../src/ui/theme';
import type { PopupStore } from './popupStore';

/** A finished stretch stays on screen this long, then the start screen returns. */
const DONE_SCREEN_MS = 10 * 60_000;

type StretchViews = typeof import('./stretchViews');
let stretchViews: Promise<StretchViews> | undefined;
/** The player's module, loaded once, when a stretch is about to be shown. */
function loadStretchViews(): Promise<StretchViews> {
  return (stretchViews ??= import('./stretchViews'));
}

/** The module once loaded, while `wanted`; undefined until then. */
function useStretchViews(wanted: boolean): StretchViews | undefined {
  const [views, setViews] = useState<StretchViews>();
  useEffect(() => {
    if (wanted && !views) void loadStretchViews().then(setViews);
  }, [wanted]);
  return views;
}

export function usePopupData(view: PopupView, store: PopupStore) {
  const now = useNow(250);
  const [data, setData] = useState(store.current);
  useEffect(() => {
    const unsubscribe = store.subscribe(setData);
    setData(store.current); // whatever changed between the first render and now
    return unsubscribe;
  }, [store]);
  const { settings, history } = data;
  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  const state = data.stretch.state;
  const shown = state?.status === 'running' || (view === 'break' && state?.status === 'ready');
  const views = useStretchViews(shown);
  // The exercise is checked with the player's module: a session it refuses is no session.
  const session = useMemo(() => (views ? views.parseStretchSession(data.stretch.raw, Date.now()).value : undefined), [views, data.stretch]);

  const oneAtATime = useOneAtATime();
  const [handingOver, setHandingOver] = useState(false);
  // The break window takes the sound from a popup that is open at the same time.
  const soundOwner = useSoundOwner(view === 'break');

  const send = (request: UiRequest) =>
    oneAtATime(() =>
      sendToBackground(request).then(() => {
        if (view === 'break' && (request.type === 'snooze' || request.type === 'skip')) window.close();
      }),
    );
  const onStart = () => {
    void loadStretchViews(); // the player is about to show
    if (view === 'break' || !(settings.sound || settings.voice)) return send({ type: 'startStretch' });
    // The popup closes on the next click elsewhere, and its sounds with it: the break window plays instead.
    setHandingOver(true);
    void sendToBackground({ type: 'startStretch' })
      .then(() => sendToBackground({ type: 'handOverStretch' }))
      .then(() => window.close());
  };
  const onOpenSettings = () => void openSettingsPage().then(() => view === 'popup' && window.close());

  const status = statusOfStored(data.schedule, now, settings);
  // Computed when the history or the day changes, not at every tick; the popup shows no sitting record.
  const day = startOfDay(now).getTime();
  const today = useMemo(() => {
    const stats = historyStats(history, now, 0);
    return { done: stats.today.done, streakDays: stats.streakDays };
  }, [history, day]);
  const firstStretch = useMemo(() => !history.some((entry) => entry.outcome === 'done' || entry.outcome === 'stoppedEarly'), [history]);
  const justEnded =
    state?.status === 'ended' && state.endedAt !== null && now - state.endedAt < DONE_SCREEN_MS ? { outcome: state.outcome } : null;
  return {
    now,
    settings,
    status,
    today,
    justEnded,
    /** The stretch to show and its module; `loading` while the module is on its way. */
    stretch: !shown ? null : views && session !== undefined ? { views, session } : ('loading' as const),
    audible: soundOwner && !handingOver,
    firstStretch,
    send,
    onStart,
    onOpenSettings,
  };
}
