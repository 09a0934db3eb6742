import { checkCreditCode, creditCodeCheckCharacter, isValidCreditCode, normalizeCreditCode } from './credit-code';

// Codes published on the National Enterprise Credit Information Publicity System and in the companies' own filings.
const PUBLISHED = [
  '914403001922038216', // 华为技术有限公司
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91350100M000100Y43', // the example printed in GB 32100-2015
  '911100001011031892', // 中国石油化工股份有限公司 (Sinopec)
];

describe('credit code (GB 32100-2015)', () => {
  it.each(PUBLISHED)('accepts the published code %s', (code) => {
    expect(checkCreditCode(code)).toBeNull();
  });

  it.each(PUBLISHED)('rejects %s with its check character changed', (code) => {
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(checkCreditCode(wrong)).toBe('check_character');
  });

  it.each(PUBLISHED)('rejects %s with two adjacent characters swapped', (code) => {
    const i = code.split('').findIndex((c, k) => k < 16 && c !== code[k + 1]);
    const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
    expect(isValidCreditCode(swapped)).toBe(false);
  });

  it('rejects a single changed digit anywhere in the first 17 characters', () => {
    const code = PUBLISHED[0];
    for (let i = 0; i < 17; i++) {
      if (i >= 2 && i < 8) {
        const d = String((Number(code[i]) + 1) % 10);
        expect(isValidCreditCode(code.slice(0, i) + d + code.slice(i + 1))).toBe(false);
      }
    }
  });

  it('names the problem: length, characters, check character', () => {
    expect(checkCreditCode('91440300192203821')).toBe('length');
    expect(checkCreditCode('9144030019220382166')).toBe('length');
    expect(checkCreditCode('91440300I92203821O')).toBe('characters'); // I and O are not in the alphabet
    expect(checkCreditCode('9144030A1922038216')).toBe('characters'); // division code must be digits
    expect(checkCreditCode('914403001922038217')).toBe('check_character');
  });

  it('computes the check character, including the 0 case', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G');
  });

  it('normalises lower case and spaces', () => {
    expect(isValidCreditCode(normalizeCreditCode(' 9144030071526726xg '))).toBe(true);
  });
});
