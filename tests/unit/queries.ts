/** What a test asks of a rendered page or component, inside its container `root()`. */
export function queriesIn(root: () => ParentNode) {
  const $ = <T extends Element = HTMLElement>(selector: string) => root().querySelector<T>(selector);
  return {
    $,
    /** The text of the first element matching `selector`; empty when there is none. */
    text: (selector: string) => $(selector)?.textContent ?? '',
    /** The button with this name, as a screen reader says it: its aria-label, or else its text. */
    button: (name: string) =>
      [...root().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name) ?? null,
  };
}

/** Types `value` into a field as a person does: the field fires `input`. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Chooses a file holding `content` in a file input, as the file picker does: the input fires `change`. */
export function pickFile(input: HTMLInputElement, content: string, name = 'import.json'): void {
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
