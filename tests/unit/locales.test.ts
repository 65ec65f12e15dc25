import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: unknown }>;

const read = (language: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8'));
const english = read('en');
const TRANSLATIONS = readdirSync('public/_locales').filter((language) => language !== 'en');

/** Count messages come as `<base>_one`, `<base>_other`, …: each language has the forms its plural rules use. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralBases = Object.keys(english)
  .filter((key) => key.endsWith('_other') && `${key.slice(0, -'_other'.length)}_one` in english)
  .map((key) => key.slice(0, -'_other'.length));
const pluralBase = (key: string) =>
  pluralBases.find((base) => key.startsWith(`${base}_`) && CATEGORIES.includes(key.slice(base.length + 1)));

/** The English message a key translates: a plural form English lacks (a French `many`) follows English `other`. */
const source = (key: string) => english[key] ?? english[`${pluralBase(key)}_other`];
const placeholders = (message: string) => [...new Set(message.match(/\$\d/g))].sort().join(' ');

it('ships German, Spanish, French, Japanese and Brazilian Portuguese', () => {
  expect(TRANSLATIONS.sort()).toEqual(['de', 'es', 'fr', 'ja', 'pt_BR']);
});

describe.each(TRANSLATIONS)('the %s messages', (language) => {
  const messages = read(language);
  const forms = new Intl.PluralRules(language.replace('_', '-')).resolvedOptions().pluralCategories as string[];
  const expected = [
    ...Object.keys(english).filter((key) => !pluralBase(key)),
    ...pluralBases.flatMap((base) => forms.map((form) => `${base}_${form}`)),
  ];

  it('have every English message, and none English does not have', () => {
    expect(expected.filter((key) => !(key in messages))).toEqual([]);
    expect(Object.keys(messages).filter((key) => !expected.includes(key))).toEqual([]);
  });

  it('keep every message’s $1…$9 placeholders and placeholder blocks', () => {
    const differing = Object.entries(messages).filter(([key, entry]) => {
      const english = source(key);
      return (
        english !== undefined &&
        (placeholders(entry.message) !== placeholders(english.message) ||
          JSON.stringify(entry.placeholders) !== JSON.stringify(english.placeholders))
      );
    });
    expect(differing.map(([key, entry]) => `${key}: ${entry.message}`)).toEqual([]);
  });

  it('say something for every message, and keep the name', () => {
    expect(Object.keys(messages).filter((key) => !messages[key]?.message.trim())).toEqual([]);
    expect(messages.extName?.message).toBe('Unhunch');
  });
});
