/** A soft two-note chime for phase changes, synthesised so no audio file ships. */
let context: AudioContext | null = null;

export function playChime(volumePercent: number): void {
  try {
    context ??= new AudioContext();
    const gain = context.createGain();
    gain.connect(context.destination);
    const start = context.currentTime;
    const peak = Math.min(1, Math.max(0, volumePercent / 100)) * 0.25;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(Math.max(peak, 0.0002), start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
    for (const [frequency, offset] of [[660, 0], [880, 0.12]] as const) {
      const tone = context.createOscillator();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(start + offset);
      tone.stop(start + 0.6);
    }
  } catch {
    // No audio device: the phase text still changes and is announced.
  }
}
