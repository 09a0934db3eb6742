import { applyDecorators, CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { pipeline } from 'node:stream';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { DocumentStore, newObjectKey } from '../storage/document-store';
import { ALLOWED_MEDIA_TYPES, sanitizeFilename } from './media-types';
import { UploadCheck } from './upload-check';

/** An uploaded file as the route handler gets it: already in the store, checked, counted and hashed. */
export interface StoredUpload {
  key: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * multer's storage for every upload route: the file streams through UploadCheck (type from the bytes, 415; size,
 * 413) into the DocumentStore under a fresh key while the request arrives. Nothing holds the whole file in memory.
 */
export class DocumentStoreEngine implements StorageEngine {
  constructor(
    private readonly store: DocumentStore,
    private readonly maxBytes: number,
  ) {}

  _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void): void {
    const filename = sanitizeFilename(decodeMultipartName(file.originalname));
    const check = new UploadCheck(filename, this.maxBytes);
    const source = pipeline(file.stream, check, () => undefined); // an error of either ends both; put() reports it
    this.store.put(newObjectKey(), source).then(
      (stored) => {
        const upload: StoredUpload = { key: stored.key, filename, mediaType: check.mediaType!, size: stored.size, sha256: stored.sha256 };
        callback(null, upload as unknown as Partial<Express.Multer.File>);
      },
      (err: unknown) => callback(err),
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    const { key } = file as unknown as Partial<StoredUpload>;
    if (!key) return callback(null);
    this.store.delete(key).then(() => callback(null), (err: Error) => callback(err));
  }
}

/**
 * The file is stored before the handler runs (while the request streams in), so a request that then fails — a
 * pipe refuses a field, the record is gone, the caller may not upload here, the insert loses a race — must not keep
 * it: the object is deleted before the error is answered. Success leaves it to the row that now names it.
 */
@Injectable()
export class DiscardFailedUpload implements NestInterceptor {
  private readonly logger = new Logger('Uploads');

  constructor(private readonly store: DocumentStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<{ file?: Partial<StoredUpload> }>();
    return next.handle().pipe(
      catchError((err: unknown) => {
        const key = req.file?.key;
        if (!key) return throwError(() => err);
        const discard = this.store.delete(key).catch((e: unknown) => this.logger.warn({ msg: 'could not discard the upload of a failed request', key, error: String(e) }));
        return from(discard).pipe(mergeMap(() => throwError(() => err)));
      }),
    );
  }
}

/** A route that takes one file in the multipart field `file`: stored as it streams in, discarded if the request fails. */
export function AcceptsUpload(): MethodDecorator & ClassDecorator {
  return applyDecorators(UseInterceptors(FileInterceptor('file'), DiscardFailedUpload), ApiConsumes('multipart/form-data'));
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
