import { registerEnumType } from 'type-graphql';

/** Language level (CEFR), NATIVE for mother tongue. */
export enum LanguageLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
  NATIVE = 'NATIVE',
}
registerEnumType(LanguageLevel, { name: 'BeneficiaryLanguageLevel', description: 'CEFR level (NATIVE: mother tongue)' });

export enum WorkShift {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
  WEEKEND = 'WEEKEND',
}
registerEnumType(WorkShift, { name: 'BeneficiaryShift' });

export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  VOCATIONAL = 'VOCATIONAL',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTORATE = 'DOCTORATE',
}
registerEnumType(EducationLevel, { name: 'EducationLevel' });

/** Who sent the person to IXL (soggetto inviante). */
export enum ReferringBody {
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  CARITAS = 'CARITAS',
  JOB_CENTRE = 'JOB_CENTRE',
  WORD_OF_MOUTH = 'WORD_OF_MOUTH',
  SELF = 'SELF',
  PARISH = 'PARISH',
  THIRD_SECTOR = 'THIRD_SECTOR',
  OTHER = 'OTHER',
}
registerEnumType(ReferringBody, { name: 'ReferringBody', description: 'soggetto inviante' });

export enum FragilityProfile {
  /** profilo forte: score below the threshold, autonomous, not in target */
  FORTE = 'FORTE',
  IN_TARGET = 'IN_TARGET',
}
registerEnumType(FragilityProfile, { name: 'FragilityProfile' });

export enum Readiness {
  PRONTO = 'PRONTO',
  NON_PRONTO = 'NON_PRONTO',
  /** established fragility: referred to social services */
  FRAGILE = 'FRAGILE',
  IN_VALUTAZIONE = 'IN_VALUTAZIONE',
}
registerEnumType(Readiness, { name: 'Readiness' });

export enum FuoriProtocolloReason {
  WORKING = 'WORKING',
  UNREACHABLE = 'UNREACHABLE',
  NOT_COLLABORATING = 'NOT_COLLABORATING',
}
registerEnumType(FuoriProtocolloReason, { name: 'FuoriProtocolloReason' });

export enum InterviewMode {
  IN_PERSON = 'IN_PERSON',
  VIDEO = 'VIDEO',
  PHONE = 'PHONE',
}
registerEnumType(InterviewMode, { name: 'InterviewMode' });

export enum InterviewStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InterviewStatus, { name: 'InterviewStatus' });

export enum ContactChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(ContactChannel, { name: 'ContactChannel' });

export enum ServiceKind {
  CV_REVIEW = 'CV_REVIEW',
  JOB_OFFER_ALERTS = 'JOB_OFFER_ALERTS',
  ITALIAN_LESSONS = 'ITALIAN_LESSONS',
  IPS = 'IPS',
}
registerEnumType(ServiceKind, {
  name: 'BeneficiaryServiceKind',
  description: 'Services tracked per person (IPS: Individual Placement and Support)',
});

export enum DocumentKind {
  CV = 'CV',
  IDENTITY_DOCUMENT = 'IDENTITY_DOCUMENT',
}
registerEnumType(DocumentKind, { name: 'BeneficiaryDocumentKind' });

export enum PersonalDataAction {
  READ = 'READ',
  LIST = 'LIST',
  DOWNLOAD_DOCUMENT = 'DOWNLOAD_DOCUMENT',
  /** Personal data changed (from the domain events of every subgraph: who, when, which fields). */
  CHANGE = 'CHANGE',
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
}
registerEnumType(PersonalDataAction, { name: 'PersonalDataAction' });
