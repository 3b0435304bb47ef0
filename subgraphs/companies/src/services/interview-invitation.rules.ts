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
  if (!isIsoDate(input.date)) throw badInput('date', 'The interview date must be a date as YYYY-MM-DD');
  if (!isTimeOfDay(input.time)) throw badInput('time', 'The interview time must be a time as HH:MM (24 hours)');
  const at = new Date(romeInstant(input.date, input.time));
  if (at.getTime() <= now.getTime()) throw badInput('date', 'The interview cannot be in the past');
  const place = input.place?.trim() || null;
  const link = input.link?.trim() || null;
  const note = input.note?.trim() || null;
  if (!place && !link) throw badInput('place', 'Give the place of the interview or the link of the video call');
  if (place && place.length > 300) throw badInput('place', 'The place must be at most 300 characters');
  if (link) {
    let url: URL | null = null;
    try {
      url = new URL(link);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || link.length > 500)
      throw badInput('link', 'The link must be a web address starting with https://');
  }
  if (note && note.length > 1000) throw badInput('note', 'The note must be at most 1000 characters');
  return { at, place, link, note };
}
