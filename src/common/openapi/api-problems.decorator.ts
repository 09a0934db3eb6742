import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ERROR_CATALOG } from '../errors/error-catalog';
import type { ErrorCode } from '../errors/error-catalog';
import { FieldErrorDto, ProblemDto } from './problem.schema';

/** The statuses a route declares as problems (401 and 403 come with `@Access`). */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 428 | 429 | 503;

/** The catalog's codes answered with status `S`. */
export type CodeWithStatus<S extends number> = { [C in ErrorCode]: (typeof ERROR_CATALOG)[C]['status'] extends S ? C : never }[ErrorCode];

/** A status, or statuses each narrowed to the codes this route can answer with: `{ 409: ['version_conflict'] }`. */
export type ProblemDeclaration = ProblemStatus | { [S in ProblemStatus]?: CodeWithStatus<S>[] };

/** Codes a status stands for by default: every catalog code with it, less the router's own (no such route or method). */
function defaultCodes(status: ProblemStatus): ErrorCode[] {
  return (Object.keys(ERROR_CATALOG) as ErrorCode[]).filter(
    (c) => ERROR_CATALOG[c].status === status && c !== 'route_not_found' && c !== 'invalid_credentials' && c !== 'too_many_login_attempts',
  );
}

/** One problem+json response: the Problem schema, and a description naming each code with its English message. */
export function problemResponse(status: ProblemStatus, codes: readonly ErrorCode[] = defaultCodes(status), note?: string) {
  const listed = codes.map((c) => `\`${c}\`: ${ERROR_CATALOG[c].en}`).join('; ');
  return applyDecorators(
    ApiExtraModels(ProblemDto, FieldErrorDto),
    ApiResponse({
      status,
      description: note ? `${note}. ${listed}` : listed,
      content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
    }),
  );
}

/**
 * The errors a route can answer with, each as application/problem+json with the Problem schema:
 * `@ApiProblems(400, 404, { 409: ['version_conflict', 'event_not_allowed'] }, 422)`.
 */
export function ApiProblems(...declarations: ProblemDeclaration[]) {
  const decorators = declarations.flatMap((d) =>
    typeof d === 'number'
      ? [problemResponse(d)]
      : (Object.entries(d) as Array<[string, ErrorCode[]]>).map(([status, codes]) => problemResponse(Number(status) as ProblemStatus, codes)),
  );
  return applyDecorators(...decorators);
}
