import type { PauseChoice } from '../core/scheduleEvents';
import type { Status } from '../core/scheduleStatus';
import { formatClockTime, t } from '../platform/i18n';
import type { UiRequest } from '../core/uiRequest';
import { formatDuration } from './format';

function statusText(status: Status): string {
  switch (status.kind) {
    case 'sitting':
      return status.nextBreakAt === null
        ? t('statusSittingFor', formatDuration(status.sittingMs))
        : t('statusSitting', [formatDuration(status.sittingMs), formatClockTime(status.nextBreakAt)]);
    case 'due':
      return t('statusDue', formatDuration(status.sittingMs));
    case 'away':
      return t('statusAway');
    case 'paused':
      return status.pausedUntil === null ? t('statusPausedUntilResumed') : t('statusPausedUntil', formatClockTime(status.pausedUntil));
    case 'outsideHours':
      return status.resumesAt === null ? t('statusOutsideHours') : t('statusOutsideHoursUntil', formatClockTime(status.resumesAt));
    case 'doneForToday':
      return status.resumesAt === null ? t('statusDoneForToday') : t('statusDoneForTodayUntil', formatClockTime(status.resumesAt));
  }
}

const PAUSES: Array<[PauseChoice, Parameters<typeof t>[0]]> = [
  ['minutes30', 'pause30'],
  ['hour1', 'pause1h'],
  ['tomorrow', 'pauseTomorrow'],
  ['untilResumed', 'pauseUntilResumed'],
];

/** The sitting clock in words, and what a person can do about the next break. */
export function StatusPanel({ status, send }: { status: Status; send: (r: UiRequest) => void }) {
  const paused = status.kind === 'paused';
  return (
    <section class="status" aria-labelledby="status-heading">
      <h2 id="status-heading" class="visually-hidden">
        {t('statusHeading')}
      </h2>
      <p class="status-line" data-testid="status-line">
        {statusText(status)}
      </p>
      <div class="status-actions">
        {paused ? (
          <button type="button" onClick={() => send({ type: 'resume' })}>
            {t('resumeReminders')}
          </button>
        ) : (
          <>
            {/* Snooze and skip only where there is a break to put off, once. */}
            {((status.kind === 'sitting' && !status.snoozed) || status.kind === 'due') && (
              <button type="button" onClick={() => send({ type: 'snooze' })}>
                {t('snooze')}
              </button>
            )}
            {status.kind === 'due' && (
              <button type="button" onClick={() => send({ type: 'skip' })}>
                {t('skipBreak')}
              </button>
            )}
            <details class="pause-menu">
              <summary>{t('pauseReminders')}</summary>
              <ul>
                {PAUSES.map(([choice, key]) => (
                  <li key={choice}>
                    <button type="button" onClick={() => send({ type: 'pause', choice })}>
                      {t(key)}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </div>
    </section>
  );
}
