import { byKeys, loader, type SubgraphContext } from '@ixl/subgraph-kit';
import { MatchingProfile } from '../entities/matching-profile.entity.js';

/** The request's loader of matching profiles by beneficiary id (callers check access before using it). */
export function loadProfile(ctx: SubgraphContext, beneficiaryId: string): Promise<MatchingProfile | null> {
  return loader<string, MatchingProfile | null>(ctx, 'profileByBeneficiary', async (ids) => {
    const rows = await ctx.em.find(MatchingProfile, { beneficiaryId: { $in: [...new Set(ids)] } });
    return byKeys(ids, rows, (r) => r.beneficiaryId);
  }).load(beneficiaryId);
}
