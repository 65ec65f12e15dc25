/** The Web Speech voice: no permission, and silent where the browser has none. */

/** Speaks `text` in `lang`; `interrupt` drops whatever is still queued (a countdown running late). */
export function speak(text: string, lang: string, { interrupt = false } = {}): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  if (interrupt && (synth.speaking || synth.pending)) synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  synth.speak(utterance);
}
