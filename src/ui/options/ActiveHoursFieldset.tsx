import type { FieldProblem } from '../../core/settings';
import { t } from '../../platform/i18n';
import type { Draft } from './draft';
import { CheckboxGroup, FieldError, TimeField, describedBy } from './fields';
import { formatDayList, formatMinuteOfDay, weekdayName, weekdaysInOrder } from './locale';
import { problemText, type SettingsForm as Form } from './useSettingsForm';

/** When reminders may come: on or off, from and to, which days; and what that means, in words. */
export function ActiveHoursFieldset({ form }: { form: Form }) {
  const draft = form.draft.activeHours;
  const set = (patch: Partial<Draft['activeHours']>) => form.change('activeHours', (previous) => ({ ...previous, ...patch }));
  const problem = form.errors.activeHours;
  // Each message is shown beside the part it is about; one about no part, under the whole group.
  const messageAbout = (part: FieldProblem['subfield']) => (problem && problem.subfield === part ? problemText(problem) : undefined);
  const wholeError = messageAbout(undefined);
  const startError = messageAbout('startMinute');
  const endError = messageAbout('endMinute');
  const daysError = messageAbout('days');
  const enabledError = messageAbout('enabled');

  // The summary follows what is saved, so it never describes an invalid draft.
  const saved = form.model.activeHours;
  const summary = !saved.enabled
    ? t('optActiveHoursOff')
    : t(saved.endMinute < saved.startMinute ? 'optActiveHoursSummaryOvernight' : 'optActiveHoursSummary', [
        formatMinuteOfDay(saved.startMinute),
        formatMinuteOfDay(saved.endMinute),
        formatDayList(saved.days),
      ]);

  return (
    <fieldset class="group" id="activeHours" aria-describedby={describedBy('activeHours-summary', wholeError && 'activeHours-error')}>
      <legend>{t('optGroupActiveHours')}</legend>
      <div class="check">
        <input
          id="activeHours-enabled"
          type="checkbox"
          checked={draft.enabled}
          aria-invalid={enabledError ? 'true' : undefined}
          aria-describedby={describedBy(enabledError && 'activeHours-enabled-error')}
          onChange={(e) => set({ enabled: e.currentTarget.checked })}
        />
        <label for="activeHours-enabled">{t('optActiveHoursEnabled')}</label>
      </div>
      <FieldError id="activeHours-enabled-error" message={enabledError} />
      <div class="time-range">
        <TimeField
          id="activeHours-start"
          label={t('optActiveHoursFrom')}
          value={draft.startMinute}
          error={startError}
          onInput={(value) => set({ startMinute: value })}
        />
        <TimeField
          id="activeHours-end"
          label={t('optActiveHoursTo')}
          value={draft.endMinute}
          error={endError}
          onInput={(value) => set({ endMinute: value })}
        />
      </div>
      <CheckboxGroup<number>
        id="activeHours-days"
        legend={t('optActiveHoursDays')}
        options={weekdaysInOrder().map((d) => ({ value: d, label: weekdayName(d, 'short') }))}
        selected={draft.days}
        error={daysError}
        inline
        onChange={(toggle) => form.change('activeHours', (previous) => ({ ...previous, days: toggle(previous.days).sort((a, b) => a - b) }))}
      />
      <p id="activeHours-summary" class="hint" data-testid="active-hours-summary">
        {summary}
      </p>
      <FieldError id="activeHours-error" message={wholeError} />
    </fieldset>
  );
}
