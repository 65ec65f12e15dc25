/**
 * The running stretch's player and the break window's ready exercise, with what they need (the
 * exercise check, illustrations, steps, sounds, the voice, the sound and voice switches' writes):
 * loaded only when a stretch is shown.
 */
import type { Settings } from '../../src/core/settings';
import { parseStretchSession, sessionExercise, type StretchSession } from '../../src/core/stretch';
import { t } from '../../src/platform/i18n';
import type { UiRequest } from '../../src/core/uiRequest';
import { settingsWriter } from '../../src/platform/settingsWriter';
import { speak } from '../../src/platform/speech';
import { ExercisePreview } from '../../src/ui/ExercisePreview';
import { Player } from '../../src/ui/Player';
import { useSettingSwitches } from '../../src/ui/useSettingSwitches';

export { ExercisePreview, parseStretchSession, sessionExercise };

interface StretchPlayerProps {
  session: StretchSession;
  settings: Settings;
  now: number;
  audible: boolean;
  firstStretch: boolean;
  send: (request: UiRequest) => void;
}

/** The player, its sound and voice switches saved as settings. */
export function StretchPlayer({ session, settings, now, audible, firstStretch, send }: StretchPlayerProps) {
  const switches = useSettingSwitches(settings, settingsWriter);
  return (
    <Player
      session={session}
      now={now}
      sound={{ on: switches.sound, volume: settings.soundVolume }}
      onToggleSound={() => switches.toggle('sound')}
      voice={switches.voice}
      onToggleVoice={() => switches.toggle('voice')}
      speak={speak}
      switchProblem={switches.problemKey === null ? '' : t(switches.problemKey)}
      audible={audible}
      firstStretch={firstStretch}
      send={send}
    />
  );
}
