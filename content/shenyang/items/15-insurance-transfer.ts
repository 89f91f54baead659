import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “15. 转移接续手续办理”, printed page 36.
export default {
  id: 'insurance-transfer',
  number: '15',
  category: 'transfer',
  title: { zh: '转移接续手续办理', en: 'Transfer and continuation of insurance' },
  audience: ['employee', 'flexibleWorker', 'resident', 'retiree'],
  documents: [
    {
      doc: 'id-document',
      text: { zh: '本人有效身份证件', en: 'Your own valid identity document' },
      source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
    },
    {
      doc: 'proxy-id-document',
      text: { zh: '代办人有效身份证件', en: 'Valid identity document of the person applying on your behalf' },
      source: { kind: 'applicant', note: { zh: '办理人', en: 'the person applying' } },
      when: 'proxy',
    },
  ],
  scenarios: [
    {
      id: 'transfer-out',
      title: { zh: '转出', en: 'Transferring out' },
      description: {
        zh: '参加我市基本医疗保险，已经暂停缴费的人员，跨制度、跨统筹地区转移接续基本医疗保险关系，将沈阳市医疗保险关系转出至统筹外地区。',
        en: 'People in Shenyang’s basic medical insurance who have suspended their contributions and are moving their basic medical insurance to another scheme or another insurance area transfer their Shenyang medical insurance out to that area.',
      },
      documents: [
        {
          doc: 'transfer-out-form',
          text: {
            zh: '《基本医疗保险关系转移接续（转出）申请表》',
            en: 'Basic Medical Insurance Transfer Application Form (Transfer Out) (《基本医疗保险关系转移接续（转出）申请表》)',
          },
          source: {
            kind: 'download',
            url: 'http://ybj.shenyang.gov.cn',
            note: {
              zh: '沈阳市医疗保障局网站—办事服务—下载中心—表单下载',
              en: 'Shenyang Medical Security Bureau website (沈阳市医疗保障局): Services (办事服务) → Download Centre (下载中心) → Form downloads (表单下载)',
            },
          },
        },
        {
          doc: 'contact-letter',
          when: { all: ['account-balance-return', 'contact-letter-mode'] },
        },
      ],
    },
    {
      id: 'transfer-in',
      title: { zh: '转入', en: 'Transferring in' },
      description: {
        zh: '参加我市基本医疗保险的参保人员，在全国范围内跨统筹地区流动时，可将其统筹外地区的医疗保险关系和个人账户余额转入我市。',
        en: 'People insured in Shenyang’s basic medical insurance who move between insurance areas anywhere in China can transfer their medical insurance and personal account balance from the other area into Shenyang.',
      },
      documents: [
        {
          doc: 'transfer-in-form',
          text: {
            zh: '《基本医疗保险关系转移接续（转入）申请表》',
            en: 'Basic Medical Insurance Transfer Application Form (Transfer In) (《基本医疗保险关系转移接续（转入）申请表》)',
          },
          source: {
            kind: 'download',
            url: 'http://ybj.shenyang.gov.cn',
            note: {
              zh: '沈阳市医疗保障局网站—办事服务—下载中心',
              en: 'Shenyang Medical Security Bureau website (沈阳市医疗保障局): Services (办事服务) → Download Centre (下载中心)',
            },
          },
        },
        {
          doc: 'insurance-certificate',
          text: {
            zh: '转出地出具的《基本医疗保障参保凭证》',
            en: 'Certificate of basic medical insurance (《基本医疗保障参保凭证》) issued by the place you are transferring from',
          },
          when: 'contact-letter-mode',
        },
      ],
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      place: {
        zh: '公共业务服务部及各分中心综合窗口',
        en: 'General service windows of the Public Business Service Department (公共业务服务部) and of every branch centre',
      },
    },
    { kind: 'kiosk', label: { zh: '窗口办', en: 'At a service window' }, place: { zh: '自助一体机', en: 'Self-service kiosks' } },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: { zh: '沈阳政务服务网', en: 'Shenyang Government Services website (沈阳政务服务网)' },
      url: 'http://zwfw.shenyang.gov.cn/',
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '沈阳智慧医保APP', en: 'Shenyang Smart Medical Insurance app (沈阳智慧医保)' },
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'app',
      name: { zh: '国家医保服务平台APP', en: 'National Medical Insurance Service Platform app (国家医保服务平台)' },
    },
    {
      kind: 'mobile',
      label: { zh: '掌上办', en: 'On a mobile phone' },
      platform: 'alipay',
      name: { zh: '支付宝', en: 'Alipay (支付宝)' },
    },
  ],
  timeLimit: {
    cases: [{ label: { zh: '线上', en: 'Online' }, limit: { kind: 'workingDays', days: 15 } }],
    source: { zh: '15个工作日（线上）', en: '15 working days (online)' },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理业务，建议您优先选择“网上办”方式。确需到医保服务大厅办理，您可先拨打咨询电话，避免业务高峰期等候，我们为您提供预约服务和延时服务，如有问题可拨打12345-1-7咨询投诉。',
      en: 'For quick and convenient service, we recommend applying online first. If you do need to come to a medical insurance service hall, you can phone ahead to avoid waiting at peak times; we offer appointments and extended opening hours. For questions or complaints, call 12345-1-7.',
    },
  ],
  phones: [{ number: '12345-1-7', label: { zh: '咨询投诉', en: 'Enquiries and complaints' } }],
  source: { section: '15. 转移接续手续办理', page: 36, checked: '2026-11-23' },
} satisfies ServiceItemInput;
