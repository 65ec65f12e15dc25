import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '../../src/platform/i18n';

describe('t', () => {
  it('reads messages from the English locale', () => {
    expect(t('extName')).toBe('Unhunch');
  });
  it('returns the key for a missing message so the gap is visible', () => {
    expect(t('noSuchMessage' as MessageKey)).toBe('noSuchMessage');
  });
});
