import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scrape } from '@ixl/observability';

/**
 * The Grafana dashboard and the Prometheus alert rules in deploy/observability use only metrics the
 * services export: every name in every expression is a series of the process's registry (a renamed
 * metric breaks this test, not a dashboard at 3 a.m.).
 */
const dir = join(import.meta.dirname, '../../deploy/observability');
const dashboard = JSON.parse(readFileSync(join(dir, 'grafana-dashboard.json'), 'utf8')) as {
  panels: { title: string; targets: { expr: string }[] }[];
};
const alerts = parse(readFileSync(join(dir, 'prometheus-alerts.yaml'), 'utf8')) as {
  groups: { name: string; rules: { alert: string; expr: string; labels?: Record<string, string> }[] }[];
};

/** Metric names in a PromQL expression: identifiers of the platform's and Node's families. */
const metricNames = (expr: string): string[] => [...expr.matchAll(/\b((?:ixl|nodejs|process)_[a-z0-9_]+)\b/g)].map((m) => m[1]!);

/** Every series name the registry serves (histograms as their _bucket, _sum and _count). */
async function exported(): Promise<Set<string>> {
  const { body } = await scrape();
  const names = new Set<string>();
  for (const m of body.matchAll(/^# TYPE (\S+) (\w+)$/gm)) {
    const [, name, type] = m;
    names.add(name!);
    if (type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(`${name}${s}`);
    if (type === 'summary') for (const s of ['_sum', '_count']) names.add(`${name}${s}`);
  }
  return names;
}

describe('dashboards and alerts as code', () => {
  it('the dashboard uses only exported metrics, in every panel', async () => {
    const names = await exported();
    expect(dashboard.panels.length).toBeGreaterThan(10);
    for (const panel of dashboard.panels) {
      expect(panel.targets.length, panel.title).toBeGreaterThan(0);
      for (const target of panel.targets) {
        const used = metricNames(target.expr);
        expect(used.length, `${panel.title}: ${target.expr}`).toBeGreaterThan(0);
        for (const name of used) expect(names.has(name), `${panel.title}: ${name} is not exported`).toBe(true);
      }
    }
  });

  it('the alert rules use only exported metrics and cover errors, p99, event lag, dead letters, job failures and secrets', async () => {
    const names = await exported();
    const rules = alerts.groups.flatMap((g) => g.rules);
    for (const rule of rules) {
      const used = metricNames(rule.expr);
      expect(used.length, rule.alert).toBeGreaterThan(0);
      for (const name of used) expect(names.has(name), `${rule.alert}: ${name} is not exported`).toBe(true);
      expect(rule.labels?.severity, rule.alert).toMatch(/^(page|ticket)$/);
    }
    const byName = new Map(rules.map((r) => [r.alert, r.expr]));
    expect(byName.get('IxlHighErrorRate')).toContain('outcome="error"');
    expect(byName.get('IxlLatencyP99OverTarget')).toContain('histogram_quantile(0.99');
    expect(byName.get('IxlEventLagHigh')).toContain('ixl_event_consumer_lag_seconds');
    expect(byName.get('IxlDeadLetters')).toMatch(/ixl_event_dead_letters\)? > 0/);
    expect(byName.get('IxlJobFailures')).toContain('ixl_job_failed');
    expect(byName.get('IxlSecretMissing')).toContain('ixl_secret_present');
  });

  it('catches a metric that is not exported', () => {
    expect(metricNames('rate(ixl_no_such_metric_total[5m])')).toEqual(['ixl_no_such_metric_total']);
  });
});
