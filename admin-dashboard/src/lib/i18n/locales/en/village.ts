/** English: the village profile. Thai: ../th/village.ts. */
export const village = {
  village: {
    title: 'Village',
    description: 'The village’s names, juristic person and office, as letters and documents show them.',
    readOnly: 'Only the village admins and super admins may change these.',
    saved: 'The village profile was saved.',
    save: 'Save the profile',
    sectionNames: 'Names',
    sectionOffice: 'Estate office',
    sectionAccounts: 'Accounting',
    fields: {
      name_th: 'Name in Thai',
      name_en: 'Name in English',
      juristic_person_name: 'Juristic person',
      tax_id: 'Tax ID',
      address: 'Address',
      phone: 'Phone',
      email: 'Email',
      timezone: 'Time zone',
      fiscal_year_start_month: 'Fiscal year starts in',
      office_hours: 'Office hours',
    },
    hints: {
      tax_id: '13 digits',
      timezone: 'For which day or month something happens, e.g. Asia/Bangkok',
    },
  },
};
