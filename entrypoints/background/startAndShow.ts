/** From a shortcut, the icon's menu or a notification: start a stretch, and show its timer. */
import { openBreakWindow } from '../../src/platform/breakWindow';
import { loadSettings } from '../../src/platform/settingsStore';
import { toolbarAction } from '../../src/platform/toolbar';
import { handleUiRequest } from './pageRequests';

export async function startStretchAndShow(now = Date.now()): Promise<void> {
  // Asked for first, while the browser still counts this as the person's own action (Firefox
  // opens the popup only then); the popup shows the stretch as soon as it has started.
  const shown = toolbarAction()
    .openPopup()
    // No popup without a focused window (or a gesture, on older Firefox): use the break window.
    .catch(() => openBreakWindow({ focused: true }));
  await Promise.all([shown, handleUiRequest({ type: 'startStretch' }, now)]);
  // A popup falls silent when it closes: a stretch with sound or voice plays in the break window.
  const { settings } = await loadSettings();
  if (settings.sound || settings.voice) await openBreakWindow({ focused: true });
}
