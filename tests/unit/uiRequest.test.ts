// What the background accepts from pages: anything that is not a request it knows is ignored.
import { describe, expect, it } from 'vitest';
import { parseUiRequest } from '../../src/platform/messages';

describe('page requests', () => {
  it('reads the requests it knows', () => {
    expect(parseUiRequest({ type: 'snooze' })).toEqual({ type: 'snooze' });
    expect(parseUiRequest({ type: 'pause', choice: 'hour1' })).toEqual({ type: 'pause', choice: 'hour1' });
    const entry = { at: Date.UTC(2026, 11, 1), outcome: 'done', sittingMs: 0 };
    expect(parseUiRequest({ type: 'importHistory', entries: [entry, 'junk', { ...entry, at: Number.NaN }] })).toEqual({
      type: 'importHistory',
      entries: [entry],
    });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a list', [{ type: 'snooze' }]],
    ['text', 'snooze'],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a type in another case', { type: 'Snooze' }],
    ['a pause without a choice', { type: 'pause' }],
    ['a pause of a year', { type: 'pause', choice: 'year1' }],
    ['a type only on the prototype', Object.create({ type: 'snooze' })],
    ['a type behind __proto__', JSON.parse('{"__proto__": {"type": "clearHistory"}}')],
    ['a huge type', { type: 'x'.repeat(1_000_000) }],
  ])('ignores %s', (_, raw) => {
    expect(parseUiRequest(raw)).toBeNull();
  });
});
