import { beep } from '../beep';

const MUTE_KEY = 'hidamari.staff.muted';
/** An emergency rings again this often until someone takes it on. */
export const EMERGENCY_RING_MS = 10_000;

/**
 * Sounds an escalation alert. The workspace's mute switch quiets consults and urgent requests, never an emergency:
 * a muted tab must not be how a person at risk is missed.
 */
export function soundAlert(emergency: boolean): void {
  let muted = false;
  try {
    muted = localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    /* no storage: not muted */
  }
  if (emergency || !muted) beep();
}
