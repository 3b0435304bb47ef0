import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** One test file's figures, from Vitest's own per-file diagnostic (milliseconds of wall time). */
export interface FileTiming {
  file: string;
  project: string;
  tests: number;
  state: string;
  /** Everything the file cost its worker: environment, harness, setup files, import, tests and hooks. */
  totalMs: number;
  /** Importing the test file and what it imports (transform included), and collecting its suites. */
  importMs: number;
  /** The tests and their hooks (a stack boot in beforeAll counts here). */
  testsMs: number;
}

export function fileTiming(module: TestModule, root: string): FileTiming {
  const d = module.diagnostic();
  const setup = d.environmentSetupDuration + d.prepareDuration + d.setupDuration;
  return {
    file: relative(root, module.moduleId),
    project: module.project.name,
    tests: [...module.children.allTests()].length,
    state: module.state(),
    totalMs: Math.round(setup + d.collectDuration + d.duration),
    importMs: Math.round(d.collectDuration),
    testsMs: Math.round(d.duration),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Prints the slowest test files at the end of a run (IXL_SLOWEST_FILES of them, default 10), with
 * what each cost (import vs tests), and per project the summed file time; writes every file's figures
 * to test/artifacts/test-timings.json, so two runs can be compared file by file.
 */
export default class SlowestFilesReporter implements Reporter {
  private root = process.cwd();
  private started = performance.now();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
    this.started = performance.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timings = testModules.map((m) => fileTiming(m, this.root)).sort((a, b) => b.totalMs - a.totalMs);
    if (!timings.length) return;
    const limit = Math.max(0, Number(process.env.IXL_SLOWEST_FILES ?? 10) || 0);
    const lines = [''];
    if (limit) {
      lines.push(`Slowest test files (of ${timings.length}; total = setup + import + tests, in its worker):`);
      const width = Math.max(...timings.slice(0, limit).map((t) => t.file.length));
      for (const t of timings.slice(0, limit)) {
        lines.push(
          `  ${seconds(t.totalMs).padStart(8)}  ${t.file.padEnd(width)}  ${t.project}, ${t.tests} tests: import ${seconds(t.importMs)}, tests ${seconds(t.testsMs)}${t.state === 'failed' ? ' (FAILED)' : ''}`,
        );
      }
    }
    const projects = new Map<string, { files: number; tests: number; totalMs: number; importMs: number; testsMs: number }>();
    for (const t of timings) {
      const p = projects.get(t.project) ?? { files: 0, tests: 0, totalMs: 0, importMs: 0, testsMs: 0 };
      p.files += 1;
      p.tests += t.tests;
      p.totalMs += t.totalMs;
      p.importMs += t.importMs;
      p.testsMs += t.testsMs;
      projects.set(t.project, p);
    }
    lines.push('Time in workers per project (summed over files; files run in parallel):');
    for (const [name, p] of projects) {
      lines.push(
        `  ${name}: ${p.files} files, ${p.tests} tests, ${seconds(p.totalMs)} (import ${seconds(p.importMs)}, tests ${seconds(p.testsMs)})`,
      );
    }
    const file = resolve(this.root, 'test/artifacts/test-timings.json');
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ wallMs: Math.round(performance.now() - this.started), files: timings }, null, 2)}\n`);
      lines.push(`Every file's figures: ${relative(this.root, file)}`);
    } catch (err) {
      lines.push(`(could not write ${file}: ${err instanceof Error ? err.message : String(err)})`);
    }
    console.log(lines.join('\n'));
  }
}
