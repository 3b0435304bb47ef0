import type { SubscriptionSpec } from '@ixl/events';
import type { VacancyPostedPayload } from '@ixl/contracts';
import { distanceBetweenMunicipalitiesKm, findMunicipality } from '@ixl/territory';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { Readiness } from '../entities/enums.js';
import { Notifier } from '../services/notifier.service.js';

/** How far from home an offer is still worth an alert. */
export const OFFER_ALERT_RADIUS_KM = 30;
const MAX_ALERTS_PER_VACANCY = 200;

/**
 * `companies` posted an open vacancy: people ready for work (in target, PRONTO), who declared at
 * least one of its required skills and live within 30 km, get an offer alert (opt-outs respected;
 * once per person and vacancy, however often the event is delivered).
 */
export function offerAlertConsumer(publicUrl?: string): SubscriptionSpec {
  return {
    consumer: 'people.offer-alerts',
    source: 'companies',
    handlers: {
      async VacancyPosted(event, em) {
        const v = event.payload as unknown as VacancyPostedPayload & { status?: string; requiredSkills?: string[] };
        // A vacancy of the history (history import) is not news: no alert about the past.
        if ((v.status && v.status !== 'OPEN') || v.imported) return;
        const skills = (v.requiredSkills ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean);
        if (!skills.length) return;
        const people = await em.find(
          Beneficiary,
          {
            status: { $in: [BeneficiaryStatus.IN_TARGET, BeneficiaryStatus.ACTIVE] },
            readiness: Readiness.PRONTO,
            mailOptOut: false,
            consentWithdrawnAt: null,
            email: { $ne: null },
            skillKeys: { $overlap: skills },
          },
          { limit: 2000, orderBy: { id: 'asc' } },
        );
        const place = findMunicipality(v.municipalityCode)?.name ?? v.municipalityCode;
        const notifier = new Notifier(publicUrl);
        let sent = 0;
        for (const b of people) {
          const km = distanceBetweenMunicipalitiesKm(b.municipalityCode, v.municipalityCode);
          if (km === undefined || km > OFFER_ALERT_RADIUS_KM) continue;
          const matched = skills.filter((s) => b.skillKeys.includes(s));
          const why = `competenze: ${matched.join(', ')}; distanza da casa circa ${Math.round(km)} km`;
          if (await notifier.offerAlert(em, b, { vacancyId: v.vacancyId, title: v.title, municipality: place, why })) sent++;
          if (sent >= MAX_ALERTS_PER_VACANCY) break;
        }
      },
    },
  };
}
