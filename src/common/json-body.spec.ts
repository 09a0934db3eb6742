import { inspectJson, MAX_JSON_DEPTH } from './json-body';

const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('inspectJson', () => {
  it('accepts ordinary bodies and primitives', () => {
    expect(inspectJson({ name: 'x', tags: ['a', 'b'], content: { purpose: '培养' } })).toBeUndefined();
    expect(inspectJson(undefined)).toBeUndefined();
    expect(inspectJson('[[[[')).toBeUndefined();
  });

  it(`allows ${MAX_JSON_DEPTH} levels and refuses one more, however deep, without recursion`, () => {
    expect(inspectJson(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(inspectJson(nested(MAX_JSON_DEPTH + 1))).toEqual({ kind: 'too_deep' });
    expect(inspectJson(nested(200_000))).toEqual({ kind: 'too_deep' });
    expect(inspectJson(JSON.parse('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)))).toEqual({ kind: 'too_deep' });
  });

  it('names every prototype key by its path, in document order', () => {
    const body = JSON.parse('{"__proto__":{"a":1},"content":{"x":1,"constructor":2},"data":{"list":[1,{"prototype":{}}]}}');
    expect(inspectJson(body)).toEqual({
      kind: 'prototype_keys',
      keys: [
        { path: '__proto__', key: '__proto__' },
        { path: 'content.constructor', key: 'constructor' },
        { path: 'data.list.1.prototype', key: 'prototype' },
      ],
    });
  });

  it('lets values that spell the words alone, and keys that merely contain them', () => {
    expect(inspectJson({ note: '__proto__', proto: 1, constructorName: 'x', list: ['constructor'] })).toBeUndefined();
  });
});
