import { describe, expect, it } from 'vitest';
import { TEMPLATES, renderMail, type TemplateName } from './templates.js';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string);

describe('mail templates', () => {
  const names = Object.keys(TEMPLATES) as TemplateName[];
  it.each(names)('%s renders in Italian and English with every placeholder filled', (name) => {
    for (const locale of ['it', 'en'] as const) {
      const t = TEMPLATES[name][locale];
      const data = Object.fromEntries([...placeholders(t.subject), ...placeholders(t.body)].map((k) => [k, `«${k}»`]));
      const mail = renderMail(name, locale, data);
      expect(mail.text).not.toContain('{{');
      expect(mail.subject).not.toContain('{{');
      expect(mail.html).toContain(`lang="${locale}"`);
    }
  });

  it('escapes HTML in the HTML part and keeps text as typed', () => {
    const mail = renderMail('offer_alert', 'it', {
      firstName: '<script>x</script>',
      title: 'A & B',
      municipality: 'Bologna',
      why: '"competenze"',
      portalUrl: 'http://x',
    });
    expect(mail.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('<script>x</script>');
  });

  it('refuses a missing placeholder and strips newlines from subjects (no header injection)', () => {
    expect(() => renderMail('registration_confirmation', 'it', { firstName: 'Giulia', welcome: 'Benvenuta' })).toThrow(
      /needs "registeredOn"/,
    );
    const mail = renderMail('mass_message', 'en', { subject: 'Hi\r\nBcc: evil@example.com', firstName: 'G', message: 'm', optOutUrl: 'u' });
    expect(mail.subject).toBe('Hi Bcc: evil@example.com');
  });

  // Issue 21: the same rules as the portals. People are addressed by their recorded sex (the caller fills e.g.
  // {{welcome}}) or in neutral words, never "iscritta/o"; dates and times arrive already written in Italian
  // (Europe/Rome), so an Italian template never puts an article before a weekday ("il giovedì 10 dicembre").
  it.each(names)('%s (Italian) has no gender slashes, no raw codes and no article before a full date', (name) => {
    const t = TEMPLATES[name].it;
    for (const text of [t.subject, t.body]) {
      expect(text).not.toMatch(/\b\w+[aeio]\/[aeio]\b/);
      expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
      // "il 8", "il 11" are wrong (l’8, l’11): a date placeholder follows "in data", a colon or nothing.
      expect(text).not.toMatch(/\b(?:il|del) \{\{(?:when|registeredOn|startDate|adjustedOn)\}\}/);
    }
  });

  it('reads well with the values the people subgraph fills in (Rome time, Italian words)', () => {
    const when = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'full', timeStyle: 'short' }).format(
      new Date('2026-12-10T09:30:00.000Z'),
    );
    const appointment = renderMail('interview_appointment', 'it', {
      firstName: 'Sara',
      when,
      mode: 'in presenza',
      operator: 'Operatrice IXL',
      details: 'Luogo: Via Capramozza 13, Bologna',
    });
    expect(appointment.text).toContain('il tuo colloquio è fissato per giovedì 10 dicembre 2026 alle ore 10:30 (in presenza)');
    const invitation = renderMail('job_interview_invitation', 'it', {
      firstName: 'Sara',
      company: 'Rekeep',
      title: 'Addetta alle pulizie',
      when,
      where: 'Luogo: Via Poli 4',
      note: '',
      portalUrl: 'http://x',
    });
    expect(invitation.text).toContain(
      'Rekeep ti invita a un colloquio di lavoro per «Addetta alle pulizie»: giovedì 10 dicembre 2026 alle ore 10:30.',
    );
    const accepted = renderMail('course_request_accepted', 'it', {
      firstName: 'Sara',
      title: 'Italiano L2',
      body: 'Seneca',
      startDate: '11 gennaio 2027',
      portalUrl: 'http://x',
    });
    expect(accepted.text).toContain(
      'la tua iscrizione al corso «Italiano L2» di Seneca è confermata. Data di inizio del corso: 11 gennaio 2027.',
    );
  });
});
