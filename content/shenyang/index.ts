import type { CityModule } from '../schema';
import { edition } from './edition';
import { errata } from './errata';
import { city } from './city';
import i01 from './items/01-employer-registration';
import i02 from './items/02-employee-registration';
import i03_1 from './items/03-1-flexible-worker-enrolment';
import i03_2 from './items/03-2-flexible-worker-suspension';
import i03_3 from './items/03-3-flexible-worker-termination';
import i03_4 from './items/03-4-flexible-worker-retirement';
import i04_1 from './items/04-1-resident-enrolment';
import i04_2 from './items/04-2-resident-suspension';
import i04_3 from './items/04-3-resident-termination';
import i05 from './items/05-employer-change';
import i06 from './items/06-employee-change';
import i07 from './items/07-flexible-worker-change';
import i08 from './items/08-resident-change';
import i09 from './items/09-contribution-assessment';
import i10 from './items/10-employer-records-enquiry';
import i11 from './items/11-personal-records-enquiry';
import i12 from './items/12-employee-account-withdrawal';
import i13 from './items/13-flexible-worker-account-withdrawal';
import i14 from './items/14-insurance-certificate';
import i15 from './items/15-insurance-transfer';
import i16 from './items/16-long-term-residence-registration';
import i17 from './items/17-chronic-special-disease-recognition';
import i18 from './items/18-outpatient-reimbursement';
import i19 from './items/19-inpatient-reimbursement';
import i20 from './items/20-childbirth-medical-costs';
import i21 from './items/21-family-planning-costs';
import i22 from './items/22-maternity-allowance';
import i23 from './items/23-medical-institution-agreement';
import i24 from './items/24-pharmacy-agreement';

/** Shenyang’s guide: the city file and its items keyed by file name. */
export default {
  city,
  errata,
  edition,
  items: {
    '01-employer-registration': i01,
    '02-employee-registration': i02,
    '03-1-flexible-worker-enrolment': i03_1,
    '03-2-flexible-worker-suspension': i03_2,
    '03-3-flexible-worker-termination': i03_3,
    '03-4-flexible-worker-retirement': i03_4,
    '04-1-resident-enrolment': i04_1,
    '04-2-resident-suspension': i04_2,
    '04-3-resident-termination': i04_3,
    '05-employer-change': i05,
    '06-employee-change': i06,
    '07-flexible-worker-change': i07,
    '08-resident-change': i08,
    '09-contribution-assessment': i09,
    '10-employer-records-enquiry': i10,
    '11-personal-records-enquiry': i11,
    '12-employee-account-withdrawal': i12,
    '13-flexible-worker-account-withdrawal': i13,
    '14-insurance-certificate': i14,
    '15-insurance-transfer': i15,
    '16-long-term-residence-registration': i16,
    '17-chronic-special-disease-recognition': i17,
    '18-outpatient-reimbursement': i18,
    '19-inpatient-reimbursement': i19,
    '20-childbirth-medical-costs': i20,
    '21-family-planning-costs': i21,
    '22-maternity-allowance': i22,
    '23-medical-institution-agreement': i23,
    '24-pharmacy-agreement': i24,
  },
} satisfies CityModule;
