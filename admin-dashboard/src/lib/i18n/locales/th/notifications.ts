import type { Translation } from '../en';

/** ภาษาไทย: การแจ้งเตือน */
export const notifications: Pick<Translation, 'notifications'> = {
  notifications: {
    title: 'การแจ้งเตือน',
    description: 'สิ่งที่สำนักงานนิติบุคคลและระบบแจ้งถึงคุณ เรียงจากล่าสุด',
    bell: 'การแจ้งเตือน',
    bellUnread: 'การแจ้งเตือน ยังไม่ได้อ่าน {{n}} รายการ',
    unread: 'ยังไม่ได้อ่าน',
    empty: 'ยังไม่มีการแจ้งเตือน',
    markAllRead: 'อ่านทั้งหมดแล้ว',
    seeAll: 'ดูการแจ้งเตือนทั้งหมด',
    showAll: 'ทั้งหมด',
    showUnread: 'ยังไม่ได้อ่าน',
    events: {
      announcement_published: 'ประกาศใหม่: {{title}}',
      announcement_published_urgent: 'ประกาศด่วน: {{title}}',
      service_request_submitted: 'มีเรื่องแจ้งใหม่ {{number}}: {{title}}',
      service_request_status_changed: 'เรื่อง {{number}} ของคุณ สถานะ: {{status}}',
      service_request_commented: '{{author}} ตอบกลับเรื่อง {{number}} ของคุณ',
      service_request_assigned: 'คุณได้รับมอบหมายเรื่อง {{number}}: {{title}}',
      data_request_submitted: 'มีคำขอเกี่ยวกับข้อมูลส่วนบุคคลใหม่ ({{type}}) ครบกำหนด {{due}}',
      data_request_decided: 'คำขอเกี่ยวกับข้อมูลส่วนบุคคล ({{type}}) ของคุณ: {{status}}',
      unknown: 'มีการแจ้งเตือน (โหลดหน้าใหม่เพื่ออ่าน)',
    },
    status: {
      submitted: 'รับเรื่องแล้ว',
      in_progress: 'กำลังดำเนินการ',
      on_hold: 'พักไว้ชั่วคราว',
      rejected: 'ไม่รับดำเนินการ',
      cancelled: 'ยกเลิกแล้ว',
      resolved: 'แก้ไขเสร็จแล้ว',
      closed: 'ปิดเรื่องแล้ว',
      completed: 'ดำเนินการเสร็จแล้ว',
    },
    dataRequestType: {
      access: 'ขอเข้าถึงข้อมูล',
      rectification: 'ขอแก้ไขข้อมูล',
      erasure: 'ขอลบข้อมูล',
      objection: 'คัดค้านการประมวลผล',
    },
  },
};
