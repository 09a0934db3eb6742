import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { UploadsModule } from '../core/uploads.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** 材料: typed, versioned documents of an agreement. */
@Module({
  imports: [AgreementsModule, UploadsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
