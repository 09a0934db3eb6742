import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { EVENT_DATA, EVENT_TYPES, EVENTS, SELF_CHECK_FIGURES } from '../../workflows/agreement.catalog';
import type { DataFieldSpec, EventType } from '../../workflows/agreement.catalog';
import { FIGURE_TEXT_MAX } from '../../workflows/agreement.data';
import { describeWorkflow } from '../../workflows/agreement.describe';
import { EVENT_COMMENT_MAX } from './agreements.dto';

/**
 * The body of POST /agreements/:id/events in OpenAPI: one schema per event type, told apart by `type`, each with its
 * `data` members and their types — all read from the catalog's EVENT_DATA and SELF_CHECK_FIGURES, the same tables
 * the 400 check (workflows/agreement.data.ts) reads. Written as JSON Schema because the variants are data, not classes;
 * setupDocs adds EVENT_SCHEMAS to the document's components.
 */

const FIGURES = 'SelfCheckFigures';
const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/** `SUBMIT_SELF_CHECK` → `SubmitSelfCheckEvent`. */
export function eventSchemaName(type: EventType): string {
  return type.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase()) + 'Event';
}

function fieldSchema(spec: DataFieldSpec): SchemaObject | ReferenceObject {
  switch (spec.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'text':
      return { type: 'string', maxLength: spec.maxLength };
    case 'date':
      return { type: 'string', format: 'date', description: 'A Shanghai calendar date, YYYY-MM-DD' };
    case 'dateOrDateTime':
      return {
        anyOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }],
        description: 'A date (YYYY-MM-DD), or an ISO 8601 date-time; one without a zone is Shanghai time',
      };
    case 'oneOf':
      return { type: 'string', enum: [...spec.values] };
    case 'pattern':
      return { type: 'string', pattern: spec.pattern.source, example: spec.example };
    case 'figures':
      return ref(FIGURES);
    case 'userIds':
      return { type: 'array', items: { type: 'string', format: 'uuid' }, minItems: 1, maxItems: spec.max };
    case 'statePath':
      return { type: 'string', pattern: '^[a-zA-Z]+(\\.[a-zA-Z]+)*$', description: 'A state path, e.g. agreement.drafting (RETURN: one of allowedEvents[].targets)' };
  }
}

function figuresSchema(): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  for (const [name, f] of Object.entries(SELF_CHECK_FIGURES)) {
    const description = `${f.zh} ${f.en}`;
    properties[name] =
      f.type === 'amount' ? { type: 'number', minimum: 0, description }
        : f.type === 'count' ? { type: 'integer', minimum: 0, description }
          : { type: 'string', maxLength: FIGURE_TEXT_MAX, description };
  }
  return { type: 'object', additionalProperties: false, properties, description: '学期自查 figures: amounts in 万元, counts, and texts' };
}

/** Who sends each event, read from the machine's transitions. */
function senders(): Map<EventType, Set<string>> {
  const out = new Map<EventType, Set<string>>();
  for (const t of describeWorkflow().states.flatMap((s) => s.transitions)) {
    const roles = out.get(t.event) ?? new Set<string>();
    t.roles.forEach((r) => roles.add(r));
    out.set(t.event, roles);
  }
  return out;
}

function eventSchema(type: EventType, roles: Set<string> | undefined): SchemaObject {
  const fields = EVENT_DATA[type];
  const data: SchemaObject = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, fieldSchema(spec)])),
    description: Object.keys(fields).length ? `The event's data: ${Object.keys(fields).join(', ')}` : 'This event takes no data',
  };
  return {
    type: 'object',
    required: ['type'],
    additionalProperties: false,
    description: `${EVENTS[type].zh} ${EVENTS[type].en} — sent by ${[...(roles ?? [])].join(', ') || 'nobody'}`,
    properties: {
      type: { type: 'string', enum: [type] },
      comment: { type: 'string', maxLength: EVENT_COMMENT_MAX },
      data,
    },
  };
}

/** The named schemas the request body refers to: one per event type, and the self-check figures. */
export const EVENT_SCHEMAS: Record<string, SchemaObject> = (() => {
  const roles = senders();
  return {
    [FIGURES]: figuresSchema(),
    ...Object.fromEntries(EVENT_TYPES.map((t) => [eventSchemaName(t), eventSchema(t, roles.get(t))])),
  };
})();

/** The request body: exactly one event, discriminated by `type`. */
export const SEND_EVENT_BODY: SchemaObject = {
  oneOf: EVENT_TYPES.map((t) => ref(eventSchemaName(t))),
  discriminator: { propertyName: 'type', mapping: Object.fromEntries(EVENT_TYPES.map((t) => [t, ref(eventSchemaName(t)).$ref])) },
};
