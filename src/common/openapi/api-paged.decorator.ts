import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';

/** What every list answers besides its items (src/common/pagination.ts). */
@ApiSchema({ name: 'PageMeta', description: 'The page of a list: `total` matching records, `page` from 1, `pageSize` at most 100' })
export class PageMetaDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Records matching the filters, on every page' })
  total: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  page: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
  pageSize: number;
}

/** A list route's 200: `{items: Item[], total, page, pageSize}`. */
export function ApiPaged(item: Type<unknown>, description?: string) {
  return applyDecorators(
    ApiExtraModels(PageMetaDto, item),
    ApiOkResponse({
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageMetaDto) },
          { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } } },
        ],
      },
    }),
  );
}
