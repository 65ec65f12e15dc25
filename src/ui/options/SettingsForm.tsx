import type { Equipment } from '../../core/catalogue';
import {
  EQUIPMENT_CHOICES,
  INTERVAL_QUICK_PICKS,
  NUDGE_LEVELS,
  WARNING_CHOICES,
  POSITION_CHOICES,
  SETTINGS_LIMITS,
  THEMES,
  type FieldProblem,
  type NumericField,
  type PositionChoice,
  type SettingsField,
  type WarningSeconds,
} from '../../core/settings';
import { t, type MessageKey } from '../../platform/i18n';
import { ConfirmAction } from './ConfirmAction';
import { ActiveHoursFieldset } from './ActiveHoursFieldset';
import { Checkbox, CheckboxGroup, ChoiceGroup, FieldError, NumberField, describedBy } from './fields';
import { LanguageField } from './LanguageField';
import { formatPercent } from '../format';
import { SettingsFiles, type SettingsFileHandlers } from './SettingsFiles';
import type { Draft } from './draft';
import { fieldLabel, problemText, type SettingsForm as Form } from './useSettingsForm';

/** The message beside a field, when its value is invalid. */
function errorFor(form: Form, field: SettingsField): string | undefined {
  const problem = form.errors[field];
  return problem && problemText(problem);
}

export function SettingsForm({ form, loadFileHandlers }: { form: Form; loadFileHandlers: () => Promise<SettingsFileHandlers> }) {
  return (
    <section class="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('optSettingsHeading')}</h2>
      <StoredProblems problems={form.storedProblems} />
      <form
        class="settings"
        noValidate
        onSubmit={(e) => {
          e.preventDefault(); // every change saves itself; Enter must not reload the page
        }}
      >
        <Reminders form={form} />
        <ActiveHoursFieldset form={form} />
        <NudgeLevelField form={form} />
        <ChoiceGroup
          id="warningSeconds"
          legend={t('optGroupWarning')}
          options={WARNING_CHOICES.map((v) => ({ value: String(v), label: t(`optWarning_${v}` as MessageKey) }))}
          value={String(form.draft.warningSeconds)}
          boxed
          onChange={(v) => form.change('warningSeconds', Number(v) as WarningSeconds)}
        />
        <ExerciseChoices form={form} />
        <SoundAndDisplay form={form} />
      </form>
      <div class="actions">
        <SettingsFiles form={form} loadHandlers={loadFileHandlers} />
        <ConfirmAction
          label={t('optReset')}
          question={t('optResetConfirm')}
          confirmLabel={t('optResetYes')}
          onConfirm={form.reset}
          testId="reset"
        />
      </div>
    </section>
  );
}

function StoredProblems({ problems }: { problems: FieldProblem[] }) {
  if (problems.length === 0) return null;
  const fields = [...new Set(problems.map((p) => p.field))];
  return (
    <div class="notice" data-testid="stored-problems">
      <p>{t('optStoredProblems')}</p>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${field}`}>{fieldLabel(field)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The ways a due break can be announced. The welcome page asks this too. */
export function NudgeLevelField({ form }: { form: Form }) {
  return (
    <ChoiceGroup
      id="nudgeLevel"
      legend={t('optGroupNudge')}
      options={NUDGE_LEVELS.map((v) => ({ value: v, label: t(`optNudge_${v}` as MessageKey) }))}
      value={form.draft.nudgeLevel}
      boxed
      onChange={(v) => form.change('nudgeLevel', v)}
    />
  );
}

/** Positions and equipment. The welcome page asks this too. */
export function ExerciseChoices({ form }: { form: Form }) {
  return (
    <fieldset class="group">
      <legend>{t('optGroupExercises')}</legend>
      <CheckboxGroup<PositionChoice>
        id="positions"
        legend={t('optPositions')}
        hint={t('optPositionsHint')}
        options={POSITION_CHOICES.map((v) => ({ value: v, label: t(`position_${v}` as MessageKey) }))}
        selected={form.draft.positions}
        error={errorFor(form, 'positions')}
        onChange={(toggle) => form.change('positions', toggle)}
      />
      <CheckboxGroup<Equipment>
        id="equipment"
        legend={t('optEquipment')}
        hint={t('optEquipmentHint')}
        options={EQUIPMENT_CHOICES.map((v) => ({ value: v, label: t(`equipment_${v}` as MessageKey) }))}
        selected={form.draft.equipment}
        error={errorFor(form, 'equipment')}
        onChange={(toggle) => form.change('equipment', toggle)}
      />
    </fieldset>
  );
}

/** One of the minutes settings, with its range, its message and, for the interval, the quick picks. */
export function MinutesField({
  form,
  field,
  labelKey,
  hintKey = 'optRangeHint',
}: {
  form: Form;
  field: Exclude<NumericField, 'soundVolume'>;
  labelKey: MessageKey;
  hintKey?: MessageKey;
}) {
  const { min, max } = SETTINGS_LIMITS[field];
  return (
    <NumberField
      id={field}
      label={t(labelKey)}
      hint={t(hintKey, [min, max])}
      value={form.draft[field]}
      min={min}
      max={max}
      error={errorFor(form, field)}
      onInput={(value, badInput) => form.change(field, value, badInput ? 'not a number' : value)}
    >
      {field === 'intervalMinutes' && (
        <div class="quick-picks" role="group" aria-label={t('optQuickPicks')}>
          {INTERVAL_QUICK_PICKS.map((minutes) => (
            <button
              key={minutes}
              type="button"
              aria-pressed={form.draft.intervalMinutes === String(minutes)}
              onClick={() => form.change('intervalMinutes', String(minutes))}
            >
              {t('optQuickPick', minutes)}
            </button>
          ))}
        </div>
      )}
    </NumberField>
  );
}

function Reminders({ form }: { form: Form }) {
  return (
    <fieldset class="group">
      <legend>{t('optGroupReminders')}</legend>
      <MinutesField form={form} field="intervalMinutes" labelKey="optInterval" />
      <MinutesField form={form} field="breakMinutes" labelKey="optBreakLength" />
      <MinutesField form={form} field="snoozeMinutes" labelKey="optSnoozeLength" />
      <MinutesField form={form} field="awayMinutes" labelKey="optAwayAfter" hintKey="optAwayHint" />
      <Checkbox
        id="countWatching"
        label={t('optCountWatching')}
        checked={form.draft.countWatching}
        onChange={(v) => form.change('countWatching', v)}
      />
    </fieldset>
  );
}

function SoundAndDisplay({ form }: { form: Form }) {
  const volumeError = errorFor(form, 'soundVolume');
  const { min, max } = SETTINGS_LIMITS.soundVolume;
  return (
    <fieldset class="group">
      <legend>{t('optGroupSoundDisplay')}</legend>
      <Checkbox id="sound" label={t('optSound')} checked={form.draft.sound} onChange={(v) => form.change('sound', v)} />
      <div class="field">
        <label for="soundVolume">{t('optVolume')}</label>
        <div class="field-row">
          <input
            id="soundVolume"
            type="range"
            min={min}
            max={max}
            step={5}
            value={form.draft.soundVolume}
            aria-valuetext={formatPercent(form.model.soundVolume / 100)}
            aria-invalid={volumeError ? 'true' : undefined}
            aria-describedby={describedBy(volumeError && 'soundVolume-error')}
            onInput={(e) => form.change('soundVolume', e.currentTarget.value)}
          />
          <output for="soundVolume" class="volume-value">
            {formatPercent(form.model.soundVolume / 100)}
          </output>
          <button type="button" onClick={() => void import('../sound').then(({ playChime }) => playChime(form.model.soundVolume))}>
            {t('optPreviewSound')}
          </button>
        </div>
        <FieldError id="soundVolume-error" message={volumeError} />
      </div>
      <Checkbox id="voice" label={t('optVoice')} checked={form.draft.voice} onChange={(v) => form.change('voice', v)} />
      <Checkbox id="badge" label={t('optBadge')} checked={form.draft.badge} onChange={(v) => form.change('badge', v)} />
      <ChoiceGroup
        id="theme"
        legend={t('optTheme')}
        options={THEMES.map((v) => ({ value: v, label: t(`optTheme_${v}` as MessageKey) }))}
        value={form.draft.theme}
        inline
        onChange={(v) => form.change('theme', v)}
      />
      <LanguageField value={form.draft.language} onChange={(raw) => form.change('language', raw as Draft['language'], raw)} />
    </fieldset>
  );
}
