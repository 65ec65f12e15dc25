/** The browser's idle detection: 'idle' after a set time without input, 'locked' with the screen locked. */
import { browser } from 'wxt/browser';
import type { IdleState } from '../core/scheduleState';

/** The "away counts as a break" time, as the idle API takes it (15 s is its minimum). */
function awaySeconds(awayMinutes: number): number {
  return Math.max(15, awayMinutes * 60);
}

/** The idle state turns 'idle' after the away time; the browser forgets it when the extension reloads. */
export function setIdleThreshold(awayMinutes: number): void {
  browser.idle.setDetectionInterval(awaySeconds(awayMinutes));
}

/** The idle state now, for a threshold of the away time. */
export function idleStateNow(awayMinutes: number): Promise<IdleState> {
  return browser.idle.queryState(awaySeconds(awayMinutes));
}

/** Whether there was input in the last minute: no input for a minute may be an empty chair. */
export async function inputInLastMinute(): Promise<boolean> {
  return (await browser.idle.queryState(60)) === 'active';
}
