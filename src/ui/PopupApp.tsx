import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Exercise } from '../core/catalogue';
import type { HistoryEntry } from '../core/history';
import { historyStats } from '../core/historyStats';
import type { Settings } from '../core/settings';
import { sessionExercise, type StretchSession } from '../core/stretch';
import { loadHistory, watchHistory } from '../platform/historyStore';
import { t, tn, type MessageKey } from '../platform/i18n';
import { sendToBackground, type UiRequest } from '../platform/messages';
import { openSettingsPage } from '../platform/pages';
import { loadSettings, watchSettings } from '../platform/settingsStore';
import { settingsWriter } from '../platform/settingsWriter';
import { loadStretch, watchStretch } from '../platform/stateStore';
import { ExerciseIllustration } from './ExerciseIllustration';
import { exerciseText } from './exerciseText';
import { formatDays, formatNumber } from './format';
import { useNow, useSittingStatus, useSoundOwner, useStored } from './hooks';
import { ExerciseSteps, Player } from './Player';
import { StatusPanel } from './StatusPanel';
import { useSettingSwitches } from './useSettingSwitches';
import { applyTheme } from './theme';

/** A finished stretch stays on screen this long, then the start screen returns. */
const DONE_SCREEN_MS = 10 * 60_000;

export type PopupView = 'popup' | 'break';

export function PopupApp({ view }: { view: PopupView }) {
  const now = useNow(250);
  const settings = useStored<Settings>(
    async () => (await loadSettings()).value,
    (cb) => watchSettings((loaded) => cb(loaded.value)),
  );
  const session = useStored<StretchSession | null>(loadStretch, watchStretch);
  const status = useSittingStatus(now, settings);
  const history = useStored<HistoryEntry[]>(loadHistory, (cb) => watchHistory(cb));

  const pending = useRef(false);
  const [handingOver, setHandingOver] = useState(false);
  // The break window takes the sound from a popup that is open at the same time.
  const soundOwner = useSoundOwner(view === 'break');
  const switches = useSettingSwitches(settings, settingsWriter);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  if (!settings || session === undefined || status === undefined || history === undefined)
    return <p aria-busy="true">{t('loading')}</p>;

  const send = (request: UiRequest) => {
    // A second click before the first is handled would snooze twice or log two skips.
    if (pending.current) return;
    pending.current = true;
    void sendToBackground(request)
      .then(() => {
        if (view === 'break' && (request.type === 'snooze' || request.type === 'skip')) window.close();
      })
      .finally(() => (pending.current = false));
  };
  const start = () => {
    if (view === 'break' || !(switches.sound || switches.voice)) return send({ type: 'startStretch' });
    // The popup closes on the next click elsewhere, and its sounds with it: the break window plays instead.
    setHandingOver(true);
    void sendToBackground({ type: 'startStretch' })
      .then(() => sendToBackground({ type: 'handOverStretch' }))
      .then(() => window.close());
  };

  if (session?.status === 'running')
    return (
      <main class={`app ${view}`}>
        <Player
          session={session}
          now={now}
          sound={{ on: switches.sound, volume: settings.soundVolume }}
          onToggleSound={() => switches.toggle('sound')}
          voice={switches.voice}
          onToggleVoice={() => switches.toggle('voice')}
          switchProblem={switches.problemKey === null ? '' : t(switches.problemKey as MessageKey)}
          audible={soundOwner && !handingOver}
          firstStretch={!history.some((entry) => entry.outcome === 'done' || entry.outcome === 'stoppedEarly')}
          send={send}
        />
      </main>
    );

  const stats = historyStats(history, now, status.sittingMs);
  const justDone = session?.status === 'ended' && session.endedAt !== null && now - session.endedAt < DONE_SCREEN_MS;
  const ready = session?.status === 'ready' ? sessionExercise(session) : undefined;
  const startButton = (
    <button type="button" class="primary start" onClick={start}>
      {tn('startStretch', settings.breakMinutes)}
    </button>
  );

  return (
    <main class={`app ${view}`}>
      <header class="brand">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{view === 'break' ? t('breakTitle') : t('extName')}</h1>
      </header>
      {justDone && <DoneBanner outcome={session.outcome} />}
      {ready && view === 'break' ? (
        <>
          <ExercisePreview exercise={ready}>{startButton}</ExercisePreview>
          <StatusPanel status={status} send={send} />
        </>
      ) : (
        <>
          <StatusPanel status={status} send={send} />
          {startButton}
        </>
      )}
      <p class="today" data-testid="today">
        {t('todaySummary', [formatNumber(stats.today.done), formatDays(stats.streakDays)])}
      </p>
      <footer>
        <a
          href="/options.html"
          onClick={(event) => {
            event.preventDefault();
            void openSettingsPage().then(() => view === 'popup' && window.close());
          }}
        >
          {t('openSettings')}
        </a>
      </footer>
    </main>
  );
}

/** Shown where the player was, and focused, so keyboard users are not dropped to the top. */
export function DoneBanner({ outcome }: { outcome: StretchSession['outcome'] }) {
  const banner = useRef<HTMLParagraphElement>(null);
  useEffect(() => banner.current?.focus(), []);
  return (
    <p class="done-banner" role="status" tabIndex={-1} ref={banner}>
      {outcome === 'done' ? t('stretchDone') : t('stretchStoppedEarly')}
    </p>
  );
}

/** The break window's exercise, ready to start: picture first, then the start button, then the steps. */
function ExercisePreview({ exercise, children }: { exercise: Exercise; children: ComponentChildren }) {
  const text = exerciseText(exercise);
  return (
    <section class="preview" aria-labelledby="preview-name">
      <h2 id="preview-name">{t('todaysStretch', text.name)}</h2>
      <ExerciseIllustration exerciseId={exercise.id} label={text.name} class="illustration" />
      {children}
      <ExerciseSteps text={text} />
    </section>
  );
}
