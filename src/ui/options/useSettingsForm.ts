/**
 * The settings form's state: what the inputs hold (the draft, possibly invalid), the last valid
 * settings (the model, the only thing ever saved), the message beside each invalid field, and a
 * debounced save of every valid change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Equipment } from '../../core/catalogue';
import type { LanguageSetting } from '../../core/language';
import {
  SETTINGS_FIELDS,
  cloneSettings,
  settingsEqual,
  type ExerciseSource,
  type FieldProblem,
  type NudgeLevel,
  type PositionChoice,
  type Settings,
  type SettingsField,
  type Theme,
  type WarningSeconds,
} from '../../core/settings';
import { minuteToTime } from '../../core/formText';
import { validateField } from '../../core/settingsFields';
import { t, type MessageKey } from '../../platform/i18n';
import { resetSettings, saveSettings, watchSettings, type LoadedSettings } from '../../platform/settingsStore';
import { applyTheme } from '../theme';

export const SAVE_DEBOUNCE_MS = 400;

/** What the inputs hold: text for numbers and times (as typed), the rest as values. */
export interface Draft {
  intervalMinutes: string;
  breakMinutes: string;
  snoozeMinutes: string;
  awayMinutes: string;
  activeHours: { enabled: boolean; days: number[]; startMinute: string; endMinute: string };
  nudgeLevel: NudgeLevel;
  warningSeconds: WarningSeconds;
  countWatching: boolean;
  positions: PositionChoice[];
  equipment: Equipment[];
  exerciseSource: ExerciseSource;
  sound: boolean;
  soundVolume: string;
  voice: boolean;
  badge: boolean;
  theme: Theme;
  language: LanguageSetting;
}

export function draftOf<K extends SettingsField>(settings: Settings, field: K): Draft[K] {
  const value = settings[field];
  switch (field) {
    case 'intervalMinutes':
    case 'breakMinutes':
    case 'snoozeMinutes':
    case 'awayMinutes':
    case 'soundVolume':
      return String(value) as Draft[K];
    case 'activeHours': {
      const a = settings.activeHours;
      return {
        enabled: a.enabled,
        days: [...a.days],
        startMinute: minuteToTime(a.startMinute),
        endMinute: minuteToTime(a.endMinute),
      } as Draft[K];
    }
    case 'positions':
    case 'equipment':
      return [...(value as string[])] as Draft[K];
    default:
      return value as unknown as Draft[K];
  }
}

export function toDraft(settings: Settings): Draft {
  const draft = {} as Record<SettingsField, unknown>;
  for (const field of SETTINGS_FIELDS) draft[field] = draftOf(settings, field);
  return draft as unknown as Draft;
}

export type Errors = Partial<Record<SettingsField, FieldProblem>>;

/** A field problem in words. */
export function problemText(problem: FieldProblem): string {
  return t(problem.messageKey as MessageKey, problem.args);
}

export function fieldLabel(field: SettingsField): string {
  return t(`optField_${field}` as MessageKey);
}

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  /** Saved, while a field still holds an invalid value that was not. */
  | { kind: 'savedExceptInvalid' }
  | { kind: 'invalid' }
  | { kind: 'reset' }
  | { kind: 'failed'; messageKey: string };

export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return t('optSaved');
    case 'savedExceptInvalid':
      return t('optSavedExceptInvalid');
    case 'invalid':
      return t('optNotSavedInvalid');
    case 'reset':
      return t('optResetDone');
    case 'failed':
      return t(status.messageKey as MessageKey);
    default:
      return '';
  }
}

export type ImportOutcome =
  | { ok: true; rejected: FieldProblem[] }
  | { ok: false; messageKey: string };

export interface SettingsForm {
  model: Settings;
  draft: Draft;
  errors: Errors;
  status: SaveStatus;
  /** Stored fields that were invalid or missing at load and now hold their default. */
  storedProblems: FieldProblem[];
  /**
   * A change in one input: `next` is shown (a value, or a function of the field's latest draft, for
   * changes that build on it); `raw` (default: the draft value) is validated.
   */
  change<K extends SettingsField>(field: K, next: Draft[K] | ((previous: Draft[K]) => Draft[K]), raw?: unknown): void;
  reset(): Promise<void>;
  /**
   * Settings from an import file: fields without a problem replace the current ones, fields with
   * one keep the current value; saved at once. Nothing changes when no field is usable.
   */
  applyImport(imported: Settings, problems: FieldProblem[]): Promise<ImportOutcome>;
}

export function useSettingsForm(initial: LoadedSettings): SettingsForm {
  const [model, setModelState] = useState<Settings>(initial.value);
  const modelRef = useRef<Settings>(initial.value);
  const [draft, setDraftState] = useState<Draft>(() => toDraft(initial.value));
  // The latest draft, also between two events that come before a re-render.
  const draftRef = useRef<Draft>(draft);
  const setDraft = (next: Draft | ((d: Draft) => Draft)) => {
    draftRef.current = typeof next === 'function' ? next(draftRef.current) : next;
    setDraftState(draftRef.current);
  };
  const [errors, setErrors] = useState<Errors>({});
  const errorsRef = useRef<Errors>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [storedProblems, setStoredProblems] = useState<FieldProblem[]>(() => invalidStored(initial.problems));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(0);

  const setModel = (next: Settings) => {
    modelRef.current = next;
    setModelState(next);
  };
  const setErrorsBoth = (next: Errors) => {
    errorsRef.current = next;
    setErrors(next);
  };
  const cancelPending = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  const save = async (settings: Settings): Promise<boolean> => {
    inFlight.current++;
    try {
      const result = await saveSettings(settings);
      const invalidLeft = Object.keys(errorsRef.current).length > 0;
      if (result.ok) setStatus({ kind: invalidLeft ? 'savedExceptInvalid' : 'saved' });
      else setStatus({ kind: 'failed', messageKey: result.messageKey });
      return result.ok;
    } finally {
      inFlight.current--;
    }
  };
  const flush = () => {
    if (timer.current === null) return;
    cancelPending();
    void save(modelRef.current);
  };

  // The page follows its theme at once, before the save.
  useEffect(() => applyTheme(model.theme), [model.theme]);

  // A pending change is saved when the page is hidden or closed.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, []);

  // Changes from elsewhere (the popup's sound switch, another device via sync).
  useEffect(
    () =>
      watchSettings((loaded) => {
        if (timer.current !== null || inFlight.current > 0) return; // our own save wins
        if (settingsEqual(loaded.value, modelRef.current)) return;
        setModel(loaded.value);
        if (invalidStored(loaded.problems).length > 0) setStoredProblems(invalidStored(loaded.problems));
        setDraft((d) => {
          const next = { ...d } as Record<SettingsField, unknown>;
          for (const field of SETTINGS_FIELDS) {
            // A field the person is fixing keeps what they typed.
            if (!errorsRef.current[field]) next[field] = draftOf(loaded.value, field);
          }
          return next as unknown as Draft;
        });
      }),
    [],
  );

  const change = <K extends SettingsField>(
    field: K,
    next: Draft[K] | ((previous: Draft[K]) => Draft[K]),
    raw?: unknown,
  ) => {
    const draftValue =
      typeof next === 'function' ? (next as (previous: Draft[K]) => Draft[K])(draftRef.current[field]) : next;
    setDraft((d) => ({ ...d, [field]: draftValue }));
    const result = validateField(field, raw === undefined ? draftValue : raw);
    if (result.ok) {
      setModel({ ...modelRef.current, [field]: result.value });
      if (errorsRef.current[field]) {
        const next = { ...errorsRef.current };
        delete next[field];
        setErrorsBoth(next);
      }
      setStatus({ kind: 'pending' });
      cancelPending();
      timer.current = setTimeout(() => {
        timer.current = null;
        void save(modelRef.current);
      }, SAVE_DEBOUNCE_MS);
    } else {
      setErrorsBoth({ ...errorsRef.current, [field]: result.problem });
      setStatus({ kind: 'invalid' });
    }
  };

  const replaceAll = (settings: Settings) => {
    setModel(settings);
    setDraft(toDraft(settings));
    setErrorsBoth({});
  };

  const reset = async () => {
    cancelPending();
    inFlight.current++;
    try {
      const result = await resetSettings();
      if (result.ok) {
        replaceAll(result.settings);
        setStoredProblems([]);
        setStatus({ kind: 'reset' });
      } else {
        setStatus({ kind: 'failed', messageKey: result.messageKey });
      }
    } finally {
      inFlight.current--;
    }
  };

  const applyImport = async (imported: Settings, problems: FieldProblem[]): Promise<ImportOutcome> => {
    const rejected = new Set(problems.map((p) => p.field));
    if (SETTINGS_FIELDS.every((f) => rejected.has(f))) return { ok: false, messageKey: 'optImportAllRejected' };
    const merged = cloneSettings(modelRef.current) as unknown as Record<SettingsField, unknown>;
    const source = cloneSettings(imported) as unknown as Record<SettingsField, unknown>;
    for (const field of SETTINGS_FIELDS) if (!rejected.has(field)) merged[field] = source[field];
    const next = merged as unknown as Settings;
    cancelPending();
    const ok = await save(next);
    if (!ok) return { ok: false, messageKey: 'settingsErrorSaveFailed' };
    replaceAll(next);
    setStoredProblems([]);
    return { ok: true, rejected: problems };
  };

  return { model, draft, errors, status, storedProblems, change, reset, applyImport };
}

/**
 * Stored settings that held a bad value. A missing field (saved by an older version, or never
 * saved) quietly takes its default: nothing the person chose was lost, so nothing to report.
 */
function invalidStored(problems: FieldProblem[]): FieldProblem[] {
  return problems.filter((p) => p.messageKey !== 'settingsProblemMissing');
}
