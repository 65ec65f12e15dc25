import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = resolve(__dirname, '../..');
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja'];

/** A store text file: the `# title` and its `## Section` bodies, trimmed. */
function readSections(file: string): { title: string; sections: Map<string, string> } {
  const text = readFileSync(resolve(ROOT, 'store', file), 'utf8');
  const title = /^# (.+)$/m.exec(text)?.[1]?.trim() ?? '';
  const sections = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return { title, sections };
}

function messages(lang: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(resolve(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
}

function manifestPermissions(browser: string): string[] {
  const manifest = config.manifest as (env: { browser: string }) => { permissions?: string[] };
  return manifest({ browser }).permissions ?? [];
}

describe.each(LANGUAGES)('store listing in %s', (lang) => {
  it('is named as the extension is in that language, within AMO’s 50 characters', () => {
    const { title } = readSections(`${lang}.md`);
    expect(title).toBe(messages(lang).extName?.message);
    expect(title.length).toBeLessThanOrEqual(50);
  });

  it('has a short description the Chrome Web Store accepts (the manifest description, at most 132 characters)', () => {
    const description = messages(lang).extDescription?.message ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(132);
  });

  it('has an AMO summary, a long description and a privacy statement within the stores’ limits', () => {
    const { sections } = readSections(`${lang}.md`);
    expect([...sections.keys()]).toEqual(['Summary', 'Description', 'Privacy']);
    const summary = sections.get('Summary') ?? '';
    expect(summary.length).toBeGreaterThan(60);
    expect(summary.length).toBeLessThanOrEqual(250);
    expect(summary).not.toContain('\n');
    const description = sections.get('Description') ?? '';
    expect(description.length).toBeGreaterThan(1000);
    expect(description.length).toBeLessThanOrEqual(16_000);
    expect((sections.get('Privacy') ?? '').length).toBeGreaterThan(500);
  });
});

describe('Chrome Web Store privacy practices', () => {
  const { sections } = readSections('permissions.md');

  it.each(['chrome', 'firefox'])('justify every permission the %s manifest asks for', (browser) => {
    const permissions = manifestPermissions(browser);
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) expect(sections.get(permission) ?? '', permission).toMatch(/\w{3,}/);
  });

  it('justify no permission the extension does not ask for', () => {
    const asked = new Set([...manifestPermissions('chrome'), ...manifestPermissions('firefox')]);
    const other = new Set(['Single purpose', 'Host permissions', 'Remote code', 'Data usage']);
    expect([...sections.keys()].filter((heading) => !asked.has(heading) && !other.has(heading))).toEqual([]);
  });

  it('state the single purpose, host permissions, remote code and data usage', () => {
    for (const heading of ['Single purpose', 'Host permissions', 'Remote code', 'Data usage']) {
      expect(sections.get(heading) ?? '', heading).toMatch(/\w{3,}/);
    }
  });
});
