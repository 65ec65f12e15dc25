/** The Web Speech voice: no permission, and silent where the browser has none. */

/**
 * A voice for `lang` that runs on this computer. Chrome also offers online voices, which send
 * the text to a server: Unhunch makes no network requests, so without an offline voice it stays
 * silent (the chime still plays).
 */
function offlineVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const local = voices.filter((voice) => voice.localService);
  const tag = lang.toLowerCase().replace('_', '-');
  const base = tag.split('-')[0];
  const normalized = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return local.find((v) => normalized(v) === tag) ?? local.find((v) => normalized(v).split('-')[0] === base) ?? null;
}

/** Speaks `text` in `lang`; `interrupt` drops whatever is still queued (a countdown running late). */
export function speak(text: string, lang: string, { interrupt = false } = {}): void {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const voice = offlineVoice(synth.getVoices(), lang);
  if (!voice) return;
  if (interrupt && (synth.speaking || synth.pending)) synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.voice = voice;
  synth.speak(utterance);
}
