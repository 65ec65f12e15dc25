import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleUiRequest } from '../../entrypoints/background/pageRequests';
import { setupSettingsWrites } from '../../entrypoints/background/settingsWrites';
import { parseUiRequest } from '../../src/platform/messages';

/** The real background answering the pages' messages, on the fake browser (idle mocked: it has none). */
function answerPagesFromBackground(): void {
  Object.assign(fakeBrowser.idle, { setDetectionInterval: vi.fn(), queryState: vi.fn(async () => 'active') });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseUiRequest(message);
    return request ? handleUiRequest(request) : undefined;
  });
  setupSettingsWrites();
}

/**
 * For a test file of a page: each test gets a fresh container in the document and a background
 * that answers; the page is unmounted after it. Returns the container of the running test.
 */
export function usePageContainer(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    answerPagesFromBackground();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    delete document.documentElement.dataset.theme;
  });
  return () => root;
}
