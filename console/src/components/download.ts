import { authHeaders, toApiError } from '../api/client';
import { saveBlob } from './ExportButton';

/**
 * Downloads a file the API makes (xlsx, docx, a document's content) with the session's token, reporting progress
 * (0–100) as bytes arrive when the server sends a length.
 */
export async function download(path: string, fallbackName: string, onProgress?: (percent: number) => void): Promise<void> {
  const res = await fetch(path, { headers: authHeaders() });
  if (!res.ok) throw toApiError(res.status, await res.json().catch(() => ({})));
  const total = Number(res.headers.get('content-length') ?? 0);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    if (total && onProgress) onProgress(Math.round((received / total) * 100));
  }
  onProgress?.(100);
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  saveBlob(new Blob(chunks, { type }), fileName(res.headers.get('content-disposition')) ?? fallbackName);
}

function fileName(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/**
 * Uploads multipart form data with progress (XMLHttpRequest: fetch reports no upload progress). Resolves with the
 * JSON answer; rejects with an ApiError made from problem+json.
 */
export function upload<T>(path: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      const body = xhr.responseText ? safeJson(xhr.responseText) : {};
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(toApiError(xhr.status, body));
    };
    xhr.onerror = () => reject(toApiError(0, { title: '上传失败：无法连接服务器', code: 'network' }));
    xhr.send(form);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
