import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, numberedTitle } from '@/lib/i18n/numerals';
import { hasHan, latinRuns, scriptRuns } from '@/lib/i18n/scripts';

describe('scriptRuns', () => {
  it('finds each Chinese run and gives the text back whole', () => {
    const text = 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, window 13';
    const runs = scriptRuns(text);
    expect(runs.filter((r) => r.zh).map((r) => r.text)).toEqual(['开原市医疗保障事务服务中心']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
  it('keeps numbers between Chinese parts and full-width punctuation inside the run', () => {
    expect(scriptRuns('Say 一楼大厅13号窗口，谢谢 please').filter((r) => r.zh)).toEqual([{ text: '一楼大厅13号窗口，谢谢', zh: true }]);
  });
  it('starts a run at the opening mark before Chinese, so 《 and “ are marked with it', () => {
    expect(
      scriptRuns('the form (《参保登记表》) and the “两病”')
        .filter((r) => r.zh)
        .map((r) => r.text),
    ).toEqual(['《参保登记表》', '“两病”']);
  });
  it('leaves English alone', () => {
    expect(scriptRuns('Photocopy of your ID card')).toEqual([{ text: 'Photocopy of your ID card', zh: false }]);
    expect(hasHan('ID card')).toBe(false);
    expect(hasHan('ID card (身份证)')).toBe(true);
  });
  it('splits two terms apart', () => {
    expect(
      scriptRuns('a (居住证) or b (居留许可)')
        .filter((r) => r.zh)
        .map((r) => r.text),
    ).toEqual(['居住证', '居留许可']);
  });
});

describe('Chinese ordinals in English headings', () => {
  it('reads the guides’ ordinals', () => {
    expect(['一', '九', '十', '十五', '二十', '二十七', '三十一'].map(fromChineseNumeral)).toEqual([1, 9, 10, 15, 20, 27, 31]);
    expect(fromChineseNumeral('')).toBeUndefined();
    expect(fromChineseNumeral('甲')).toBeUndefined();
  });
  it('numbers English headings with digits and keeps the Chinese form in Chinese', () => {
    expect(numberedTitle('二十七', 'Manual reimbursement', 'en')).toBe('27. Manual reimbursement');
    expect(numberedTitle('二十七', '手工报销', 'zh')).toBe('二十七、手工报销');
  });
});

describe('latinRuns', () => {
  it('finds app names and web addresses in Chinese text, not single letters or numbers', () => {
    const text = '登录沈阳智慧医保APP或sxzspzx.tieling.gov.cn办理，拨打024-12345，A座';
    expect(
      latinRuns(text)
        .filter((r) => r.latin)
        .map((r) => r.text),
    ).toEqual(['APP', 'sxzspzx.tieling.gov.cn']);
    expect(
      latinRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
    expect(
      latinRuns('https://ybj.shenyang.gov.cn 网站')
        .filter((r) => r.latin)
        .map((r) => r.text),
    ).toEqual(['https://ybj.shenyang.gov.cn']);
  });
});
