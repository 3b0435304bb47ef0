import { isIsoDate, isTimeOfDay, romeInstant } from '@ixl/calendar';
import { badInput } from '@ixl/subgraph-kit';

export interface InterviewDetails {
  at: Date;
  place: string | null;
  link: string | null;
  note: string | null;
}

/**
 * The details of a job interview invitation (no I/O): a day and a time in Europe/Rome, not in the past; a place
 * (address) or a video-call link, or both; the link must be an http(s) address. Throws BAD_USER_INPUT with the field.
 */
export function interviewDetails(
  input: { date: string; time: string; place?: string | null; link?: string | null; note?: string | null },
  now: Date = new Date(),
): InterviewDetails {
  if (!isIsoDate(input.date)) throw badInput('date', 'INTERVIEW_DATE_FORMAT');
  if (!isTimeOfDay(input.time)) throw badInput('time', 'INTERVIEW_TIME_FORMAT');
  const at = new Date(romeInstant(input.date, input.time));
  if (at.getTime() <= now.getTime()) throw badInput('date', 'INTERVIEW_INVITATION_IN_PAST');
  const place = input.place?.trim() || null;
  const link = input.link?.trim() || null;
  const note = input.note?.trim() || null;
  if (!place && !link) throw badInput('place', 'INTERVIEW_PLACE_OR_LINK');
  if (place && place.length > 300) throw badInput('place', 'INTERVIEW_PLACE_TOO_LONG');
  if (link) {
    let url: URL | null = null;
    try {
      url = new URL(link);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || link.length > 500)
      throw badInput('link', 'INTERVIEW_LINK_FORMAT');
  }
  if (note && note.length > 1000) throw badInput('note', 'INTERVIEW_NOTE_TOO_LONG');
  return { at, place, link, note };
}
