import { preferredLang } from './i18n';

describe('preferredLang', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr, en;q=0.5', 'en'],
    ['zh;q=0.3, en-GB;q=0.7', 'en'],
    ['de', 'zh'],
  ])('%p → %s', (header, lang) => {
    expect(preferredLang(header as string | undefined)).toBe(lang);
  });
});
