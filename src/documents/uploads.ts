import { createHash } from 'node:crypto';
import { DomainError } from '../common/errors/domain-error';
import { ALLOWED_MEDIA_TYPES, sanitizeFilename, sniffMediaType } from './media-types';

export interface CheckedUpload {
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  buffer: Buffer;
}

/** Every upload passes here: a safe filename, a media type read from the bytes (415 otherwise), its hash. */
export function checkUpload(file: { originalname: string; buffer: Buffer }): CheckedUpload {
  const filename = sanitizeFilename(decodeMultipartName(file.originalname));
  const type = sniffMediaType(file.buffer, filename);
  if (!type) {
    throw new DomainError('unsupported_media_type', {
      detail: { zh: '只接受 PDF、Office 文档（Word/Excel/PowerPoint/WPS）和图片（PNG/JPEG/GIF/WebP）', en: 'Only PDF, Office documents and images (PNG, JPEG, GIF, WebP) are accepted' },
    });
  }
  return { filename, mediaType: type.mediaType, size: file.buffer.length, sha256: createHash('sha256').update(file.buffer).digest('hex'), buffer: file.buffer };
}

/** Multipart parsers hand UTF-8 filenames over as latin1; undo that unless it was already proper text. */
function decodeMultipartName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return /[^\u0000-\u00ff]/.test(name) || utf8.includes('\ufffd') ? name : utf8;
}

/** Headers for sending a stored file back: its type, an RFC 5987 filename, no sniffing. */
export function downloadHeaders(f: { mediaType: string; size: number; filename: string; sha256: string }): Record<string, string> {
  return {
    'Content-Type': f.mediaType,
    'Content-Length': String(f.size),
    'Content-Disposition': `attachment; filename="download.${f.filename.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`,
    'X-Content-Type-Options': 'nosniff',
    ETag: `"${f.sha256}"`,
  };
}

/** A download's 200 in OpenAPI: the stored bytes, with the media type read from them at upload. */
export const DOWNLOAD_CONTENT = Object.fromEntries(ALLOWED_MEDIA_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]));
