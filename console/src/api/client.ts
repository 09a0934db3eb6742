import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../auth/session';

export type Schemas = components['schemas'];

/** One field error of a problem+json answer: `field` is the path the API names (`data.figures.funds`). */
export interface FieldProblem {
  field: string;
  code?: string;
  message?: string;
  detail?: string;
}

/** A problem+json answer from the API, thrown by `call`. `title` is Chinese (the console asks for zh-CN). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly errors: FieldProblem[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(title);
  }
  /** The message to show: the title, then each field's own message when the fields are not shown beside a form. */
  describe(): string {
    const detail = typeof this.body.detail === 'string' && this.body.detail !== this.title ? `：${this.body.detail}` : '';
    const fields = this.errors.map((e) => e.message ?? e.detail ?? e.field).join('；');
    return fields ? `${this.title}：${fields}` : `${this.title}${detail}`;
  }
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept-language', 'zh-CN');
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/api/v1/auth/login')) session.expire();
    return response;
  },
};

/** The typed client, generated from the OpenAPI document (`npm run console:api` refreshes schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Awaits a typed call: its data, or an ApiError made from the problem+json answer. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (err) {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (result.response.ok) return result.data as T;
  throw toApiError(result.response.status, result.error);
}

export function toApiError(status: number, body: unknown): ApiError {
  const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const title = typeof problem.title === 'string' ? problem.title : `请求失败（${status}）`;
  const code = typeof problem.code === 'string' ? problem.code : `http_${status}`;
  const errors = Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : [];
  return new ApiError(status, code, title, errors, problem);
}

/** For downloads and multipart uploads the typed client does not cover: the same headers and errors. */
export function authHeaders(): Record<string, string> {
  const token = session.token();
  return { 'accept-language': 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}
