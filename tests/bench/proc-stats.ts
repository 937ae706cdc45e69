/** Reads a child's memory, CPU time and installed signal handlers from /proc (Linux). */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

/** User + system CPU seconds consumed so far; with `reapedChildren`, also those of its children that exited and were waited for. */
export function cpuSeconds(pid: number, reapedChildren = false): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at state = field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const own = Number(fields[11]) + Number(fields[12]);
  const children = reapedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
  return (own + children) / ticksPerSecond();
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

/**
 * CPU seconds of every process named `comm` (e.g. the local PostgreSQL's backends), so the database's share of a
 * message is counted too. A backend that exits moves its time into its parent's reaped-children time (the
 * postmaster's cutime/cstime), so the sum only grows, whenever a pooled connection closes.
 */
export function cpuSecondsOfCommand(comm: string): number {
  let total = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() === comm) total += cpuSeconds(Number(d), true);
    } catch {
      /* gone meanwhile */
    }
  }
  return total;
}
