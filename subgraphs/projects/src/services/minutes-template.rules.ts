import { badInput } from '@ixl/subgraph-kit';

/**
 * The verbale's template language (what a committee secretary edits): plain text with `{{placeholder}}`s, and one
 * block `{{#punti}}` … `{{/punti}}` (each tag alone on its line) repeated for every agenda item.
 *
 * - A line whose placeholders all come out empty is left out (so "Condizioni: {{condizioni}}" disappears when the
 *   decision has none).
 * - A placeholder whose value has several lines (e.g. `{{votazione}}`) repeats the line's indentation on each of them.
 * - Unknown placeholders, item placeholders outside the block, unbalanced tags and stray braces are refused with a
 *   BAD_USER_INPUT naming the placeholder and the line: a template that is saved always renders.
 */

/** Placeholders of the whole session, with what they write (shown in the editor). */
export const SESSION_PLACEHOLDERS = {
  comitato: 'Nome del comitato',
  data_seduta: 'Data della seduta (es. 10 dicembre 2026)',
  luogo: 'Luogo della seduta',
  data_e_luogo: 'Data e luogo (es. 10 dicembre 2026, Palazzo d’Accursio)',
  componenti: 'Componenti con l’ente rappresentato',
  presidente: 'Nome di chi presiede',
  segretario: 'Nome di chi verbalizza',
  numero_legale: 'Numero legale in parole (es. 3 componenti votanti)',
} as const;

/** Placeholders of one agenda item (only inside `{{#punti}}` … `{{/punti}}`). */
export const ITEM_PLACEHOLDERS = {
  numero: 'Numero del punto',
  argomento: 'Argomento o pratica',
  votazione: 'Il voto di ogni componente in parole, con i conflitti di interessi dichiarati',
  conflitti: 'I conflitti di interessi dichiarati (nome e motivo)',
  decisione: 'La decisione con il conteggio dei voti',
  esito: 'Solo l’esito (APPROVATO, RESPINTO, RINVIATO)',
  finanziamento: 'Il finanziamento deciso (comitato di gestione) con importi e durata',
  sostegno_scelto: 'La forma di sostegno scelta (comitato di valutazione) con importi e voci non monetarie',
  condizioni: 'Le condizioni poste dal comitato',
  nessuna_decisione: '“Nessuna decisione registrata.” se la pratica non è stata decisa',
} as const;

export type SessionValues = Record<keyof typeof SESSION_PLACEHOLDERS, string>;
export type ItemValues = Record<keyof typeof ITEM_PLACEHOLDERS, string>;

export const BLOCK_OPEN = '{{#punti}}';
export const BLOCK_CLOSE = '{{/punti}}';
export const MINUTES_TEMPLATE_MAX_CHARS = 20_000;

/** The built-in template: the verbale as the platform always wrote it (used until a secretary saves one). */
export const DEFAULT_MINUTES_TEMPLATE = [
  'VERBALE DELLA SEDUTA — {{comitato}}',
  'Seduta del {{data_e_luogo}}.',
  '',
  'Componenti: {{componenti}}.',
  'Presiede: {{presidente}}.',
  'Verbalizza: {{segretario}}.',
  'Numero legale: {{numero_legale}}.',
  '',
  'Ordine del giorno',
  BLOCK_OPEN,
  '',
  '{{numero}}. {{argomento}}',
  '   {{votazione}}',
  '   Decisione: {{decisione}}.',
  '   Finanziamento: {{finanziamento}}.',
  '   Forma di sostegno scelta: {{sostegno_scelto}}.',
  '   Condizioni: {{condizioni}}',
  '   {{nessuna_decisione}}',
  BLOCK_CLOSE,
  '',
  'Letto, approvato e sottoscritto.',
].join('\n');

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

interface Parsed {
  head: string[];
  block: string[];
  tail: string[];
}

/** Checks a template and splits it around the block; throws BAD_USER_INPUT (field `body`) when it cannot render. */
export function parseMinutesTemplate(body: string): Parsed {
  if (!body.trim()) throw badInput('body', 'MINUTES_TEMPLATE_EMPTY');
  if (body.length > MINUTES_TEMPLATE_MAX_CHARS) throw badInput('body', 'MINUTES_TEMPLATE_TOO_LONG', { max: MINUTES_TEMPLATE_MAX_CHARS });
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const parsed: Parsed = { head: [], block: [], tail: [] };
  let part = 'head' as keyof Parsed;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const trimmed = line.trim();
    if (trimmed === BLOCK_OPEN) {
      if (part !== 'head') throw badInput('body', 'MINUTES_TEMPLATE_BLOCK_UNBALANCED', { line: lineNo });
      part = 'block';
      return;
    }
    if (trimmed === BLOCK_CLOSE) {
      if (part !== 'block') throw badInput('body', 'MINUTES_TEMPLATE_BLOCK_UNBALANCED', { line: lineNo });
      part = 'tail';
      return;
    }
    for (const m of line.matchAll(PLACEHOLDER)) {
      const name = m[1] ?? '';
      if (name === '#punti' || name === '/punti') throw badInput('body', 'MINUTES_TEMPLATE_BLOCK_OWN_LINE', { line: lineNo });
      const isItem = Object.hasOwn(ITEM_PLACEHOLDERS, name);
      if (!isItem && !Object.hasOwn(SESSION_PLACEHOLDERS, name))
        throw badInput('body', 'MINUTES_TEMPLATE_UNKNOWN_PLACEHOLDER', { placeholder: name, line: lineNo });
      if (isItem && part !== 'block') throw badInput('body', 'MINUTES_TEMPLATE_ITEM_OUTSIDE_BLOCK', { placeholder: name, line: lineNo });
    }
    if (line.replace(PLACEHOLDER, '').includes('{{') || line.replace(PLACEHOLDER, '').includes('}}'))
      throw badInput('body', 'MINUTES_TEMPLATE_STRAY_BRACES', { line: lineNo });
    parsed[part].push(line);
  });
  if (part === 'block') throw badInput('body', 'MINUTES_TEMPLATE_BLOCK_UNBALANCED', { line: lines.length });
  return parsed;
}

function renderLines(lines: string[], values: Record<string, string>): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const names = [...line.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
    if (names.length && names.every((n) => !values[n])) continue;
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    out.push(line.replace(PLACEHOLDER, (_, name: string) => (values[name] ?? '').split('\n').join(`\n${indent}`)));
  }
  return out;
}

/** Renders a (checked) template with the session's values and one set of values per agenda item. */
export function renderMinutesTemplate(body: string, session: SessionValues, items: ItemValues[]): string {
  const t = parseMinutesTemplate(body);
  return [
    ...renderLines(t.head, session),
    ...items.flatMap((item) => renderLines(t.block, { ...session, ...item })),
    ...renderLines(t.tail, session),
  ]
    .join('\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
}
