import type { CityModule } from '../schema';
import { edition } from './edition';
import { errata } from './errata';
import { city } from './city';
import i01 from './items/01-employer-registration';
import i02 from './items/02-employee-registration';
import i03 from './items/03-resident-registration';
import i04 from './items/04-employer-information-change';
import i05 from './items/05-employee-information-change';
import i06 from './items/06-resident-information-change';
import i07 from './items/07-employer-contribution-assessment';
import i08 from './items/08-employer-enrolment-enquiry';
import i09 from './items/09-insured-person-enquiry';
import i10 from './items/10-personal-account-withdrawal';
import i11 from './items/11-flexible-worker-back-payment';
import i12 from './items/12-insurance-transfer';
import i13 from './items/13-employer-contribution-refund';
import i14 from './items/14-personal-contribution-refund';
import i15 from './items/15-resettled-retiree-registration';
import i16 from './items/16-long-term-resident-registration';
import i17 from './items/17-posted-worker-registration';
import i18 from './items/18-referral-registration';
import i19_1 from './items/19-1-chronic-special-disease-recognition';
import i19_2 from './items/19-2-high-cost-medicine-registration';
import i20 from './items/20-outpatient-reimbursement';
import i21 from './items/21-inpatient-reimbursement';
import i22 from './items/22-prenatal-examination-costs';
import i23 from './items/23-childbirth-medical-costs';
import i24 from './items/24-family-planning-costs';
import i25 from './items/25-maternity-allowance';
import i26_1 from './items/26-1-full-assistance-enrolment';
import i26_2 from './items/26-2-partial-assistance-enrolment';
import i27 from './items/27-medical-assistance-reimbursement';
import i28 from './items/28-medical-institution-designation';
import i29 from './items/29-pharmacy-designation';
import i30 from './items/30-medical-institution-change';
import i31 from './items/31-pharmacy-change';

export default {
  city,
  errata,
  edition,
  items: {
    '01-employer-registration': i01,
    '02-employee-registration': i02,
    '03-resident-registration': i03,
    '04-employer-information-change': i04,
    '05-employee-information-change': i05,
    '06-resident-information-change': i06,
    '07-employer-contribution-assessment': i07,
    '08-employer-enrolment-enquiry': i08,
    '09-insured-person-enquiry': i09,
    '10-personal-account-withdrawal': i10,
    '11-flexible-worker-back-payment': i11,
    '12-insurance-transfer': i12,
    '13-employer-contribution-refund': i13,
    '14-personal-contribution-refund': i14,
    '15-resettled-retiree-registration': i15,
    '16-long-term-resident-registration': i16,
    '17-posted-worker-registration': i17,
    '18-referral-registration': i18,
    '19-1-chronic-special-disease-recognition': i19_1,
    '19-2-high-cost-medicine-registration': i19_2,
    '20-outpatient-reimbursement': i20,
    '21-inpatient-reimbursement': i21,
    '22-prenatal-examination-costs': i22,
    '23-childbirth-medical-costs': i23,
    '24-family-planning-costs': i24,
    '25-maternity-allowance': i25,
    '26-1-full-assistance-enrolment': i26_1,
    '26-2-partial-assistance-enrolment': i26_2,
    '27-medical-assistance-reimbursement': i27,
    '28-medical-institution-designation': i28,
    '29-pharmacy-designation': i29,
    '30-medical-institution-change': i30,
    '31-pharmacy-change': i31,
  },
} satisfies CityModule;
