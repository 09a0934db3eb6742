import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG } from '../config/env';
import type { AppConfig } from '../config/env';

/** Multipart uploads kept in memory, bounded by UPLOAD_MAX_BYTES: for the modules whose routes take files. */
export const UploadsModule = MulterModule.registerAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({ storage: memoryStorage(), limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 } }),
});
