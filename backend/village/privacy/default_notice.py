# ruff: noqa: E501 - prose: one paragraph a line, as the notice is shown
"""The first privacy notice (version 1), Thai and English: installed by migration
20261130_0018, and served by `service.current_notice` should the table ever be empty
(accepting it then stores it). A village publishes its own wording as a new version."""

NOTICE_TH = """\
ประกาศความเป็นส่วนตัว (Privacy Notice)

นิติบุคคลหมู่บ้านจัดสรร ("นิติบุคคล") ในฐานะผู้ควบคุมข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 แจ้งให้ท่านทราบถึงการเก็บ ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน ดังนี้

1. ข้อมูลที่เก็บ
- ข้อมูลระบุตัวตนและการติดต่อ: ชื่อ-นามสกุล หมายเลขโทรศัพท์ อีเมล ที่อยู่ และเลขประจำตัวประชาชน (เฉพาะเมื่อจำเป็น)
- ข้อมูลบ้านและการพักอาศัย: บ้านเลขที่ แปลงที่ดิน ฐานะ (เจ้าของ ผู้เช่า สมาชิกครอบครัว) วันที่ย้ายเข้า-ออก
- ข้อมูลการเงิน: ใบแจ้งหนี้ค่าส่วนกลาง การชำระเงิน ใบเสร็จรับเงิน สลิปการโอนเงิน และยอดค้างชำระ
- คำร้อง แจ้งซ่อม แจ้งปัญหา รูปภาพที่ท่านส่ง และข้อความที่ท่านเขียน
- ข้อมูลการใช้งานระบบ: ประวัติการเข้าสู่ระบบ อุปกรณ์ หมายเลข IP และบันทึกการตรวจสอบ (audit log)

2. วัตถุประสงค์และฐานทางกฎหมาย
- จัดเก็บค่าใช้จ่ายส่วนกลาง ออกใบแจ้งหนี้และใบเสร็จ ติดตามหนี้ค้างชำระ และออกหนังสือรับรองการปลอดหนี้ ตามพระราชบัญญัติการจัดสรรที่ดิน พ.ศ. 2543 และข้อบังคับของนิติบุคคล (หน้าที่ตามกฎหมายและสัญญา ไม่ต้องขอความยินยอม)
- บริหารจัดการหมู่บ้าน รับเรื่องแจ้งซ่อม ส่งประกาศและการแจ้งเตือนถึงท่าน (ประโยชน์โดยชอบด้วยกฎหมาย)
- รักษาความปลอดภัยของระบบและป้องกันการใช้งานโดยมิชอบ (ประโยชน์โดยชอบด้วยกฎหมาย)

3. ระยะเวลาการเก็บรักษา
- เอกสารทางการเงิน (ใบแจ้งหนี้ ใบเสร็จ ใบลดหนี้ หลักฐานการชำระเงิน) เก็บไว้อย่างน้อย 5 ปี นับแต่วันสิ้นปีบัญชีที่เอกสารนั้นเกี่ยวข้อง แม้ท่านจะขอลบข้อมูล เอกสารเหล่านี้ยังคงชื่อผู้ชำระเงินตามที่ออกไว้จนครบกำหนด
- ข้อมูลบัญชีผู้ใช้และประวัติการพักอาศัย เก็บไว้ตลอดระยะเวลาที่ท่านเป็นสมาชิกของหมู่บ้าน และลบหรือทำให้ไม่สามารถระบุตัวตนได้เมื่อท่านร้องขอ เว้นแต่มีเหตุตามกฎหมายให้เก็บต่อ
- บันทึกการตรวจสอบ (audit log) เก็บตามระยะเวลาที่นิติบุคคลกำหนดเพื่อความปลอดภัย

4. การเปิดเผยข้อมูล
นิติบุคคลไม่ขายข้อมูลของท่าน และเปิดเผยเฉพาะแก่คณะกรรมการ ผู้จัดการนิติบุคคล ผู้ตรวจสอบบัญชี ผู้ให้บริการระบบที่ทำหน้าที่แทนนิติบุคคล หรือหน่วยงานรัฐเมื่อกฎหมายกำหนด หน้าสรุปการเงินที่ผู้อยู่อาศัยเห็นแสดงเฉพาะยอดรวม ไม่แสดงชื่อหรือบ้านเลขที่ของผู้ค้างชำระ

5. สิทธิของท่าน
ท่านมีสิทธิขอเข้าถึงและขอรับสำเนาข้อมูล (ดาวน์โหลดได้เองที่หน้า "ข้อมูลของฉัน") ขอแก้ไขข้อมูลให้ถูกต้อง ขอให้ลบหรือทำให้ข้อมูลไม่สามารถระบุตัวตนได้ คัดค้านการใช้ข้อมูล ขอระงับการใช้ และขอโอนย้ายข้อมูล นิติบุคคลจะดำเนินการภายใน 30 วันนับแต่ได้รับคำขอ หากปฏิเสธจะแจ้งเหตุผลและบันทึกไว้ ท่านมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.)

6. ติดต่อ
ยื่นคำขอได้ที่หน้า "ข้อมูลของฉัน" ในระบบ หรือติดต่อสำนักงานนิติบุคคลหมู่บ้านในเวลาทำการ ตามที่อยู่ หมายเลขโทรศัพท์ และอีเมลที่แสดงในหน้าข้อมูลหมู่บ้าน
"""

NOTICE_EN = """\
Privacy Notice

The housing estate's juristic person ("the Village"), as data controller under the Personal Data Protection Act B.E. 2562 (2019), tells you how it collects, uses and discloses your personal data.

1. What we collect
- Identity and contact: name, phone number, email, address, and national ID number (only where needed)
- Your house and residence: house number, plot, how you live there (owner, tenant, family), move-in and move-out dates
- Finance: common-fee invoices, payments, receipts, transfer slips and arrears
- Requests, repair and problem reports, photos you send and what you write
- Use of the system: sign-ins, devices, IP addresses and the audit log

2. Why, and on what legal basis
- Levying the common fee, issuing invoices and receipts, following up arrears and issuing debt-clearance letters, under the Land Allocation Act B.E. 2543 and the Village's bylaws (legal obligation and contract; no consent needed)
- Running the estate, handling repair requests, sending you announcements and notifications (legitimate interest)
- Keeping the system secure and preventing misuse (legitimate interest)

3. How long we keep it
- Financial documents (invoices, receipts, credit notes, proof of payment) are kept for at least 5 years after the end of the fiscal year they belong to. Even after you ask for erasure, they keep the payer's name as issued until that period ends.
- Your account and residence history are kept while you are a member of the village, and erased or anonymised at your request unless the law requires us to keep them.
- The audit log is kept for the period the Village sets for security.

4. Who sees it
The Village never sells your data. It discloses it only to the committee, the estate manager, the auditor, service providers running the system on the Village's behalf, and authorities where the law requires. The residents' finance summary shows totals only, never the names or house numbers of people in arrears.

5. Your rights
You may access and obtain a copy of your data (download it yourself on the "My data" page), have it corrected, erased or anonymised, object to a use of it, restrict it, and have it transferred. The Village answers within 30 days of receiving a request; a refusal is explained and recorded. You may complain to the Personal Data Protection Committee (PDPC).

6. Contact
File a request on the "My data" page, or contact the estate office in office hours, at the address, phone number and email shown on the village page.
"""
