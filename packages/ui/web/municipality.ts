import { findMunicipality } from '@ixl/territory';

/** The name of a municipality of the Città metropolitana from its ISTAT code (the code if unknown). */
export function municipalityName(istatCode: string | null | undefined): string {
  if (!istatCode) return '—';
  return findMunicipality(istatCode)?.name ?? istatCode;
}
