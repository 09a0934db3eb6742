import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, pdfBytes } from './support/agreements';
import { startS3, TestS3 } from './support/s3';
import { MAIN, ROOT } from './support/server';
import { TEST_REDIS_URL } from './support/services';
import { client, Stack, startStack } from './support/stack';
import { query } from './support/stack-flows';

const MiB = 1024 * 1024;
const PREFIX = 'coop-e2e/';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
/** A PDF (by its signature) of about `bytes`, different every time. */
const bigPdf = (bytes: number) => Buffer.concat([pdfBytes('large'), randomBytes(bytes)]);

/**
 * Uploads kept in an S3-compatible bucket (STORAGE_DRIVER=s3): a real S3 server (s3rver) in this process, the service
 * on a fresh database of its own with UPLOAD_MAX_BYTES at 8 MiB, so a good file can span two 5 MiB parts and a
 * refused one can fail after parts went up. Agreement documents, monthly-report attachments and assessment evidence.
 */
describe('document storage in an S3 bucket (STORAGE_DRIVER=s3)', () => {
  let s3: TestS3;
  let stack: Stack;
  let api: ReturnType<typeof client>;
  let agreementId: string;

  beforeAll(async () => {
    s3 = await startS3();
    stack = await startStack({ redisUrl: TEST_REDIS_URL, env: { ...s3.env(PREFIX), UPLOAD_MAX_BYTES: String(8 * MiB) } });
    api = client(stack.url);
    const me = await api.ok('GET', '/api/v1/auth/me', 'c1staff');
    const partner = (await api.ok('GET', '/api/v1/partners?status=active', 'c1staff')).items[0];
    const major = (await api.ok('GET', `/api/v1/majors?collegeId=${me.collegeId}`, 'c1staff')).items[0];
    agreementId = (await api.ok('POST', '/api/v1/agreements', 'c1staff', { title: 'S3 存储测试项目', partnerId: partner.id, cooperationType: 'internship', majorIds: [major.id] })).id;
    await api.ok('PATCH', `/api/v1/agreements/${agreementId}`, 'c1staff', { content: CONTENT });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await s3?.stop();
  });

  async function post(path: string, user: string, file: { bytes: Buffer; name: string; type?: string }, fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('file', new Blob([file.bytes], { type: file.type ?? 'application/pdf' }), file.name);
    const res = await fetch(stack.url + path, { method: 'POST', headers: { authorization: `Bearer ${await api.token(user)}` }, body: form });
    return { status: res.status, body: (await res.json()) as any };
  }
  const uploadDocument = (user: string, kind: string, file: { bytes: Buffer; name: string; type?: string }) => post(`/api/v1/agreements/${agreementId}/documents`, user, file, { kind });

  async function download(path: string, user: string) {
    const res = await fetch(stack.url + path, { headers: { authorization: `Bearer ${await api.token(user)}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  /** Every stored file the database names, across the three tables that keep uploads. */
  async function storedKeys(): Promise<string[]> {
    const rows = await query(stack, `SELECT storage_key FROM documents UNION ALL SELECT storage_key FROM monthly_report_attachments UNION ALL SELECT storage_key FROM assessment_documents`);
    return rows.map((r) => PREFIX + r.storage_key).sort();
  }

  it('streams a document of two parts into the bucket under S3_PREFIX and back: bytes, size and SHA-256 equal', async () => {
    const bytes = bigPdf(7 * MiB);
    const up = await uploadDocument('c1staff', 'research_report', { bytes, name: '调研报告（大）.pdf' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ kind: 'research_report', version: 1, filename: '调研报告（大）.pdf', mediaType: 'application/pdf', size: bytes.length, sha256: sha256(bytes) });

    const [row] = await query(stack, 'SELECT storage_key, size, sha256 FROM documents WHERE id = $1', [up.body.id]);
    expect([Number(row.size), row.sha256]).toEqual([bytes.length, sha256(bytes)]);
    const key = PREFIX + row.storage_key;
    expect(await s3.keys(PREFIX)).toContain(key);
    expect(await s3.size(key)).toBe(bytes.length);
    expect(sha256((await s3.read(key))!)).toBe(sha256(bytes));

    const got = await download(`/api/v1/documents/${up.body.id}/content`, 'c1leader');
    expect(got.status).toBe(200);
    expect([got.headers.get('content-type'), got.headers.get('content-length'), got.headers.get('etag')]).toEqual(['application/pdf', String(bytes.length), `"${sha256(bytes)}"`]);
    expect(got.bytes.equals(bytes)).toBe(true);
    expect((await download(`/api/v1/documents/${up.body.id}/content`, 'c2staff')).status).toBe(403);
    // nothing went to local disk
    expect(existsSync(join(stack.dataDir, 'files'))).toBe(false);
  });

  it('keeps a small file as one object, a new version as another', async () => {
    const v2 = await uploadDocument('c1staff', 'research_report', { bytes: pdfBytes('v2'), name: 'v2.pdf' });
    expect([v2.status, v2.body.version, v2.body.sha256]).toEqual([201, 2, sha256(pdfBytes('v2'))]);
    const got = await download(`/api/v1/documents/${v2.body.id}/content`, 'center');
    expect(got.bytes.equals(pdfBytes('v2'))).toBe(true);
    expect(await s3.keys(PREFIX)).toEqual(await storedKeys());
  });

  it('refuses a wrong type, a disguised Office file, an oversize file, a bad kind and a forbidden uploader, leaving no object and no row', async () => {
    const before = { keys: await s3.keys(), rows: await storedKeys() };
    // refused by its first bytes: nothing reaches the bucket
    const exe = await uploadDocument('c1staff', 'research_report', { bytes: Buffer.from('MZ\x90\x00\x03 program'), name: 'virus.exe', type: 'application/octet-stream' });
    expect([exe.status, exe.body.code]).toEqual([415, 'unsupported_media_type']);
    // a zip named .docx that never lists its content types: refused at its end, after two parts went up
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(6 * MiB)]);
    const disguised = await uploadDocument('c1staff', 'research_report', { bytes: zip, name: 'report.docx', type: 'application/octet-stream' });
    expect([disguised.status, disguised.body.code]).toEqual([415, 'unsupported_media_type']);
    // one byte over UPLOAD_MAX_BYTES
    const big = await uploadDocument('c1staff', 'research_report', { bytes: Buffer.concat([pdfBytes(), randomBytes(8 * MiB + 1 - pdfBytes().length)]), name: 'big.pdf' });
    expect([big.status, big.body.code]).toEqual([413, 'payload_too_large']);
    // stored while the request arrived, then refused by the field pipe (400) and by the service (403): deleted again
    const badKind = await uploadDocument('c1staff', 'love_letter', { bytes: pdfBytes(), name: 'x.pdf' });
    expect(badKind.status).toBe(400);
    const legal = await uploadDocument('legal', 'research_report', { bytes: pdfBytes(), name: 'x.pdf' });
    expect([legal.status, legal.body.code]).toEqual([403, 'forbidden_role']);
    const gone = await post(`/api/v1/agreements/00000000-0000-4000-8000-000000000000/documents`, 'c1staff', { bytes: pdfBytes(), name: 'x.pdf' }, { kind: 'research_report' });
    expect(gone.status).toBe(404);

    expect(await storedKeys()).toEqual(before.rows);
    expect(await s3.keys()).toEqual(before.keys);
  });

  it('keeps monthly-report attachments in the same bucket, streamed back to the report’s readers', async () => {
    await api.setClock('2026-11-02T02:00:00.000Z');
    await api.ok('PUT', '/api/v1/calendar', 'admin', { firstMonth: '2026-09' });
    const report = await api.ok('POST', '/api/v1/monthly-reports', 'c1staff', { month: '2026-11', activities: '召开校企座谈会' });
    const bytes = bigPdf(6 * MiB);
    const a = await post(`/api/v1/monthly-reports/${report.id}/attachments`, 'c1staff', { bytes, name: '座谈会纪要.pdf' });
    expect([a.status, a.body.size, a.body.sha256]).toEqual([201, bytes.length, sha256(bytes)]);
    const [row] = await query(stack, 'SELECT storage_key FROM monthly_report_attachments WHERE id = $1', [a.body.id]);
    expect(sha256((await s3.read(PREFIX + row.storage_key))!)).toBe(sha256(bytes));
    const got = await download(`/api/v1/monthly-reports/attachments/${a.body.id}/content`, 'c1leader');
    expect([got.status, got.bytes.equals(bytes)]).toEqual([200, true]);
    expect((await post(`/api/v1/monthly-reports/${report.id}/attachments`, 'c1staff', { bytes: Buffer.from('MZ binary'), name: 'tool.exe' })).status).toBe(415);
    expect(await s3.keys(PREFIX)).toEqual(await storedKeys());
  });

  it('keeps assessment evidence in the same bucket, downloadable by the sheet’s readers only', async () => {
    const colleges = await api.ok('GET', '/api/v1/colleges?pageSize=100', 'admin');
    const c1 = colleges.items.find((c: any) => c.code === 'IM').id;
    const cycle = await api.ok('POST', '/api/v1/assessment/cycles', 'center', { templateKey: 'coop-2023', year: 2026, subjects: [c1] });
    const bytes = bigPdf(1 * MiB);
    const doc = await post(`/api/v1/assessment/cycles/${cycle.id}/sheets/${c1}/items/C5/documents`, 'c1staff', { bytes, name: '实习名单.pdf' });
    expect([doc.status, doc.body.code, doc.body.size, doc.body.sha256]).toEqual([201, 'C5', bytes.length, sha256(bytes)]);
    const listed = await api.ok('GET', `/api/v1/assessment/cycles/${cycle.id}/sheets/${c1}/documents`, 'c1leader');
    expect(listed.map((d: any) => d.id)).toEqual([doc.body.id]);
    const got = await download(`/api/v1/assessment/documents/${doc.body.id}/content`, 'assessor');
    expect([got.status, got.headers.get('content-type'), got.bytes.equals(bytes)]).toEqual([200, 'application/pdf', true]);
    expect(got.headers.get('content-disposition')).toContain(encodeURIComponent('实习名单.pdf'));
    expect((await download(`/api/v1/assessment/documents/${doc.body.id}/content`, 'c2staff')).status).toBe(403);
    expect((await download('/api/v1/assessment/documents/00000000-0000-4000-8000-000000000000/content', 'assessor')).status).toBe(404);
    // an indicator that does not exist: stored, refused (404), deleted
    expect((await post(`/api/v1/assessment/cycles/${cycle.id}/sheets/${c1}/items/Z9/documents`, 'c1staff', { bytes: pdfBytes(), name: 'x.pdf' })).status).toBe(404);
    expect(await s3.keys(PREFIX)).toEqual(await storedKeys());
  });

  it('answers a stored file that vanished from the bucket with a problem, not a broken stream', async () => {
    const up = await uploadDocument('c1staff', 'inspection_report', { bytes: pdfBytes('soon gone'), name: 'gone.pdf' });
    const [row] = await query(stack, 'SELECT storage_key FROM documents WHERE id = $1', [up.body.id]);
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: PREFIX + row.storage_key }));
    const res = await fetch(`${stack.url}/api/v1/documents/${up.body.id}/content`, { headers: { authorization: `Bearer ${await api.token('c1staff')}`, 'accept-language': 'en' } });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as any).detail).toBe('The stored file is missing');
  });

  it('refuses to start without a bucket setting, or when the bucket is not there, naming it', async () => {
    const env = { ...stack.env, ...s3.env(PREFIX), PORT: '0', QUEUE_PREFIX: `${stack.env.QUEUE_PREFIX}-startup` };
    const missing = await runMain({ ...env, S3_BUCKET: '' });
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('S3_BUCKET');
    const absent = await runMain({ ...env, S3_BUCKET: 'no-such-bucket' });
    expect(absent.code).toBe(1);
    expect(absent.output).toContain('S3 bucket no-such-bucket');
  });

  // last: it stops the S3 server
  it('answers 503 while the bucket’s server is down: downloads, and uploads (which leave no row)', async () => {
    const [doc] = await query(stack, 'SELECT id FROM documents WHERE filename = $1', ['v2.pdf']);
    const rows = await storedKeys();
    await s3.stop();
    const res = await fetch(`${stack.url}/api/v1/documents/${doc.id}/content`, { headers: { authorization: `Bearer ${await api.token('c1staff')}` } });
    expect([res.status, res.headers.get('retry-after'), ((await res.json()) as any).code]).toEqual([503, '2', 'service_unavailable']);
    const up = await uploadDocument('c1staff', 'cooperation_plan', { bytes: pdfBytes(), name: 'plan.pdf' });
    expect([up.status, up.body.code]).toEqual([503, 'service_unavailable']);
    expect(await storedKeys()).toEqual(rows);
  });
});

/** Runs the service until it exits (a start-up failure), with its output. */
function runMain(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN], { env, cwd: ROOT });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}
