import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';

interface ConfirmActionProps {
  /** The button that starts the action. */
  label: string;
  /** A fuller name for the button when its label alone is ambiguous (e.g. "Delete" in a list). */
  ariaLabel?: string;
  /** The question asked in the page before anything happens. */
  question: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  testId?: string;
}

/**
 * A destructive action that asks first, in the page (no window.confirm): the button turns into
 * "question? [Yes] [Cancel]". Focus goes to Cancel, Escape cancels, and focus comes back to the
 * button afterwards.
 */
export function ConfirmAction({ label, ariaLabel, question, confirmLabel, onConfirm, disabled, testId }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const wasAsking = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  // Layout effect: focus moves in the same frame as the buttons change, never via <body>.
  useLayoutEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button type="button" ref={trigger} disabled={disabled} aria-label={ariaLabel} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );

  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setAsking(false);
        }
      }}
    >
      <p id={questionId}>{question}</p>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          setAsking(false);
          await onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" ref={cancel} onClick={() => setAsking(false)}>
        {t('optCancel')}
      </button>
    </div>
  );
}
