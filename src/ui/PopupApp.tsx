import type { ComponentChildren } from 'preact';
import type { Status } from '../core/scheduleStatus';
import type { StretchOutcome } from '../core/stretchState';
import { t, tn } from '../platform/i18n';
import type { UiRequest } from '../core/uiRequest';
import { DoneBanner } from './DoneBanner';
import { formatDays, formatNumber } from './format';
import { StatusPanel } from './StatusPanel';

export type PopupView = 'popup' | 'break';

export interface PopupAppProps {
  /** The toolbar popup, or the break window the background opens. */
  view: PopupView;
  status: Status;
  /** The break length, named on the start button. */
  breakMinutes: number;
  today: { done: number; streakDays: number };
  /** A stretch just ended: how (the banner that replaces the player). */
  justEnded: { outcome: StretchOutcome | null } | null;
  /** The running stretch's player: shown instead of everything else. */
  player?: ComponentChildren;
  /** The break window's exercise, ready to start, around the start button it is given. */
  preview?: (startButton: ComponentChildren) => ComponentChildren;
  onStart: () => void;
  onOpenSettings: () => void;
  send: (request: UiRequest) => void;
}

/** The toolbar popup and the break window: the sitting clock, one button to stretch, today's breaks. */
export function PopupApp({ view, status, breakMinutes, today, justEnded, player, preview, onStart, onOpenSettings, send }: PopupAppProps) {
  if (player) return <main class={`app ${view}`}>{player}</main>;

  const startButton = (
    <button type="button" class="primary start" onClick={onStart}>
      {tn('startStretch', breakMinutes)}
    </button>
  );
  return (
    <main class={`app ${view}`}>
      <header class="brand">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{view === 'break' ? t('breakTitle') : t('extName')}</h1>
      </header>
      {justEnded && <DoneBanner outcome={justEnded.outcome} />}
      {preview ? (
        <>
          {preview(startButton)}
          <StatusPanel status={status} send={send} />
        </>
      ) : (
        <>
          <StatusPanel status={status} send={send} />
          {startButton}
        </>
      )}
      <p class="today" data-testid="today">
        {t('todaySummary', [formatNumber(today.done), formatDays(today.streakDays)])}
      </p>
      <footer>
        <a
          href="/options.html"
          onClick={(event) => {
            event.preventDefault();
            onOpenSettings();
          }}
        >
          {t('openSettings')}
        </a>
      </footer>
    </main>
  );
}
