import { describe, expect, it } from 'vitest';
import { nudgeText } from '../../entrypoints/background/nudgeText';
import { defaultSettings } from '../../src/core/settings';
import type { StretchSession } from '../../src/core/stretch';

const prepared = (exerciseId: string): StretchSession => ({
  exerciseId,
  breakMs: 120_000,
  status: 'ready',
  startedAt: null,
  pausedAt: null,
  pausedMs: 0,
  endedAt: null,
  outcome: null,
});

describe('nudge text', () => {
  it('follows where the prepared exercise is done', () => {
    const settings = defaultSettings();
    expect(nudgeText(false, settings, prepared('chairTwist')).message).toBe(
      'Stay in your chair for a 2-minute stretch: Seated twist on a chair.',
    );
    expect(nudgeText(false, settings, prepared('standingSideBend')).message).toBe(
      'Stand up for a 2-minute stretch: Standing side bend.',
    );
    expect(nudgeText(true, { ...settings, breakMinutes: 5 }, prepared('catCow')).message).toBe(
      'Time for a 5-minute stretch on the floor: Cat/cow.',
    );
  });
});
