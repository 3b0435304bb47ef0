import { registerEnumType } from 'type-graphql';

/** How a course is delivered. */
export enum CourseDelivery {
  IN_PERSON = 'IN_PERSON',
  /** Formazione a distanza (FAD). */
  REMOTE = 'REMOTE',
  ONE_TO_ONE = 'ONE_TO_ONE',
}
registerEnumType(CourseDelivery, { name: 'CourseDelivery' });

/** Life of an edition: a 2.b PROFESSIONAL edition becomes ACTIVE only with hiring commitments. */
export enum CourseEditionStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CourseEditionStatus, { name: 'CourseEditionStatus' });

/** REQUESTED: the beneficiary asked; ENROLLED: staff enrolled (only these are the course population). */
export enum EnrolmentStatus {
  REQUESTED = 'REQUESTED',
  ENROLLED = 'ENROLLED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

export enum CourseOutcome {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  DROPPED_OUT = 'DROPPED_OUT',
}
registerEnumType(CourseOutcome, { name: 'CourseOutcome' });

/** Whom the KPIs are computed over: every participant, those who completed, those who got the qualification/licence. */
export enum CourseKpiBasis {
  ALL_PARTICIPANTS = 'ALL_PARTICIPANTS',
  COMPLETED = 'COMPLETED',
  QUALIFIED = 'QUALIFIED',
}
registerEnumType(CourseKpiBasis, { name: 'CourseKpiBasis' });

/** The KPI a risk-sharing agreement targets (docs/domain.md §3 definitions). */
export enum RiskShareMetric {
  PLACEMENT_RATE = 'PLACEMENT_RATE',
  EMPLOYMENT_RATE = 'EMPLOYMENT_RATE',
  PERMANENT_RATE = 'PERMANENT_RATE',
}
registerEnumType(RiskShareMetric, { name: 'RiskShareMetric' });

export enum RiskShareMode {
  /** Paid share of the at-risk amount = min(1, achieved ÷ target). */
  PROPORTIONAL = 'PROPORTIONAL',
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
}
registerEnumType(RiskShareMode, { name: 'RiskShareMode' });

/**
 * Where a KPI / risk-share counting window starts. The 2021 work plan counted OSS placements while the
 * course was still running (seeds/003_fe62a26ba95cc30f.txt:1182 "Corso OSS – Seneca, ancora in corso") and CQC placements over the
 * 2018-2020 period (003:1246-1253, "A quasi tre anni dal termine del percorso formativo"), so the
 * default is the course start; the window always ends N months after the course end.
 */
export enum RiskShareWindowFrom {
  COURSE_START = 'COURSE_START',
  COURSE_END = 'COURSE_END',
}
registerEnumType(RiskShareWindowFrom, { name: 'RiskShareWindowFrom' });

/**
 * Why the system (not a person) changed a risk-share agreement or revised a settlement: stored as a code the
 * portals word in the reader's language (a reason a person typed is kept as typed, with no code).
 */
export enum RiskShareReasonCode {
  /** The protocol's 30% agreement a professional (2.b) course gets at activation (or by migration). */
  PROTOCOL_AGREEMENT = 'PROTOCOL_AGREEMENT',
  /** The agreement of the demo data's published course. */
  DEMO_AGREEMENT = 'DEMO_AGREEMENT',
  /** A placement starting inside the window was recorded after the settlement. */
  PLACEMENT_RECORDED_LATE = 'PLACEMENT_RECORDED_LATE',
  /** A placement counted by the settlement was corrected afterwards. */
  PLACEMENT_CORRECTED = 'PLACEMENT_CORRECTED',
}
registerEnumType(RiskShareReasonCode, { name: 'RiskShareReasonCode' });
