import { Link } from 'react-router';
import { Descriptions, Divider, Drawer, Empty, List, Tag, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { EvidenceFiles } from './EvidenceFiles';
import { FillForm } from './FillForm';
import { ScoreForm } from './ScoreForm';
import { CATEGORY_LABELS, maxOf, NATURE_LABELS, ruleLabel, type Item, type Node } from './sheetTree';
import { score } from './shared';

export interface ItemContext {
  sheet: Schemas['SheetDto'];
  docs: Schemas['EvidenceDocumentDto'][];
  canFill: boolean;
  canScore: boolean;
  meId: string;
  onItem(result: Schemas['ItemResultDto']): void;
  onDocs(): void;
}

/** What each evidence entry names (the server's `kind`), and where its record lives in the console. */
const EVIDENCE_KINDS: Record<string, { label: string; color: string; link?: (id: string) => string }> = {
  month: { label: '月报', color: 'blue' },
  agreement: { label: '合作项目', color: 'purple', link: (id) => `/agreements/${id}` },
  partner: { label: '合作企业', color: 'cyan', link: (id) => `/partners/${id}` },
  major: { label: '专业', color: 'geekblue' },
  selfCheck: { label: '自查', color: 'orange' },
  ledgerChange: { label: '台账变更', color: 'gold' },
  rule: { label: '计算', color: 'default' },
};

/** One indicator: what the template says, the computed proposal and its evidence, the college's inputs, files, scores. */
export function ItemDrawer({ item, node, ctx, onClose }: { item: Item | null; node: Node | undefined; ctx: ItemContext; onClose(): void }) {
  return (
    <Drawer open={!!item} onClose={onClose} size={720} title={item ? `${item.code} ${item.title}` : ''} destroyOnHidden>
      {item && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="分值">{item.points ?? '不计分'}{item.bonusCap ? `（最多加 ${item.bonusCap} 分）` : ''}</Descriptions.Item>
            <Descriptions.Item label="计分规则">{ruleLabel(node)}</Descriptions.Item>
            <Descriptions.Item label="性质">{NATURE_LABELS[item.nature ?? ''] ?? '—'}{node?.category ? ` · ${CATEGORY_LABELS[node.category] ?? node.category}` : ''}</Descriptions.Item>
            <Descriptions.Item label="类别">{item.selection === 'optional' ? '自选' : '必选'}{item.selection === 'optional' ? (item.selected ? ' √ 已选' : ' 未选') : ''}</Descriptions.Item>
            {node?.description && <Descriptions.Item label="评分标准" span={2}>{node.description}</Descriptions.Item>}
          </Descriptions>
          <Divider titlePlacement="start">系统测算</Divider>
          {item.proposal ? (
            <>
              <Typography.Paragraph>
                建议得分：<Typography.Text strong data-testid="proposal-score">{score(item.proposal.score)}</Typography.Text>
                {item.leaf && <> · 自评得分：<Typography.Text strong>{score(item.selfScore)}</Typography.Text></>}
              </Typography.Paragraph>
              <List
                size="small"
                bordered
                header="测算依据"
                dataSource={item.proposal.evidence}
                renderItem={(e) => (
                  <List.Item>
                    <span>
                      <Tag color={EVIDENCE_KINDS[e.kind]?.color ?? 'default'}>{EVIDENCE_KINDS[e.kind]?.label ?? e.kind}</Tag>
                      {e.id && EVIDENCE_KINDS[e.kind]?.link ? <Link to={EVIDENCE_KINDS[e.kind].link!(e.id)}>{e.label}</Link> : e.label}
                    </span>
                  </List.Item>
                )}
              />
            </>
          ) : (
            <Typography.Text type="secondary">本指标由院系填报或考核组评议，无系统测算。</Typography.Text>
          )}
          <Divider titlePlacement="start">填报</Divider>
          <FillForm item={item} node={node} ctx={ctx} />
          <Divider titlePlacement="start">佐证材料</Divider>
          <EvidenceFiles code={item.code} ctx={ctx} />
          {item.leaf && item.points !== null && (
            <>
              <Divider titlePlacement="start">考核组评分</Divider>
              {item.scores.length ? (
                <List
                  size="small"
                  dataSource={item.scores}
                  renderItem={(s) => (
                    <List.Item>
                      {s.assessorName ?? s.assessorId}：<Typography.Text strong>{s.score}</Typography.Text> 分{s.note ? `（${s.note}）` : ''}
                    </List.Item>
                  )}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无评分" />
              )}
              {ctx.canScore && <ScoreForm item={item} max={maxOf(item)} ctx={ctx} />}
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
