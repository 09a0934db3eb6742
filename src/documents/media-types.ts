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

/** Bytes enough to tell every allowed type by its signature (WebP's, the longest, ends at byte 12). */
export const SIGNATURE_BYTES = 12;
/** An OOXML document is a zip package whose parts include this one; a plain zip renamed .docx does not. */
export const OOXML_MARKER = Buffer.from('[Content_Types].xml');

/**
 * What the first bytes and the extension say: the type, or null when they name no allowed type or disagree. An
 * OOXML type holds only if the whole file also contains OOXML_MARKER (`needsMarker`), which a stream learns at its end.
 */
export function sniffSignature(head: Buffer, filename: string): (SniffedType & { needsMarker: boolean }) | null {
  const ext = extensionOf(filename);
  const as = (mediaType: string, extension: string, needsMarker = false) => ({ mediaType, extension, needsMarker });
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return ext === 'pdf' ? as('application/pdf', 'pdf') : null;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ext === 'png' ? as('image/png', 'png') : null;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return ext === 'jpg' || ext === 'jpeg' ? as('image/jpeg', ext) : null;
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38])) return ext === 'gif' ? as('image/gif', 'gif') : null;
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return ext === 'webp' ? as('image/webp', 'webp') : null;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) && OOXML[ext]) return as(OOXML[ext], ext, true);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && OLE[ext]) return as(OLE[ext], ext);
  return null;
}

/** Returns the media type of a whole file, or null when the bytes are not an allowed type or do not match the extension. */
export function sniffMediaType(buf: Buffer, filename: string): SniffedType | null {
  const type = sniffSignature(buf, filename);
  if (!type || (type.needsMarker && !buf.includes(OOXML_MARKER))) return null;
  return { mediaType: type.mediaType, extension: type.extension };
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
