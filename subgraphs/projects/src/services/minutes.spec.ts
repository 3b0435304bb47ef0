import { describe, expect, it } from 'vitest';
import type { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import type { Committee, CommitteeMember } from '../entities/committee.entity.js';
import type { Decision } from '../entities/decision.entity.js';
import type { Vote } from '../entities/vote.entity.js';
import { draftMinutes } from './minutes.service.js';

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
