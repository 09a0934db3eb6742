import type { NextFunction, Request, Response } from 'express';
import { DomainError, FieldError } from './errors/domain-error';

/** How deep a JSON body may nest; the body itself is level 1. No legitimate request comes near it. */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys naming the prototype machinery. JSON.parse makes `"__proto__"` an ordinary own property, which
 * class-transformer then drops without a word, and a later merge of such an object would set a prototype.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonBodyProblem = { kind: 'too_deep' } | { kind: 'prototype_keys'; keys: Array<{ path: string; key: string }> };

interface Node {
  value: object;
  depth: number;
  parent?: Node;
  key?: string;
}

/**
 * Looks at a parsed JSON body without recursion (a recursive walk is what a deep body overflows): deeper than
 * `maxDepth` levels, or holding a prototype key anywhere, named by its path as the validation errors name fields
 * (`content.__proto__`, `data.list.1.constructor`).
 */
export function inspectJson(body: unknown, maxDepth = MAX_JSON_DEPTH): JsonBodyProblem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const keys: Array<{ path: string; key: string }> = [];
  const stack: Node[] = [{ value: body, depth: 1 }];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.depth > maxDepth) return { kind: 'too_deep' };
    const children: Node[] = [];
    if (Array.isArray(node.value)) {
      node.value.forEach((v, i) => {
        if (typeof v === 'object' && v !== null) children.push({ value: v, depth: node.depth + 1, parent: node, key: String(i) });
      });
    } else {
      for (const [key, v] of Object.entries(node.value)) {
        if (PROTOTYPE_KEYS.has(key)) keys.push({ path: pathOf(node, key), key });
        if (typeof v === 'object' && v !== null) children.push({ value: v, depth: node.depth + 1, parent: node, key });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]); // depth first, in document order
  }
  return keys.length ? { kind: 'prototype_keys', keys } : undefined;
}

function pathOf(node: Node, key: string): string {
  const parts = [key];
  for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) parts.unshift(n.key);
  return parts.join('.');
}

/**
 * Runs right after the JSON body parser, before routing and validation: a body nested too deep is 400
 * malformed_json (validating it would overflow the stack), a prototype key is 400 validation_failed naming it as an
 * unknown field, like any other field the API does not accept.
 */
export function jsonBodyGuard(req: Request, _res: Response, next: NextFunction): void {
  const problem = inspectJson(req.body);
  if (!problem) return next();
  if (problem.kind === 'too_deep') {
    return next(
      new DomainError('malformed_json', {
        detail: { zh: `JSON 请求体嵌套超过 ${MAX_JSON_DEPTH} 层`, en: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep` },
      }),
    );
  }
  const errors: FieldError[] = problem.keys.map(({ path, key }) => ({ field: path, code: 'unknown_field', detail: `property ${key} should not exist` }));
  next(new DomainError('validation_failed', { errors }));
}
