import { describe, expect, it } from 'vitest';
import { BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { callSlot, canTransition, readmissionTarget, shouldProposeFuoriProtocollo, LIFECYCLE } from './lifecycle.rules.js';
import { answersForScore, profileFor, scoreAnswers, validateDefinition } from './assessment.rules.js';
import { DEFAULT_INSTRUMENT, DEFAULT_THRESHOLD } from './default-instrument.js';
import { safeFileName, sniffDocumentType } from './file-sniffing.js';
import { checkMunicipality } from './profile.rules.js';
import { addDays, addMonths, ageOn, daysBetween, isoDateInRome } from '@ixl/calendar';

const S = BeneficiaryStatus;

describe('lifecycle transitions', () => {
  it('follows the DOMAIN path and refuses shortcuts', () => {
    expect(canTransition(S.REGISTERED, S.INTERVIEW_SCHEDULED)).toBe(true);
    expect(canTransition(S.REGISTERED, S.IN_TARGET)).toBe(false);
    expect(canTransition(S.INTERVIEWED, S.ACTIVE)).toBe(false);
    expect(canTransition(S.NOT_IN_TARGET, S.ACTIVE)).toBe(false);
    expect(canTransition(S.ACTIVE, S.PLACED)).toBe(true);
    expect(canTransition(S.PLACED, S.REGISTERED)).toBe(false);
  });
  it('reaches FUORI_PROTOCOLLO from every other state and leaves it only by readmission', () => {
    for (const s of Object.values(S).filter((x) => x !== S.FUORI_PROTOCOLLO)) expect(canTransition(s, S.FUORI_PROTOCOLLO)).toBe(true);
    expect(LIFECYCLE.targets(S.FUORI_PROTOCOLLO)).toEqual([]);
    expect(readmissionTarget(S.ACTIVE)).toBe(S.ACTIVE);
    expect(readmissionTarget(S.INTERVIEW_SCHEDULED)).toBe(S.REGISTERED);
    expect(readmissionTarget(null)).toBe(S.REGISTERED);
  });
  it('proposes fuori protocollo after more than two unanswered calls at different times, or a missed interview', () => {
    const at = (iso: string) => new Date(iso);
    expect(
      shouldProposeFuoriProtocollo({
        unansweredCallTimes: [at('2026-03-02T08:00:00Z'), at('2026-03-02T09:00:00Z'), at('2026-03-02T10:00:00Z')],
        missedInterviews: 0,
      }).propose,
    ).toBe(false);
    expect(
      shouldProposeFuoriProtocollo({ unansweredCallTimes: [at('2026-03-02T08:00:00Z'), at('2026-03-02T14:00:00Z')], missedInterviews: 0 })
        .propose,
    ).toBe(false);
    expect(
      shouldProposeFuoriProtocollo({
        unansweredCallTimes: [at('2026-03-02T08:00:00Z'), at('2026-03-02T14:00:00Z'), at('2026-03-03T08:00:00Z')],
        missedInterviews: 0,
      }),
    ).toMatchObject({ propose: true, reason: 'UNREACHABLE' });
    expect(shouldProposeFuoriProtocollo({ unansweredCallTimes: [], missedInterviews: 1 })).toMatchObject({
      propose: true,
      reason: 'NOT_COLLABORATING',
    });
    // 11:30 UTC is 12:30 in Rome in winter (morning) but 13:30 in summer (afternoon).
    expect(callSlot(at('2026-01-15T11:30:00Z'))).toBe('2026-01-15:morning');
    expect(callSlot(at('2026-07-15T11:30:00Z'))).toBe('2026-07-15:afternoon');
  });
});

describe('fragility scoring', () => {
  it('puts 0–10 in profilo forte and 11 or more in target with the default instrument', () => {
    validateDefinition(DEFAULT_INSTRUMENT, DEFAULT_THRESHOLD);
    expect(profileFor(scoreAnswers(DEFAULT_INSTRUMENT, answersForScore(DEFAULT_INSTRUMENT, 10)).score, DEFAULT_THRESHOLD)).toBe('FORTE');
    expect(profileFor(scoreAnswers(DEFAULT_INSTRUMENT, answersForScore(DEFAULT_INSTRUMENT, 11)).score, DEFAULT_THRESHOLD)).toBe(
      'IN_TARGET',
    );
    expect(profileFor(0, 11)).toBe('FORTE');
  });
  it('copies the points into the scored answers and refuses missing, repeated or unknown answers', () => {
    const { answers } = scoreAnswers(DEFAULT_INSTRUMENT, answersForScore(DEFAULT_INSTRUMENT, 5));
    expect(answers.reduce((s, a) => s + a.points, 0)).toBe(5);
    const all = answersForScore(DEFAULT_INSTRUMENT, 0);
    expect(() => scoreAnswers(DEFAULT_INSTRUMENT, all.slice(1))).toThrow(/not answered/);
    expect(() => scoreAnswers(DEFAULT_INSTRUMENT, [...all, all[0] ?? { itemCode: '', answerCode: '' }])).toThrow(/twice/);
    expect(() => scoreAnswers(DEFAULT_INSTRUMENT, [...all, { itemCode: 'X', answerCode: 'Y' }])).toThrow(/Unknown item/);
  });
  it('refuses instruments with duplicate items, negative points or a bad threshold', () => {
    const item = { code: 'A', text: 'a', answers: [{ code: 'Y', label: 'y', points: 1 }] };
    expect(() => validateDefinition({ dimensions: [{ code: 'D', label: 'd', items: [item, item] }] }, 11)).toThrow(/twice/);
    expect(() =>
      validateDefinition(
        { dimensions: [{ code: 'D', label: 'd', items: [{ ...item, answers: [{ code: 'Y', label: 'y', points: -1 }] }] }] },
        11,
      ),
    ).toThrow(/points/);
    expect(() => validateDefinition({ dimensions: [{ code: 'D', label: 'd', items: [item] }] }, 0)).toThrow(/threshold/);
  });
});

describe('document sniffing', () => {
  it('recognises PDF, JPEG, PNG and DOCX by their bytes only', () => {
    expect(sniffDocumentType(Buffer.from('%PDF-1.4 ...'))?.contentType).toBe('application/pdf');
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))?.extension).toBe('jpg');
    expect(sniffDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.extension).toBe('png');
    expect(
      sniffDocumentType(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('[Content_Types].xml word/document.xml')]))?.extension,
    ).toBe('docx');
    expect(sniffDocumentType(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml [Content_Types].xml')]))).toBeNull();
    expect(sniffDocumentType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffDocumentType(Buffer.from('<html>%PDF-'))).toBeNull();
  });
  it('keeps only a safe base name', () => {
    expect(safeFileName('..%2F..%2Fetc%2Fpasswd', 'cv.pdf')).toBe('passwd');
    expect(safeFileName('C:\\Users\\me\\CV "final".pdf', 'cv.pdf')).toBe('CV final.pdf');
    expect(safeFileName(undefined, 'cv.pdf')).toBe('cv.pdf');
  });
});

describe('Europe/Rome dates and territory', () => {
  it('computes due dates, days waited, months and ages on the Rome calendar', () => {
    expect(isoDateInRome(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(daysBetween('2026-02-20', '2026-03-07')).toBe(15);
    expect(addMonths('2026-05-31', 9)).toBe('2027-02-28');
    expect(ageOn('1991-11-23', '2026-11-22')).toBe(34);
    expect(ageOn('1991-11-22', '2026-11-22')).toBe(35);
  });
  it('accepts the 55 municipalities, flags other provinces as out of area, and refuses unknown codes', () => {
    expect(checkMunicipality('m', '037006')).toEqual({ inArea: true, code: '037006', name: 'Bologna' });
    expect(checkMunicipality('m', '058091')).toEqual({ inArea: false, code: '058091' });
    expect(() => checkMunicipality('m', '037999')).toThrow(/Unknown municipality/);
    expect(() => checkMunicipality('m', '999001')).toThrow(/Unknown municipality/);
    expect(() => checkMunicipality('m', 'Bologna')).toThrow(/ISTAT/);
  });
});
