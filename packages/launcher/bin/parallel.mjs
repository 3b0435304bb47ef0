// Runs independent commands a few at a time (dependency-free, like bootstrap.mjs). Each command's
// output is held and printed in one piece when it ends, so parallel output never interleaves.
import { spawn } from 'node:child_process';
import { root } from './bootstrap.mjs';

/**
 * Runs `commands` ([cmd, args] pairs, longest first for the best packing), `width` at a time; exits
 * with the first failing command's code once all have ended, after printing every command's output.
 */
export async function runInParallel(commands, width = 2) {
  const started = Date.now();
  const queue = [...commands];
  const failures = [];
  const runOne = ([cmd, args]) =>
    new Promise((resolve) => {
      const label = `${cmd} ${args.join(' ')}`;
      const t0 = Date.now();
      const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      const out = [];
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
      child.on('close', (code, signal) => {
        const text = Buffer.concat(out).toString();
        if (text.trim()) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        const seconds = ((Date.now() - t0) / 1000).toFixed(1);
        if (code === 0) console.log(`✔ ${label} (${seconds} s)`);
        else {
          console.error(`✖ ${label} failed (exit ${code ?? signal}, ${seconds} s)`);
          failures.push(code || 1);
        }
        resolve();
      });
    });
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await runOne(next);
  };
  await Promise.all(Array.from({ length: Math.min(width, commands.length) }, lane));
  console.log(`Checks done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length) process.exit(failures[0]);
}
