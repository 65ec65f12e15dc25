import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;

/** getMessage as Chrome does it: $1…$9 substitutions, $$ for a dollar sign. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Messages)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, ref: string) =>
    ref === '$' ? '$' : (subs[Number(ref) - 1] ?? ''),
  );
}

function installI18n(): void {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
}

installI18n();
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});

/** vi.waitFor with room for a busy, shared machine (its default is one second). */
export function waitFor<T>(check: () => T | Promise<T>, timeout = 5000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 20 });
}
