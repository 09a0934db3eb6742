import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { EVENT_SCHEMAS } from '../agreements/event-schemas';

/**
 * The OpenAPI document: every operation with its roles (x-roles), its 2xx schema and its problem+json errors.
 * Schemas written as classes come from the decorators; those written as data (the event variants, read from the
 * workflow catalog) are added here.
 */
export function buildDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('校企合作项目全流程管理 API')
    .setDescription(
      'Backend for school–enterprise cooperation agreements at vocational colleges: colleges submit, the cooperation ' +
        'center reviews, leadership approves, deadlines are watched and every college is assessed from the same records. ' +
        'Errors are application/problem+json with a stable `code`; Chinese by default, English with `Accept-Language: en`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...EVENT_SCHEMAS } };
  return document;
}

/**
 * OpenAPI UI at /api/docs, JSON at /api/docs-json. The document is built when first asked for, not at start-up:
 * scanning every route and DTO is the largest single cost of creating the app, and /health has no use for it.
 */
export function setupDocs(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
