import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { badInput, DomainError, requireRole } from '@ixl/subgraph-kit';
import type { MyVacancyMatch } from '../../dto/my-vacancy-match.types.js';
import { Vacancy, VacancyStatus } from '../../entities/vacancy.entity.js';
import { buildMatchQuery, type MatchRow } from './matching.sql.js';
import { toMatch, vacancyMatchInput } from './matching.service.js';
import { vocabularyIndex } from '../vocabulary.service.js';

export const MAX_MY_MATCHES = 20;
/** Open vacancies looked at per request (newest first): one indexed query each. */
const VACANCIES_SCANNED = 100;

/**
 * The open vacancies a beneficiary matches, best first, with the same explained score staff see
 * (same pool rules: in target, ready, active; vacancies they are already a candidate for are left out).
 */
export class MyMatchesService {
  constructor(private readonly em: EntityManager) {}

  async myVacancyMatches(caller: Caller, limit: number): Promise<MyVacancyMatch[]> {
    requireRole(caller, 'BENEFICIARY');
    if (!caller.beneficiaryId) throw new DomainError('ACCOUNT_NOT_LINKED_TO_PERSON', {});
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MY_MATCHES)
      throw badInput('limit', 'MY_MATCHES_LIMIT_RANGE', { max: MAX_MY_MATCHES });
    const vacancies = await this.em.find(
      Vacancy,
      { status: VacancyStatus.OPEN },
      { orderBy: { createdAt: 'desc' }, limit: VACANCIES_SCANNED },
    );
    const matches: MyVacancyMatch[] = [];
    const vocabulary = await vocabularyIndex(this.em);
    for (const vacancy of vacancies) {
      const input = vacancyMatchInput(vacancy, 1, caller.beneficiaryId);
      if (!input) continue;
      const requiredRank = input.italianRank;
      const { sql, params } = buildMatchQuery(input);
      const [row] = await this.em.execute<MatchRow[]>(sql, params);
      if (!row) continue;
      const match = toMatch(row, vacancy, requiredRank, vocabulary.concepts);
      matches.push({
        vacancyId: vacancy.id,
        title: vacancy.title,
        tasks: vacancy.tasks ?? null,
        municipalityCode: vacancy.municipalityCode,
        contractType: vacancy.contractType ?? null,
        hoursPerWeek: vacancy.hoursPerWeek ?? null,
        shifts: vacancy.shifts,
        startDate: vacancy.startDate ?? null,
        score: match.score,
        explanation: match.explanation,
      });
    }
    return matches.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, limit);
  }
}
