import { MUNICIPALITIES, findMunicipality } from './municipalities.js';

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle ("as the crow flies") distance in km between two WGS84 points. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance in km between the town centres of two municipalities; undefined if either code is unknown. */
export function distanceBetweenMunicipalitiesKm(istatA: string, istatB: string): number | undefined {
  const a = findMunicipality(istatA);
  const b = findMunicipality(istatB);
  if (!a || !b) return undefined;
  return haversineKm(a, b);
}

/**
 * The municipalities whose town centre is at most `km` from the given one's (itself included): ISTAT code → distance
 * in km, so a query can filter by distance with `in (…)` and a caller read each one's distance; empty if the code is
 * unknown.
 */
export function municipalitiesWithinKm(istat: string, km: number): Map<string, number> {
  const within = new Map<string, number>();
  const centre = findMunicipality(istat);
  if (!centre) return within;
  for (const m of MUNICIPALITIES) {
    const distance = haversineKm(centre, m);
    if (distance <= km) within.set(m.istatCode, distance);
  }
  return within;
}
