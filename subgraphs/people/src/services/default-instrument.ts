import type { InstrumentDefinition } from './assessment.rules.js';

/**
 * Version 1 of the fragility assessment (scheda di valutazione multidimensionale), seeded when no
 * instrument exists. Threshold 11: 0–10 profilo forte, ≥ 11 in target (docs/domain.md §1).
 * Maximum score 30. Its texts are in Italian, as the staff use it (a later version may change them).
 */
export const DEFAULT_THRESHOLD = 11;

const a = (code: string, label: string, points: number) => ({ code, label, points });

export const DEFAULT_INSTRUMENT: InstrumentDefinition = {
  dimensions: [
    {
      code: 'WORK_HISTORY',
      label: 'Storia lavorativa',
      items: [
        {
          code: 'UNEMPLOYMENT_DURATION',
          text: 'Da quanto tempo la persona è senza lavoro?',
          answers: [
            a('LT_6M', 'Meno di 6 mesi', 0),
            a('6_12M', 'Da 6 a 12 mesi', 1),
            a('12_24M', 'Da 12 a 24 mesi', 2),
            a('GT_24M', 'Più di 24 mesi o mai occupata', 3),
          ],
        },
        {
          code: 'LAST_CONTRACT',
          text: 'Ultimo lavoro stabile',
          answers: [
            a('PERMANENT', 'Tempo indeterminato o determinato lungo', 0),
            a('SHORT', 'Solo lavori brevi o stagionali', 1),
            a('IRREGULAR', 'Solo lavoro irregolare', 2),
            a('NONE', 'Mai lavorato', 3),
          ],
        },
      ],
    },
    {
      code: 'INCOME',
      label: 'Reddito',
      items: [
        {
          code: 'HOUSEHOLD_INCOME',
          text: 'Reddito del nucleo familiare',
          answers: [
            a('ADEQUATE', 'Adeguato', 0),
            a('LOW', 'Basso ma regolare', 1),
            a('SUPPORT', 'Dipende da sostegni pubblici o caritativi', 2),
            a('NONE', 'Nessun reddito', 3),
          ],
        },
        {
          code: 'DEBTS',
          text: 'Debiti o morosità (affitto, utenze)',
          answers: [a('NO', 'No', 0), a('SOME', 'Alcuni, gestibili', 1), a('SEVERE', 'Gravi', 2)],
        },
      ],
    },
    {
      code: 'HOUSING',
      label: 'Abitazione',
      items: [
        {
          code: 'HOUSING_SITUATION',
          text: 'Situazione abitativa',
          answers: [
            a('STABLE', 'Casa stabile', 0),
            a('PRECARIOUS', 'Precaria (ospite, sfratto)', 2),
            a('HOMELESS', 'Senza dimora o in dormitorio', 3),
          ],
        },
      ],
    },
    {
      code: 'HEALTH',
      label: 'Salute',
      items: [
        {
          code: 'HEALTH_LIMITS',
          text: 'Limiti di salute al lavoro',
          answers: [a('NONE', 'Nessuno', 0), a('MILD', 'Limiti lievi', 1), a('SEVERE', 'Limiti rilevanti', 2)],
        },
        {
          code: 'CARE_SERVICES',
          text: 'Seguita dai servizi sanitari o sociali',
          answers: [a('NO', 'No', 0), a('OCCASIONAL', 'Occasionalmente', 1), a('ESTABLISHED', 'Percorso di cura avviato', 3)],
        },
      ],
    },
    {
      code: 'FAMILY_RELATIONS',
      label: 'Famiglia e relazioni',
      items: [
        {
          code: 'CARE_LOAD',
          text: 'Cura di figli o familiari non autosufficienti',
          answers: [a('NONE', 'Nessuna', 0), a('SHARED', 'Condivisa con altri', 1), a('ALONE', 'Da sola, senza aiuti', 2)],
        },
        {
          code: 'SOCIAL_NETWORK',
          text: 'Rete di relazioni',
          answers: [a('GOOD', 'Buona', 0), a('WEAK', 'Debole', 1), a('ISOLATED', 'Isolata', 2)],
        },
      ],
    },
    {
      code: 'EDUCATION_LANGUAGE',
      label: 'Istruzione e lingua italiana',
      items: [
        {
          code: 'EDUCATION',
          text: 'Titolo di studio più alto (riconosciuto in Italia)',
          answers: [
            a('DIPLOMA_OR_MORE', 'Diploma o superiore', 0),
            a('LOWER_SECONDARY', 'Licenza media', 1),
            a('NONE', 'Nessuno o non riconosciuto', 2),
          ],
        },
        {
          code: 'ITALIAN',
          text: 'Lingua italiana',
          answers: [a('FLUENT', 'Fluente (B2 o superiore)', 0), a('BASIC', 'Di base (A2–B1)', 1), a('POOR', 'Scarsa (sotto A2)', 2)],
        },
      ],
    },
    {
      code: 'DIGITAL_MOBILITY',
      label: 'Competenze digitali e mobilità',
      items: [
        {
          code: 'DIGITAL',
          text: 'Usa email, smartphone e moduli online',
          answers: [a('YES', 'In autonomia', 0), a('WITH_HELP', 'Con aiuto', 1), a('NO', 'No', 2)],
        },
        {
          code: 'MOBILITY',
          text: 'Raggiunge i luoghi di lavoro dell’area metropolitana',
          answers: [a('YES', 'Sì (patente o buoni mezzi pubblici)', 0), a('LIMITED', 'Solo vicino a casa', 1)],
        },
      ],
    },
  ],
};
