/** The small break window: the popup's page in a window of its own. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

const breakWindowItem = storage.defineItem<number | null>('session:breakWindowId', { fallback: null });

/**
 * Opens the break window, or finds the open one. `focused`: only when the person asked for it
 * (a click on the notification or the toolbar); a nudge never takes the keyboard from what
 * they are typing.
 */
export async function openBreakWindow({ focused }: { focused: boolean }): Promise<void> {
  const existing = await breakWindowItem.getValue();
  if (existing !== null) {
    try {
      if (await browser.windows.update(existing, focused ? { focused: true } : {})) return;
    } catch {
      // The person closed it: open a new one.
    }
  }
  const created = await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?view=break'),
    type: 'popup',
    width: 380,
    height: 600,
    // Firefox cannot open a window behind the others and may refuse the option.
    ...(import.meta.env.FIREFOX && !focused ? {} : { focused }),
  });
  await breakWindowItem.setValue(created?.id ?? null);
}

export async function closeBreakWindow(): Promise<void> {
  const existing = await breakWindowItem.getValue();
  if (existing === null) return;
  await breakWindowItem.setValue(null);
  await browser.windows.remove(existing).catch(() => undefined);
}
