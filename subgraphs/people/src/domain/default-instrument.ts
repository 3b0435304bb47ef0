import type { InstrumentDefinition } from './assessment-scoring.js';

/**
 * Version 1 of the fragility assessment (scheda di valutazione multidimensionale), seeded when no
 * instrument exists. Threshold 11: 0–10 profilo forte, ≥ 11 in target (DOMAIN.md §1).
 * Maximum score 30.
 */
export const DEFAULT_THRESHOLD = 11;

const a = (code: string, label: string, points: number) => ({ code, label, points });

export const DEFAULT_INSTRUMENT: InstrumentDefinition = {
  dimensions: [
    {
      code: 'WORK_HISTORY',
      label: 'Work history',
      items: [
        { code: 'UNEMPLOYMENT_DURATION', text: 'How long has the person been without work?', answers: [a('LT_6M', 'Less than 6 months', 0), a('6_12M', '6 to 12 months', 1), a('12_24M', '12 to 24 months', 2), a('GT_24M', 'More than 24 months or never employed', 3)] },
        { code: 'LAST_CONTRACT', text: 'Last stable employment', answers: [a('PERMANENT', 'Permanent or long fixed-term', 0), a('SHORT', 'Short or seasonal jobs only', 1), a('IRREGULAR', 'Irregular work only', 2), a('NONE', 'Never worked', 3)] },
      ],
    },
    {
      code: 'INCOME',
      label: 'Income',
      items: [
        { code: 'HOUSEHOLD_INCOME', text: 'Household income', answers: [a('ADEQUATE', 'Adequate', 0), a('LOW', 'Low but regular', 1), a('SUPPORT', 'Depends on public or charity support', 2), a('NONE', 'No income', 3)] },
        { code: 'DEBTS', text: 'Debts or arrears (rent, utilities)', answers: [a('NO', 'No', 0), a('SOME', 'Some, manageable', 1), a('SEVERE', 'Severe', 2)] },
      ],
    },
    {
      code: 'HOUSING',
      label: 'Housing',
      items: [
        { code: 'HOUSING_SITUATION', text: 'Housing situation', answers: [a('STABLE', 'Stable home', 0), a('PRECARIOUS', 'Precarious (guest, eviction notice)', 2), a('HOMELESS', 'Homeless or shelter', 3)] },
      ],
    },
    {
      code: 'HEALTH',
      label: 'Health',
      items: [
        { code: 'HEALTH_LIMITS', text: 'Health limits on working', answers: [a('NONE', 'None', 0), a('MILD', 'Mild limits', 1), a('SEVERE', 'Relevant limits', 2)] },
        { code: 'CARE_SERVICES', text: 'Followed by health or social-care services', answers: [a('NO', 'No', 0), a('OCCASIONAL', 'Occasionally', 1), a('ESTABLISHED', 'Established care path', 3)] },
      ],
    },
    {
      code: 'FAMILY_RELATIONS',
      label: 'Family and relations',
      items: [
        { code: 'CARE_LOAD', text: 'Care of children or dependent relatives', answers: [a('NONE', 'None', 0), a('SHARED', 'Shared with others', 1), a('ALONE', 'Alone, without support', 2)] },
        { code: 'SOCIAL_NETWORK', text: 'Network of relations', answers: [a('GOOD', 'Good', 0), a('WEAK', 'Weak', 1), a('ISOLATED', 'Isolated', 2)] },
      ],
    },
    {
      code: 'EDUCATION_LANGUAGE',
      label: 'Education and Italian language',
      items: [
        { code: 'EDUCATION', text: 'Highest qualification (recognised in Italy)', answers: [a('DIPLOMA_OR_MORE', 'Upper secondary or more', 0), a('LOWER_SECONDARY', 'Lower secondary', 1), a('NONE', 'None or not recognised', 2)] },
        { code: 'ITALIAN', text: 'Italian language', answers: [a('FLUENT', 'Fluent (B2 or more)', 0), a('BASIC', 'Basic (A2–B1)', 1), a('POOR', 'Poor (below A2)', 2)] },
      ],
    },
    {
      code: 'DIGITAL_MOBILITY',
      label: 'Digital skills and mobility',
      items: [
        { code: 'DIGITAL', text: 'Uses email, smartphone and online forms', answers: [a('YES', 'Autonomously', 0), a('WITH_HELP', 'With help', 1), a('NO', 'No', 2)] },
        { code: 'MOBILITY', text: 'Can reach workplaces in the metropolitan area', answers: [a('YES', 'Yes (licence or good public transport)', 0), a('LIMITED', 'Only nearby', 1)] },
      ],
    },
  ],
};
