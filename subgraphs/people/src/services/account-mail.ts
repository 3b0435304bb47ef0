import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@ixl/auth';
import { enqueueMail, type MailRequest } from '@ixl/mail';

/** A single-use link's secret (256 bits, URL-safe) and the SHA-256 that is stored instead of it. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: linkTokenHash(token) };
}
export const linkTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Each role's portal (where its sign-in page and its password pages are). */
export const PORTAL_OF_ROLE: Record<Role, { path: string; name: string }> = {
  BENEFICIARY: { path: 'beneficiario', name: 'portale dei beneficiari' },
  COMPANY: { path: 'azienda', name: 'portale delle aziende' },
  TRAINING_BODY: { path: 'ente', name: 'portale degli enti di formazione' },
  COMMITTEE_MEMBER: { path: 'comitato', name: 'portale del comitato' },
  STAFF: { path: 'staff', name: 'portale degli operatori' },
  ADMIN: { path: 'staff', name: 'portale degli operatori' },
};

export const portalUrl = (publicUrl: string, role: Role, path = ''): string =>
  `${publicUrl.replace(/\/$/, '')}/${PORTAL_OF_ROLE[role].path}/${path}`;

/**
 * The opening of a mail to a person: by the recorded sex where known ("Cara Maria", "Caro Mario"), else
 * neutral ("Ciao Alex"; "Buongiorno" without a name).
 */
export function greeting(firstName: string | null | undefined, sex: string | null | undefined): string {
  const name = firstName?.trim();
  if (!name) return 'Buongiorno';
  return sex === 'F' ? `Cara ${name}` : sex === 'M' ? `Caro ${name}` : `Ciao ${name}`;
}

const when = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' });
export const romeDateTime = (d: Date): string => when.format(d);

/** "24 ore", "1 ora", "7 giorni". */
export function validFor(hours: number): string {
  if (hours % 24 === 0 && hours >= 48) return `${hours / 24} giorni`;
  return hours === 1 ? '1 ora' : `${hours} ore`;
}

/** Account mail (transactional, never subject to opt-out), queued in the caller's transaction. */
export function sendAccountMail(em: EntityManager, request: Omit<MailRequest, 'category'>): Promise<boolean> {
  return enqueueMail(em, 'people', { ...request, category: 'TRANSACTIONAL' });
}
