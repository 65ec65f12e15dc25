import type { Speak } from '../../core/spokenCues';
import type { StretchSession } from '../../core/stretchState';
import { t } from '../../platform/i18n';
import type { UiRequest } from '../../core/uiRequest';
import { Player } from '../Player';
import { DoneBanner } from '../DoneBanner';

export interface TrySectionProps {
  /** The stretch as stored: the one started here, or one under way from the toolbar. */
  session: StretchSession | null;
  /** The stretch ended while this page was open: say how it went. */
  justEnded: boolean;
  now: number;
  sound: { on: boolean; volume: number };
  onToggleSound: () => void;
  voice: boolean;
  onToggleVoice: () => void;
  speak: Speak;
  send: (request: UiRequest) => void;
}

/** "Try a stretch now": the same guided player as the toolbar's, right in the page. */
export function TrySection({ session, justEnded, now, sound, onToggleSound, voice, onToggleVoice, speak, send }: TrySectionProps) {
  const running = session?.status === 'running';
  return (
    <section class="panel try" aria-labelledby="try-heading">
      <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
      {running ? (
        // Someone on the welcome page is new to it: the safety line starts open. The page they
        // pressed Try on is the one that chimes and speaks.
        <Player
          session={session}
          now={now}
          sound={sound}
          onToggleSound={onToggleSound}
          voice={voice}
          onToggleVoice={onToggleVoice}
          speak={speak}
          audible
          firstStretch
          send={send}
        />
      ) : (
        <>
          {justEnded && <DoneBanner outcome={session!.outcome} />}
          <p>{t('welcomeTryHint')}</p>
          <button type="button" class="primary" onClick={() => send({ type: 'startStretch' })}>
            {t('welcomeTry')}
          </button>
        </>
      )}
    </section>
  );
}
