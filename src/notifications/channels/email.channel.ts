import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/env';
import type { AppConfig } from '../../config/env';

export interface OutgoingMessage {
  deliveryId: string;
  /** The request that caused the message, for whoever follows it up in the logs. */
  requestId: string | null;
  to: string;
  title: string;
  body: string;
  link: string | null;
}

/**
 * E-mail over SMTP when SMTP_URL is set; otherwise each message is written to DATA_DIR/mail/<delivery id>.eml.
 * The Message-ID and the file name are the delivery id, so a retried send is recognisably the same message.
 */
@Injectable()
export class EmailChannel implements OnModuleDestroy {
  private readonly smtp?: Transporter;
  private readonly drop = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  readonly mailDir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.mailDir = resolve(join(config.DATA_DIR, 'mail'));
    if (config.SMTP_URL) this.smtp = createTransport(config.SMTP_URL);
  }

  async send(m: OutgoingMessage): Promise<void> {
    const mail = {
      from: this.config.MAIL_FROM,
      to: m.to,
      subject: m.title,
      text: m.link ? `${m.body}\n\n查看详情：${m.link}\n` : `${m.body}\n`,
      messageId: `<${m.deliveryId}@coop.local>`,
      headers: { 'X-Delivery-Id': m.deliveryId, ...(m.requestId ? { 'X-Request-Id': m.requestId } : {}) },
    };
    if (this.smtp) {
      await this.smtp.sendMail(mail);
      return;
    }
    const info = await this.drop.sendMail(mail);
    await mkdir(this.mailDir, { recursive: true });
    const file = join(this.mailDir, `${m.deliveryId}.eml`);
    await writeFile(`${file}.tmp`, info.message as Buffer);
    await rename(`${file}.tmp`, file);
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
