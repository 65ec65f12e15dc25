/** The keyboard shortcut (manifest `commands`). */
import { browser } from 'wxt/browser';
import { startStretchAndShow } from './startAndShow';

export function setupCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'start-stretch') void startStretchAndShow();
  });
}
