/**
 * What each reporting stage asks for (NIS2 Art. 23(4)), as the form draws it: the server
 * checks the same rules and names the field (`report.<name>`) when one is missing.
 */
import type { IncidentStage } from '@/gql/graphql';

export type StageTextField =
  | 'summary'
  | 'impact'
  | 'indicatorsOfCompromise'
  | 'statusUpdate'
  | 'mitigation'
  | 'description'
  | 'rootCause';

export interface StageShape {
  texts: readonly StageTextField[];
  /** Optional texts among `texts`. */
  optional: readonly StageTextField[];
  severity: boolean;
  suspicion: boolean;
}

export const STAGE_SHAPES: Readonly<Record<IncidentStage, StageShape>> = {
  EARLY_WARNING: { texts: ['summary'], optional: [], severity: false, suspicion: true },
  NOTIFICATION: {
    texts: ['impact', 'indicatorsOfCompromise'],
    optional: ['indicatorsOfCompromise'],
    severity: true,
    suspicion: true,
  },
  INTERMEDIATE: { texts: ['statusUpdate'], optional: [], severity: false, suspicion: false },
  PROGRESS: { texts: ['statusUpdate', 'mitigation'], optional: [], severity: false, suspicion: false },
  FINAL: { texts: ['description', 'rootCause', 'mitigation'], optional: [], severity: true, suspicion: false },
};

export const STAGES: readonly IncidentStage[] = ['EARLY_WARNING', 'NOTIFICATION', 'INTERMEDIATE', 'PROGRESS', 'FINAL'];

export interface ClockLike {
  stage: IncidentStage;
  state: string;
}

/**
 * The stages the clinic may submit next, from the clocks: those running or overdue (not met,
 * started). The server still decides (order, handling, referral).
 */
export function submittableStages(clocks: readonly ClockLike[]): IncidentStage[] {
  const open = new Set(clocks.filter((c) => c.state === 'DUE' || c.state === 'OVERDUE').map((c) => c.stage));
  return STAGES.filter((s) => open.has(s));
}

/** The report input for a stage from the form's values: only that stage's fields. */
export function stageReport(
  stage: IncidentStage,
  values: Partial<Record<StageTextField, string>>,
  severity: string,
  suspectedMalicious: boolean,
  crossBorderImpact: boolean,
): Record<string, string | boolean> {
  const shape = STAGE_SHAPES[stage];
  const report: Record<string, string | boolean> = {};
  for (const field of shape.texts) {
    const text = (values[field] ?? '').trim();
    if (text !== '' || !shape.optional.includes(field)) report[field] = text;
  }
  if (shape.severity && severity) report.severity = severity;
  if (shape.suspicion) {
    report.suspectedMalicious = suspectedMalicious;
    report.crossBorderImpact = crossBorderImpact;
  }
  return report;
}
