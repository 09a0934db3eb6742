import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/env';
import type { AppConfig } from '../../config/env';
import type { OutgoingMessage } from './email.channel';

/**
 * A JSON POST per reminder to WEBHOOK_URL: plain JSON, or the WeCom / DingTalk group-robot text message.
 * `X-Delivery-Id` lets the receiver drop a repeated attempt; `X-Request-Id` names the request that caused it (as in
 * our logs). Non-2xx, a timeout or a robot errcode is a failure.
 */
@Injectable()
export class WebhookChannel {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  body(m: Omit<OutgoingMessage, 'to'> & { key: string }): unknown {
    const text = [m.title, m.body, m.link ? `查看详情：${m.link}` : ''].filter(Boolean).join('\n');
    if (this.config.WEBHOOK_FORMAT === 'json') return { deliveryId: m.deliveryId, key: m.key, title: m.title, body: m.body, link: m.link };
    return { msgtype: 'text', text: { content: text } };
  }

  async send(m: Omit<OutgoingMessage, 'to'> & { key: string }): Promise<void> {
    const url = this.config.WEBHOOK_URL;
    if (!url) throw new Error('WEBHOOK_URL is not configured');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-delivery-id': m.deliveryId, ...(m.requestId ? { 'x-request-id': m.requestId } : {}) },
      body: JSON.stringify(this.body(m)),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    if (this.config.WEBHOOK_FORMAT !== 'json') {
      const errcode = safeJson(text)?.errcode;
      if (errcode !== undefined && errcode !== 0) throw new Error(`robot errcode ${errcode}: ${text.slice(0, 200)}`);
    }
  }
}

function safeJson(text: string): { errcode?: number } | undefined {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
