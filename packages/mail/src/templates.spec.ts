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
});
