// Writes TypeScript types for an OpenAPI document with openapi-typescript's Node API (openapiTS + astToString):
//   node test/support/openapi-types.mjs <document.json> <schema.ts>
// A script of its own because Jest's module runtime cannot load openapi-typescript's ESM-only dependencies.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const [source, target] = process.argv.slice(2);
const ast = await openapiTS(readFileSync(source, 'utf8'), {
  silent: true,
  // multipart file fields are Blobs in the client, as FormData takes them
  transform: (schema) => ('format' in schema && schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
});
writeFileSync(target, astToString(ast));
