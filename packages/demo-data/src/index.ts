export { demoId, seededRandom, pick, weighted } from './random.js';
export {
  DEMO_COMPANIES,
  DEMO_TRAINING_BODIES,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  companyId,
  trainingBodyId,
  demoUserId,
} from './organisations.js';
export { demoBeneficiaries, beneficiaryId, DEMO_BENEFICIARY_COUNT, type DemoBeneficiary } from './people.js';
export {
  demoPlacements,
  generalDemoPlacements,
  demoCoursePlacements,
  demoEnrolments,
  DEMO_VACANCIES,
  DEMO_EDITIONS,
  DEMO_PROJECTS,
  DEMO_LOANS,
  projectId,
  editionId,
  vacancyId,
  type DemoPlacement,
} from './activity.js';
