import { Module } from '@nestjs/common';
import { CollegesController } from './colleges.controller';
import { CollegesService } from './colleges.service';
import { MajorsController } from './majors.controller';

@Module({ controllers: [CollegesController, MajorsController], providers: [CollegesService] })
export class CollegesModule {}
