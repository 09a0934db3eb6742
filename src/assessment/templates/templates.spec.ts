import { allNodes, leaves, nodeByCode } from '../template-lookup';
import type { TemplateDefinition, TemplateNode } from '../template.types';
import { CONSORTIUM_INDICATORS, CONSORTIUM_STANDARD, COOP_2023, SEED_TEMPLATES, SELF_CHECK_TABLE } from '.';

const perLevel = (t: TemplateDefinition) =>
  allNodes(t).reduce<Record<number, number>>((acc, n) => ({ ...acc, [n.level]: (acc[n.level] ?? 0) + 1 }), {});
const points = (nodes: TemplateNode[]) => nodes.reduce((sum, n) => sum + (n.points ?? 0), 0);

describe('seed templates', () => {
  it('are four, with unique keys and codes unique within each', () => {
    expect(SEED_TEMPLATES.map((t) => t.key)).toEqual(['coop-2023', 'self-check-table', 'consortium-standard', 'consortium-indicators']);
    for (const t of SEED_TEMPLATES) {
      const codes = allNodes(t).map((n) => n.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('coop-2023 is ASSESSMENT.md\'s table: A 20 (A1 3, A2 2, A3 10, A4 5), B 10 (B1 10), C 70 (C1–C7), 100 in all', () => {
    expect(perLevel(COOP_2023)).toEqual({ 1: 3, 2: 12 });
    expect(COOP_2023.weights).toEqual({ self: 0.4, group: 0.6 });
    const table = Object.fromEntries(allNodes(COOP_2023).map((n) => [n.code, [n.points, n.rule?.type ?? 'group', n.bonusCap ?? 0]]));
    expect(table).toEqual({
      A: [20, 'group', 0], A1: [3, 'options', 0], A2: [2, 'options', 0], A3: [10, 'deduction', 0], A4: [5, 'checklist', 0],
      B: [10, 'group', 0], B1: [10, 'coverage', 5],
      C: [70, 'group', 0], C1: [5, 'bands', 5], C2: [5, 'coverage', 0], C3: [10, 'perUnit', 0], C4: [10, 'perUnit', 0],
      C5: [20, 'ratioBands', 5], C6: [10, 'ratioBands', 3], C7: [10, 'dualRatio', 0],
    });
    expect(points(leaves(COOP_2023))).toBe(100);
    expect(['A3', 'B1', 'C3'].map((c) => nodeByCode(COOP_2023, c).source)).toEqual([
      'computed:monthly-punctuality',
      'computed:partners-per-major',
      'computed:order-class-majors',
    ]);
  });

  it('self-check-table: four mandatory groups 15 + 25 + 20 + 40 = 100, twenty optional 成效 indicators worth 110, minOptional 10', () => {
    expect(perLevel(SELF_CHECK_TABLE)).toEqual({ 1: 6, 2: 14, 3: 41 });
    const groups = SELF_CHECK_TABLE.nodes.filter((n) => n.selection === 'mandatory');
    expect(groups.map((g) => [g.title, g.points, points(leaves({ nodes: [g] }))])).toEqual([
      ['机制与制度建设', 15, 15],
      ['合作单位与平台拓展', 25, 25],
      ['实践教学基地建设', 20, 20],
      ['实习管理', 40, 40],
    ]);
    const optional = leaves(SELF_CHECK_TABLE).filter((n) => n.selection === 'optional');
    expect([optional.length, points(optional)]).toEqual([20, 110]);
    expect(optional.every((n) => n.category === 'outcome')).toBe(true);
    expect(SELF_CHECK_TABLE.minOptional).toBe(10);
    expect(nodeByCode(SELF_CHECK_TABLE, 'O1.1.8')).toMatchObject({ points: 10, unit: '亿元', nature: 'quantitative' });
    expect(nodeByCode(SELF_CHECK_TABLE, 'O2.3.1')).toMatchObject({ points: 10, nature: 'qualitative' });
  });

  it('self-check-table: every quantitative and mixed indicator takes the year\'s figure (当年数值); qualitative ones none; all manual', () => {
    for (const leaf of leaves(SELF_CHECK_TABLE)) {
      const figure = leaf.inputs?.find((i) => i.name === 'value');
      if (leaf.nature === 'qualitative') expect(leaf.inputs).toEqual([]);
      else expect(figure).toMatchObject({ label: '当年数值', unit: leaf.unit });
      expect(leaf.rule).toEqual({ type: 'manual' });
    }
    const natures = leaves(SELF_CHECK_TABLE).reduce<Record<string, number>>((acc, n) => ({ ...acc, [n.nature as string]: (acc[n.nature as string] ?? 0) + 1 }), {});
    expect(natures).toEqual({ qualitative: 11, quantitative: 28, mixed: 2 });
  });

  it('consortium-standard: 3 一级, 16 二级, 44 三级 (the seed\'s 序号 1–44), 116 观测点, 6 vetoes; nothing scored', () => {
    expect(perLevel(CONSORTIUM_STANDARD)).toEqual({ 1: 3, 2: 16, 3: 44, 4: 116 });
    expect(CONSORTIUM_STANDARD.nodes.map((n) => [n.title, n.category])).toEqual([
      ['基础性指标', 'basic'],
      ['实质性指标', 'substantive'],
      ['否定性指标', 'negative'],
    ]);
    const all = allNodes(CONSORTIUM_STANDARD);
    expect(all).toHaveLength(3 + 16 + 44 + 116);
    expect(all.every((n) => n.points === undefined)).toBe(true);
    expect(leaves(CONSORTIUM_STANDARD).filter((n) => n.rule?.type === 'veto').map((n) => n.code)).toEqual(['16.1', '16.2', '16.3', '16.4', '16.5', '16.6']);
    expect(leaves(CONSORTIUM_STANDARD).filter((n) => n.rule?.type === 'observation')).toHaveLength(116);
    const clusters = nodeByCode(CONSORTIUM_STANDARD, 'SUBSTANTIVE').children?.map((n) => `${n.code}:${n.cluster}`);
    expect(clusters).toEqual(['5:合作办学', '6:合作办学', '7:合作办学', '8:合作育人', '9:合作育人', '10:合作就业', '11:合作就业', '12:合作就业', '13:合作发展', '14:合作发展', '15:合作发展']);
    expect(nodeByCode(CONSORTIUM_STANDARD, '6.1').children).toHaveLength(8);
    expect(nodeByCode(CONSORTIUM_STANDARD, '8.5.3')).toMatchObject({ unit: '小时/周', nature: 'quantitative' });
    expect(nodeByCode(CONSORTIUM_STANDARD, '2.3.1').nature).toBe('mixed');
  });

  it('consortium-indicators: 基本指标 1–7 with 28 observation points, yearly figures 2023 actual and 2024–2026 committed', () => {
    expect(perLevel(CONSORTIUM_INDICATORS)).toEqual({ 1: 9, 2: 32, 3: 31, 4: 7 });
    expect(CONSORTIUM_INDICATORS.years).toEqual({ actual: [2023], committed: [2024, 2025, 2026] });
    const basic = CONSORTIUM_INDICATORS.nodes.filter((n) => n.category === 'basic');
    expect(basic.map((n) => `${n.code}.${n.title}:${n.children?.length}`)).toEqual(['1.基本情况:4', '2.运行机制:4', '3.共建共享:5', '4.人才培养:5', '5.服务发展:4', '6.特色创新:3', '7.其他:1']);
    const yearly = leaves(CONSORTIUM_INDICATORS).filter((n) => n.years);
    expect(yearly.filter((n) => n.years?.join() === '2023,2024,2025,2026')).toHaveLength(28);
    expect(nodeByCode(CONSORTIUM_INDICATORS, 'P1.1').years).toEqual([2024, 2025, 2026]);
    expect(nodeByCode(CONSORTIUM_INDICATORS, 'P2.1.6.1').inputs?.map((i) => i.name)).toEqual(['personTimes', 'classHours']);
    expect(leaves(CONSORTIUM_INDICATORS).every((n) => n.rule?.type === 'observation')).toBe(true);
  });
});
