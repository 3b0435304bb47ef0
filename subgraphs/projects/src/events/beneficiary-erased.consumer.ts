import { PEOPLE_EVENTS, type BeneficiaryErasedPayload } from '@ixl/contracts';
import type { SubscriptionSpec } from '@ixl/events';

const ERASED_TEXT = '[dato cancellato / erased]';

/**
 * GDPR erasure in people: free text written about the person (business idea and plan, outcome notes,
 * outcome descriptions naming them) is replaced; statuses, dates and amounts stay for the funnels.
 */
export const beneficiaryErasedConsumer: SubscriptionSpec = {
  consumer: 'projects.people',
  source: 'people',
  handlers: {
    [PEOPLE_EVENTS.BeneficiaryErased]: async (event, em) => {
      const { beneficiaryId } = event.payload as unknown as BeneficiaryErasedPayload;
      if (!beneficiaryId) throw new Error('BeneficiaryErased without beneficiaryId');
      await em.execute(
        `update "projects"."self_employment" set "business_idea" = ?, "plan_summary" = null, "outcome" = null where "beneficiary_id" = ?`,
        [ERASED_TEXT, beneficiaryId],
      );
      await em.execute(`update "projects"."project_outcome" set "description" = ? where "beneficiary_id" = ?`, [
        ERASED_TEXT,
        beneficiaryId,
      ]);
    },
  },
};
