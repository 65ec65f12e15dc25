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
