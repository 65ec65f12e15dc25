// The player's voice, heard through the speaker its page gives it: what is said, when, and when not.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Speak } from '../../src/core/spokenCues';
import type { StretchSession } from '../../src/core/stretch';
import { Player } from '../../src/ui/Player';
import { getMessage } from './messages';
import { useRenderRoot } from './renderRoot';

const root = useRenderRoot();
const T0 = Date.UTC(2026, 11, 7, 9);
const HOLD = 'Hold, side 1, round 1 of 2';

/** A two-minute chair twist: get ready for 5 s, then hold side 1 for 25 s. */
const session = (exerciseId = 'chairTwist'): StretchSession => ({
  exerciseId,
  breakMs: 120_000,
  status: 'running',
  startedAt: T0,
  pausedAt: null,
  pausedMs: 0,
  endedAt: null,
  outcome: null,
});

/** A speaker that only writes down what it is asked to say. */
function fakeSpeaker() {
  const said: Array<{ text: string; lang: string; interrupt: boolean }> = [];
  const speak: Speak = (text, lang, options) => void said.push({ text, lang, interrupt: options?.interrupt ?? false });
  return { speak, said, texts: () => said.map((s) => s.text) };
}

interface Shown {
  elapsedMs: number;
  voice?: boolean;
  audible?: boolean;
  exerciseId?: string;
}

function showPlayer(speak: Speak, { elapsedMs, voice = true, audible = true, exerciseId }: Shown): void {
  act(() =>
    render(
      <Player
        session={session(exerciseId)}
        now={T0 + elapsedMs}
        sound={{ on: false, volume: 0.5 }}
        onToggleSound={() => {}}
        voice={voice}
        onToggleVoice={() => {}}
        speak={speak}
        audible={audible}
        firstStretch={false}
        send={vi.fn()}
      />,
      root(),
    ),
  );
}

/** The player ticking every quarter second, as its page's clock does. */
function tick(speak: Speak, fromMs: number, toMs: number, shown: Omit<Shown, 'elapsedMs'> = {}): void {
  for (let elapsedMs = fromMs; elapsedMs <= toMs; elapsedMs += 250) showPlayer(speak, { ...shown, elapsedMs });
}

describe('player voice', () => {
  it('says the exercise and what to do on opening, then counts down and says each phase as it begins', () => {
    const voice = fakeSpeaker();
    showPlayer(voice.speak, { elapsedMs: 1000 });
    expect(voice.said).toEqual([{ text: `${getMessage('ex_chairTwist_name')}. Get ready`, lang: 'en-GB', interrupt: true }]);

    tick(voice.speak, 1250, 5000);
    expect(voice.said.slice(1)).toEqual([
      { text: '3', lang: 'en-GB', interrupt: false },
      { text: '2', lang: 'en-GB', interrupt: false },
      { text: '1', lang: 'en-GB', interrupt: false },
      // A new phase cuts off a countdown still being said.
      { text: HOLD, lang: 'en-GB', interrupt: true },
    ]);
    tick(voice.speak, 5250, 6000);
    expect(voice.said).toHaveLength(5);
  });

  it('says nothing while the voice is off or another page makes the sounds; turned on, says where the stretch is', () => {
    const voice = fakeSpeaker();
    tick(voice.speak, 1000, 6000, { voice: false });
    tick(voice.speak, 6000, 7000, { audible: false });
    expect(voice.said).toEqual([]);

    showPlayer(voice.speak, { elapsedMs: 7250 });
    expect(voice.texts()).toEqual([`${getMessage('ex_chairTwist_name')}. ${HOLD}`]);
  });

  it('after the page was frozen, says only what to do now, not every cue it missed', () => {
    const voice = fakeSpeaker();
    showPlayer(voice.speak, { elapsedMs: 1000 });
    showPlayer(voice.speak, { elapsedMs: 12_000 });
    expect(voice.said.slice(1)).toEqual([{ text: HOLD, lang: 'en-GB', interrupt: true }]);
  });

  it('names another exercise when the stretch switches to it', () => {
    const voice = fakeSpeaker();
    showPlayer(voice.speak, { elapsedMs: 1000 });
    showPlayer(voice.speak, { elapsedMs: 1250, exerciseId: 'superman' });
    expect(voice.texts().slice(1)).toEqual([`${getMessage('ex_superman_name')}. Get ready`]);
  });
});
