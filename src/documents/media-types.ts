/**
 * The upload allow-list: PDF, Office (OOXML, legacy OLE, WPS) and images. The type is decided from the file's
 * own bytes, checked against its extension; what the client claims is not trusted.
 */
export interface SniffedType {
  mediaType: string;
  extension: string;
}

const OOXML: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const OLE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  wps: 'application/vnd.ms-works',
  et: 'application/vnd.ms-excel',
  dps: 'application/vnd.ms-powerpoint',
};

/** Every media type an upload can have, as downloads declare them. */
export const ALLOWED_MEDIA_TYPES: readonly string[] = [
  ...new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', ...Object.values(OOXML), ...Object.values(OLE)]),
];

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);

export function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(filename);
  return m ? m[1].toLowerCase() : '';
}

/** Returns the media type, or null when the bytes are not an allowed type or do not match the extension. */
export function sniffMediaType(buf: Buffer, filename: string): SniffedType | null {
  const ext = extensionOf(filename);
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return ext === 'pdf' ? { mediaType: 'application/pdf', extension: 'pdf' } : null;
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ext === 'png' ? { mediaType: 'image/png', extension: 'png' } : null;
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return ext === 'jpg' || ext === 'jpeg' ? { mediaType: 'image/jpeg', extension: ext } : null;
  if (startsWith(buf, [0x47, 0x49, 0x46, 0x38])) return ext === 'gif' ? { mediaType: 'image/gif', extension: 'gif' } : null;
  if (startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8)) return ext === 'webp' ? { mediaType: 'image/webp', extension: 'webp' } : null;
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) && OOXML[ext] && buf.includes('[Content_Types].xml')) return { mediaType: OOXML[ext], extension: ext };
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && OLE[ext]) return { mediaType: OLE[ext], extension: ext };
  return null;
}

/**
 * A filename safe to store and to send back: no directories, control or reserved characters, at most 255 bytes,
 * Chinese and other letters kept.
 */
export function sanitizeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').trim();
  if (!clean) clean = 'file';
  while (Buffer.byteLength(clean) > 255) {
    const ext = extensionOf(clean);
    const stem = ext ? clean.slice(0, -(ext.length + 1)) : clean;
    clean = (stem.slice(0, Math.max(1, stem.length - 8)) + (ext ? '.' + ext : '')).trim();
  }
  return clean;
}
