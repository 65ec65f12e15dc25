/** Performs the sitting clock's effects (data from the core) with the browser adapters. */
import type { Effect } from '../../src/core/scheduleEvents';
import { clearAlarm, setAlarm } from '../../src/platform/alarms';
import { closeBreakWindow, openBreakWindow } from '../../src/platform/breakWindow';
import {
  clearNudgeNotifications,
  showNudgeNotification,
  showWarningNotification,
  type NudgeText,
} from '../../src/platform/nudgeNotification';
import { showBadge } from '../../src/platform/toolbar';

interface EffectContext {
  nudgeText: (repeat: boolean) => Promise<NudgeText>;
  record: (entry: Extract<Effect, { type: 'record' }>['entry']) => Promise<void>;
  /** Called before a nudge is shown, so the break window and notification have an exercise ready. */
  prepareBreak: () => Promise<void>;
}

async function perform(effect: Effect, context: EffectContext): Promise<void> {
  switch (effect.type) {
    case 'setAlarm':
      return setAlarm(effect.name, effect.at, effect.periodMinutes);
    case 'clearAlarm':
      return clearAlarm(effect.name);
    case 'showNotification':
      await context.prepareBreak();
      return showNudgeNotification(await context.nudgeText(effect.repeat));
    case 'showWarning':
      await context.prepareBreak();
      return showWarningNotification(effect.secondsLeft);
    case 'clearNotification':
      return clearNudgeNotifications();
    case 'openBreakWindow':
      await context.prepareBreak();
      return openBreakWindow({ focused: false });
    case 'closeBreakWindow':
      return closeBreakWindow();
    case 'setBadge':
      return showBadge(effect.badge);
    case 'record':
      return context.record(effect.entry);
  }
}

export async function performEffects(effects: Effect[], context: EffectContext): Promise<void> {
  for (const effect of effects) {
    try {
      await perform(effect, context);
    } catch (error) {
      // One failed effect (a window the OS refused, say) must not stop the others.
      console.error(`Unhunch: could not ${effect.type}`, error);
    }
  }
}
