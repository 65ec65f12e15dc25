/**
 * The settings form's state: what the inputs hold (the draft, possibly invalid), the last valid
 * settings (the model), the message beside each invalid field, and a debounced save of the fields
 * changed here (only those: what other pages or devices change meanwhile is kept and shown).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  SETTINGS_FIELDS,
  defaultSettings,
  settingsEqual,
  type FieldProblem,
  type ParsedSettings,
  type Settings,
  type SettingsField,
} from '../../core/settings';
import { validateField } from '../../core/settingsFields';
import { t, type MessageKey } from '../../platform/i18n';
import { applySettingsPatch, mergeSettingsPatches, type SaveSettingsReply, type SettingsPatch, type SettingsWriter } from '../../core/settingsWrites';
import { applyTheme } from '../theme';
import { usePatchSaver } from '../usePatchSaver';
import { toDraft, type Draft } from './draft';

type Errors = Partial<Record<SettingsField, FieldProblem>>;

/** A field problem in words. */
export function problemText(problem: FieldProblem): string {
  return t(problem.messageKey as MessageKey, problem.args);
}

export function fieldLabel(field: SettingsField): string {
  return t(`optField_${field}` as MessageKey);
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved' }
  /** Saved, while a field still holds an invalid value that was not. */
  | { kind: 'savedExceptInvalid' }
  | { kind: 'invalid' }
  | { kind: 'reset' }
  /** Refused by the browser's write quota; the background saves it by itself shortly. */
  | { kind: 'retrying' }
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
    case 'retrying':
      return t('settingsErrorSaveRetrying');
    case 'failed':
      return t(status.messageKey as MessageKey);
    default:
      return '';
  }
}

type ImportOutcome =
  /** `savedLater`: the browser's write quota held the save back; the background saves it shortly. */
  | { ok: true; rejected: FieldProblem[]; savedLater: boolean }
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
   * one keep the current value; saved at once (or shortly, by the background, when the browser's
   * write quota holds the save back). Nothing changes when no field is usable.
   */
  applyImport(imported: Settings, problems: FieldProblem[]): Promise<ImportOutcome>;
}

/** Where the form's settings come from and go to (the page root wires storage and messages). */
export interface SettingsFormStore {
  /** Calls back with the stored settings whenever they change; returns an unwatch function. */
  watch(cb: (loaded: ParsedSettings) => void): () => void;
  writer: SettingsWriter;
}

export function useSettingsForm(initial: ParsedSettings, { watch, writer }: SettingsFormStore): SettingsForm {
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
  const [status, setStatusState] = useState<SaveStatus>({ kind: 'idle' });
  const statusRef = useRef<SaveStatus>(status);
  const [storedProblems, setStoredProblems] = useState<FieldProblem[]>(() => invalidStored(initial.problems));

  const setStatus = (next: SaveStatus) => {
    statusRef.current = next;
    setStatusState(next);
  };
  const setModel = (next: Settings) => {
    modelRef.current = next;
    setModelState(next);
  };
  const setErrorsBoth = (next: Errors) => {
    errorsRef.current = next;
    setErrors(next);
  };
  const statusAfter = (reply: SaveSettingsReply): SaveStatus => {
    if (reply.ok) return { kind: Object.keys(errorsRef.current).length > 0 ? 'savedExceptInvalid' : 'saved' };
    if (reply.messageKey === 'settingsErrorSaveRetrying') return { kind: 'retrying' };
    return { kind: 'failed', messageKey: reply.messageKey };
  };
  const saver = usePatchSaver(writer, {
    // The reply sets the status unless a newer change is still on its way.
    onReply(reply) {
      if (saver.settled()) setStatus(statusAfter(reply));
    },
    // A refused save written later by the background: now it is saved.
    onPendingWritten() {
      if (statusRef.current.kind === 'retrying') setStatus(statusAfter({ ok: true, settings: modelRef.current }));
    },
  });
  /** Shows stored values in every field that has no change of its own here (an outside change never overwrites one). */
  const follow = (stored: Settings) => {
    const fields = SETTINGS_FIELDS.filter((field) => !saver.busy(field) && !errorsRef.current[field]);
    if (fields.length === 0) return;
    const next = withFields(modelRef.current, stored, fields);
    if (settingsEqual(next, modelRef.current)) return;
    setModel(next);
    const storedDraft = toDraft(stored);
    setDraft((d) => withFields(d, storedDraft, fields));
  };

  // The page follows its theme at once, before the save.
  useEffect(() => applyTheme(model.theme), [model.theme]);

  // Changes from elsewhere (another page, the popup's switches, another device via sync).
  useEffect(
    () =>
      watch((loaded) => {
        if (invalidStored(loaded.problems).length > 0) setStoredProblems(invalidStored(loaded.problems));
        follow(loaded.value);
        // A change left with no reply (the page was hidden) is saved once storage holds it.
        if (saver.settled() && statusRef.current.kind === 'pending' && settingsEqual(loaded.value, modelRef.current))
          setStatus(statusAfter({ ok: true, settings: loaded.value }));
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
      saver.add({ [field]: result.value });
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
    saver.takeUnsaved();
    const reply = await saver.send(defaultSettings());
    if (reply.ok || reply.messageKey === 'settingsErrorSaveRetrying') {
      replaceAll(reply.ok ? reply.settings : defaultSettings());
      setStoredProblems([]);
      setStatus(reply.ok ? { kind: 'reset' } : { kind: 'retrying' });
    }
  };

  const applyImport = async (imported: Settings, problems: FieldProblem[]): Promise<ImportOutcome> => {
    const rejected = new Set(problems.map((p) => p.field));
    if (SETTINGS_FIELDS.every((f) => rejected.has(f))) return { ok: false, messageKey: 'optImportAllRejected' };
    const fromFile: Record<string, unknown> = {};
    for (const field of SETTINGS_FIELDS) if (!rejected.has(field)) fromFile[field] = imported[field];
    // Changes typed here and not yet saved go with it, unless the file sets the same field.
    const patch = mergeSettingsPatches(saver.takeUnsaved(), fromFile as SettingsPatch);
    const reply = await saver.send(patch);
    if (!reply.ok && reply.messageKey !== 'settingsErrorSaveRetrying') return { ok: false, messageKey: reply.messageKey };
    replaceAll(reply.ok ? reply.settings : applySettingsPatch(modelRef.current, patch));
    setStoredProblems([]);
    return { ok: true, rejected: problems, savedLater: !reply.ok };
  };

  return { model, draft, errors, status, storedProblems, change, reset, applyImport };
}

/** `target` with `fields` taken from `source`. */
function withFields<T extends object>(target: T, source: T, fields: readonly (keyof T)[]): T {
  const next = { ...target };
  for (const field of fields) next[field] = source[field];
  return next;
}

/**
 * Stored settings that held a bad value. A missing field (saved by an older version, or never
 * saved) quietly takes its default: nothing the person chose was lost, so nothing to report.
 */
function invalidStored(problems: FieldProblem[]): FieldProblem[] {
  return problems.filter((p) => p.messageKey !== 'settingsProblemMissing');
}
