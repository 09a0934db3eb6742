import { Module } from '@nestjs/common';
import { EmailChannel } from './channels/email.channel';
import { WebhookChannel } from './channels/webhook.channel';
import { DeliveryService } from './delivery.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotifierService } from './notifier.service';

/** 站内信 and its channels: the inbox, e-mail and webhook deliveries (each attempt recorded, retried with backoff). */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotifierService, DeliveryService, EmailChannel, WebhookChannel],
  exports: [NotifierService, DeliveryService],
})
export class NotificationsModule {}
