// Settings written as patches: merged with what is stored at write time, bursts coalesced,
// refused writes kept and retried later and later.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettingsPatch, type Settings } from '../../../src/core/settings';
import {
  applySettingsPatch,
  coalescedWrites,
  mergeSettingsPatches,
  parsePendingSettingsWrite,
  refusedWrite,
  retryDelayMs,
  type SettingsPatch,
} from '../../../src/core/settingsWrites';

const MINUTE = 60_000;

describe('parseSettingsPatch', () => {
  it('keeps the valid settings fields, reports the invalid ones and drops other keys', () => {
    const { value: patch, problems } = parseSettingsPatch({ breakMinutes: 7, theme: 'neon', sound: true, hacker: 1 });
    expect(patch).toEqual({ breakMinutes: 7, sound: true });
    expect(problems.map((p) => p.field)).toEqual(['theme']);
  });

  it('gives an empty patch for anything that is not an object', () => {
    for (const raw of [null, 'x', 3, [1], undefined]) expect(parseSettingsPatch(raw)).toEqual({ value: {}, problems: [] });
  });
});

describe('applySettingsPatch and mergeSettingsPatches', () => {
  it('changes only the patched fields, without touching its inputs', () => {
    const stored: Settings = { ...DEFAULT_SETTINGS, intervalMinutes: 60 };
    const patch: SettingsPatch = { breakMinutes: 5, positions: ['floor'] };
    const written = applySettingsPatch(stored, patch);
    expect(written).toEqual({ ...DEFAULT_SETTINGS, intervalMinutes: 60, breakMinutes: 5, positions: ['floor'] });
    written.positions.push('seated');
    expect(patch.positions).toEqual(['floor']);
    expect(stored.positions).toEqual(DEFAULT_SETTINGS.positions);
  });

  it('lets the newer patch win where both set a field', () => {
    expect(mergeSettingsPatches({ sound: true, breakMinutes: 3 }, { sound: false, voice: true })).toEqual({
      sound: false,
      breakMinutes: 3,
      voice: true,
    });
  });
});

describe('refused writes', () => {
  it('are retried after a minute, then later each time, never more than 15 minutes apart', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([1, 2, 4, 8, 15, 15, 15].map((m) => m * MINUTE));
  });

  it('count the refusals in a row and say when to try next', () => {
    const first = refusedWrite({ sound: true }, null, 1_000);
    expect(first).toEqual({ patch: { sound: true }, attempts: 1, retryAt: 1_000 + MINUTE });
    expect(refusedWrite({ sound: true }, first, 70_000)).toEqual({ patch: { sound: true }, attempts: 2, retryAt: 70_000 + 2 * MINUTE });
  });

  it('read back from storage only when they hold a usable patch', () => {
    const kept = refusedWrite({ breakMinutes: 8 }, null, 0);
    expect(parsePendingSettingsWrite(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(parsePendingSettingsWrite({ patch: { breakMinutes: 99, bogus: 1 }, attempts: 1, retryAt: 5 })).toBeNull();
    expect(parsePendingSettingsWrite({ patch: { sound: true }, attempts: -2, retryAt: 'soon' })).toEqual({
      patch: { sound: true },
      attempts: 1,
      retryAt: 0,
    });
    expect(parsePendingSettingsWrite(null)).toBeNull();
  });
});

describe('coalescedWrites', () => {
  /** A writer whose writes finish only when the test says so. */
  function slowWriter() {
    const writes: { patch: SettingsPatch; finish: (result: string) => void; fail: (e: Error) => void }[] = [];
    const write = (patch: SettingsPatch) =>
      new Promise<string>((resolve, reject) => writes.push({ patch, finish: resolve, fail: reject }));
    return { writes, save: coalescedWrites(write) };
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('writes one patch at a time, and the ones arriving meanwhile together in one write', async () => {
    const { writes, save } = slowWriter();
    const first = save({ sound: true });
    const second = save({ breakMinutes: 4 });
    const third = save({ sound: false, voice: true });
    await settle();
    expect(writes.map((w) => w.patch)).toEqual([{ sound: true }]);
    writes[0]!.finish('first');
    await settle();
    expect(writes.map((w) => w.patch)).toEqual([{ sound: true }, { breakMinutes: 4, sound: false, voice: true }]);
    writes[1]!.finish('second');
    expect(await Promise.all([first, second, third])).toEqual(['first', 'second', 'second']);
  });

  it('a failing write rejects only the callers whose patch it carried, and the next write still runs', async () => {
    const { writes, save } = slowWriter();
    const first = save({ sound: true });
    await settle();
    const second = save({ voice: true });
    writes[0]!.fail(new Error('refused'));
    await expect(first).rejects.toThrow('refused');
    await settle();
    writes[1]!.finish('ok');
    expect(await second).toBe('ok');
    // Idle again: the next patch is written at once.
    const third = save({ badge: false });
    await settle();
    expect(writes[2]!.patch).toEqual({ badge: false });
    writes[2]!.finish('again');
    expect(await third).toBe('again');
  });
});
