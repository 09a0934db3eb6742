import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';
import { DocumentStoreEngine } from '../documents/uploads';
import { DocumentStore } from '../storage/document-store';

/**
 * Multipart uploads streamed into the document store, bounded by UPLOAD_MAX_BYTES: for the modules whose routes
 * take files (with `@AcceptsUpload()`).
 */
export const UploadsModule = MulterModule.registerAsync({
  inject: [APP_CONFIG, DocumentStore],
  useFactory: (config: AppConfig, store: DocumentStore) => ({
    storage: new DocumentStoreEngine(store, config.UPLOAD_MAX_BYTES),
    limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 },
  }),
});
