import { Transform, TransformCallback } from 'node:stream';
import { DomainError } from '../common/errors/domain-error';
import { OOXML_MARKER, SIGNATURE_BYTES, sniffSignature, SniffedType } from './media-types';

/**
 * Checks an upload while it streams by: its type from its first bytes (a refused type fails before a byte goes on
 * to the store), its size against the limit, and, for an OOXML document, that the package lists its content types
 * (known only at the end, so that failure comes last and the store discards what it took).
 */
export class UploadCheck extends Transform {
  private head: Buffer[] = [];
  private headLength = 0;
  private type: (SniffedType & { needsMarker: boolean }) | undefined;
  private size = 0;
  private markerSeen = false;
  private tail = Buffer.alloc(0);

  constructor(
    private readonly filename: string,
    private readonly maxBytes: number,
  ) {
    super();
  }

  /** The media type read from the bytes; set once the stream has ended without an error. */
  mediaType: string | undefined;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(new DomainError('payload_too_large'));
    if (this.type) {
      this.scan(chunk);
      return done(null, chunk);
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SIGNATURE_BYTES) return done();
    const refused = this.decide();
    if (refused) return done(refused);
    done(null, this.takeHead());
  }

  override _flush(done: TransformCallback): void {
    if (!this.type) {
      const refused = this.decide();
      if (refused) return done(refused);
      this.push(this.takeHead());
    }
    if (this.type!.needsMarker && !this.markerSeen) return done(refusedType());
    this.mediaType = this.type!.mediaType;
    done();
  }

  private decide(): DomainError | null {
    this.type = sniffSignature(Buffer.concat(this.head), this.filename) ?? undefined;
    return this.type ? null : refusedType();
  }

  private takeHead(): Buffer {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.scan(head);
    return head;
  }

  /** Looks for the OOXML marker, also across chunk boundaries. */
  private scan(chunk: Buffer): void {
    if (this.markerSeen || !this.type?.needsMarker) return;
    const window = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    if (window.includes(OOXML_MARKER)) this.markerSeen = true;
    else this.tail = Buffer.from(window.subarray(Math.max(0, window.length - (OOXML_MARKER.length - 1))));
  }
}

function refusedType(): DomainError {
  return new DomainError('unsupported_media_type', {
    detail: { zh: '只接受 PDF、Office 文档（Word/Excel/PowerPoint/WPS）和图片（PNG/JPEG/GIF/WebP）', en: 'Only PDF, Office documents and images (PNG, JPEG, GIF, WebP) are accepted' },
  });
}
