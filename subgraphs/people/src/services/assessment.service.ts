import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Caller } from '@ixl/auth';
import { badInput, DomainError, requireStaff } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { Assessment } from '../entities/assessment.entity.js';
import { AssessmentInstrument } from '../entities/assessment-instrument.entity.js';
import { FragilityProfile, Readiness } from '../entities/enums.js';
import { profileFor, scoreAnswers, validateDefinition } from './assessment.rules.js';
import type { PublishAssessmentInstrumentInput, RecordAssessmentInput } from '../dto/assessment.types.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged } from '../events/profile-events.js';
import { actorOf } from './actor.js';
import { illegalTransition, lockBeneficiary, moveTo } from './lifecycle.service.js';

/**
 * People outside the Città metropolitana are not the protocol's target (seeds/001_6ba90542cf446215.txt:59):
 * "in target" and "ready" need a staff exception with a reason first.
 */
function assertInAreaOrException(b: Beneficiary, what: string): void {
  if (b.outOfArea && !b.outOfAreaExceptionReason)
    throw new DomainError(
      what === 'in target' ? 'OUT_OF_AREA_NEEDS_EXCEPTION_TARGET' : 'OUT_OF_AREA_NEEDS_EXCEPTION_READY',
      {},
      'beneficiaryId',
    );
}

const ASSESSABLE = [BeneficiaryStatus.INTERVIEWED, BeneficiaryStatus.IN_TARGET, BeneficiaryStatus.NOT_IN_TARGET, BeneficiaryStatus.ACTIVE];

export class AssessmentService {
  constructor(private readonly em: EntityManager) {}

  /** The active instrument, or the given version. */
  instrument(version: number | null): Promise<AssessmentInstrument | null> {
    return version == null ? this.activeInstrument() : this.em.findOne(AssessmentInstrument, { version });
  }

  /** Every version, newest first. */
  instruments(): Promise<AssessmentInstrument[]> {
    return this.em.find(AssessmentInstrument, {}, { orderBy: { version: 'desc' } });
  }

  async activeInstrument(): Promise<AssessmentInstrument> {
    const found = await this.em.findOne(AssessmentInstrument, { active: true }, { orderBy: { version: 'desc' } });
    if (!found) throw new DomainError('NO_ACTIVE_INSTRUMENT', {});
    return found;
  }

  /** Publishes a new instrument version and makes it the active one; past assessments keep theirs. */
  async publishInstrument(caller: Caller, input: PublishAssessmentInstrumentInput): Promise<AssessmentInstrument> {
    requireStaff(caller);
    if (!input.name.trim()) throw badInput('name', 'INSTRUMENT_NAME_REQUIRED');
    const definition = {
      dimensions: input.dimensions.map((d) => ({
        code: d.code.trim(),
        label: d.label.trim(),
        items: d.items.map((i) => ({
          code: i.code.trim(),
          text: i.text.trim(),
          answers: i.answers.map((a) => ({ code: a.code.trim(), label: a.label.trim(), points: a.points })),
        })),
      })),
    };
    validateDefinition(definition, input.threshold);
    return this.em.transactional(async (tx) => {
      await tx.execute('lock table "people"."assessment_instrument" in exclusive mode');
      const latest = await tx.findOne(AssessmentInstrument, { version: { $gte: 0 } }, { orderBy: { version: 'desc' } });
      await tx.nativeUpdate(AssessmentInstrument, { active: true }, { active: false });
      const instrument = tx.create(AssessmentInstrument, {
        id: randomUUID(),
        version: (latest?.version ?? 0) + 1,
        name: input.name.trim(),
        threshold: input.threshold,
        definition,
        active: true,
        publishedAt: new Date(),
        publishedBy: caller.userId ?? 'unknown',
      });
      tx.persist(instrument);
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'AssessmentInstrumentPublished',
        { type: 'AssessmentInstrument', id: instrument.id },
        { instrumentId: instrument.id, version: instrument.version, threshold: instrument.threshold },
        actorOf(caller).actorId,
      );
      return instrument;
    });
  }

  /** Scores the answers with the active instrument, sets profile/readiness and moves the person in or out of target. */
  async record(caller: Caller, input: RecordAssessmentInput): Promise<Assessment> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      if (!ASSESSABLE.includes(b.status))
        throw illegalTransition(b.status, BeneficiaryStatus.IN_TARGET, 'the assessment follows the intake interview');
      const instrument = await new AssessmentService(tx).activeInstrument();
      const { score, answers } = scoreAnswers(instrument.definition, input.answers);
      const profile = profileFor(score, instrument.threshold) as FragilityProfile;
      if (profile === FragilityProfile.FORTE && input.readiness)
        throw badInput('readiness', 'READINESS_ONLY_IN_TARGET', { score, threshold: instrument.threshold });
      const readiness = profile === FragilityProfile.IN_TARGET ? (input.readiness ?? Readiness.IN_VALUTAZIONE) : null;
      if (profile === FragilityProfile.IN_TARGET) assertInAreaOrException(b, `in target (score ${score})`);
      const actor = actorOf(caller);
      const assessment = tx.create(Assessment, {
        id: randomUUID(),
        beneficiaryId: b.id,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        answers,
        score,
        threshold: instrument.threshold,
        profile,
        readiness,
        notes: input.notes?.trim() || null,
        assessedBy: actor.actorId,
        assessedAt: new Date(),
      });
      tx.persist(assessment);
      b.profile = profile;
      b.readiness = readiness;
      const to =
        profile === FragilityProfile.IN_TARGET
          ? b.status === BeneficiaryStatus.ACTIVE
            ? BeneficiaryStatus.ACTIVE
            : BeneficiaryStatus.IN_TARGET
          : BeneficiaryStatus.NOT_IN_TARGET;
      if (to !== b.status) await moveTo(tx, b, to, actor, { reason: `Assessment score ${score} (threshold ${instrument.threshold})` });
      else {
        b.updatedAt = new Date();
        await tx.flush();
        await publishProfileChanged(tx, b, actor);
      }
      await publishPeopleEvent(
        tx,
        'AssessmentRecorded',
        { type: 'Beneficiary', id: b.id },
        {
          assessmentId: assessment.id,
          beneficiaryId: b.id,
          instrumentVersion: instrument.version,
          score,
          threshold: instrument.threshold,
          profile,
          readiness,
          assessedAt: assessment.assessedAt.toISOString(),
        },
        actor.actorId,
      );
      return assessment;
    });
  }

  /**
   * Staff let a person who neither lives nor is domiciled in the Città metropolitana into the target, with a
   * reason: the protocol's target is the residents (seeds/001_6ba90542cf446215.txt:59, "che vivono sul
   * territorio della Città Metropolitana di Bologna"; seeds/004_d739117af2e17cc1.txt:153). Audited through
   * OutOfAreaExceptionRecorded (the personal-data audit keeps who and when; the reason stays on the record).
   */
  async recordOutOfAreaException(caller: Caller, input: { beneficiaryId: string; reason: string }): Promise<Beneficiary> {
    requireStaff(caller);
    const reason = (input.reason ?? '').trim();
    if (reason.length < 5 || reason.length > 500) throw badInput('reason', 'EXCEPTION_REASON_LENGTH');
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      if (!b.outOfArea) throw new DomainError('OUT_OF_AREA_EXCEPTION_NOT_NEEDED', {}, 'beneficiaryId');
      const actor = actorOf(caller);
      b.outOfAreaExceptionReason = reason;
      b.outOfAreaExceptionAt = new Date();
      b.outOfAreaExceptionBy = actor.actorId;
      b.updatedAt = new Date();
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'OutOfAreaExceptionRecorded',
        { type: 'Beneficiary', id: b.id },
        { beneficiaryId: b.id, reason, recordedAt: b.outOfAreaExceptionAt.toISOString() },
        actor.actorId,
      );
      return b;
    });
  }

  /** Changes the readiness of a person in target (e.g. NON_PRONTO → PRONTO after training). */
  async updateReadiness(
    caller: Caller,
    input: { beneficiaryId: string; readiness: Readiness; reason?: string | null },
  ): Promise<Beneficiary> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      if (b.profile !== FragilityProfile.IN_TARGET) throw new DomainError('READINESS_NEEDS_TARGET', {}, 'readiness');
      if (input.readiness === Readiness.PRONTO) assertInAreaOrException(b, 'ready (PRONTO)');
      const from = b.readiness;
      b.readiness = input.readiness;
      b.updatedAt = new Date();
      await tx.flush();
      const actor = actorOf(caller);
      await publishPeopleEvent(
        tx,
        'ReadinessChanged',
        { type: 'Beneficiary', id: b.id },
        { beneficiaryId: b.id, from, to: input.readiness, reason: input.reason ?? null },
        actor.actorId,
      );
      await publishProfileChanged(tx, b, actor);
      return b;
    });
  }
}
