import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { distanceBetweenMunicipalitiesKm, haversineKm, municipalitiesWithinKm } from './distance.js';
import { MUNICIPALITIES } from './municipalities.js';

describe('haversineKm', () => {
  it('is zero for the same point', () => {
    expect(haversineKm({ lat: 44.494, lon: 11.343 }, { lat: 44.494, lon: 11.343 })).toBe(0);
  });

  it('matches known distances', () => {
    // Rome (Piazza Venezia area) - Milan (Duomo area): about 477 km as the crow flies.
    expect(haversineKm({ lat: 41.9028, lon: 12.4964 }, { lat: 45.4642, lon: 9.19 })).toBeCloseTo(477, -1);
    // One degree of latitude is about 111.2 km.
    expect(haversineKm({ lat: 44, lon: 11 }, { lat: 45, lon: 11 })).toBeCloseTo(111.2, 1);
  });

  it('is symmetric and non-negative', () => {
    const point = fc.record({ lat: fc.double({ min: -89, max: 89, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const ab = haversineKm(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-6);
        expect(Math.abs(ab - haversineKm(b, a))).toBeLessThanOrEqual(1e-9 * Math.max(1, ab));
      }),
    );
  });
});

describe('distanceBetweenMunicipalitiesKm', () => {
  it('gives Bologna - Imola at about 33 km', () => {
    const d = distanceBetweenMunicipalitiesKm('037006', '037032');
    expect(d).toBeDefined();
    expect(Math.abs((d ?? 0) - 33)).toBeLessThanOrEqual(3);
  });

  it('gives other known distances', () => {
    // Bologna - San Lazzaro di Savena: neighbouring towns, about 5-6 km.
    expect(distanceBetweenMunicipalitiesKm('037006', '037054')).toBeGreaterThan(4);
    expect(distanceBetweenMunicipalitiesKm('037006', '037054')).toBeLessThan(7);
    // Bologna - Alto Reno Terme (Porretta): about 50 km across the Apennines.
    expect(distanceBetweenMunicipalitiesKm('037006', '037062')).toBeGreaterThan(45);
    expect(distanceBetweenMunicipalitiesKm('037006', '037062')).toBeLessThan(60);
    expect(distanceBetweenMunicipalitiesKm('037006', '037006')).toBe(0);
  });

  it('is undefined for unknown codes', () => {
    expect(distanceBetweenMunicipalitiesKm('037006', '999999')).toBeUndefined();
    expect(distanceBetweenMunicipalitiesKm('037049', '037006')).toBeUndefined();
  });

  it('stays within the metropolitan area size and satisfies the triangle inequality', () => {
    const code = fc.constantFrom(...MUNICIPALITIES.map((m) => m.istatCode));
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        const ab = distanceBetweenMunicipalitiesKm(a, b) ?? Number.NaN;
        const bc = distanceBetweenMunicipalitiesKm(b, c) ?? Number.NaN;
        const ac = distanceBetweenMunicipalitiesKm(a, c) ?? Number.NaN;
        expect(ab).toBeLessThan(120);
        expect(ac).toBeLessThanOrEqual(ab + bc + 1e-9);
      }),
    );
  });

  it('lists the municipalities within a radius exactly as the pairwise distance says, itself included', () => {
    const code = fc.constantFrom(...MUNICIPALITIES.map((m) => m.istatCode));
    fc.assert(
      fc.property(code, fc.integer({ min: 0, max: 80 }), (centre, km) => {
        const within = municipalitiesWithinKm(centre, km);
        expect(within.has(centre)).toBe(true);
        for (const m of MUNICIPALITIES) {
          const distance = distanceBetweenMunicipalitiesKm(centre, m.istatCode) ?? Infinity;
          expect(within.has(m.istatCode)).toBe(distance <= km);
          if (within.has(m.istatCode)) expect(within.get(m.istatCode)).toBe(distance);
        }
      }),
    );
    // Castel del Rio is about 34 km from Bologna as the crow flies: out of a 30 km radius, in a 35 km one.
    expect([...municipalitiesWithinKm('037006', 30).keys()]).not.toContain('037014');
    expect([...municipalitiesWithinKm('037006', 35).keys()]).toContain('037014');
    expect([...municipalitiesWithinKm('999999', 30).keys()]).toEqual([]);
  });
});
