import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '@ixl/auth';
import {
  DEMO_BENEFICIARY_COUNT,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  beneficiaryId,
  companyId,
  demoBeneficiaries,
  demoId,
  demoUserId,
  trainingBodyId,
} from '@ixl/demo-data';
import { findMunicipality } from '@ixl/territory';
import {
  Assessment,
  AssessmentInstrument,
  Beneficiary,
  Interview,
  ServiceRecord,
  Sex,
  StatusChange,
  UserAccount,
} from '../entities/index.js';
import { BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { FragilityProfile, InterviewMode, InterviewStatus, ServiceKind } from '../entities/enums.js';
import { answersForScore, scoreAnswers } from '../services/assessment.rules.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged, skillKeysOf } from '../events/profile-events.js';
import { demoPath } from './demo-paths.js';
import { addDays, addMonths, isoDateInRome } from '@ixl/calendar';
import { INTERVIEW_SLA_DAYS } from '../services/lifecycle.rules.js';

const DAY = 86_400_000;
const STAFF_ID = demoUserId('staff@demo.ixl');

/**
 * Demo people (with profiles, interviews, assessments, paths and services) and the demo logins;
 * skipped when any account exists. Publishes BeneficiaryRegistered and BeneficiaryProfileChanged for
 * everyone, so `companies` builds its matching read model from the events as in production.
 */
export async function seedPeopleDemo(em: EntityManager): Promise<{ seeded: boolean; counts?: Record<string, number> }> {
  if (await em.count(UserAccount, {})) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = demoBeneficiaries(DEMO_BENEFICIARY_COUNT);
  const now = new Date();
  const counts = {
    beneficiaries: people.length,
    accounts: DEMO_LOGINS.length,
    interviews: 0,
    assessments: 0,
    services: 0,
    statusChanges: 0,
  };
  await em.transactional(async (tx) => {
    const instrument = await tx.findOne(AssessmentInstrument, { version: 1 });
    if (!instrument) throw new Error('The default assessment instrument is missing (migrations not applied?)');
    for (const login of DEMO_LOGINS) {
      tx.persist(
        tx.create(UserAccount, {
          id: demoUserId(login.email),
          email: login.email,
          passwordHash,
          role: login.role,
          displayName: login.displayName,
          beneficiaryId: 'beneficiaryIndex' in login ? beneficiaryId(login.beneficiaryIndex) : null,
          companyId: 'companyKey' in login ? companyId(login.companyKey) : null,
          trainingBodyId: 'trainingBodyKey' in login ? trainingBodyId(login.trainingBodyKey) : null,
          disabled: false,
          createdAt: new Date(),
          lastLoginAt: null,
        }),
      );
    }
    const created: Beneficiary[] = [];
    for (const p of people) {
      const path = demoPath(p, now);
      const registeredOn = isoDateInRome(path.registeredAt);
      const interviewedAt =
        path.interviewedAfterDays === null ? null : new Date(path.registeredAt.getTime() + path.interviewedAfterDays * DAY);
      const b = tx.create(Beneficiary, {
        id: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        codiceFiscale: p.codiceFiscale,
        email: p.email,
        phone: p.phone,
        birthDate: p.birthDate,
        sex: p.sex === 'F' ? Sex.F : Sex.M,
        citizenship: p.citizenship,
        municipalityCode: p.municipalityCode,
        municipalityName: findMunicipality(p.municipalityCode)?.name ?? null,
        outOfArea: false,
        status: path.status,
        registeredAt: path.registeredAt,
        educationLevel: path.educationLevel,
        italianLevel: path.italianLevel,
        languages: path.languages,
        skills: path.skills,
        pastJobs: path.pastJobs,
        // In words, as a person would pick them (the codes stay on pastJobs for matching): the profile shows them as they are.
        desiredOccupations: path.pastJobs.map((j) => j.title),
        availableHoursPerWeek: path.availableHoursPerWeek,
        shifts: path.shifts,
        drivingLicence: path.drivingLicence,
        ownVehicle: path.ownVehicle,
        contractWishes: path.contractWishes,
        cvShareConsent: path.cvShareConsent,
        referringBody: path.referringBody,
        privacyNoticeVersion: path.registeredAt.getUTCFullYear() >= 2026 ? '2026-01' : '2019-01',
        privacyConsentAt: path.registeredAt,
        profile: path.score === null ? null : path.score >= instrument.threshold ? FragilityProfile.IN_TARGET : FragilityProfile.FORTE,
        readiness: path.readiness,
        fuoriProtocolloReason: path.fuoriProtocolloReason,
        statusBeforeFuoriProtocollo: path.fuoriProtocolloReason ? (path.steps.at(-2) ?? BeneficiaryStatus.REGISTERED) : null,
        interviewDueDate: addDays(registeredOn, INTERVIEW_SLA_DAYS),
        interviewedAt,
        updatedAt: now,
      });
      b.skillKeys = skillKeysOf(b);
      tx.persist(b);
      created.push(b);
      // History: registration, the booking, then one step a few days apart (the interview on its day).
      let at = path.registeredAt;
      let from: BeneficiaryStatus | null = null;
      for (const [i, to] of [BeneficiaryStatus.REGISTERED, ...path.steps].entries()) {
        if (to === BeneficiaryStatus.INTERVIEWED && interviewedAt) at = interviewedAt;
        // Booked the day after registering: before the interview itself (3+ days after registering).
        else if (to === BeneficiaryStatus.INTERVIEW_SCHEDULED) at = new Date(Math.min(at.getTime() + DAY, now.getTime()));
        else if (i > 0) at = new Date(Math.min(at.getTime() + (2 + ((i * 5) % 20)) * DAY, now.getTime()));
        tx.persist(
          tx.create(StatusChange, {
            id: demoId('status-change', `${p.index}:${i}`),
            beneficiaryId: b.id,
            from,
            to,
            fuoriProtocolloReason: to === BeneficiaryStatus.FUORI_PROTOCOLLO ? path.fuoriProtocolloReason : null,
            reason: i === 0 ? 'Online registration' : null,
            reasonCode: i === 0 ? 'ONLINE_REGISTRATION' : null,
            reasonParams: null,
            actorId: i === 0 ? 'demo' : STAFF_ID,
            actorRole: i === 0 ? 'BENEFICIARY' : 'STAFF',
            at,
          }),
        );
        counts.statusChanges++;
        from = to;
      }
      if (path.steps.includes(BeneficiaryStatus.INTERVIEW_SCHEDULED)) {
        const held = interviewedAt !== null;
        const scheduledAt = held ? interviewedAt : new Date(now.getTime() + (1 + (p.index % 9)) * DAY);
        tx.persist(
          tx.create(Interview, {
            id: demoId('interview', p.index),
            beneficiaryId: b.id,
            scheduledAt,
            mode: [InterviewMode.IN_PERSON, InterviewMode.VIDEO, InterviewMode.PHONE][p.index % 3] ?? InterviewMode.IN_PERSON,
            operatorId: STAFF_ID,
            operatorName: 'Operatrice IXL',
            location: p.index % 3 === 0 ? 'Via Libia 55, Bologna' : null,
            status: held ? InterviewStatus.COMPLETED : InterviewStatus.SCHEDULED,
            outcomeNotes: held ? 'Colloquio svolto' : null,
            completedAt: interviewedAt,
            createdAt: path.registeredAt,
            createdBy: STAFF_ID,
          }),
        );
        counts.interviews++;
      }
      if (path.score !== null && interviewedAt) {
        const scored = scoreAnswers(instrument.definition, answersForScore(instrument.definition, path.score));
        tx.persist(
          tx.create(Assessment, {
            id: demoId('assessment', p.index),
            beneficiaryId: b.id,
            instrumentId: instrument.id,
            instrumentVersion: instrument.version,
            answers: scored.answers,
            score: scored.score,
            threshold: instrument.threshold,
            profile: b.profile ?? FragilityProfile.FORTE,
            readiness: path.readiness,
            notes: null,
            assessedBy: STAFF_ID,
            assessedAt: interviewedAt,
          }),
        );
        counts.assessments++;
      }
      for (const kind of path.services) {
        const startedOn = isoDateInRome(new Date((interviewedAt ?? path.registeredAt).getTime() + 7 * DAY));
        tx.persist(
          tx.create(ServiceRecord, {
            id: demoId('service', `${p.index}:${kind}`),
            beneficiaryId: b.id,
            kind,
            startedOn,
            expectedEndOn: kind === ServiceKind.IPS ? addMonths(startedOn, 9) : null,
            endedOn: kind === ServiceKind.CV_REVIEW ? startedOn : null,
            operatorId: STAFF_ID,
            notes: null,
            createdBy: STAFF_ID,
            createdAt: now,
          }),
        );
        counts.services++;
      }
    }
    await tx.flush();
    const actor = { actorId: 'demo', actorRole: 'SYSTEM' };
    for (const b of created) {
      await publishPeopleEvent(
        tx,
        'BeneficiaryRegistered',
        { type: 'Beneficiary', id: b.id },
        {
          beneficiaryId: b.id,
          municipalityCode: b.municipalityCode,
          registeredAt: b.registeredAt.toISOString(),
          referringBody: b.referringBody,
          outOfArea: b.outOfArea,
          interviewDueDate: b.interviewDueDate,
          demo: true,
        },
        actor.actorId,
      );
      await publishProfileChanged(tx, b, actor);
    }
  });
  return { seeded: true, counts };
}
