import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { describeWorkflow, mermaidDiagram } from '../../workflows/agreement.describe';
import { Access } from '../common/auth/access.decorator';
import { monthlyReportEngine } from '../../workflows/monthly-report.machine';
import { MachineDescriptionDto, WorkflowDescriptionDto } from './workflow.views';

@ApiTags('workflow')
@Controller('api/v1/workflow')
export class WorkflowController {
  private readonly description: WorkflowDescriptionDto = describeWorkflow();
  private readonly diagram = mermaidDiagram();
  private readonly monthly: MachineDescriptionDto = monthlyReportEngine.describe();

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '流程定义 Every state (中文/English labels) and every transition with its roles, required documents and fields, read from the machine' })
  @ApiOkResponse({ type: WorkflowDescriptionDto })
  get(): WorkflowDescriptionDto {
    return this.description;
  }

  @Get('monthly-report')
  @Access('authenticated')
  @ApiOperation({ summary: '月报流程定义 The monthly report machine: its states (draft, submitted, signedOff), events (SUBMIT, SIGN_OFF, RETURN, RECALL) and who sends each' })
  @ApiOkResponse({ type: MachineDescriptionDto })
  monthlyReport(): MachineDescriptionDto {
    return this.monthly;
  }

  @Get('diagram')
  @Access('authenticated')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: '流程图 A Mermaid state diagram generated from the machine' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Mermaid stateDiagram-v2 source', content: { 'text/plain': { schema: { type: 'string' } } } })
  diagramText(): string {
    return this.diagram;
  }
}
