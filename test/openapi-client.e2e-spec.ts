import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { EVENT_DATA, EVENT_TYPES } from '../workflows/agreement.catalog';
import { api, baseUrl, login } from './support/api';
import { ROOT } from './support/server';

/** The parts of an OpenAPI 3.0 document these checks read. */
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}
interface Operation {
  parameters?: Array<{ name: string; in: string; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: Schema }> }>;
  'x-roles'?: string[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const USAGE = join(__dirname, 'typed-client', 'walkthrough.ts');
const GENERATE = join(__dirname, 'support', 'openapi-types.mjs');
const PAGE_META = '#/components/schemas/PageMeta';
const PROBLEM = '#/components/schemas/Problem';
const run = promisify(execFile);

let doc: Document;
let text: string;
beforeAll(async () => {
  const res = await fetch(`${baseUrl()}/api/docs-json`);
  expect(res.status).toBe(200);
  text = await res.text();
  doc = JSON.parse(text);
});

function operations(): Array<{ route: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })));
}

function resolve(s: Schema): Schema {
  return s.$ref ? doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] : s;
}

/** The members a schema declares, through $ref and allOf. */
function members(s: Schema): string[] {
  const r = resolve(s);
  return [...Object.keys(r.properties ?? {}), ...(r.allOf ?? []).flatMap(members)];
}

/** A schema that says something: a reference, a composition, a scalar, an array of something, an object with members. */
function typed(s: Schema | undefined): boolean {
  if (!s) return false;
  if (s.$ref || s.allOf?.length || s.oneOf?.length || s.anyOf?.length) return true;
  if (s.type === 'array') return typed(s.items);
  if (s.type === 'object') return Object.keys(s.properties ?? {}).length > 0 || typeof s.additionalProperties === 'object';
  return s.type !== undefined;
}

describe('OpenAPI document', () => {
  it('gives every operation one 2xx with a schema (204 has no body) and every error the Problem schema', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(66);
    const untyped: string[] = [];
    const untypedErrors: string[] = [];
    for (const { route, op } of ops) {
      const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
      if (success.length !== 1) untyped.push(`${route}: ${success.length} 2xx`);
      const [status] = success;
      const content = op.responses[status]?.content;
      if (status === '204') {
        if (content) untyped.push(`${route}: 204 with a body`);
      } else if (!content || !Object.keys(content).length || !Object.values(content).every((c) => typed(c.schema))) {
        untyped.push(`${route}: ${status} without a schema`);
      }
      for (const [code, response] of Object.entries(op.responses).filter(([code]) => code.startsWith('4'))) {
        if (response.content?.['application/problem+json']?.schema?.$ref !== PROBLEM || Object.keys(response.content).length !== 1) untypedErrors.push(`${route} ${code}`);
      }
    }
    expect(untyped).toEqual([]);
    expect(untypedErrors).toEqual([]);
  });

  it('declares 404 wherever a path names a record, 401/403 wherever a caller must sign in, and 400 wherever a body is validated', () => {
    const ops = operations();
    const withPathParams = ops.filter(({ op }) => op.parameters?.some((p) => p.in === 'path'));
    const signedIn = ops.filter(({ op }) => !op['x-roles']?.includes('public'));
    const withJsonBody = ops.filter(({ op }) => op.requestBody?.content['application/json']);
    expect(withPathParams.length).toBeGreaterThanOrEqual(30);
    expect(signedIn.length).toBe(ops.length - 3); // login, /health, /health/ready
    expect(withJsonBody.length).toBeGreaterThanOrEqual(20);
    expect(withPathParams.filter(({ op }) => !op.responses['404']).map((o) => o.route)).toEqual([]);
    expect(signedIn.filter(({ op }) => !op.responses['401'] || !op.responses['403']).map((o) => o.route)).toEqual([]);
    expect(withJsonBody.filter(({ op }) => !op.responses['400']).map((o) => o.route)).toEqual([]);
    const events = doc.paths['/api/v1/agreements/{id}/events'].post.responses;
    expect(Object.keys(events).sort()).toEqual(['200', '400', '401', '403', '404', '409', '422']);
    expect(events['409'].description).toContain('`event_not_allowed`');
    expect(events['422'].description).toContain('`requirements_not_met`');
    const upload = doc.paths['/api/v1/agreements/{id}/documents'].post.responses;
    expect(Object.keys(upload).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413', '415', '503']);
    expect(Object.keys(doc.paths['/api/v1/auth/login'].post.responses).sort()).toEqual(['200', '400', '401', '403', '429']);
  });

  it('shows page and pageSize on every list route, and only there', () => {
    const ops = operations();
    const json = (op: Operation) => op.responses['200']?.content?.['application/json']?.schema;
    const lists = ops.filter(({ op }) => {
      const schema = json(op);
      return schema !== undefined && members(schema).includes('items') && members(schema).includes('total');
    });
    const paging = ops.filter(({ op }) => op.parameters?.some((p) => p.in === 'query' && p.name === 'page'));
    expect(lists.map((o) => o.route)).toEqual(expect.arrayContaining([
      'GET /api/v1/agreements', 'GET /api/v1/partners', 'GET /api/v1/colleges', 'GET /api/v1/majors', 'GET /api/v1/users',
      'GET /api/v1/monthly-reports', 'GET /api/v1/notifications', 'GET /api/v1/self-check-obligations', 'GET /api/v1/admin/deliveries',
    ]));
    expect(paging.map((o) => o.route).sort()).toEqual(lists.map((o) => o.route).sort());
    const pageParams = lists.map(({ route, op }) => [route, op.parameters?.filter((p) => p.name === 'page' || p.name === 'pageSize').map((p) => `${p.name}:${p.in}:${p.schema?.type}`)]);
    expect(pageParams).toEqual(lists.map(({ route }) => [route, ['page:query:integer', 'pageSize:query:integer']]));
    const agreements = json(doc.paths['/api/v1/agreements'].get);
    expect(agreements?.allOf?.[0]).toEqual({ $ref: PAGE_META });
    expect(agreements?.allOf?.[1]?.properties?.items).toEqual({ type: 'array', items: { $ref: '#/components/schemas/AgreementSummaryDto' } });
  });

  it('describes problem+json once: the members the filter writes, errors[], and room for extras', () => {
    const problem = doc.components.schemas.Problem;
    expect(problem.required).toEqual(['type', 'title', 'status', 'code', 'detail']);
    expect(problem.additionalProperties).toBe(true);
    expect(problem.properties?.errors).toEqual({ description: expect.any(String), type: 'array', items: { $ref: '#/components/schemas/FieldError' } });
    expect(problem.properties?.code.enum).toEqual(expect.arrayContaining(['validation_failed', 'not_found', 'version_conflict', 'event_not_allowed', 'requirements_not_met']));
    expect(Object.keys(problem.properties ?? {})).toEqual(expect.arrayContaining(['statePath', 'state', 'version', 'reportStatus']));
    expect(doc.components.schemas.FieldError.required).toEqual(['code']);
  });

  it('types each event’s data from the catalog: one variant per event, discriminated by type', () => {
    const body = doc.paths['/api/v1/agreements/{id}/events'].post.requestBody?.content['application/json'].schema;
    expect(body?.oneOf?.length).toBe(EVENT_TYPES.length);
    expect(body?.discriminator?.propertyName).toBe('type');
    expect(Object.keys(body?.discriminator?.mapping ?? {})).toEqual(EVENT_TYPES);
    const variants = EVENT_TYPES.map((type) => [type, resolve({ $ref: body?.discriminator?.mapping?.[type] })] as const);
    expect(variants.map(([type, v]) => [type, v.properties?.type.enum, Object.keys(v.properties?.data.properties ?? {})])).toEqual(
      EVENT_TYPES.map((type) => [type, [type], Object.keys(EVENT_DATA[type])]),
    );
    const data = (name: string) => doc.components.schemas[name].properties?.data.properties ?? {};
    expect(data('RecordDemonstrationEvent')).toEqual({ passed: { type: 'boolean' } });
    expect(data('RecordSigningEvent').signedAt.anyOf).toEqual([{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }]);
    expect(data('ApproveEvent').meetingDate).toMatchObject({ type: 'string', format: 'date' });
    expect(data('RequestTerminationEvent')).toEqual({ reason: { type: 'string', enum: ['early', 'non_performance'] } });
    expect(data('SubmitSelfCheckEvent')).toEqual({
      semester: { type: 'string', pattern: '^\\d{4}-\\d{4}-[12]$', example: '2026-2027-1' },
      figures: { $ref: '#/components/schemas/SelfCheckFigures' },
    });
    const figures = doc.components.schemas.SelfCheckFigures;
    expect(figures.additionalProperties).toBe(false);
    expect(Object.fromEntries(Object.entries(figures.properties ?? {}).map(([k, v]) => [k, [v.type, v.minimum]]))).toEqual({
      funds: ['number', 0], equipment: ['number', 0], studentsTrained: ['integer', 0],
      majorBuilding: ['string', undefined], trainingConditions: ['string', undefined], teacherDevelopment: ['string', undefined], technicalServices: ['string', undefined],
    });
    expect(doc.components.schemas.SubmitEvent.properties?.data).toMatchObject({ type: 'object', additionalProperties: false, properties: {} });
  });
});

describe('a client generated from /api/docs-json', () => {
  let dir: string;
  beforeAll(async () => {
    // inside the project, so the generated client resolves openapi-fetch and @types/node from its node_modules
    dir = mkdtempSync(join(ROOT, 'dist', 'typed-client-'));
    writeFileSync(join(dir, 'openapi.json'), text);
    await run(process.execPath, [GENERATE, join(dir, 'openapi.json'), join(dir, 'schema.ts')], { timeout: 60_000 });
    expect(readFileSync(join(dir, 'schema.ts'), 'utf8')).toContain('export interface paths');
    writeFileSync(join(dir, 'walkthrough.ts'), readFileSync(USAGE, 'utf8'));
  }, 90_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('type-checks the walkthrough under strict options with no diagnostics, and the walkthrough holds no cast', () => {
    const program = ts.createProgram([join(dir, 'walkthrough.ts')], {
      strict: true, noEmit: true, noUnusedLocals: true, noUnusedParameters: true, noImplicitReturns: true, noFallthroughCasesInSwitch: true,
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts'], types: ['node'], esModuleInterop: true, skipLibCheck: true,
    });
    const files = program.getSourceFiles().map((f) => f.fileName).filter((f) => f.startsWith(dir));
    expect(files.sort()).toEqual([join(dir, 'schema.ts'), join(dir, 'walkthrough.ts')]);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);

    const source = program.getSourceFile(join(dir, 'walkthrough.ts'));
    const escapes: string[] = [];
    let calls = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node) || node.kind === ts.SyntaxKind.AnyKeyword) {
        escapes.push(node.getText(source));
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['GET', 'POST', 'PATCH'].includes(node.expression.name.text)) calls++;
      ts.forEachChild(node, visit);
    };
    visit(source!);
    expect(escapes).toEqual([]);
    expect(source!.getFullText()).not.toMatch(/@ts-(ignore|expect-error|nocheck)/);
    expect(calls).toBe(10); // login, me, partners, majors, create, content, upload, read, event, history
  });

  it('runs the walkthrough: created at 调研, filed at 备案, self-checks owed', async () => {
    const js = ts.transpileModule(readFileSync(join(dir, 'walkthrough.ts'), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    writeFileSync(join(dir, 'walkthrough.js'), js);
    const script = `require('./walkthrough.js').walkthrough(process.argv[1]).then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e.stack); process.exit(1); })`;
    const { stdout } = await run(process.execPath, ['-e', script, baseUrl()], { cwd: dir, timeout: 90_000 });
    const result = JSON.parse(stdout);
    expect(result).toEqual({
      agreementId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      statePath: 'selfCheck',
      filingNumber: expect.stringMatching(/^BA-\d{4}-\d{5}$/),
      events: ['SUBMIT', 'SUBMIT', 'APPROVE', 'SUBMIT', 'APPROVE', 'APPROVE', 'APPROVE', 'APPROVE', 'RECORD_SIGNING', 'SUBMIT', 'REGISTER_FILING'],
      documents: 8,
    });
    const stored = await api('GET', `/api/v1/agreements/${result.agreementId}`, { token: await login('center') });
    expect(stored.body).toMatchObject({ statePath: 'selfCheck', stage: 'selfCheck', filingNumber: result.filingNumber, signedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  }, 120_000);
});

describe('the console’s typed client', () => {
  it('is generated from this very document: console/src/api/schema.d.ts is current (npm run console:api refreshes it)', async () => {
    const dir = mkdtempSync(join(ROOT, 'dist', 'console-schema-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), text);
      await run(process.execPath, [GENERATE, join(dir, 'openapi.json'), join(dir, 'schema.d.ts')], { timeout: 60_000 });
      const fresh = readFileSync(join(dir, 'schema.d.ts'), 'utf8');
      expect(fresh).toContain('"/api/v1/agreements/{id}/events"');
      expect(readFileSync(join(ROOT, 'console', 'src', 'api', 'schema.d.ts'), 'utf8') === fresh).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
