import { describe, expect, it } from 'vitest';
import type { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import type { Committee, CommitteeMember } from '../entities/committee.entity.js';
import type { Decision } from '../entities/decision.entity.js';
import type { Vote } from '../entities/vote.entity.js';
import type { DomainError } from '@ixl/subgraph-kit';
import { draftMinutes } from './minutes.service.js';
import { DEFAULT_MINUTES_TEMPLATE, parseMinutesTemplate } from './minutes-template.rules.js';

const member = (id: string, displayName: string, represents: string | null = null) =>
  ({ id, displayName, represents, active: true, committeeId: 'c', userId: id }) as CommitteeMember;
const vote = (memberId: string, choice: string | null, conflictNote?: string) =>
  ({ agendaItemId: 'i1', memberId, choice, conflictOfInterest: !!conflictNote, conflictNote: conflictNote ?? null }) as unknown as Vote;

describe('draftMinutes (the Italian verbale)', () => {
  it('writes names, votes in words, the conflict declared, the decision with amounts and conditions', () => {
    const text = draftMinutes({
      committee: { id: 'c', name: 'Comitato di valutazione', quorum: 3 } as Committee,
      session: { id: 's', heldOn: '2026-12-10', location: 'Palazzo d’Accursio' } as CommitteeSession,
      members: [
        member('m1', 'Anna Bianchi', 'Comune di Bologna'),
        member('m2', 'Marco Neri'),
        member('m3', 'Luca Verdi'),
        member('m4', 'Sara Gallo'),
      ],
      items: [
        { id: 'i1', position: 1, topic: 'Cucina di comunità', subjectId: 'p1' } as AgendaItem,
        { id: 'i2', position: 2, topic: 'Laboratorio di sartoria', subjectId: 'p2' } as AgendaItem,
      ],
      votes: [vote('m1', 'APPROVE'), vote('m2', 'REJECT'), vote('m3', 'ABSTAIN'), vote('m4', null, 'socia della cooperativa')],
      decisions: [
        {
          agendaItemId: 'i1',
          outcome: 'APPROVED',
          decidedOn: '2026-12-10',
          votesFor: 1,
          votesAgainst: 1,
          abstentions: 1,
          excludedForConflict: 1,
          fundingKind: 'LOAN',
          amountCents: 1_500_000,
          termMonths: 60,
          graceMonths: 6,
          investmentCents: 1_000_000,
          servicesCents: 500_000,
          conditions: 'Aggiornare il piano dei costi',
        } as unknown as Decision,
      ],
    });
    expect(text.split('\n')).toEqual([
      'VERBALE DELLA SEDUTA — Comitato di valutazione',
      'Seduta del 10 dicembre 2026, Palazzo d’Accursio.',
      '',
      'Componenti: Anna Bianchi (Comune di Bologna), Marco Neri, Luca Verdi, Sara Gallo.',
      'Numero legale: 3 componenti votanti.',
      '',
      'Ordine del giorno',
      '',
      '1. Cucina di comunità',
      '   Votazione:',
      '   - Anna Bianchi: favorevole',
      '   - Marco Neri: contrario',
      '   - Luca Verdi: astenuto',
      '   - Sara Gallo: ha dichiarato un conflitto di interessi (socia della cooperativa) e non ha votato',
      '   Decisione: APPROVATO il 10 dicembre 2026 (favorevoli 1, contrari 1, astenuti 1, esclusi per conflitto di interessi 1).',
      '   Finanziamento: prestito sociale di 15.000,00\u00a0€, durata 60 mesi di cui 6 di preammortamento (investimenti 10.000,00\u00a0€, servizi 5.000,00\u00a0€).',
      '   Condizioni: Aggiornare il piano dei costi',
      '',
      '2. Laboratorio di sartoria',
      '   Nessuna decisione registrata.',
      '',
      'Letto, approvato e sottoscritto.',
    ]);
  });
});

describe('the minutes template (what the secretary edits)', () => {
  const data = {
    committee: { id: 'c', name: 'Comitato di gestione', quorum: 1 } as Committee,
    session: { id: 's', heldOn: '2026-12-10', location: null } as CommitteeSession,
    members: [
      { ...member('m1', 'Anna Bianchi'), role: 'CHAIR' } as CommitteeMember,
      { ...member('m2', 'Marco Neri'), role: 'SECRETARY' } as CommitteeMember,
      { ...member('m4', 'Sara Gallo'), role: 'MEMBER' } as CommitteeMember,
    ],
    items: [{ id: 'i1', position: 1, topic: 'Cucina di comunità', subjectId: 'p1' } as AgendaItem],
    votes: [vote('m1', 'APPROVE'), vote('m4', null, 'socia della cooperativa')],
    decisions: [],
  };

  it('fills names, votes in words and conflicts; drops lines whose placeholders are all empty; indents multi-line values', () => {
    const template = [
      'Verbale n. 1 del {{comitato}} — {{data_seduta}}',
      'Luogo: {{luogo}}',
      'Presidente {{presidente}}, segretario {{segretario}}',
      '{{#punti}}',
      'Punto {{numero}}: {{argomento}}',
      '  {{votazione}}',
      '  Conflitti: {{conflitti}}',
      '  Esito: {{esito}}',
      '  {{nessuna_decisione}}',
      '{{/punti}}',
      'Fine.',
    ].join('\n');
    expect(draftMinutes(data, template).split('\n')).toEqual([
      'Verbale n. 1 del Comitato di gestione — 10 dicembre 2026',
      'Presidente Anna Bianchi, segretario Marco Neri',
      'Punto 1: Cucina di comunità',
      '  Votazione:',
      '  - Anna Bianchi: favorevole',
      '  - Sara Gallo: ha dichiarato un conflitto di interessi (socia della cooperativa) e non ha votato',
      '  Conflitti: Sara Gallo (socia della cooperativa)',
      '  Nessuna decisione registrata.',
      'Fine.',
    ]);
    expect(draftMinutes(data)).toContain('Presiede: Anna Bianchi.\nVerbalizza: Marco Neri.\nNumero legale: 1 componente votante.');
  });

  const refused = (body: string) => {
    try {
      parseMinutesTemplate(body);
    } catch (e) {
      const err = e as DomainError;
      return { code: err.code, reason: err.reason, params: err.params, field: err.field };
    }
    return null;
  };

  it('refuses what cannot render, naming the placeholder and the line', () => {
    expect(refused('Ciao {{nome_sbagliato}}')).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MINUTES_TEMPLATE_UNKNOWN_PLACEHOLDER',
      params: { placeholder: 'nome_sbagliato', line: 1 },
      field: 'body',
    });
    expect(refused('Titolo\nEsito: {{esito}}')).toMatchObject({
      reason: 'MINUTES_TEMPLATE_ITEM_OUTSIDE_BLOCK',
      params: { placeholder: 'esito', line: 2 },
    });
    expect(refused('{{#punti}}\n{{numero}}')).toMatchObject({ reason: 'MINUTES_TEMPLATE_BLOCK_UNBALANCED', params: { line: 2 } });
    expect(refused('{{/punti}}')).toMatchObject({ reason: 'MINUTES_TEMPLATE_BLOCK_UNBALANCED', params: { line: 1 } });
    expect(refused('{{#punti}}\n{{/punti}}\n{{#punti}}\n{{/punti}}')).toMatchObject({
      reason: 'MINUTES_TEMPLATE_BLOCK_UNBALANCED',
      params: { line: 3 },
    });
    expect(refused('Punti: {{#punti}} {{numero}} {{/punti}}')).toMatchObject({
      reason: 'MINUTES_TEMPLATE_BLOCK_OWN_LINE',
      params: { line: 1 },
    });
    expect(refused('Comitato {{comitato}} }} ')).toMatchObject({ reason: 'MINUTES_TEMPLATE_STRAY_BRACES', params: { line: 1 } });
    expect(refused('Comitato {{comitato')).toMatchObject({ reason: 'MINUTES_TEMPLATE_STRAY_BRACES' });
    expect(refused('   \n ')).toMatchObject({ reason: 'MINUTES_TEMPLATE_EMPTY' });
    expect(refused('x'.repeat(20_001))).toMatchObject({ reason: 'MINUTES_TEMPLATE_TOO_LONG', params: { max: 20_000 } });
    expect(refused(DEFAULT_MINUTES_TEMPLATE)).toBeNull();
  });
});
