import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI UI at /api/docs, JSON at /api/docs-json. Each operation lists its allowed roles (x-roles). */
export function setupDocs(app: INestApplication): void {
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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
