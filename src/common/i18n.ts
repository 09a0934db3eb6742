export type Lang = 'zh' | 'en';

/** Chinese unless the client prefers English in Accept-Language (q-values honoured). */
export function preferredLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  let best: { lang: Lang; q: number } = { lang: 'zh', q: -1 };
  for (const part of acceptLanguage.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang: Lang | null = tag.startsWith('en') ? 'en' : tag.startsWith('zh') ? 'zh' : null;
    if (lang && Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}
