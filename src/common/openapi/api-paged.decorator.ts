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

/** What a keyset-paged list answers besides PageMeta (src/common/pagination.ts `KeysetPage`). */
@ApiSchema({ name: 'KeysetMeta', description: 'Keyset paging and how `total` was counted' })
export class KeysetMetaDto {
  @ApiProperty({
    type: 'string', nullable: true,
    description: 'Opaque; send it back as `cursor` (with the same `sort` and filters) for the next page. null on the last page',
  })
  nextCursor: string | null;

  @ApiProperty({
    type: 'boolean',
    description: 'true when `total` is the planner’s estimate (more than 10,000 records match; 1,000 with a search `q`), false when it was counted exactly',
  })
  totalEstimated: boolean;
}

/** A list route's 200: `{items: Item[], total, page, pageSize}`, with `{nextCursor, totalEstimated}` when `keyset`. */
export function ApiPaged(item: Type<unknown>, description?: string, options: { keyset?: boolean } = {}) {
  return applyDecorators(
    ApiExtraModels(PageMetaDto, item, KeysetMetaDto),
    ApiOkResponse({
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageMetaDto) },
          { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } } },
          ...(options.keyset ? [{ $ref: getSchemaPath(KeysetMetaDto) }] : []),
        ],
      },
    }),
  );
}
