/** The API's outcome errors (English) as message keys of the training portal; unknown ones are shown as given. */
const KNOWN: Record<string, string> = {
  'The drop-out date must fall within the edition': 'outcome.error.dateOutside',
  'The drop-out date (ISO) is required': 'outcome.error.dateRequired',
  'The drop-out reason is required': 'outcome.error.reasonRequired',
  'A participant who dropped out obtains no qualification': 'outcome.error.noQualificationOnDropOut',
  'A qualification is obtained by completing the course': 'outcome.error.qualificationNeedsCompletion',
  'Only an enrolled participant has an outcome': 'outcome.error.notEnrolled',
};

export function outcomeErrorKey(message: string): string | null {
  return KNOWN[message] ?? null;
}
