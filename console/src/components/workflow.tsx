import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, call, type Schemas } from '../api/client';

export type WorkflowDescription = Schemas['WorkflowDescriptionDto'];

export interface WorkflowLabels {
  description: WorkflowDescription;
  state(path: string | null | undefined): string;
  event(type: string): string;
  document(kind: string): string;
  reason(reason: string | null | undefined): string;
}

const Ctx = createContext<WorkflowLabels | null>(null);

/**
 * The agreement machine as the API describes it (GET /api/v1/workflow): every label of a state, event, document
 * kind and termination reason comes from here, never retyped in the console.
 */
export function useWorkflow(): WorkflowLabels | null {
  return useContext(Ctx);
}

export function WorkflowProvider({ children }: { children: ReactNode }) {
  const [labels, setLabels] = useState<WorkflowLabels | null>(null);
  useEffect(() => {
    call(api.GET('/api/v1/workflow'))
      .then((d) => setLabels(makeLabels(d)))
      .catch(() => setLabels(null));
  }, []);
  return <Ctx.Provider value={labels}>{children}</Ctx.Provider>;
}

export function makeLabels(description: WorkflowDescription): WorkflowLabels {
  const states = new Map(description.states.map((s) => [s.path, s.label.zh]));
  const events = new Map<string, string>(description.events.map((e) => [e.type, e.label.zh]));
  const documents = new Map<string, string>(description.documentKinds.map((d) => [d.kind, d.label.zh]));
  const reasons = new Map<string, string>(description.terminationReasons.map((r) => [r.reason, r.label.zh]));
  return {
    description,
    state: (path) => (path ? states.get(path) ?? path : '—'),
    event: (type) => events.get(type) ?? type,
    document: (kind) => documents.get(kind) ?? kind,
    reason: (reason) => (reason ? reasons.get(reason) ?? reason : '—'),
  };
}
