import { useEffect, useRef } from 'preact/hooks';
import type { Routine } from '../core/routine';
import { cuesBetween, type Speak } from '../core/spokenCues';
import { uiLanguage } from '../platform/i18n';
import { spokenPhase } from './exerciseText';
import { formatNumber } from './format';

/** A page that was frozen longer than this speaks only where the stretch is now, not what it missed. */
const CATCH_UP_MS = 3000;

/**
 * Says the exercise and each phase aloud as the timer reaches it, with 3-2-1 before a change.
 * `on`: the person wants it and this page is the one that speaks; `speak` is the voice.
 */
export function useSpokenCues(on: boolean, speak: Speak, name: string, routine: Routine, elapsedMs: number, phaseIndex: number): void {
  const heard = useRef<{ name: string; elapsedMs: number } | null>(null);
  useEffect(() => {
    if (!on) {
      heard.current = null;
      return;
    }
    const from = heard.current?.name === name ? heard.current.elapsedMs : null;
    heard.current = { name, elapsedMs };
    const lang = uiLanguage();
    const phaseNow = () => spokenPhase(routine.phases[phaseIndex]!);
    // Just opened, the voice just turned on, or another exercise: its name and what to do now.
    if (from === null) {
      if (routine.phases[phaseIndex]!.kind !== 'done') speak(`${name}. ${phaseNow()}`, lang, { interrupt: true });
      return;
    }
    if (elapsedMs - from > CATCH_UP_MS || elapsedMs < from) {
      speak(phaseNow(), lang, { interrupt: true });
      return;
    }
    for (const cue of cuesBetween(routine, from, elapsedMs)) {
      if (cue.type === 'phase') speak(spokenPhase(routine.phases[cue.index]!), lang, { interrupt: true });
      else speak(formatNumber(cue.n), lang);
    }
  }, [on, name, elapsedMs]);
}
