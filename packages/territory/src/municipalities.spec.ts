import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DISTRICTS,
  MUNICIPALITIES,
  findMunicipality,
  findMunicipalityByCadastralCode,
  findMunicipalityByName,
  isInMetroArea,
  municipalitiesInDistrict,
  normalizeMunicipalityName,
} from './municipalities.js';

describe('MUNICIPALITIES', () => {
  it('has the 55 comuni of the Città metropolitana di Bologna', () => {
    expect(MUNICIPALITIES).toHaveLength(55);
  });

  it('has unique ISTAT codes, Belfiore codes and names', () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.istatCode)).size).toBe(55);
    expect(new Set(MUNICIPALITIES.map((m) => m.cadastralCode)).size).toBe(55);
    expect(new Set(MUNICIPALITIES.map((m) => normalizeMunicipalityName(m.name))).size).toBe(55);
  });

  it('uses well-formed codes in province 037', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.istatCode).toMatch(/^037\d{3}$/);
      expect(m.cadastralCode).toMatch(/^[A-Z]\d{3}$/);
      expect(m.name.trim()).toBe(m.name);
    }
  });

  it('is sorted by ISTAT code', () => {
    const codes = MUNICIPALITIES.map((m) => m.istatCode);
    expect(codes).toEqual([...codes].sort());
  });

  it('places every town inside the province bounding box', () => {
    for (const m of MUNICIPALITIES) {
      expect(m.lat, m.name).toBeGreaterThanOrEqual(44.0);
      expect(m.lat, m.name).toBeLessThanOrEqual(44.85);
      expect(m.lon, m.name).toBeGreaterThanOrEqual(10.8);
      expect(m.lon, m.name).toBeLessThanOrEqual(11.85);
    }
  });

  it('assigns every comune to one of the seven distretti, with the known sizes', () => {
    expect(DISTRICTS).toHaveLength(7);
    for (const m of MUNICIPALITIES) expect(DISTRICTS).toContain(m.district);
    const sizes = Object.fromEntries(DISTRICTS.map((d) => [d, municipalitiesInDistrict(d).length]));
    expect(sizes).toEqual({
      Bologna: 1,
      'Pianura Est': 15,
      'Pianura Ovest': 6,
      'Reno, Lavino e Samoggia': 5,
      'Appennino Bolognese': 12,
      'Savena-Idice': 6,
      Imola: 10,
    });
  });

  it('contains known entries', () => {
    expect(findMunicipality('037006')).toMatchObject({ name: 'Bologna', district: 'Bologna', cadastralCode: 'A944' });
    expect(findMunicipality('037032')).toMatchObject({ name: 'Imola', district: 'Imola', cadastralCode: 'E289' });
    expect(findMunicipality('037054')).toMatchObject({ name: 'San Lazzaro di Savena', district: 'Savena-Idice', cadastralCode: 'H945' });
    expect(findMunicipality('037020')).toMatchObject({ name: 'Castel San Pietro Terme', district: 'Imola', cadastralCode: 'C265' });
    expect(findMunicipality('037061')).toMatchObject({ name: 'Valsamoggia', district: 'Reno, Lavino e Samoggia', cadastralCode: 'M320' });
    expect(findMunicipality('037062')).toMatchObject({ name: 'Alto Reno Terme', district: 'Appennino Bolognese', cadastralCode: 'M369' });
    expect(findMunicipality('037017')).toMatchObject({ name: "Castello d'Argile", district: 'Pianura Est', cadastralCode: 'C185' });
    expect(findMunicipality('037050')).toMatchObject({ name: 'Sala Bolognese', district: 'Pianura Ovest', cadastralCode: 'H678' });
  });

  it('does not contain the municipalities merged into Valsamoggia and Alto Reno Terme', () => {
    // Bazzano, Castello di Serravalle, Crespellano, Granaglione, Monteveglio, Porretta Terme, Savigno
    for (const code of ['037004', '037018', '037023', '037029', '037043', '037049', '037058']) {
      expect(findMunicipality(code)).toBeUndefined();
    }
  });

  it('is immutable', () => {
    expect(Object.isFrozen(MUNICIPALITIES)).toBe(true);
    expect(MUNICIPALITIES.every((m) => Object.isFrozen(m))).toBe(true);
  });
});

describe('lookups', () => {
  it('finds by ISTAT code, also without the leading zero', () => {
    expect(findMunicipality('037006')?.name).toBe('Bologna');
    expect(findMunicipality(' 37006 ')?.name).toBe('Bologna');
    expect(findMunicipality('036023')).toBeUndefined();
    expect(findMunicipality('')).toBeUndefined();
  });

  it('finds by name ignoring case, accents and apostrophe style', () => {
    expect(findMunicipalityByName('san lazzaro di savena')?.istatCode).toBe('037054');
    expect(findMunicipalityByName('CASTEL SAN PIETRO TERME')?.istatCode).toBe('037020');
    expect(findMunicipalityByName('Castèl San Piétro  Terme')?.istatCode).toBe('037020');
    expect(findMunicipalityByName('Sant’Agata Bolognese')?.istatCode).toBe('037056');
    expect(findMunicipalityByName('sant agata bolognese')?.istatCode).toBe('037056');
    expect(findMunicipalityByName("  castel d'aiano ")?.istatCode).toBe('037013');
    expect(findMunicipalityByName('Modena')).toBeUndefined();
    expect(findMunicipalityByName('')).toBeUndefined();
  });

  it('finds every municipality by its own name, lower- and upper-cased', () => {
    for (const m of MUNICIPALITIES) {
      expect(findMunicipalityByName(m.name.toLowerCase())).toBe(m);
      expect(findMunicipalityByName(m.name.toUpperCase())).toBe(m);
      expect(findMunicipality(m.istatCode)).toBe(m);
      expect(findMunicipalityByCadastralCode(m.cadastralCode.toLowerCase())).toBe(m);
    }
  });

  it('tells whether a code is in the metropolitan area', () => {
    expect(isInMetroArea('037006')).toBe(true);
    expect(isInMetroArea('037062')).toBe(true);
    expect(isInMetroArea('037049')).toBe(false);
    expect(isInMetroArea('058091')).toBe(false);
    expect(isInMetroArea('not a code')).toBe(false);
  });

  it('isInMetroArea agrees with the list for any 6-digit code', () => {
    const known = new Set(MUNICIPALITIES.map((m) => m.istatCode));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        const code = String(n).padStart(6, '0');
        expect(isInMetroArea(code)).toBe(known.has(code));
      }),
    );
  });
});
