import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleUiRequest } from '../../src/platform/breakService';
import { parseUiRequest } from '../../src/platform/messages';

/** The real background answering the pages' messages, on the fake browser (idle mocked: it has none). */
export function answerPagesFromBackground(): void {
  Object.assign(fakeBrowser.idle, { setDetectionInterval: vi.fn(), queryState: vi.fn(async () => 'active') });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseUiRequest(message);
    return request ? handleUiRequest(request) : undefined;
  });
}
