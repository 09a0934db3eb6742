import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Access } from '../common/auth/access.decorator';
import { DASHBOARD_HTML } from './dashboard.page';

/** The page is public and holds no data; everything it shows comes from admin-only API calls. */
@ApiExcludeController()
@Controller('admin')
export class DashboardController {
  @Get()
  @Access('public')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")
  page() {
    return DASHBOARD_HTML;
  }
}
