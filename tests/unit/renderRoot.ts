import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For a test file of components: each test renders into a fresh container in the document, which
 * is unmounted and removed after it, with any stubbed globals restored. Returns the running test's container.
 */
export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });
  return () => root;
}
