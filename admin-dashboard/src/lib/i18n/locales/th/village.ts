/** Thai (ภาษาไทย): the village profile, the same keys as ../en/village.ts. */
import type { Translation } from '../en';

export const village: Pick<Translation, 'village'> = {
  village: {
    title: 'หมู่บ้าน',
    description: 'ชื่อหมู่บ้าน นิติบุคคล และสำนักงาน ตามที่แสดงในหนังสือและเอกสาร',
    readOnly: 'เฉพาะผู้ดูแลหมู่บ้านและผู้ดูแลระบบสูงสุดเท่านั้นที่แก้ไขข้อมูลนี้ได้',
    saved: 'บันทึกข้อมูลหมู่บ้านแล้ว',
    save: 'บันทึกข้อมูล',
    sectionNames: 'ชื่อ',
    sectionOffice: 'สำนักงานนิติบุคคล',
    sectionAccounts: 'บัญชี',
    fields: {
      name_th: 'ชื่อภาษาไทย',
      name_en: 'ชื่อภาษาอังกฤษ',
      juristic_person_name: 'นิติบุคคล',
      tax_id: 'เลขประจำตัวผู้เสียภาษี',
      address: 'ที่อยู่',
      phone: 'โทรศัพท์',
      email: 'อีเมล',
      timezone: 'เขตเวลา',
      fiscal_year_start_month: 'ปีบัญชีเริ่มเดือน',
      office_hours: 'เวลาทำการ',
    },
    hints: {
      tax_id: '13 หลัก',
      timezone: 'ใช้ตัดสินว่าเหตุการณ์เกิดวันหรือเดือนใด เช่น Asia/Bangkok',
    },
  },
};
