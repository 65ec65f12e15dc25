import { describe, expect, it } from 'vitest';
import {
  LATEST_TIME_MS,
  checkWholeNumber,
  distinctList,
  isDuration,
  isIntegerInRange,
  isNumberInRange,
  isOneOf,
  isPlainObject,
  isTime,
  ownField,
  readSafely,
} from '../../../src/core/guards';
import { minuteOfDayFromText, numberFromText } from '../../../src/core/formText';

const NOT_NUMBERS: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5', null, undefined, true, [5], { n: 5 }, 5n];

describe('guards', () => {
  it('a plain object is what a JSON object parses to: not null, not an array', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(JSON.parse('{"a":1}'))).toBe(true);
    for (const v of [null, undefined, [], [1], 'x', 1, true, () => 1]) expect(isPlainObject(v), String(v)).toBe(false);
  });

  it('reads only own fields: a JSON __proto__ key, a polluted prototype or an inherited key reads as missing', () => {
    const fromJson = JSON.parse('{"__proto__": {"intervalMinutes": 99}, "theme": "dark"}') as Record<string, unknown>;
    expect(ownField(fromJson, 'intervalMinutes')).toBeUndefined();
    expect(ownField(fromJson, 'theme')).toBe('dark');
    const inherited = Object.create({ intervalMinutes: 30 }) as Record<string, unknown>;
    expect(inherited.intervalMinutes).toBe(30);
    expect(ownField(inherited, 'intervalMinutes')).toBeUndefined();
    expect(ownField({}, 'constructor')).toBeUndefined();
    expect(ownField({}, 'toString')).toBeUndefined();
    expect(({} as Record<string, unknown>).intervalMinutes).toBeUndefined();
  });

  it('numbers in a range are finite: NaN, ±Infinity and numbers in text are not numbers', () => {
    expect(isNumberInRange(2.5, 0, 5)).toBe(true);
    expect(isNumberInRange(0, 0, 5) && isNumberInRange(5, 0, 5)).toBe(true);
    expect(isNumberInRange(-0.1, 0, 5) || isNumberInRange(5.1, 0, 5)).toBe(false);
    expect(isNumberInRange(Number.POSITIVE_INFINITY, 0, Number.POSITIVE_INFINITY)).toBe(false);
    for (const v of NOT_NUMBERS) expect(isNumberInRange(v, -1e300, 1e300), String(v)).toBe(false);
    expect(isIntegerInRange(3, 0, 6) && !isIntegerInRange(3.5, 0, 6) && !isIntegerInRange(7, 0, 6)).toBe(true);
    for (const v of NOT_NUMBERS) expect(isIntegerInRange(v, -1e300, 1e300), String(v)).toBe(false);
  });

  it('a time is a date from 1970 to the last one a Date can hold; later or earlier is not', () => {
    expect(isTime(0) && isTime(Date.UTC(2026, 11, 1)) && isTime(LATEST_TIME_MS)).toBe(true);
    expect(new Date(LATEST_TIME_MS).getTime()).toBe(LATEST_TIME_MS);
    expect(new Date(LATEST_TIME_MS + 1).getTime()).toBeNaN();
    for (const v of [-1, -1e15, LATEST_TIME_MS + 1, 1e300, ...NOT_NUMBERS]) expect(isTime(v), String(v)).toBe(false);
  });

  it('a duration is from 0 to its longest', () => {
    expect(isDuration(0, 10) && isDuration(10, 10)).toBe(true);
    for (const v of [-1, 11, ...NOT_NUMBERS]) expect(isDuration(v, 10), String(v)).toBe(false);
  });

  it('one of the choices, exactly', () => {
    const choices = ['seated', 'standing'] as const;
    expect(isOneOf('seated', choices)).toBe(true);
    for (const v of ['Seated', ' seated', '', null, ['seated'], { seated: true }]) expect(isOneOf(v, choices), String(v)).toBe(false);
  });

  it('a list of distinct items, copied; duplicates, bad items, non-lists and huge lists are refused', () => {
    const isDay = (v: unknown): v is number => isIntegerInRange(v, 0, 6);
    const input = [1, 3, 5];
    const list = distinctList(input, isDay, 7);
    expect(list).toEqual([1, 3, 5]);
    expect(list).not.toBe(input);
    expect(distinctList([], isDay, 7)).toEqual([]);
    for (const v of [[1, 1], [7], ['1'], [1.5], 'weekdays', null, { 0: 1 }]) expect(distinctList(v, isDay, 7), JSON.stringify(v)).toBeNull();
    // A huge list is refused from its length alone: a million entries cost nothing.
    let reads = 0;
    const huge = new Proxy(new Array(1_000_000).fill(1), {
      get(target, key, receiver) {
        if (key !== 'length') reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(distinctList(huge, isDay, 7)).toBeNull();
    expect(reads).toBeLessThan(5);
  });

  it('a whole number in range, with the message a person reads and the range as its arguments', () => {
    expect(checkWholeNumber(45, 10, 180)).toEqual({ ok: true, value: 45 });
    const negativeZero = checkWholeNumber(-0, -5, 5);
    expect(negativeZero.ok && Object.is(negativeZero.value, 0)).toBe(true);
    const problem = (messageKey: string) => ({ ok: false, problem: { messageKey, args: ['10', '180'] } });
    for (const v of [undefined, null]) expect(checkWholeNumber(v, 10, 180)).toEqual(problem('settingsErrorRequired'));
    for (const v of [4.5, Number.NaN, Number.POSITIVE_INFINITY, '45', true, [45]])
      expect(checkWholeNumber(v, 10, 180), String(v)).toEqual(problem('settingsErrorWholeNumber'));
    for (const v of [9, 181, -1, 1e9]) expect(checkWholeNumber(v, 10, 180), String(v)).toEqual(problem('settingsErrorRange'));
  });

  it('a read that throws gives the fallback, with the error', () => {
    expect(readSafely(() => 1, () => 2)).toBe(1);
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } }) as Record<string, unknown>;
    expect(readSafely(() => hostile.x, (e) => (e as Error).message)).toBe('boom');
  });
});

describe('form text', () => {
  it('whole numbers from what an input holds; anything else stays text for the check to refuse', () => {
    expect(numberFromText('45')).toBe(45);
    expect(numberFromText(' 90 ')).toBe(90);
    expect(numberFromText('-3')).toBe(-3);
    expect(numberFromText('')).toBeUndefined();
    expect(numberFromText('   ')).toBeUndefined();
    for (const v of ['4.5', '1e9', '0x2d', 'NaN', 'Infinity', '45min']) expect(numberFromText(v)).toBe(v);
    expect(numberFromText(45)).toBe(45);
  });

  it('times of day from "HH:MM" or minutes; impossible times are not numbers', () => {
    expect(minuteOfDayFromText('08:30')).toBe(510);
    expect(minuteOfDayFromText(' 23:59 ')).toBe(1439);
    expect(minuteOfDayFromText('360')).toBe(360);
    expect(minuteOfDayFromText('24:00')).toBeNaN();
    expect(minuteOfDayFromText('12:60')).toBeNaN();
    expect(minuteOfDayFromText('noon')).toBe('noon');
  });
});
