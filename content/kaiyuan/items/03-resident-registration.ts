import type { ServiceItemInput } from '../../schema';

// Source: kaiyuan-guide.txt, 合规办事业务指南 “三、城乡居民参保登记”, printed page 10.
export default {
  id: 'resident-registration',
  number: '3',
  category: 'resident-registration',
  title: { zh: '城乡居民参保登记', en: "Urban and rural residents' enrolment" },
  audience: ['resident'],
  description: [
    {
      zh: '具有本市户籍的城乡居民和取得本市居住证的城乡居民办理城乡居民参保登记。',
      en: "Urban and rural residents with local household registration (hukou), and those who hold a residence permit (居住证) issued by this city, enrol in urban and rural residents' basic medical insurance through this item.",
    },
  ],
  documents: [
    {
      doc: 'id-card',
      anyOf: ['id-card', 'hukou-booklet'],
      text: { zh: '身份证或户口簿原件', en: 'Original ID card or household register (hukou booklet)' },
      form: 'original',
    },
    {
      doc: 'residence-permit',
      text: { zh: '本市《居住证》', en: 'Residence permit (居住证) issued by this city' },
      when: { not: 'local-hukou' },
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      office: 'service-centre',
      place: {
        zh: '开原市医疗保障事务服务中心一楼11号窗口',
        en: 'Kaiyuan Medical Security Affairs Service Centre (开原市医疗保障事务服务中心), 1st floor, window 11',
      },
      windows: ['11'],
    },
    {
      kind: 'window',
      label: { zh: '窗口办', en: 'At a service window' },
      place: { zh: '所在乡镇（街道）医保办', en: 'The medical insurance office of your township or subdistrict (乡镇（街道）医保办)' },
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'immediate' } }],
    source: { zh: '材料齐全即时办结', en: 'Done on the spot when the documents are complete' },
  },
  tips: [
    {
      zh: '待遇等待期：2022年10月10日至2023年3月31日，为2023年度集中缴费期，集中缴费期内缴费的城乡居民待遇享受期为2023年1月1日至2023年12月31日。未在集中缴费期缴纳2023年度保费的，自缴费之日起90天之后享受城乡居民医疗保险待遇。',
      en: "Benefit waiting period: 10 October 2022 to 31 March 2023 was the annual contribution period for 2023. Residents who paid within it were covered from 1 January 2023 to 31 December 2023. Those who did not pay the 2023 contribution within the annual contribution period receive residents' medical insurance benefits from 90 days after the day they pay.",
    },
    {
      zh: '待遇等待期：新生儿出生后90天内由监护人按相关规定办理参保缴费的不设待遇等待期，也就是从出生之日起至当年的12月31日享受城乡居民医保待遇。未在规定时间内（出生后90天内）参保缴费的，设90天待遇等待期（也就是自缴费之日起90天之后享受城乡居民医保待遇）',
      en: "Benefit waiting period: if a guardian enrols a newborn and pays the contribution within 90 days of birth under the relevant rules, there is no benefit waiting period: the baby is covered by residents' medical insurance from the day of birth to 31 December of that year. If the baby is not enrolled and paid for within that time (within 90 days of birth), a 90-day benefit waiting period applies (benefits start 90 days after the day of payment).",
    },
  ],
  payment: [
    {
      name: { zh: '政府政务服务平台：辽事通APP', en: 'Government services platform: Liaoshitong app (辽事通)' },
      ways: [{ zh: '辽事通APP—社保缴费', en: 'Liaoshitong app → Social insurance payment (社保缴费)' }],
    },
    {
      name: { zh: '辽宁省税务局“掌上办”缴费渠道', en: 'Liaoning Provincial Tax Service mobile payment channels (辽宁省税务局“掌上办”)' },
      ways: [
        { zh: '辽宁税务微信公众号—微办税', en: 'Liaoning Tax WeChat official account (辽宁税务) → Micro tax service (微办税)' },
        {
          zh: '支付宝—辽宁省税务局小程序—社保缴费',
          en: 'Alipay → Liaoning Provincial Tax Service mini program (辽宁省税务局) → Social insurance payment (社保缴费)',
        },
        {
          zh: '辽宁移动办税APP—个人办税—社保',
          en: 'Liaoning Mobile Tax app (辽宁移动办税) → Personal tax (个人办税) → Social insurance (社保)',
        },
      ],
    },
    {
      name: { zh: '铁岭银行（委托代征银行）', en: 'Bank of Tieling (铁岭银行), collecting bank' },
      ways: [
        { zh: '签约扣款', en: 'Direct debit by agreement' },
        { zh: '银行柜面', en: 'Bank counter' },
      ],
    },
    {
      name: { zh: '中国建设银行（委托代征银行）', en: 'China Construction Bank (中国建设银行), collecting bank' },
      ways: [
        { zh: '签约扣款', en: 'Direct debit by agreement' },
        { zh: '银行柜面', en: 'Bank counter' },
        { zh: '手机银行', en: 'Mobile banking' },
        { zh: '智慧柜员机', en: 'Smart teller machine' },
        { zh: '裕农通', en: 'Yunongtong (裕农通)' },
      ],
    },
    {
      name: { zh: '辽宁省农村信用社（委托代征银行）', en: 'Liaoning Rural Credit Cooperatives (辽宁省农村信用社), collecting bank' },
      ways: [
        { zh: '签约扣款', en: 'Direct debit by agreement' },
        { zh: '银行柜面', en: 'Bank counter' },
        { zh: '金信微金融', en: 'Jinxin Micro Finance (金信微金融)' },
        { zh: '智能柜台', en: 'Smart counter' },
      ],
    },
  ],
  dated: {
    year: 2023,
    note: {
      zh: '本事项的缴费期和待遇享受期说明针对2023年度，现行日期和金额可能不同，请向窗口或咨询电话确认。',
      en: 'The contribution and coverage dates in this item describe the 2023 contribution year; current dates and amounts may differ, so check with the window or the enquiry line.',
    },
  },
  source: { section: '三、城乡居民参保登记', page: 10, checked: '2026-11-30' },
} satisfies ServiceItemInput;
