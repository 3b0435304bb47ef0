import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_REASON_AREAS, ERROR_REASONS, type ErrorReason } from '@ixl/contracts';
import { describeError, type Catalog } from '@ixl/ui';
import { portalCatalog } from '@ixl/ui/catalogues';
import { BENEFICIARY_MESSAGES } from '../beneficiary/src/messages.js';
import { COMPANY_MESSAGES } from '../company/src/messages.js';
import { TRAINING_MESSAGES } from '../training/src/messages.js';
import { COMMITTEE_MESSAGES } from '../committee/src/messages.js';
import { STAFF_MESSAGES } from '../staff/src/messages.js';
import { LANDING_MESSAGES } from '../landing/src/messages.js';

/**
 * Every error reason the API can raise (the registry in @ixl/contracts) has a text in Italian and English in every
 * portal's catalogue, and every place that raises an error in the subgraphs, the gateway and the shared packages
 * names a reason of the registry. When this fails, the message says what to add where.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORTALS: Record<string, Catalog> = {
  beneficiario: BENEFICIARY_MESSAGES,
  azienda: COMPANY_MESSAGES,
  ente: TRAINING_MESSAGES,
  comitato: COMMITTEE_MESSAGES,
  staff: STAFF_MESSAGES,
  landing: LANDING_MESSAGES,
};
const REASONS = Object.keys(ERROR_REASONS) as ErrorReason[];
const areaOf = (reason: string) => Object.entries(ERROR_REASON_AREAS).find(([, table]) => Object.hasOwn(table, reason))?.[0] ?? '<area>';
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1] as string));

describe('error reasons: one registry, every reason translated in every portal', () => {
  it('has no reason in two areas, and every reason is UPPER_SNAKE with a known code', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, table] of Object.entries(ERROR_REASON_AREAS))
      for (const reason of Object.keys(table)) {
        if (seen.has(reason)) twice.push(`${reason} is in errors/${seen.get(reason)}.ts and errors/${area}.ts: keep it in one`);
        seen.set(reason, area);
      }
    expect(twice).toEqual([]);
    expect(REASONS.filter((r) => !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(r))).toEqual([]);
    expect(REASONS.length).toBeGreaterThan(300);
  });

  it.each(Object.keys(PORTALS))('portal %s has an Italian and an English text for every reason', (portal) => {
    const catalog = portalCatalog(PORTALS[portal] as Catalog);
    const missing: string[] = [];
    for (const reason of REASONS) {
      const key = `error.reason.${reason}`;
      if (!catalog.it[key]?.trim())
        missing.push(`${reason}: Italian text missing — add \`${reason}: '…',\` to packages/ui/web/error-texts/${areaOf(reason)}.ts`);
      if (!catalog.en[key]?.trim())
        missing.push(
          `${reason}: English text missing — give it a message in packages/contracts/src/errors/${areaOf(reason)}.ts or ERROR_TEXTS_EN`,
        );
    }
    expect(missing).toEqual([]);
  });

  it('uses in each Italian text only the params the reason carries, and formats every text without error', () => {
    const catalog = portalCatalog(STAFF_MESSAGES);
    const wrong: string[] = [];
    for (const reason of REASONS) {
      const params = placeholders(ERROR_REASONS[reason].message);
      // Derived params the portals add: minutes from seconds.
      for (const p of [...params]) if (p.endsWith('Seconds')) params.add(p.replace(/Seconds$/, 'Minutes'));
      for (const lang of ['it', 'en'] as const) {
        const text = catalog[lang][`error.reason.${reason}`] ?? '';
        for (const p of placeholders(text))
          if (!params.has(p))
            wrong.push(`${reason} (${lang}): {${p}} is not a param of the reason (params: ${[...params].join(', ') || 'none'})`);
        const sample = Object.fromEntries([...params].map((p) => [p, p.endsWith('Cents') || p === 'count' ? 250000 : 2]));
        const out = describeError(catalog, lang, { code: ERROR_REASONS[reason].code, reason, params: sample });
        if (!out || /\{\w+\}/.test(out)) wrong.push(`${reason} (${lang}): formats as "${out}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('turns params into readable Italian: euros, minutes, dates, enum labels, plurals', () => {
    const catalog = portalCatalog(STAFF_MESSAGES);
    const say = (reason: string, params: Record<string, unknown>) => describeError(catalog, 'it', { code: 'X', reason, params });
    expect(say('LOGIN_RATE_LIMITED', { retryAfterSeconds: 510 })).toBe('Troppi tentativi di accesso: riprova tra 9 minuti.');
    expect(say('LOGIN_RATE_LIMITED', { retryAfterSeconds: 40 })).toBe('Troppi tentativi di accesso: riprova tra 1 minuto.');
    expect(say('COMMITMENT_EXCEEDS_LINE', { availableCents: 300000 })).toBe(
      'L’impegno supera la disponibilità della voce (3.000,00\u00a0€).',
    );
    expect(say('LABS_WITHIN_TWO_MONTHS', { limit: '2026-12-10' })).toBe(
      'I laboratori vanno svolti entro 2 mesi dall’incontro iniziale (entro il 10 dicembre 2026).',
    );
    expect(say('VACANCY_TRANSITION', { subject: 'vacancy', from: 'CLOSED', to: 'OPEN' })).toBe(
      'Un fabbisogno in stato «Chiuso» non può passare a «Aperto».',
    );
    expect(say('MAIL_FILTER_TOO_BROAD', { count: 1 })).toMatch(/^Il filtro comprende 1 persona:/);
  });
});

/** Source files of the API side (subgraphs, gateway, shared packages), without tests. */
function apiSources(): string[] {
  const files = execFileSync('git', ['ls-files', 'subgraphs/*/src/*.ts', 'gateway/src/*.ts', 'packages/*/src/*.ts'], { cwd: ROOT })
    .toString()
    .split('\n')
    .filter((f) => f && !f.endsWith('.spec.ts') && !f.startsWith('packages/testkit/') && !f.startsWith('packages/contracts/'));
  return files;
}

/** The argument that names the reason, per raising function. */
const REASON_ARG: Record<string, number> = {
  badInput: 1,
  notFound: 0,
  forbidden: 0,
  DomainError: 0,
  apiError: 0,
  errorJson: 0,
  rowProblem: 2,
  IdempotencyRefusal: 2,
};

function reasonsNamedBy(node: ts.Expression): string[] | 'dynamic' {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) {
    const a = reasonsNamedBy(node.whenTrue);
    const b = reasonsNamedBy(node.whenFalse);
    return a === 'dynamic' || b === 'dynamic' ? 'dynamic' : [...a, ...b];
  }
  // `CODICE_FISCALE_${cf.reason}`: a prefix of registry reasons (the compiler checks the union).
  if (ts.isTemplateExpression(node)) return REASONS.some((r) => r.startsWith(node.head.text)) ? [] : [`${node.head.text}…`];
  return 'dynamic';
}

describe('every raise site names a reason of the registry', () => {
  it('finds no error raised without a registry reason in subgraphs, gateway and packages', () => {
    const problems: string[] = [];
    let sites = 0;
    for (const file of apiSources()) {
      const text = readFileSync(`${ROOT}/${file}`, 'utf8');
      if (!/badInput|notFound|forbidden|DomainError|GraphQLError|apiError|errorJson|rowProblem|code: '/.test(text)) continue;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const where = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      const visit = (n: ts.Node): void => {
        const callee = ts.isCallExpression(n) || ts.isNewExpression(n) ? n.expression : undefined;
        const name = callee && ts.isIdentifier(callee) ? callee.text : undefined;
        const args = (n as ts.CallExpression).arguments;
        if (name && name in REASON_ARG && args && !ts.isFunctionDeclaration(n.parent)) {
          sites++;
          const arg = args[REASON_ARG[name] as number];
          if (!arg) {
            if (name !== 'forbidden') problems.push(`${where(n)}: ${name}() without a reason`);
          } else {
            const named = reasonsNamedBy(arg);
            // A variable is fine where the compiler types it as a registry reason (e.g. a transition table's reason).
            if (named !== 'dynamic')
              for (const r of named)
                if (!(REASONS as string[]).includes(r))
                  problems.push(`${where(n)}: '${r}' is not in the registry — add it to packages/contracts/src/errors/<area>.ts`);
          }
        }
        // GraphQL errors are built from a reason (apiError/errorJson) except where the gateway passes on a subgraph's.
        if (
          name === 'GraphQLError' &&
          ts.isNewExpression(n) &&
          !/e\.extensions|formatted\.extensions|extensions: \{ code, reason|reason, params: values|err\.extensions\(\)/.test(
            n.getText(source),
          )
        )
          problems.push(`${where(n)}: new GraphQLError without a registry reason — use apiError('REASON', params)`);
        // Hand-written `extensions` with a code must carry a registry reason.
        if (ts.isObjectLiteralExpression(n)) {
          const props = new Map(n.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(source), p.initializer] as const));
          const code = props.get('code');
          if (
            props.has('code') &&
            code &&
            ts.isStringLiteral(code) &&
            /^[A-Z_]+$/.test(code.text) &&
            ts.isPropertyAssignment(n.parent) &&
            n.parent.name.getText(source) === 'extensions'
          ) {
            const reason = props.get('reason');
            if (!reason) problems.push(`${where(n)}: extensions with code ${code.text} but no reason`);
            else if (ts.isStringLiteral(reason) && !(REASONS as string[]).includes(reason.text))
              problems.push(`${where(n)}: reason '${reason.text}' is not in the registry`);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(source);
    }
    expect(problems).toEqual([]);
    expect(sites).toBeGreaterThan(400);
  });
});
