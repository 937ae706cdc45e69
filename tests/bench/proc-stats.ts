/** Reads a child's memory, CPU time and installed signal handlers from /proc (Linux). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let clkTck: number | undefined;
function ticksPerSecond(): number {
  if (clkTck === undefined) {
    try {
      clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clkTck = 100;
    }
  }
  return clkTck;
}

function status(pid: number): string {
  return readFileSync(`/proc/${pid}/status`, 'utf8');
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(status(pid));
  return m ? Number(m[1]) * 1024 : 0;
}

/** User + system CPU seconds consumed so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at state = field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / ticksPerSecond();
}

/**
 * Whether the process has a handler for a signal. Node installs one for SIGUSR1/SIGUSR2 only when
 * a listener is registered; without one, SIGUSR1 opens the inspector and SIGUSR2 kills, so we must ask first.
 */
export function catchesSignal(pid: number, signal: number): boolean {
  const m = /SigCgt:\s+([0-9a-f]+)/.exec(status(pid));
  if (!m) return false;
  return ((BigInt(`0x${m[1]}`) >> BigInt(signal - 1)) & 1n) === 1n;
}

export const SIGUSR1 = 10;
export const SIGUSR2 = 12;
