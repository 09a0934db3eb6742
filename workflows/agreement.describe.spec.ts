import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnyStateNode } from 'xstate';
import { describeWorkflow, documentUploaders, mermaidDiagram, reviewerRoles } from './agreement.describe';
import { agreementMachine } from './agreement.machine';

function nodes(node: AnyStateNode = agreementMachine.root): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...nodes(child)]);
}

describe('workflow description', () => {
  it('lists every state node with both labels and every transition', () => {
    const wf = describeWorkflow();
    expect(wf.states.map((s) => s.path)).toEqual(nodes().map((n) => n.path.join('.')));
    expect(wf.states.every((s) => s.label?.zh && s.label?.en)).toBe(true);
    const transitions = nodes().flatMap((n) => [...n.transitions.values()].flat()).length;
    expect(wf.states.flatMap((s) => s.transitions)).toHaveLength(transitions);
  });

  it('derives who may upload each kind from the rules', () => {
    const uploaders = documentUploaders();
    expect(uploaders.demonstration_opinion).toEqual(['center_staff', 'expert']);
    expect(uploaders.legal_opinion).toEqual(['legal']);
    expect(uploaders.research_report).toEqual(['college_staff', 'college_leader']);
    expect(uploaders.supervision_notice).toEqual(['college_leader']);
    expect(uploaders.settlement_record).toEqual(['department']);
    expect(uploaders.archive_photo).toEqual(['center_staff']);
  });

  it('names who an agreement waits on at each review step, and nobody where the college acts next', () => {
    const waiting = Object.fromEntries(describeWorkflow().states.map((s) => [s.path, reviewerRoles(s.path)]).filter(([, r]) => r.length));
    expect(waiting).toEqual({
      'feasibility.demonstration': ['center_staff', 'expert'],
      'feasibility.centerReview': ['center_staff'],
      'agreement.centerReview': ['center_staff'],
      'agreement.legalReview': ['legal'],
      'agreement.presidentMeeting': ['school_leader'],
      'agreement.partyCommittee': ['school_leader'],
      'filing.awaitingRegistration': ['center_staff'],
      review: ['center_staff'],
      'terminating.awaitingApproval': ['center_director', 'school_leader'],
      'terminating.settlement': ['center_staff'],
      archiving: ['center_staff'],
    });
  });

  it('draws one Mermaid edge per distinct transition, and README.md embeds the current diagram', () => {
    const diagram = mermaidDiagram();
    expect(diagram).toContain('agreement_legalReview --> agreement_presidentMeeting: APPROVE');
    expect(diagram).toContain('terminated --> [*]');
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain('```mermaid\n' + diagram + '```');
  });
});
