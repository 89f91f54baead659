import type { Channel, DocumentRequirement, LocalizedText } from '@/content/schema';

// The guide's own vocabulary for how a document is handed in and where it comes from. These are part
// of the requirement (not page chrome), so the model returns them already worded in both languages.

/** Original, copy, either, or both. */
export const FORM_LABEL: Record<NonNullable<DocumentRequirement['form']>, LocalizedText> = {
  original: { zh: '原件', en: 'original' },
  copy: { zh: '复印件', en: 'photocopy' },
  originalOrCopy: { zh: '原件或复印件', en: 'original or photocopy' },
  originalAndCopy: { zh: '原件和复印件', en: 'original and photocopy' },
};

/** Must bear the unit's official seal. */
export const SEALED_LABEL: LocalizedText = { zh: '加盖公章', en: 'with the official seal (加盖公章)' };

/** 可选受理材料. */
export const OPTIONAL_LABEL: LocalizedText = { zh: '可选受理材料', en: 'optional (可选受理材料)' };

/** Number of copies, e.g. 2份 / 2 copies. */
export function countLabel(count: number): LocalizedText {
  return { zh: `${count}份`, en: count === 1 ? '1 copy' : `${count} copies` };
}

/** 资料来源 kinds. */
export const SOURCE_LABEL: Record<NonNullable<DocumentRequirement['source']>['kind'], LocalizedText> = {
  applicant: { zh: '申请人自备', en: 'you provide it' },
  applicantOrSharedData: {
    zh: '申请人自备，或由经办机构通过共享数据查询（赋能数据）',
    en: 'you provide it, or the office looks it up in shared government data (赋能数据)',
  },
  sharedData: { zh: '经办机构通过共享数据查询（赋能数据）', en: 'the office looks it up in shared government data (赋能数据)' },
  download: { zh: '下载中心', en: 'download centre (下载中心)' },
  institution: { zh: '由相关机构出具', en: 'issued by the relevant institution' },
  onSite: { zh: '现场填写', en: 'filled in at the window (现场填写)' },
};

/** What each way to apply is called when the guide gives it no label. */
export const CHANNEL_KIND_LABEL: Record<Channel['kind'], LocalizedText> = {
  window: { zh: '窗口办', en: 'At a service window' },
  online: { zh: '网上办', en: 'Online' },
  mobile: { zh: '掌上办', en: 'On your phone' },
  kiosk: { zh: '自助一体机', en: 'Self-service kiosk (一体机)' },
  email: { zh: '邮箱', en: 'By email' },
  agent: { zh: '代办机构', en: 'Through an agent' },
  institution: { zh: '定点医疗机构', en: 'At a designated medical institution' },
};

/** A kiosk the guide names without a place. */
export const KIOSK_NAME: LocalizedText = { zh: '一体机', en: 'Self-service kiosk (一体机)' };
