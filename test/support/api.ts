import { createHmac } from 'node:crypto';
import { Client } from 'pg';

export const DEMO_PASSWORD = 'demo123456';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: the e2e global setup did not run');
  return url;
}

export async function api<T = any>(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; lang?: 'en' | 'zh' } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.lang) headers['accept-language'] = opts.lang;
  let body: string | undefined;
  if (opts.rawBody !== undefined) {
    body = opts.rawBody;
    headers['content-type'] ??= 'application/json';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(baseUrl() + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

const tokens = new Map<string, string>();

/** Logs in once per username for the whole file. */
export async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
  const cached = tokens.get(username);
  if (cached && password === DEMO_PASSWORD) return cached;
  const res = await api('POST', '/api/v1/auth/login', { body: { username, password } });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (password === DEMO_PASSWORD) tokens.set(username, res.body.accessToken);
  return res.body.accessToken;
}

export async function me(token: string): Promise<{ id: string; collegeId: string | null; roles: string[] }> {
  return (await api('GET', '/api/v1/auth/me', { token })).body;
}

/** An HS256 JWT signed by hand, for expired and forged tokens. */
export function signJwt(payload: Record<string, unknown>, secret = process.env.E2E_JWT_SECRET!): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = enc({ alg: 'HS256', typ: 'JWT' });
  const body = enc(payload);
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

export async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

let counter = 0;
/** A name no other test uses in this run. */
export function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A fresh, valid unified social credit code (computed independently of the app's own check). */
export function newCreditCode(): string {
  let body = '911407';
  while (body.length < 17) body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  body = body.slice(0, 2) + '140700' + body.slice(8);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i]) * WEIGHTS[i];
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}

export async function demoColleges(token: string): Promise<{ c1: string; c2: string }> {
  const res = await api('GET', '/api/v1/colleges?pageSize=100', { token });
  const byCode = Object.fromEntries(res.body.items.map((c: { code: string; id: string }) => [c.code, c.id]));
  return { c1: byCode.IM, c2: byCode.IE };
}
