import { readFileSync, readdirSync } from 'node:fs';

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

/**
 * Times the threads of a process were preempted so far (involuntary context switches, summed over
 * /proc/<pid>/task/<tid>/status): a CPU-bound process on a busy machine is preempted each time another
 * process wakes up on its core.
 */
export function preemptions(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  let total = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
        total += Number(/nonvoluntary_ctxt_switches:\s+(\d+)/.exec(status)?.[1] ?? 0);
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    return Number.NaN;
  }
  return total;
}
