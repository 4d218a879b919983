/** Thai (ภาษาไทย): overview, the same keys as ../en/overview.ts. */
import type { Translation } from '../en';

export const overview: Pick<Translation, 'overview'> = {
  overview: {
    title: 'ภาพรวม',
    description: 'ใครใช้งานระบบ และใช้งานอย่างไร',
    villageDescription: 'หมู่บ้านวันนี้: การเงิน งานที่รอสำนักงาน และผู้ใช้ระบบ',
    period: 'ช่วงเวลา',
    lastDays_one: '{{count}} วันล่าสุด',
    lastDays_other: '{{count}} วันล่าสุด',
    total: 'ผู้ใช้ทั้งหมด',
    active30: 'ใช้งานอยู่',
    active30Hint: 'เข้าสู่ระบบใน 30 วันที่ผ่านมา',
    newAccounts: 'บัญชีใหม่',
    locked: 'บัญชีที่ถูกล็อก',
    lockedHint: 'จากการเข้าสู่ระบบผิดหลายครั้ง',
    byRole: 'ผู้ใช้ตามบทบาท',
    byStatus: 'ผู้ใช้ตามสถานะ',
    registrations: 'บัญชีใหม่รายวัน',
    registrationsLabel_one: 'บัญชีใหม่ {{count}} บัญชีในช่วงนี้',
    registrationsLabel_other: 'บัญชีใหม่ {{count}} บัญชีในช่วงนี้',
    users: 'ผู้ใช้',
    noUsers: 'ยังไม่มีผู้ใช้',
    loadingCharts: 'กำลังโหลดแผนภูมิ…',
    people: 'ผู้ใช้งาน',
  },
};
