import type { VNode } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleUiRequest } from '../../entrypoints/background/pageRequests';
import { setupSettingsWrites } from '../../entrypoints/background/settingsWrites';
import { parseUiRequest } from '../../src/core/uiRequest';
import { useRenderRoot } from './renderRoot';

/** The real background answering the pages' messages, on the fake browser (idle mocked: it has none). */
function answerPagesFromBackground(): void {
  Object.assign(fakeBrowser.idle, { setDetectionInterval: vi.fn(), queryState: vi.fn(async () => 'active') });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseUiRequest(message).value;
    return request ? handleUiRequest(request) : undefined;
  });
  setupSettingsWrites();
}

/**
 * happy-dom lays nothing out, so every part of a page is on screen: each observed element is
 * reported in view, as a browser does for a section scrolled to.
 */
class EverythingInView {
  constructor(private readonly callback: (entries: Array<{ isIntersecting: boolean; target: Element }>) => void) {}
  observe(target: Element): void {
    queueMicrotask(() => this.callback([{ isIntersecting: true, target }]));
  }
  disconnect(): void {}
  unobserve(): void {}
}

/** The options page as its entrypoint wires it, ready to render. */
export async function wiredOptionsPage(): Promise<() => VNode> {
  const { optionsPage } = await import('../../entrypoints/options/page');
  return (await optionsPage()).page;
}

/**
 * For a test file of a page: each test gets a fresh container in the document and a background
 * that answers; the page is unmounted after it. Returns the container of the running test.
 */
export function usePageContainer(): () => HTMLElement {
  const root = useRenderRoot();
  beforeEach(() => {
    answerPagesFromBackground();
    vi.stubGlobal('IntersectionObserver', EverythingInView);
  });
  afterEach(() => {
    delete document.documentElement.dataset.theme;
  });
  return root;
}
