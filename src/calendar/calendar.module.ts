import { Module } from '@nestjs/common';
import { RemindersModule } from '../reminders/reminders.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** 校历: vacation months, the monthly due day, reminder offsets and semesters. */
@Module({
  imports: [RemindersModule],
  controllers: [CalendarController],
  providers: [CalendarService],
})
export class CalendarModule {}
