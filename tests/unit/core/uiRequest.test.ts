// What the background accepts from pages: anything that is not a request it knows is ignored.
import { describe, expect, it } from 'vitest';
import { parseUiRequest } from '../../../src/core/uiRequest';

const entry = { at: Date.UTC(2026, 11, 1), outcome: 'done', sittingMs: 0 };

describe('page requests', () => {
  it('reads the requests it knows', () => {
    expect(parseUiRequest({ type: 'snooze' })).toEqual({ value: { type: 'snooze' }, problems: [] });
    expect(parseUiRequest({ type: 'pause', choice: 'hour1' })).toEqual({ value: { type: 'pause', choice: 'hour1' }, problems: [] });
    expect(parseUiRequest({ type: 'importHistory', entries: [entry] })).toEqual({ value: { type: 'importHistory', entries: [entry] }, problems: [] });
  });

  it('imports the valid entries of a history import and says which it left out and why', () => {
    expect(parseUiRequest({ type: 'importHistory', entries: [entry, 'junk', { ...entry, at: Number.NaN }] })).toEqual({
      value: { type: 'importHistory', entries: [entry] },
      problems: ['history import: entry 2 left out (historyProblemNotObject)', 'history import: entry 3 left out (historyProblemTime)'],
    });
    expect(parseUiRequest({ type: 'importHistory', entries: 'all of them' })).toEqual({
      value: { type: 'importHistory', entries: [] },
      problems: ['history import: the entries are not a list'],
    });
  });

  it('names at most 20 left-out entries and counts the rest', () => {
    const { value, problems } = parseUiRequest({ type: 'importHistory', entries: [entry, ...Array.from({ length: 25 }, () => null)] });
    expect(value).toEqual({ type: 'importHistory', entries: [entry] });
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('history import: entry 2 left out (historyProblemNotObject)');
    expect(problems.at(-1)).toBe('history import: 5 more invalid entries left out');
  });

  it.each<[string, unknown]>([
    ['a pause without a choice', { type: 'pause' }],
    ['a pause of a year', { type: 'pause', choice: 'year1' }],
    ['a pause whose choice is only on the prototype', Object.assign(Object.create({ choice: 'hour1' }), { type: 'pause' })],
  ])('refuses %s, saying why', (_, raw) => {
    expect(parseUiRequest(raw)).toEqual({ value: null, problems: ['pause request refused: no known choice of how long'] });
  });

  it('refuses a message that cannot be read, saying why', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('no peeking');
        },
      },
    );
    expect(parseUiRequest(hostile)).toEqual({ value: null, problems: ['request refused: could not be read: no peeking'] });
  });

  // Other listeners' messages (a settings save) come the same way: not a problem, just not a request.
  it.each<[string, unknown]>([
    ['null', null],
    ['a list', [{ type: 'snooze' }]],
    ['text', 'snooze'],
    ['a settings save', { type: 'saveSettings', patch: { sound: true } }],
    ['an unknown type', { type: 'deleteEverything' }],
    ['a type in another case', { type: 'Snooze' }],
    ['a type only on the prototype', Object.create({ type: 'snooze' })],
    ['a type behind __proto__', JSON.parse('{"__proto__": {"type": "clearHistory"}}')],
    ['a huge type', { type: 'x'.repeat(1_000_000) }],
  ])('ignores %s', (_, raw) => {
    expect(parseUiRequest(raw)).toEqual({ value: null, problems: [] });
  });
});
