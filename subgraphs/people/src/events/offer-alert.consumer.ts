import type { SubscriptionSpec } from '@ixl/events';
import type { VacancyPostedPayload } from '@ixl/contracts';
import { findMunicipality, municipalitiesWithinKm } from '@ixl/territory';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { Readiness } from '../entities/enums.js';
import { Notifier } from '../services/notifier.service.js';

/** How far from home an offer is still worth an alert. */
export const OFFER_ALERT_RADIUS_KM = 30;
const MAX_ALERTS_PER_VACANCY = 200;

/**
 * `companies` posted an open vacancy: people ready for work (in target, PRONTO), who declared at
 * least one of its required skills and live within 30 km, get an offer alert (opt-outs respected;
 * once per person and vacancy, however often the event is delivered). At most 200 people per vacancy, the same 200
 * at every delivery: the distance is part of the query, and only the columns the mail needs are read.
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
        const nearby = municipalitiesWithinKm(v.municipalityCode, OFFER_ALERT_RADIUS_KM);
        if (!nearby.size) return;
        const people = await em.find(
          Beneficiary,
          {
            status: { $in: [BeneficiaryStatus.IN_TARGET, BeneficiaryStatus.ACTIVE] },
            readiness: Readiness.PRONTO,
            mailOptOut: false,
            consentWithdrawnAt: null,
            email: { $ne: null },
            skillKeys: { $overlap: skills },
            municipalityCode: { $in: [...nearby.keys()] },
          },
          {
            fields: ['firstName', 'lastName', 'email', 'mailOptOut', 'skillKeys', 'municipalityCode'],
            limit: MAX_ALERTS_PER_VACANCY,
            orderBy: { id: 'asc' },
            disableIdentityMap: true,
          },
        );
        const place = findMunicipality(v.municipalityCode)?.name ?? v.municipalityCode;
        await new Notifier(publicUrl).offerAlerts(
          em,
          { vacancyId: v.vacancyId, title: v.title, municipality: place },
          people.map((b) => {
            const km = nearby.get(b.municipalityCode) ?? OFFER_ALERT_RADIUS_KM; // always there: the query's filter
            const matched = skills.filter((s) => b.skillKeys.includes(s));
            return { beneficiary: b, why: `competenze: ${matched.join(', ')}; distanza da casa circa ${Math.round(km)} km` };
          }),
        );
      },
    },
  };
}
