/** The visitor's choice of a sound when a reply arrives while the page is in the background: off unless they turn it on. */
const SOUND_KEY = 'hidamari.prefs.replySound';

type Prefs = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

function prefs(): Prefs {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readSoundPref(store: Prefs = prefs()): boolean {
  try {
    return store?.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remembered on this device (a preference, nothing of the conversation); off removes the key. */
export function writeSoundPref(on: boolean, store: Prefs = prefs()): void {
  try {
    if (on) store?.setItem(SOUND_KEY, 'on');
    else store?.removeItem(SOUND_KEY);
  } catch {
    /* private mode: the choice lasts for this page */
  }
}

/** The page title while `unseen` replies wait in a background tab; the usual title otherwise. */
export function alertTitle(base: string, unseen: number, label: (count: number) => string): string {
  return unseen > 0 ? `${label(unseen)} — ${base}` : base;
}

let audio: AudioContext | null = null;

/** Prepares sound on the visitor's own click (browsers allow audio to start only after a gesture). */
export function unlockSound(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    audio = null;
  }
}

/** A soft two-note chime, made on the spot (no file to download). */
export function chime(): void {
  if (!audio) return;
  const start = audio.currentTime;
  for (const [i, freq] of [660, 880].entries()) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, start + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.15, start + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.3);
    osc.connect(gain).connect(audio.destination);
    osc.start(start + i * 0.18);
    osc.stop(start + i * 0.18 + 0.32);
  }
}
