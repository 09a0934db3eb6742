import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOCUMENT_KINDS, EVENT_TYPES, TERMINATION_REASONS } from '../../workflows/agreement.catalog';
import type { EventType, Label } from '../../workflows/agreement.catalog';
import { LabelDto } from '../agreements/agreement.views';

const KINDS = { enum: Object.keys(DOCUMENT_KINDS), isArray: true } as const;

export class TransitionDescriptionDto {
  @ApiProperty({ enum: EVENT_TYPES }) event: EventType;
  @ApiProperty({ type: String, nullable: true, description: 'The state it leads to; null when it stays' }) target: string | null;
  @ApiProperty({ type: [String], description: 'Who may send it (`system` is the scheduler)' }) roles: string[];
  @ApiProperty({ ...KINDS, description: 'Documents that must exist' }) documents: string[];
  @ApiProperty({ ...KINDS, description: 'Of `documents`, those uploaded anew for this step' }) freshDocuments: string[];
  @ApiProperty({ ...KINDS, description: 'Any one of these' }) anyDocument: string[];
  @ApiProperty({ ...KINDS, description: 'May be attached' }) attachments: string[];
  @ApiProperty({ enum: ['required', 'optional', 'none'] }) comment: 'required' | 'optional' | 'none';
  @ApiProperty({ type: [String], description: 'The data fields the event takes' }) fields: string[];
  @ApiProperty({ type: [String], description: 'Further conditions of this branch' }) conditions: string[];
  @ApiPropertyOptional({ description: 'RETURN: the state it sends the agreement back to; RECALL: the step it takes back' }) to?: string;
}

export class StateDescriptionDto {
  @ApiProperty({ example: 'agreement.legalReview' }) path: string;
  @ApiProperty({ type: LabelDto }) label: Label;
  @ApiProperty({ enum: ['atomic', 'compound', 'final'] }) type: 'atomic' | 'compound' | 'final';
  @ApiProperty({ type: String, nullable: true, description: 'A compound state’s first child' }) initial: string | null;
  @ApiProperty({ type: [TransitionDescriptionDto] }) transitions: TransitionDescriptionDto[];
}

export class EventLabelDto {
  @ApiProperty({ enum: EVENT_TYPES }) type: string;
  @ApiProperty({ type: LabelDto }) label: Label;
}

export class DocumentKindLabelDto {
  @ApiProperty({ enum: Object.keys(DOCUMENT_KINDS) }) kind: string;
  @ApiProperty({ type: LabelDto }) label: Label;
}

export class TerminationReasonLabelDto {
  @ApiProperty({ enum: Object.keys(TERMINATION_REASONS) }) reason: string;
  @ApiProperty({ type: LabelDto }) label: Label;
}

/** The agreement machine read back as data (workflows/agreement.describe.ts). */
export class WorkflowDescriptionDto {
  @ApiProperty({ example: 'agreement@1' }) machine: string;
  @ApiProperty({ example: 'research' }) initial: string;
  @ApiProperty({ type: [StateDescriptionDto] }) states: StateDescriptionDto[];
  @ApiProperty({ type: [EventLabelDto] }) events: EventLabelDto[];
  @ApiProperty({ type: [DocumentKindLabelDto] }) documentKinds: DocumentKindLabelDto[];
  @ApiProperty({ type: [TerminationReasonLabelDto] }) terminationReasons: TerminationReasonLabelDto[];
}

export class MachineTransitionDto {
  @ApiProperty() event: string;
  @ApiProperty({ type: String, nullable: true }) target: string | null;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ enum: ['required', 'optional', 'none'] }) comment: 'required' | 'optional' | 'none';
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: [String] }) documents: string[];
  @ApiProperty({ type: [String] }) conditions: string[];
  @ApiPropertyOptional() to?: string;
}

export class MachineStateDto {
  @ApiProperty() path: string;
  @ApiProperty({ type: LabelDto }) label: Label;
  @ApiProperty({ enum: ['atomic', 'compound', 'final'] }) type: 'atomic' | 'compound' | 'final';
  @ApiProperty({ type: String, nullable: true }) initial: string | null;
  @ApiProperty({ type: [MachineTransitionDto] }) transitions: MachineTransitionDto[];
}

export class MachineEventDto {
  @ApiProperty() type: string;
  @ApiProperty({ type: LabelDto }) label: Label;
}

/** Any machine of the one engine read back as data (the monthly report's: workflows/monthly-report.machine.ts). */
export class MachineDescriptionDto {
  @ApiProperty({ example: 'monthlyReport@1' }) machine: string;
  @ApiProperty() initial: string;
  @ApiProperty({ type: [MachineStateDto] }) states: MachineStateDto[];
  @ApiProperty({ type: [MachineEventDto] }) events: MachineEventDto[];
}
