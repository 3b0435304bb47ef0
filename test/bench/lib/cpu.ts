import { readFileSync } from 'node:fs';

/** CPU time (user + system, ms) a process has used so far, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Waits until a process is nearly idle (under `busyShare` of one core over 250 ms), at most `maxMs`: work
 * left by one load run (event consumers, audit rows) should not be billed to the next one.
 */
export async function settle(pid: number | undefined, maxMs = 10_000, busyShare = 0.1): Promise<void> {
  if (!pid) return;
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const before = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 250));
    if (!(cpuMs(pid) - before > 250 * busyShare)) return;
  }
}
