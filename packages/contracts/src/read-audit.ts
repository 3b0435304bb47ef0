// The `PersonalDataRead` event, published by `companies`, `training`, `projects` and `finance` (each in its
// own *_EVENTS) when someone other than the person reads personal data about beneficiaries. `people`
// records one `personal_data_audit` row per person (GDPR accountability); the payload holds ids only.

export const PERSONAL_DATA_READ = 'PersonalDataRead' as const;

export type PersonalDataReadActionName = 'READ' | 'LIST' | 'DOWNLOAD_DOCUMENT';

/** One read (a page, a batch of references): every person it touched, deduplicated. Actor id = the event's actorId. */
export interface PersonalDataReadPayload {
  beneficiaryIds: string[];
  action: PersonalDataReadActionName;
  /** What was read, e.g. 'vacancyCandidates' (the consumer prefixes the source subgraph). */
  detail: string;
  /** The reader's role: STAFF, ADMIN, COMPANY, TRAINING_BODY or COMMITTEE_MEMBER. */
  actorRole: string;
  requestId?: string;
}
