/** Thai (ภาษาไทย): account, the same keys as ../en/account.ts. */
import type { Translation } from '../en';

export const account: Pick<Translation, 'account'> = {
  account: {
    title: 'บัญชีของฉัน',
    description: 'ข้อมูลส่วนตัว รหัสผ่าน และอุปกรณ์ที่เข้าสู่ระบบ',
    profile: 'ข้อมูลส่วนตัว',
    saveProfile: 'บันทึกข้อมูล',
    profileSaved: 'บันทึกข้อมูลส่วนตัวแล้ว',
    passwordForEmail: 'กรอกรหัสผ่านปัจจุบันเพื่อเปลี่ยนอีเมลหรือเบอร์โทรศัพท์',
    changePassword: 'เปลี่ยนรหัสผ่าน',
    changePasswordHint: 'อุปกรณ์อื่นของคุณจะถูกออกจากระบบ',
    passwordsDiffer: 'รหัสผ่านทั้งสองไม่ตรงกัน',
    passwordChanged: 'เปลี่ยนรหัสผ่านแล้ว อุปกรณ์อื่นของคุณถูกออกจากระบบ',
    sessions: 'อุปกรณ์ที่เข้าสู่ระบบ',
    thisDevice: 'อุปกรณ์นี้',
    sessionMeta: 'IP {{ip}} · ตั้งแต่ {{since}} · ใช้ล่าสุด {{last}}',
    signOutThisDevice: 'ออกจากระบบอุปกรณ์นี้',
    signOutDevice: 'ออกจากระบบ',
    deviceSignedOut: 'อุปกรณ์นั้นออกจากระบบแล้ว',
    signOutOthers: 'ออกจากระบบอุปกรณ์อื่นทั้งหมด',
    signOutOthersTitle: 'ออกจากระบบอุปกรณ์อื่นหรือไม่?',
    signOutOthersBody_one: 'อุปกรณ์อื่น {{count}} เครื่องจะถูกออกจากระบบ',
    signOutOthersBody_other: 'อุปกรณ์อื่น {{count}} เครื่องจะถูกออกจากระบบ',
    othersSignedOut_one: 'อุปกรณ์อื่น {{count}} เครื่องออกจากระบบแล้ว',
    othersSignedOut_other: 'อุปกรณ์อื่น {{count}} เครื่องออกจากระบบแล้ว',
  },
};
