import type { ServiceItemInput } from '../../schema';

// Source: shenyang-guide.txt, 合规办事业务指南 “23. 医疗机构申请定点协议管理”, printed page 50.
export default {
  id: 'medical-institution-agreement',
  number: '23',
  category: 'designated-providers',
  title: {
    zh: '医疗机构申请定点协议管理',
    en: 'Application by a medical institution for a designated-provider agreement',
  },
  audience: ['medicalInstitution'],
  description: [
    {
      zh: '依法设立的，已办理《营业执照》或《民办非企业单位登记证书》或《事业单位法人证》和《医疗机构执业许可证》或诊所备案证或军队医疗机构为民服务许可证的，且正常运营三个月以上的医疗机构，可根据自身条件、服务能力，自愿向统筹地区医疗保障经办机构提出医保定点申请，按要求如实提供相关材料并接受医疗保障经办机构组织的评估，评估结果为合格的，纳入拟签订协议管理医疗机构名单并向社会公示，与统筹地区医疗保障经办机构协商谈判达成一致后，自愿签订医保协议。',
      en: 'A lawfully established medical institution that holds a business licence (《营业执照》), a Registration Certificate of a Private Non-enterprise Unit (《民办非企业单位登记证书》) or a public institution legal person certificate (《事业单位法人证》), together with a Medical Institution Practising Licence (《医疗机构执业许可证》), a clinic filing certificate or a licence for a military medical institution to serve civilians, and that has been operating normally for three months or more, may, according to its own conditions and capacity, apply of its own accord to the medical insurance office of the insurance area for designation. It must truthfully provide the required documents and undergo an assessment organised by the medical insurance office. If it passes, it is added to the public list of medical institutions proposed for an agreement; once it and the office agree in negotiation, it signs the medical insurance agreement of its own accord.',
    },
  ],
  documents: [
    {
      doc: 'institution-application-form',
      text: { zh: '《定点医疗机构申请表》', en: 'Designated Medical Institution Application Form (《定点医疗机构申请表》)' },
      source: {
        kind: 'onSite',
        note: {
          zh: '现场办理可在现场领取，网上办理可以在网上直接填报',
          en: 'When applying on site, collect it there; when applying online, fill it in directly online',
        },
      },
    },
    {
      doc: 'business-licence',
      anyOf: ['business-licence', 'private-non-enterprise-certificate', 'public-institution-certificate'],
      text: {
        zh: '《营业执照》或《民办非企业单位登记证书》或《事业单位法人证书》',
        en: 'Business licence (《营业执照》), Registration Certificate of a Private Non-enterprise Unit (《民办非企业单位登记证书》) or Public Institution Legal Person Certificate (《事业单位法人证书》)',
      },
      form: 'originalAndCopy',
      sealed: true,
      source: { kind: 'applicant' },
      notes: { zh: '受理材料复印件需加盖单位公章', en: 'The photocopy must bear the applicant’s official seal.' },
    },
    {
      doc: 'medical-institution-licence',
      anyOf: ['medical-institution-licence', 'clinic-filing-certificate', 'military-medical-service-licence'],
      text: {
        zh: '《医疗机构执业许可证》或诊所备案证或军队医疗机构为民服务许可证照副本',
        en: 'Duplicate (副本) of the Medical Institution Practising Licence (《医疗机构执业许可证》), clinic filing certificate or licence for a military medical institution to serve civilians',
      },
      form: 'originalAndCopy',
      sealed: true,
      source: { kind: 'applicant' },
      notes: { zh: '受理材料复印件需加盖单位公章', en: 'The photocopy must bear the applicant’s official seal.' },
    },
    {
      doc: 'internal-management-rules',
      text: {
        zh: '与医保政策对应的内部管理制度和财务制度文本',
        en: 'Internal management and financial rules matching medical insurance policy',
      },
      source: { kind: 'applicant' },
    },
    {
      doc: 'information-system-materials',
      text: {
        zh: '与医保有关的医疗机构信息系统相关材料',
        en: 'Documents on the institution’s information systems relating to medical insurance',
      },
      source: { kind: 'applicant' },
    },
    {
      doc: 'fund-use-forecast',
      text: {
        zh: '纳入定点后使用医疗保障基金的预测性分析报告',
        en: 'Forecast of its use of the medical security fund after designation',
      },
      source: { kind: 'applicant' },
    },
    {
      doc: 'other-provincial-materials',
      text: {
        zh: '省级医疗保障行政部门按照规定要求提供的其他材料',
        en: 'Other documents the provincial medical security authority requires under the rules',
      },
      source: { kind: 'applicant' },
    },
  ],
  documentNotes: [
    {
      zh: '注：受理材料复印件需加盖单位公章',
      en: 'Note: photocopies of the documents must be stamped with the applicant’s official seal.',
    },
  ],
  channels: [
    {
      kind: 'window',
      label: { zh: '现场办', en: 'On site' },
      place: {
        zh: '沈阳市医疗保障事务服务中心办公室',
        en: 'Office of the Shenyang Medical Security Affairs Service Centre (沈阳市医疗保障事务服务中心办公室)',
      },
    },
    {
      kind: 'online',
      label: { zh: '网上办', en: 'Online' },
      name: {
        zh: '沈阳市医疗保障局官网医药机构新增变更网上办事',
        en: 'Online service for new and changed medical institutions and pharmacies on the Shenyang Medical Security Bureau website (沈阳市医疗保障局官网医药机构新增变更网上办事)',
      },
      url: 'http://yyjg.ybj.shenyang.gov.cn/',
    },
  ],
  timeLimit: {
    cases: [{ limit: { kind: 'months', months: 3 } }],
    source: {
      zh: '自受理申请材料之日起，评估时间不超过3个月',
      en: 'The assessment takes no more than 3 months from the day the application documents are accepted',
    },
  },
  tips: [
    {
      zh: '为保障您便捷快速办理申请定点协议管理，建议您优先选择“网上办”方式。确需到中心办理，您可先拨打咨询电话62693677，避免业务高峰期等候。',
      en: 'For a quick and convenient application for a designated-provider agreement, we recommend applying online first. If you do need to come to the centre, you can first call 62693677 to avoid waiting at peak times.',
    },
  ],
  phones: [{ number: '62693677', label: { zh: '咨询电话', en: 'Enquiries' } }],
  source: { section: '23. 医疗机构申请定点协议管理', page: 50, checked: '2026-11-23' },
} satisfies ServiceItemInput;
