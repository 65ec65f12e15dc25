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
