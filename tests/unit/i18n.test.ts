import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formattingLocale, matchLanguage, parseCatalogue, substitute } from '../../src/core/language';
import {
  currentLanguage,
  formatClockTime,
  formatNumber,
  languageName,
  loadLanguage,
  t,
  tn,
  uiLanguage,
  type MessageKey,
} from '../../src/platform/i18n';

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

/** Small stand-ins for the translated files: what matters here is how they are read and used. */
const FILES: Record<string, unknown> = {
  en: english,
  de: {
    extName: { message: 'Unhunch' },
    optDays_one: { message: '$1 Tag' },
    optDays_other: { message: '$1 Tage' },
    startStretch_one: { message: '$1-Minuten-Dehnung starten' },
    startStretch_other: { message: '$1-Minuten-Dehnung starten' },
    nudgeTitle: { message: 'Zeit für eine Pause' },
  },
  fr: {
    optDays_one: { message: '$1 jour' },
    optDays_other: { message: '$1 jours' },
  },
  ja: { optDays_other: { message: '$1日' }, nudgeTitle: { message: '休憩の時間です' } },
  es: 'not a catalogue',
};

let fetched: string[];
beforeEach(async () => {
  fetched = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      const language = /\/_locales\/([^/]+)\/messages\.json$/.exec(url)?.[1] ?? '';
      if (!(language in FILES)) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(FILES[language]));
    }),
  );
  await loadLanguage('browser');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('language rules', () => {
  it('matches a browser language to a shipped one as the browsers do', () => {
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('pt-BR')).toBe('pt_BR');
    expect(matchLanguage('pt_BR')).toBe('pt_BR');
    expect(matchLanguage('pt-PT')).toBe('en');
    expect(matchLanguage('ja')).toBe('ja');
    expect(matchLanguage('sv-SE')).toBe('en');
    expect(matchLanguage('')).toBe('en');
  });
  it('writes dates in the browser locale when it speaks the chosen language, else in that language', () => {
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('de', 'en-GB')).toBe('de');
    expect(formattingLocale('pt_BR', 'de-DE')).toBe('pt-BR');
    expect(formattingLocale('de', 'de-CH')).toBe('de-CH');
  });
  it('substitutes $1…$9 and $$ as the browsers do', () => {
    expect(substitute('$1 of $2 costs $$3', ['1', '2'])).toBe('1 of 2 costs $3');
    expect(substitute('$2 missing', [])).toBe(' missing');
  });
  it('reads only well-formed entries of a messages file', () => {
    const catalogue = parseCatalogue({ a: { message: 'A' }, b: { message: 3 }, c: 'x', d: null });
    expect([...catalogue]).toEqual([['a', 'A']]);
    expect(parseCatalogue('garbage').size).toBe(0);
  });
  it('names each language in that language', () => {
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('pt_BR')).toMatch(/^Português/);
  });
});

describe('t and tn', () => {
  it('speak the browser language through browser.i18n without reading any file', async () => {
    expect(t('extName')).toBe('Unhunch');
    expect(t('nudgeTitle')).toBe('Time for a break');
    expect(currentLanguage()).toBe('en');
    expect(fetched).toEqual([]);
  });
  it('return the key for a missing message so the gap is visible', () => {
    expect(t('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });
  it('speak a chosen language from its packaged file, with English beneath it', async () => {
    await loadLanguage('de');
    expect(fetched.every((url) => url.startsWith(fakeBrowser.runtime.getURL('/')))).toBe(true);
    expect(t('nudgeTitle')).toBe('Zeit für eine Pause');
    expect(t('nudgeRepeatTitle')).toBe('Still sitting? A short break helps');
    expect(currentLanguage()).toBe('de');
    await loadLanguage('browser');
    expect(t('nudgeTitle')).toBe('Time for a break');
  });
  it('choose plural variants by the rules of the language in use', async () => {
    expect(tn('optDays', 1)).toBe('1 day');
    expect(tn('optDays', 0)).toBe('0 days');
    expect(tn('optDays', 1234)).toBe('1,234 days');
    await loadLanguage('fr');
    expect(tn('optDays', 0)).toBe('0 jour'); // French counts zero as one
    expect(tn('optDays', 2)).toBe('2 jours');
    await loadLanguage('ja');
    expect(tn('optDays', 1)).toBe('1日'); // Japanese has no singular: the other form
    await loadLanguage('de');
    expect(tn('optDays', 1234)).toBe('1.234 Tage');
    expect(tn('startStretch', 2)).toBe('2-Minuten-Dehnung starten');
  });
  it('every count message in English has a singular and a plural variant', () => {
    const bases = Object.keys(english)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.slice(0, -'_other'.length));
    expect(bases.length).toBeGreaterThanOrEqual(10);
    for (const base of bases) expect(english, base).toHaveProperty(`${base}_one`);
  });
  it('fall back to English when the chosen file cannot be read, and never throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadLanguage('pt_BR'); // no such file here
    expect(t('nudgeTitle')).toBe('Time for a break');
    await loadLanguage('es'); // not a catalogue
    expect(t('nudgeTitle')).toBe('Time for a break');
    expect(tn('optDays', 2)).toBe('2 days');
    warn.mockRestore();
  });
  it('keep the latest choice when an earlier file arrives late', async () => {
    vi.resetModules();
    const fresh = await import('../../src/platform/i18n');
    let releaseGerman = () => {};
    const served = fetch;
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.endsWith('/de/messages.json')) await new Promise<void>((resolve) => (releaseGerman = resolve));
      return served(url);
    });
    const german = fresh.loadLanguage('de');
    await fresh.loadLanguage('ja');
    releaseGerman();
    await german;
    expect(fresh.t('nudgeTitle')).toBe('休憩の時間です');
  });
  it('read each file once per page or worker', async () => {
    vi.resetModules();
    const fresh = await import('../../src/platform/i18n');
    await fresh.loadLanguage('de');
    await fresh.loadLanguage('ja');
    await fresh.loadLanguage('de');
    expect(fresh.t('nudgeTitle')).toBe('Zeit für eine Pause');
    expect(fetched.filter((url) => url.endsWith('/de/messages.json'))).toHaveLength(1);
    expect(fetched.filter((url) => url.endsWith('/en/messages.json'))).toHaveLength(1);
  });
});

describe('dates and numbers', () => {
  it('follow the chosen language, or the browser locale for its own language', async () => {
    const nine = new Date(2026, 11, 1, 21, 5).getTime();
    expect(uiLanguage()).toBe('en-GB');
    expect(formatClockTime(nine)).toBe('21:05');
    await loadLanguage('en');
    expect(uiLanguage()).toBe('en-GB'); // English in an English browser: its own 24-hour clock
    await loadLanguage('ja');
    expect(uiLanguage()).toBe('ja');
    expect(formatClockTime(nine)).toBe('21:05');
    await loadLanguage('de');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });
});

describe('the packaged message files', () => {
  const languages = readdirSync('public/_locales');
  const read = (language: string): Record<string, { message: string; placeholders?: unknown }> =>
    JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
  const pluralBases = Object.keys(english)
    .filter((key) => key.endsWith('_other'))
    .map((key) => key.slice(0, -'_other'.length));

  it.each(languages)('%s: has every plural form its language uses for each count message it translates', (language) => {
    const messages = read(language);
    const rules = new Intl.PluralRules(language.replace('_', '-'));
    const categories = new Set(Array.from({ length: 201 }, (_, n) => rules.select(n)));
    for (const base of pluralBases) {
      if (!Object.keys(messages).some((key) => key.startsWith(`${base}_`))) continue; // not translated yet: English
      for (const category of [...categories, 'other']) expect(messages, `${language}: ${base}`).toHaveProperty(`${base}_${category}`);
    }
  });

  it.each(languages)('%s: uses $1…$9 only, as the runtime substitutes them (no named placeholders)', (language) => {
    for (const [key, entry] of Object.entries(read(language))) expect(entry.placeholders, key).toBeUndefined();
  });
});
