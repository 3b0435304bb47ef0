import type { SubgraphContext } from '@ixl/subgraph-kit';
import { loadProfile } from './profile-loader.js';

/**
 * How a company names a person it hired: first name and the initial of the surname ("Marta R."), from the
 * matching read model; null after a GDPR erasure. Callers hand it out only on rows the caller may see.
 */
export async function personLabel(ctx: SubgraphContext, beneficiaryId: string): Promise<string | null> {
  const p = await loadProfile(ctx, beneficiaryId);
  if (!p || p.erased || !p.firstName) return null;
  return p.lastInitial ? `${p.firstName} ${p.lastInitial.charAt(0).toUpperCase()}.` : p.firstName;
}
