import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { root } from './stack-process.js';

export interface Check {
  figure: string;
  value: string;
  target: string;
  pass: boolean | null; // null: measured, no target
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells: (string | number)[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const verdict = (c: Check) => (c.pass === null ? 'measured' : c.pass ? 'PASS' : 'FAIL');

/** Appends a run to test/bench/RESULTS.md with the command, date and machine. */
export function recordRun(command: string, sections: { title: string; body: string }[]): void {
  const file = join(root, 'test', 'bench', 'RESULTS.md');
  if (!existsSync(file))
    writeFileSync(
      file,
      '# Benchmark results\n\nEvery run of `npm run bench` appends its figures here (newest last). Ratios are measured side by side in the same run.\n',
    );
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  appendFileSync(
    file,
    `\n## ${new Date().toISOString()}\n\nCommand: \`${command}\`  \nMachine: ${machine}\n\n${sections.map((s) => `### ${s.title}\n\n${s.body}\n`).join('\n')}`,
  );
}
