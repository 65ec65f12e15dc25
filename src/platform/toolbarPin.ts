import { browser } from 'wxt/browser';

/** Chrome's `action.getUserSettings` (91+) and its change event (130+); neither in the polyfill's types. */
interface ActionUserSettings {
  getUserSettings?: () => Promise<{ isOnToolbar?: boolean }>;
  onUserSettingsChanged?: {
    addListener(cb: (settings: { isOnToolbar?: boolean }) => void): void;
    removeListener(cb: (settings: { isOnToolbar?: boolean }) => void): void;
  };
}

function action(): ActionUserSettings | undefined {
  return (browser as unknown as { action?: ActionUserSettings }).action;
}

/** Whether Unhunch's button is on the toolbar; null where the browser cannot say (Firefox). */
export async function isOnToolbar(): Promise<boolean | null> {
  const getUserSettings = action()?.getUserSettings;
  if (!getUserSettings) return null;
  try {
    const settings = await getUserSettings();
    return typeof settings?.isOnToolbar === 'boolean' ? settings.isOnToolbar : null;
  } catch {
    return null;
  }
}

/**
 * Calls `cb` when the button is pinned or unpinned: Chrome's event where it has one, else a
 * check whenever the page comes back into view or focus (the person went to pin it). No timers.
 */
export function watchOnToolbar(cb: (onToolbar: boolean | null) => void): () => void {
  const event = action()?.onUserSettingsChanged;
  if (event) {
    const listener = (settings: { isOnToolbar?: boolean }) => cb(settings.isOnToolbar ?? null);
    event.addListener(listener);
    return () => event.removeListener(listener);
  }
  const check = () => void isOnToolbar().then(cb);
  document.addEventListener('visibilitychange', check);
  window.addEventListener('focus', check);
  return () => {
    document.removeEventListener('visibilitychange', check);
    window.removeEventListener('focus', check);
  };
}
