import { withHistoryImport } from '@ixl/subgraph-kit';
import { BeneficiaryRef } from './entities/beneficiary.ref.js';
import { personalDataResolver } from '@ixl/subgraph-kit';
import { CandidateRecord } from './entities/candidate.entity.js';
import { Company } from './entities/company.entity.js';
import { CompanyContact } from './entities/company-contact.entity.js';
import { CompanySite } from './entities/company-site.entity.js';
import { MatchingProfile } from './entities/matching-profile.entity.js';
import { Placement } from './entities/placement.entity.js';
import { PlacementDraft } from './entities/placement-draft.entity.js';
import { Vacancy } from './entities/vacancy.entity.js';
import { companiesConsumers } from './events/index.js';
import { companiesJobs } from './jobs/index.js';
import { migrations } from './migrations/index.js';
import { CompaniesLiveResolver } from './resolvers/live.resolver.js';
import { seedCompaniesDemo } from './demo/seed.js';
import { BeneficiaryCandidaciesResolver, CandidateResolver } from './resolvers/candidate.resolver.js';
import { CompanyResolver, resolveCompanyReference } from './resolvers/company.resolver.js';
import { CompanyPlacementsResolver } from './resolvers/company-placements.resolver.js';
import { MatchingResolver } from './resolvers/matching.resolver.js';
import { CompaniesReportResolver } from './resolvers/report.resolver.js';
import { MyMatchesResolver } from './resolvers/my-matches.resolver.js';
import { BeneficiaryPlacementsResolver, PlacementResolver } from './resolvers/placement.resolver.js';
import { InterviewInvitationResolver } from './resolvers/interview-invitation.resolver.js';
import { PlacementDraftResolver } from './resolvers/placement-draft.resolver.js';
import { PlacementListResolver } from './resolvers/placement-list.resolver.js';
import { CandidateHistoryResolver } from './resolvers/candidate-history.resolver.js';
import { VacancyResolver, resolveVacancyReference } from './resolvers/vacancy.resolver.js';
import { VocabularyResolver } from './resolvers/vocabulary.resolver.js';
import { VocabularyConcept, VocabularyTerm } from './entities/vocabulary.entity.js';
import { companiesHistoryImport } from './services/history-import.service.js';

/**
 * The companies subgraph: board companies, staffing needs, matching, candidates and placements; it hosts
 * the history import of AZIENDE, SEDI and INSERIMENTI (issue 27), with the unprefixed root fields it
 * published first (historyImportBatches, checkHistoryImport, ...).
 */
export const companiesSubgraph = withHistoryImport(
  {
    name: 'companies',
    entities: [
      Company,
      CompanySite,
      CompanyContact,
      Vacancy,
      Placement,
      PlacementDraft,
      CandidateRecord,
      MatchingProfile,
      VocabularyConcept,
      VocabularyTerm,
    ],
    migrations,
    resolvers: [
      CompaniesReportResolver,
      CompanyResolver,
      VacancyResolver,
      CandidateResolver,
      MatchingResolver,
      MyMatchesResolver,
      PlacementResolver,
      PlacementListResolver,
      CandidateHistoryResolver,
      BeneficiaryPlacementsResolver,
      BeneficiaryCandidaciesResolver,
      personalDataResolver('companies', BeneficiaryRef),
      CompaniesLiveResolver,
      CompanyPlacementsResolver,
      VocabularyResolver,
      PlacementDraftResolver,
      InterviewInvitationResolver,
    ],
    orphanedTypes: [BeneficiaryRef, Placement],
    referenceResolvers: {
      Company: { __resolveReference: resolveCompanyReference },
      Vacancy: { __resolveReference: resolveVacancyReference },
      Beneficiary: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
    consumers: companiesConsumers,
    jobs: companiesJobs,
    seedDemo: seedCompaniesDemo,
    // Natural duplicates the database refuses (CONFLICT with existingId): issue 28.
    duplicates: {
      placement_natural_key_unique: {
        message: 'This placement is already recorded (same person, company, type and start date)',
        field: 'startDate',
      },
      placement_no_overlap: {
        message: 'It overlaps a placement of the same person, type and company (record a renewal or extension of it instead)',
        field: 'startDate',
      },
      candidate_vacancy_id_beneficiary_id_unique: { message: 'The person is already a candidate for this vacancy', field: 'beneficiaryId' },
      company_vat_number_unique: { message: 'A company with this partita IVA exists', field: 'vatNumber' },
    },
  },
  companiesHistoryImport,
);
