import { parseScheduleState } from '../../core/scheduleState';
import { scheduleStatus, type Status } from '../../core/scheduleStatus';
import type { Settings } from '../../core/settings';
import { loadScheduleRaw, watchSchedule } from '../../platform/stateStore';
import { useStored } from '../hooks';

/** The sitting clock as of `now`, kept current with storage; undefined until loaded. */
export function useSittingStatus(now: number, settings: Settings | undefined): Status | undefined {
  const raw = useStored<unknown>(loadScheduleRaw, watchSchedule);
  if (raw === undefined || !settings) return undefined;
  return scheduleStatus(parseScheduleState(raw ?? undefined, now).value, now, settings);
}
