import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, type TestStack } from '@ixl/testkit';
import { countRows, registerPerson } from './factories.js';

let t: TestStack;
let staff: string;
let filesUrl: string;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
  filesUrl = t.url.replace('/graphql', '/files/people/documents');
});
afterAll(async () => {
  await t?.stop();
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 2)]);
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26, 0),
  Buffer.from('[Content_Types].xml'),
  Buffer.alloc(40, 0),
  Buffer.from('word/document.xml'),
]);
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26, 0), Buffer.from('photos/cat.jpg')]);

async function upload(body: Buffer, options: { token?: string; query?: string; name?: string; type?: string } = {}) {
  const res = await fetch(`${filesUrl}${options.query ?? '?kind=CV'}`, {
    method: 'PUT',
    body,
    headers: {
      'content-type': options.type ?? 'application/octet-stream',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.name ? { 'x-file-name': encodeURIComponent(options.name) } : {}),
    },
  });
  const text = await res.text();
  return {
    status: res.status,
    body: JSON.parse(text) as {
      id?: string;
      contentType?: string;
      fileName?: string;
      size?: number;
      errors?: { extensions: { code: string; field?: string } }[];
    },
  };
}

const download = (id: string, token?: string) => fetch(`${filesUrl}/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('documents (CV, identity document) through the gateway', () => {
  it('stores PDF, JPEG, PNG and DOCX by their bytes, lists them and serves them to the owner and staff only', async () => {
    const owner = await registerPerson(t);
    const other = await registerPerson(t);
    const cv = await upload(PDF, { token: owner.token, name: 'Curriculum Vitæ.pdf', type: 'image/png' });
    expect(cv.status).toBe(201);
    expect(cv.body).toMatchObject({ contentType: 'application/pdf', fileName: 'Curriculum Vitæ.pdf', size: PDF.length });
    for (const [bytes, type] of [
      [JPEG, 'image/jpeg'],
      [PNG, 'image/png'],
      [DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const) {
      const r = await upload(bytes, { token: owner.token, query: '?kind=IDENTITY_DOCUMENT' });
      expect(r.status).toBe(201);
      expect(r.body.contentType).toBe(type);
    }
    const byStaff = await upload(PDF, { token: staff, query: `?kind=CV&beneficiaryId=${owner.id}` });
    expect(byStaff.status).toBe(201);

    const listed = await t.graphql<{ myBeneficiary: { documents: { id: string; kind: string; downloadPath: string }[] } }>(
      '{ myBeneficiary { documents { id kind contentType size downloadPath } } }',
      { token: owner.token },
    );
    expect(listed.data?.myBeneficiary.documents).toHaveLength(5);
    const listedCv = listed.data?.myBeneficiary.documents.find((d) => d.id === cv.body.id);
    expect(listedCv?.downloadPath).toBe(`/files/people/documents/${cv.body.id}`);

    const mine = await fetch(t.url.replace('/graphql', listedCv?.downloadPath ?? ''), {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true);

    const auditBefore = await countRows(t, 'personal_data_audit', "action = 'DOWNLOAD_DOCUMENT'");
    expect((await download(cv.body.id ?? '', staff)).status).toBe(200);
    expect(await countRows(t, 'personal_data_audit', "action = 'DOWNLOAD_DOCUMENT'")).toBe(auditBefore + 1);

    expect((await download(cv.body.id ?? '', other.token)).status).toBe(403);
    expect((await download(cv.body.id ?? '', await t.tokenFor('COMPANY'))).status).toBe(403);
    expect((await download(cv.body.id ?? '')).status).toBe(401);
    // A beneficiary cannot tell a missing document from someone else's.
    expect((await download('00000000-0000-4000-8000-000000000000', other.token)).status).toBe(403);
    expect((await download('00000000-0000-4000-8000-000000000000', staff)).status).toBe(404);
  });

  it('refuses wrong types, oversize files, uploads for someone else and anonymous uploads, storing nothing', async () => {
    const owner = await registerPerson(t);
    const other = await registerPerson(t);
    const before = await countRows(t, 'document');
    const cases: [Promise<{ status: number; body: { errors?: { extensions: { code: string; field?: string } }[] } }>, number, string][] = [
      [upload(Buffer.from('just some text, not a document'), { token: owner.token, type: 'application/pdf' }), 400, 'BAD_USER_INPUT'],
      [upload(ZIP, { token: owner.token }), 400, 'BAD_USER_INPUT'],
      [upload(Buffer.from('GIF89a....'), { token: owner.token }), 400, 'BAD_USER_INPUT'],
      [upload(Buffer.alloc(0), { token: owner.token }), 400, 'BAD_USER_INPUT'],
      [upload(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), { token: owner.token }), 413, 'LIMIT_EXCEEDED'],
      [upload(PDF, { token: owner.token, query: '?kind=PASSPORT_PHOTO' }), 400, 'BAD_USER_INPUT'],
      [upload(PDF, { token: owner.token, query: `?kind=CV&beneficiaryId=${other.id}` }), 403, 'FORBIDDEN'],
      [upload(PDF, { token: await t.tokenFor('COMPANY') }), 403, 'FORBIDDEN'],
      [upload(PDF, { token: staff }), 400, 'BAD_USER_INPUT'],
      [upload(PDF, {}), 401, 'UNAUTHENTICATED'],
    ];
    for (const [pending, status, code] of cases) {
      const r = await pending;
      expect(r.status).toBe(status);
      expect(r.body.errors?.[0]?.extensions.code).toBe(code);
    }
    const gatewayCap = await upload(Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]), { token: owner.token });
    expect(gatewayCap.status).toBe(413);
    expect(await countRows(t, 'document')).toBe(before);
    const listed = await t.graphql<{ myBeneficiary: { documents: unknown[] } }>('{ myBeneficiary { documents { id } } }', {
      token: owner.token,
    });
    expect(errorCodes(listed)).toEqual([]);
    expect(listed.data?.myBeneficiary.documents).toEqual([]);
  });
});
