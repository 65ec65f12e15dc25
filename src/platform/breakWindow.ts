/** The small break window: the popup's page in a window of its own. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

const breakWindowItem = storage.defineItem<number | null>('session:breakWindowId', { fallback: null });

export async function openBreakWindow(): Promise<void> {
  const existing = await breakWindowItem.getValue();
  if (existing !== null) {
    try {
      if (await browser.windows.update(existing, { focused: true })) return;
    } catch {
      // The person closed it: open a new one.
    }
  }
  const created = await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?view=break'),
    type: 'popup',
    width: 380,
    height: 600,
    focused: true,
  });
  await breakWindowItem.setValue(created?.id ?? null);
}

export async function closeBreakWindow(): Promise<void> {
  const existing = await breakWindowItem.getValue();
  if (existing === null) return;
  await breakWindowItem.setValue(null);
  await browser.windows.remove(existing).catch(() => undefined);
}
