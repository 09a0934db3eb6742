import fc from 'fast-check';
import { Readable } from 'node:stream';
import { DomainError } from '../common/errors/domain-error';
import { sniffMediaType } from './media-types';
import { UploadCheck } from './upload-check';

/** Streams `bytes` through an UploadCheck in the given chunk sizes; resolves with what came out and the verdict. */
async function check(bytes: Buffer, filename: string, chunkSize: number, maxBytes = 1024 * 1024): Promise<{ out: Buffer; mediaType?: string; error?: string }> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  const checker = new UploadCheck(filename, maxBytes);
  const out: Buffer[] = [];
  try {
    for await (const part of Readable.from(chunks).pipe(checker)) out.push(part as Buffer);
    return { out: Buffer.concat(out), mediaType: checker.mediaType };
  } catch (err) {
    return { out: Buffer.concat(out), error: err instanceof DomainError ? err.code : String(err) };
  }
}

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const zipHead = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]);
const docx = (marker: boolean, filler = 300) => Buffer.concat([zipHead, Buffer.alloc(filler, 0x41), marker ? Buffer.from('[Content_Types].xml') : Buffer.alloc(0), Buffer.alloc(filler, 0x42)]);

describe('UploadCheck (an upload checked while it streams)', () => {
  it('passes an allowed file through unchanged, whatever the chunking, and names its type', async () => {
    for (const size of [1, 3, 11, 12, 13, 4096]) {
      const res = await check(pdf, '报告.pdf', size);
      expect(res).toEqual({ out: pdf, mediaType: 'application/pdf' });
    }
  });

  it('refuses a wrong type before a single byte goes on', async () => {
    for (const size of [1, 5, 64]) {
      const res = await check(Buffer.from('MZ\x90\x00\x03\x00\x00\x00 a program, long enough'), 'report.pdf', size);
      expect(res).toEqual({ out: Buffer.alloc(0), error: 'unsupported_media_type' });
    }
    expect((await check(Buffer.alloc(0), 'empty.pdf', 1)).error).toBe('unsupported_media_type');
    expect((await check(Buffer.from('%PDF'), 'short.pdf', 1)).error).toBe('unsupported_media_type');
  });

  it('finds the OOXML marker across chunk boundaries, and refuses a zip without it at its end', async () => {
    for (const size of [1, 7, 19, 20, 301, 5000]) {
      expect((await check(docx(true), '协议.docx', size)).mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect((await check(docx(false), '协议.docx', size)).error).toBe('unsupported_media_type');
    }
  });

  it('refuses a file one byte over the limit, and takes one at the limit', async () => {
    const atLimit = Buffer.concat([pdf, Buffer.alloc(1000 - pdf.length)]);
    expect((await check(atLimit, 'a.pdf', 100, 1000)).mediaType).toBe('application/pdf');
    expect((await check(Buffer.concat([atLimit, Buffer.from('x')]), 'a.pdf', 100, 1000)).error).toBe('payload_too_large');
  });

  it('agrees with the whole-file check on any bytes, split anywhere', async () => {
    const heads = [pdf, zipHead, Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('RIFF\0\0\0\0WEBP'), Buffer.alloc(0)];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...heads),
        fc.uint8Array({ maxLength: 80 }),
        fc.boolean(),
        fc.constantFrom('a.pdf', 'a.docx', 'a.jpg', 'a.webp', 'a.txt'),
        fc.integer({ min: 1, max: 40 }),
        async (head, rest, marker, name, size) => {
          const bytes = Buffer.concat([head, Buffer.from(rest), marker ? Buffer.from('[Content_Types].xml') : Buffer.alloc(0)]);
          const res = await check(bytes, name, size);
          const whole = sniffMediaType(bytes, name);
          expect(res.mediaType).toBe(whole?.mediaType);
          if (whole) expect(res.out.equals(bytes)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
