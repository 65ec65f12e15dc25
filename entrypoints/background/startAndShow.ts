/** From a shortcut, the icon's menu or a notification: start a stretch, and show its timer. */
import { openBreakWindow } from '../../src/platform/breakWindow';
import { loadSettings } from '../../src/platform/settingsStore';
import { toolbarAction, toolbarPopupOpen } from '../../src/platform/toolbar';
import { handleUiRequest } from './pageRequests';

export async function startStretchAndShow(now = Date.now()): Promise<void> {
  const check = toolbarPopupOpen();
  // Only Chrome's answer is awaited: Firefox's comes at once, so the popup is still asked for
  // while the browser counts this as the person's own action (Firefox opens it only then).
  const popupOpen = typeof check === 'boolean' ? check : await check;
  // An open popup shows the stretch as soon as it has started; asking for it again would be
  // refused ("another panel is open") and must not bring a second view.
  const shown = popupOpen
    ? Promise.resolve()
    : toolbarAction()
        .openPopup()
        // No popup without a focused window (or a gesture, on older Firefox): use the break window.
        .catch(() => openBreakWindow({ focused: true }));
  await Promise.all([shown, handleUiRequest({ type: 'startStretch' }, now)]);
  // A popup falls silent when it closes: a stretch with sound or voice plays in the break window.
  const { value: settings } = await loadSettings();
  if (settings.sound || settings.voice) await openBreakWindow({ focused: true });
}
