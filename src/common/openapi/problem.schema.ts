import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { ApiSchemaOptions } from '@nestjs/swagger';
import { ERROR_CATALOG } from '../errors/error-catalog';
import type { ErrorCode } from '../errors/error-catalog';

/**
 * An object schema that admits members beyond the declared ones. `@ApiSchema`'s options are spread into the
 * class's schema by @nestjs/swagger's SchemaObjectFactory, though its type names only `name` and `description`;
 * the OpenAPI spec (test/openapi-client.e2e-spec.ts) checks that the member lands in the document.
 */
function OpenSchema(name: string, description: string): ClassDecorator {
  const options: ApiSchemaOptions & { additionalProperties: true } = { name, description, additionalProperties: true };
  return ApiSchema(options);
}

/** One bad field of a 400 or one unmet requirement of a 422, as `errors[]` carries it. */
@OpenSchema('FieldError', 'One bad field (400) or one unmet requirement (422); field-level codes have their own vocabulary')
export class FieldErrorDto {
  @ApiPropertyOptional({ description: 'The field, dotted when nested: `title`, `data.figures.funds`, `If-Match`', example: 'data.signedAt' })
  field?: string;

  @ApiProperty({
    description: 'required, wrong_type, unknown_field, too_long, too_short, out_of_range, not_allowed_value, invalid_format, invalid_credit_code, ' +
      'not_found, other_college, partner_eliminated, missing_document, stale_document, missing_any_document, missing_content, missing_field, invalid_field, outside_window, …',
    example: 'missing_document',
  })
  code: string;

  @ApiPropertyOptional({ description: 'The code explained in the caller’s language (Accept-Language)' })
  message?: string;

  @ApiPropertyOptional({ description: 'The validator’s own words, in English' })
  detail?: string;

  @ApiPropertyOptional({ description: 'The document kind a missing_document or stale_document names', example: 'research_report' })
  kind?: string;

  @ApiPropertyOptional({ type: [String], description: 'The kinds of which any one would do (missing_any_document)' })
  kinds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The major a `majorIds` problem names' })
  majorId?: string;
}

/** application/problem+json as the problem filter writes it (src/common/errors/problem.filter.ts). */
@OpenSchema('Problem', 'application/problem+json: a stable `code`, the HTTP `status`, texts in the caller’s language; some codes add members (statePath, version, …)')
export class ProblemDto {
  @ApiProperty({ description: '`urn:coop:error:<code>`', example: 'urn:coop:error:not_found' })
  type: string;

  @ApiProperty({ description: 'The code’s message in the caller’s language' })
  title: string;

  @ApiProperty({ type: 'integer', description: 'The HTTP status, always', example: 404 })
  status: number;

  @ApiProperty({ enum: Object.keys(ERROR_CATALOG), description: 'Stable: clients branch on it' })
  code: ErrorCode;

  @ApiProperty({ description: 'What went wrong, in the caller’s language' })
  detail: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Each bad field (400) or unmet requirement (422)' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ description: 'An agreement’s current state path (409, 422 on agreements)', example: 'agreement.centerReview' })
  statePath?: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }],
    description: 'The machine’s state value (409 on events): a name, or an object for nested states',
  })
  state?: string | Record<string, unknown>;

  @ApiPropertyOptional({ description: 'The agreement’s stage (409 on events)' })
  stage?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'The record’s current version (409 on agreements and monthly reports)' })
  version?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'A partner’s current version (409 version_conflict on partners)' })
  currentVersion?: number;

  @ApiPropertyOptional({ description: 'A monthly report’s own status (409 on monthly reports; `status` is the HTTP status)' })
  reportStatus?: string;

  @ApiPropertyOptional({ type: 'integer', description: 'Seconds until the login lock ends (429 too_many_login_attempts)' })
  retryAfterSeconds?: number;
}
