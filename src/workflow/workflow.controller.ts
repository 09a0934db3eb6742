import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { describeWorkflow, mermaidDiagram } from '../../workflows/agreement.describe';
import { Access } from '../common/auth/access.decorator';

@ApiTags('workflow')
@Controller('api/v1/workflow')
export class WorkflowController {
  private readonly description = describeWorkflow();
  private readonly diagram = mermaidDiagram();

  @Get()
  @Access('authenticated')
  @ApiOperation({ summary: '流程定义 Every state (中文/English labels) and every transition with its roles, required documents and fields, read from the machine' })
  get() {
    return this.description;
  }

  @Get('diagram')
  @Access('authenticated')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: '流程图 A Mermaid state diagram generated from the machine' })
  diagramText() {
    return this.diagram;
  }
}
