import type { Env } from './kinds.js';
import type { Variable } from './variables.js';

export interface ConfigProblem {
  variable: string;
  /** The value as given (left out for sensitive variables: secrets, URLs that may carry a password). */
  value?: string;
  /** What is wrong. */
  reason: string;
  allowed: string;
}

/** One or more bad variables: the message names each, says what is wrong and what is allowed. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    const lines = problems.map((p) => `${p.variable}${p.value === undefined ? '' : `="${p.value}"`} ${p.reason}; allowed: ${p.allowed}`);
    super(
      lines.length === 1
        ? `Configuration: ${lines[0]}`
        : `Configuration: ${lines.length} problems\n${lines.map((l) => `  - ${l}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads variables, collecting every problem, so one start-up names them all. Empty means unset. */
export class EnvReader {
  readonly problems: ConfigProblem[] = [];
  constructor(private readonly env: Env) {}

  text(name: string): string | undefined {
    const raw = this.env[name]?.trim();
    return raw ? raw : undefined;
  }

  /** The variable's value; its default when unset; undefined when unset without a default, or bad (recorded). */
  read<T>(variable: Variable<T>): T | undefined {
    const text = this.text(variable.name) ?? variable.defaultText;
    if (text === undefined) return undefined;
    const parsed = variable.kind.parse(text);
    if (parsed.ok) return parsed.value;
    this.problems.push({
      variable: variable.name,
      ...(variable.kind.sensitive ? {} : { value: text }),
      reason: parsed.problem,
      allowed: variable.kind.allowed,
    });
    return undefined;
  }

  /** A variable with a fixed default: its value (the default also stands in for a bad value, so the others are still checked). */
  value<T>(variable: Variable<T>): T {
    const value = this.read(variable);
    if (value !== undefined) return value;
    const fallback = variable.defaultText === undefined ? undefined : variable.kind.parse(variable.defaultText);
    if (!fallback?.ok) throw new Error(`${variable.name} has no default`);
    return fallback.value;
  }

  throwIfBad(): void {
    if (this.problems.length) throw new ConfigError(this.problems);
  }
}

/** EX_CONFIG (sysexits.h): the exit code of a service that refused its configuration. */
export const CONFIG_EXIT_CODE = 78;

/** Runs `load`; on a `ConfigError` prints it (naming `service`) and ends the process with `CONFIG_EXIT_CODE`. */
export function configOrExit<T>(service: string, load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`${service} cannot start. ${err.message}`);
    process.exit(CONFIG_EXIT_CODE);
  }
}
