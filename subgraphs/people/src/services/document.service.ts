import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import { isStaff, type Caller } from '@ixl/auth';
import { badInput, DomainError, requireAuthenticated } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { BeneficiaryDocument } from '../entities/document.entity.js';
import { DocumentKind, PersonalDataAction } from '../entities/enums.js';
import { safeFileName, sniffDocumentType } from './file-sniffing.js';
import { publishPeopleEvent } from '../events/publish.js';
import { actorOf } from './actor.js';
import { requireUuid } from './ids.js';
import { auditPeopleRead } from './audit.service.js';

const forbidden = () => new DomainError('DOCUMENTS_FORBIDDEN', {});

/** Whose documents the caller may touch: staff any person's, a beneficiary only its own. */
export function documentOwnerFor(caller: Caller, requested: string | null | undefined): string {
  requireAuthenticated(caller);
  if (isStaff(caller)) {
    if (!requested) throw badInput('beneficiaryId', 'DOCUMENT_OWNER_REQUIRED');
    return requireUuid('beneficiaryId', requested);
  }
  if (caller.role !== 'BENEFICIARY' || !caller.beneficiaryId) throw forbidden();
  if (requested && requested !== caller.beneficiaryId) throw forbidden();
  return caller.beneficiaryId;
}

export class DocumentService {
  constructor(private readonly em: EntityManager) {}

  async upload(
    caller: Caller,
    input: { beneficiaryId?: string | null; kind: string | null; fileName?: string; bytes: Buffer; maxBytes: number },
  ): Promise<BeneficiaryDocument> {
    const owner = documentOwnerFor(caller, input.beneficiaryId);
    if (!input.kind || !(Object.values(DocumentKind) as string[]).includes(input.kind))
      throw badInput('kind', 'DOCUMENT_KIND_UNKNOWN', { kinds: Object.values(DocumentKind).join(', ') });
    if (input.bytes.length > input.maxBytes)
      throw new DomainError('DOCUMENT_TOO_LARGE', { maxKib: Math.floor(input.maxBytes / 1024) }, 'file');
    if (!input.bytes.length) throw badInput('file', 'FILE_EMPTY');
    const type = sniffDocumentType(input.bytes);
    if (!type) throw badInput('file', 'FILE_TYPE_NOT_ACCEPTED');
    const kind = input.kind as DocumentKind;
    return this.em.transactional(async (tx) => {
      if (!(await tx.count(Beneficiary, { id: owner }))) throw isStaff(caller) ? new DomainError('PERSON_NOT_FOUND', {}) : forbidden();
      const actor = actorOf(caller);
      const doc = tx.create(BeneficiaryDocument, {
        id: randomUUID(),
        beneficiaryId: owner,
        kind,
        fileName: safeFileName(input.fileName, `${kind.toLowerCase()}.${type.extension}`),
        contentType: type.contentType,
        size: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        content: input.bytes,
        uploadedBy: actor.actorId,
        uploadedAt: new Date(),
      });
      tx.persist(doc);
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'DocumentUploaded',
        { type: 'Beneficiary', id: owner },
        { documentId: doc.id, beneficiaryId: owner, kind, contentType: doc.contentType, size: doc.size },
        actor.actorId,
      );
      return doc;
    });
  }

  /** The document with its bytes, for the owner or staff (staff reads are audited). Others: FORBIDDEN, whether it exists or not. */
  async download(caller: Caller, id: string): Promise<BeneficiaryDocument> {
    requireAuthenticated(caller);
    if (!isStaff(caller) && caller.role !== 'BENEFICIARY') throw forbidden();
    const doc = /^[0-9a-f-]{36}$/i.test(id) ? await this.em.findOne(BeneficiaryDocument, { id }, { populate: ['content'] }) : null;
    if (!isStaff(caller) && doc?.beneficiaryId !== caller.beneficiaryId) throw forbidden();
    if (!doc) throw new DomainError('DOCUMENT_NOT_FOUND', {});
    await auditPeopleRead(this.em, caller, [doc.beneficiaryId], PersonalDataAction.DOWNLOAD_DOCUMENT, doc.id);
    return doc;
  }
}
