import { Logger } from '@nestjs/common';
import type { Provider } from '@nestjs/common';
import type { AppConfig } from '../config/env';
import { DocumentStore } from './document-store';
import { LocalDiskStore } from './local-disk.store';

/**
 * The store STORAGE_DRIVER names. An S3 bucket is checked before the API takes requests: wrong settings stop
 * start-up with the reason (a worker does not touch files, so it does not check).
 */
export function documentStoreProvider(config: AppConfig): Provider {
  return {
    provide: DocumentStore,
    useFactory: async (): Promise<DocumentStore> => {
      const logger = new Logger('Storage');
      if (config.STORAGE_DRIVER === 'local') {
        const store = new LocalDiskStore(config.DATA_DIR);
        logger.log({ msg: 'document storage', driver: 'local', root: store.root });
        return store;
      }
      const { S3Store } = await import('./s3.store.js'); // the AWS SDK is loaded only where it is used
      const store = new S3Store({
        endpoint: config.S3_ENDPOINT,
        region: config.S3_REGION,
        bucket: config.S3_BUCKET!,
        accessKeyId: config.S3_ACCESS_KEY_ID,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
        prefix: config.S3_PREFIX,
      }, logger);
      if (config.APP_ROLE !== 'worker') await store.verify();
      logger.log({ msg: 'document storage', ...store.describe() });
      return store;
    },
  };
}
