import { SEED_TEMPLATES } from './templates';
import { validateTemplate } from './template-validation';

describe('validateTemplate', () => {
  it.each(SEED_TEMPLATES.map((t) => [t.key, t] as const))('accepts the seed template %s, also as JSON', (_key, template) => {
    expect(validateTemplate(template)).toEqual({ ok: true, template });
    expect(validateTemplate(JSON.parse(JSON.stringify(template)))).toMatchObject({ ok: true });
  });

  it('refuses what is not an object', () => {
    expect(validateTemplate('coop-2023')).toEqual({ ok: false, errors: [{ path: '', code: 'wrong_type', message: 'a template must be an object' }] });
  });

  it('lists every missing top-level field', () => {
    const result = validateTemplate({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['key missing_field', 'name missing_field', 'subject missing_field', 'weights missing_field', 'nodes missing_field']);
  });

  it('lists every error of a template with one of each, with its exact path and code', () => {
    const bad = {
      key: 'bad-template',
      name: '坏模板',
      subject: 'college',
      weights: { self: 0.5, group: 0.6 },
      minOptional: 3,
      bands: [
        { min: 60, verdict: '合格' },
        { min: 90, verdict: '优秀' },
      ],
      years: { actual: [2023], committed: [2024] },
      nodes: [
        {
          code: 'A',
          title: '组',
          level: 1,
          points: 10,
          rule: { type: 'manual' },
          children: [
            { code: 'A1', title: 5, level: 2, points: 3, rule: { type: 'manual' } },
            { code: 'A1', title: '重复', level: 2, points: 5, selection: 'optional', rule: { type: 'manual' } },
          ],
        },
        {
          code: 'B',
          level: 1,
          nature: 'fuzzy',
          children: [
            { code: 'B1', title: '层级', level: 3, points: 2, rule: { type: 'manual' } },
            { code: 'B2', title: '未知规则', level: 2, points: 2, rule: { type: 'lottery' } },
            {
              code: 'B3',
              title: '未声明',
              level: 2,
              points: 20,
              bonusCap: 5,
              inputs: [
                { name: 'p', label: 'p', type: 'ratioPart', partOf: 'w' },
                { name: 'w', label: 'w', type: 'integer' },
              ],
              rule: { type: 'ratioBands', part: 'p', whole: 'total', target: [60, 100], step: [5, 100], perStep: 1, bonusCap: 5 },
            },
            { code: 'B4', title: '类型不符', level: 2, points: 10, inputs: [{ name: 'n', label: 'n', type: 'boolean' }], rule: { type: 'deduction', input: 'n', perMiss: 1 } },
            { code: 'B5', title: '无规则', level: 2, points: 1 },
            { code: 'B6', title: '无分值', level: 2, rule: { type: 'manual' } },
            {
              code: 'B7',
              title: '加分',
              level: 2,
              points: 10,
              bonusCap: 2,
              inputs: [
                { name: 'm', label: 'm', type: 'integer' },
                { name: 't', label: 't', type: 'integer' },
              ],
              rule: { type: 'bands', input: 'm', bands: [{ atLeast: 1, points: 5 }], bonus: { input: 't', each: 1, cap: 5 } },
            },
            {
              code: 'B8',
              title: '输入',
              level: 2,
              points: 1,
              inputs: [
                { name: 'a', label: 'a', type: 'float' },
                { name: 'b', label: 'b', type: 'integer' },
                { name: 'b', label: 'b2', type: 'integer' },
                { name: 'c', label: 'c', type: 'ratioPart', partOf: 'zzz' },
              ],
              rule: { type: 'manual' },
            },
            { code: 'B9', title: '年份', level: 2, years: [2030], inputs: [{ name: 'v', label: 'v', type: 'integer' }], rule: { type: 'observation' } },
            {
              code: 'B10',
              title: '深',
              level: 2,
              children: [
                {
                  code: 'B10.1',
                  title: '三',
                  level: 3,
                  children: [{ code: 'B10.1.1', title: '四', level: 4, children: [{ code: 'B10.1.1.1', title: '五', level: 4, points: 1, rule: { type: 'manual' } }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const result = validateTemplate(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'weights', code: 'weights_sum' },
      { path: 'bands[1].min', code: 'bands_unordered' },
      { path: 'nodes[0].rule', code: 'rule_on_group' },
      { path: 'nodes[0].children[0].title', code: 'wrong_type' },
      { path: 'nodes[0].children[1].code', code: 'duplicate_code' },
      { path: 'nodes[0].points', code: 'points_mismatch' },
      { path: 'nodes[1].title', code: 'missing_field' },
      { path: 'nodes[1].nature', code: 'invalid_value' },
      { path: 'nodes[1].children[0].level', code: 'level_mismatch' },
      { path: 'nodes[1].children[1].rule.type', code: 'unknown_rule_type' },
      { path: 'nodes[1].children[2].rule.whole', code: 'undeclared_input' },
      { path: 'nodes[1].children[3].rule.input', code: 'input_type_mismatch' },
      { path: 'nodes[1].children[4].rule', code: 'missing_rule' },
      { path: 'nodes[1].children[5].points', code: 'missing_points' },
      { path: 'nodes[1].children[6].rule.bonus.cap', code: 'bonus_cap_mismatch' },
      { path: 'nodes[1].children[7].inputs[0].type', code: 'unknown_input_type' },
      { path: 'nodes[1].children[7].inputs[2].name', code: 'duplicate_input' },
      { path: 'nodes[1].children[7].inputs[3].partOf', code: 'unknown_part_of' },
      { path: 'nodes[1].children[8].years[0]', code: 'unknown_year' },
      { path: 'nodes[1].children[9].children[0].children[0].children[0]', code: 'too_deep' },
      { path: 'minOptional', code: 'min_optional_unreachable' },
    ]);
    const messages = Object.fromEntries(result.errors.map((e) => [e.code, e.message]));
    expect(messages.points_mismatch).toBe('children add up to 8, the node says 10');
    expect(messages.weights_sum).toBe('self + group must be 1, not 1.1');
    expect(messages.duplicate_code).toBe('code "A1" is already used at nodes[0].children[0]');
    expect(messages.undeclared_input).toBe('input "total" is not declared on the node');
    expect(messages.min_optional_unreachable).toBe('3 optional indicators required, the template has 1');
  });

  it('checks the points of every level, with half points exact', () => {
    const template = {
      key: 'halves',
      name: 'halves',
      subject: 'college',
      weights: { self: 0.3, group: 0.7 },
      nodes: [
        {
          code: 'A',
          title: 'A',
          level: 1,
          points: 1.5,
          children: [
            { code: 'A1', title: 'A1', level: 2, children: [{ code: 'A1a', title: 'A1a', level: 3, points: 0.5, rule: { type: 'manual' } }] },
            { code: 'A2', title: 'A2', level: 2, points: 1, rule: { type: 'manual' } },
          ],
        },
      ],
    };
    expect(validateTemplate(template).ok).toBe(true);
    template.nodes[0].points = 1.6;
    expect(validateTemplate(template)).toMatchObject({ ok: false, errors: [{ path: 'nodes[0].points', code: 'points_mismatch' }] });
  });

  it('checks each rule type\'s own fields', () => {
    const leaf = (rule: unknown, inputs: unknown[] = []) => ({
      key: 'one',
      name: 'one',
      subject: 'college',
      weights: { self: 0.4, group: 0.6 },
      nodes: [{ code: 'X', title: 'X', level: 1, points: 10, inputs, rule }],
    });
    const codes = (def: unknown) => {
      const r = validateTemplate(def);
      return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`);
    };
    expect(codes(leaf({ type: 'checklist', items: [], each: 1 }))).toEqual(['nodes[0].rule.items wrong_type']);
    expect(codes(leaf({ type: 'options', input: 'o', points: { a: 11 } }, [{ name: 'o', label: 'o', type: 'option', options: [{ value: 'a', label: 'a' }] }]))).toEqual([
      'nodes[0].rule.points.a invalid_value',
    ]);
    expect(codes(leaf({ type: 'ratioBands', part: 'p', whole: 'w', target: [60, 0], step: [0, 100], perStep: 1, bonusCap: 0 }, [
      { name: 'p', label: 'p', type: 'ratioPart', partOf: 'w' },
      { name: 'w', label: 'w', type: 'integer' },
    ]))).toEqual(['nodes[0].rule.target invalid_value', 'nodes[0].rule.step invalid_value']);
    expect(codes(leaf({ type: 'veto', input: 'hit' }, [{ name: 'hit', label: 'hit', type: 'boolean' }]))).toEqual(['nodes[0].points invalid_value']);
    expect(codes(leaf({ type: 'dualRatio', perPoint: 1 }))).toEqual(['nodes[0].rule.parts missing_field']);
  });
});
