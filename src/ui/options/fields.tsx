import type { ComponentChildren } from 'preact';

/** `aria-describedby` from the ids that apply (empty ones dropped). */
export function describedBy(...ids: Array<string | false | undefined | null>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** The message beside a field: always in the page (so a change is announced), empty when all is well. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={id} class="field-error" aria-live="polite" data-testid={id}>
      {message ?? ''}
    </p>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  min: number;
  max: number;
  error: string | undefined;
  /** `badInput`: the browser holds text it cannot read as a number (its value is then ""). */
  onInput: (raw: string, badInput: boolean) => void;
  children?: ComponentChildren;
}

/** A whole-number input with its label, its range and its error message. */
export function NumberField({ id, label, hint, value, min, max, error, onInput, children }: NumberFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          id={id}
          name={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(hintId, error && errorId)}
          onInput={(e) => {
            const input = e.currentTarget;
            onInput(input.value, input.validity?.badInput === true);
          }}
        />
        {children}
      </div>
      <p id={hintId} class="hint">
        {hint}
      </p>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

interface Option<T> {
  value: T;
  label: string;
}

export function ChoiceGroup<T extends string>(props: {
  id: string;
  legend: string;
  options: Option<T>[];
  value: T;
  inline?: boolean;
  /** A top-level group of the form (framed like the others). */
  boxed?: boolean;
  onChange: (v: T) => void;
}) {
  const { id, legend, options, value, inline, boxed, onChange } = props;
  return (
    <fieldset id={id} class={boxed ? 'group' : `choices${inline ? ' inline' : ''}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="check" key={o.value}>
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function CheckboxGroup<T extends string | number>(props: {
  id: string;
  legend: string;
  hint?: string;
  options: Option<T>[];
  selected: T[];
  error: string | undefined;
  inline?: boolean;
  /** Gets a function from the latest selection to the next one (two quick clicks both count). */
  onChange: (toggle: (previous: T[]) => T[]) => void;
}) {
  const { id, legend, hint, options, selected, error, inline, onChange } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describe = describedBy(hintId, error && errorId);
  const toggle = (value: T, on: boolean) =>
    onChange((previous) => {
      const set = new Set(previous.filter((v) => v !== value));
      if (on) set.add(value);
      return options.map((o) => o.value).filter((v) => set.has(v)); // in the order of the options
    });
  return (
    <fieldset id={id} class={`choices${inline ? ' inline' : ''}`} aria-describedby={describe}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div class="check" key={String(o.value)}>
          <input
            id={`${id}-${o.value}`}
            type="checkbox"
            checked={selected.includes(o.value)}
            aria-invalid={error ? 'true' : undefined}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

interface TimeFieldProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}

export function TimeField({ id, label, value, error, onInput }: TimeFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
