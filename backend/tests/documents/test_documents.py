"""The receipt, invoice and statement PDFs: what a payer, an auditor and a bank read on them.

Each test renders a real PDF with WeasyPrint and reads its text back with pypdf
(see samples.py for how Thai words are compared).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.documents.samples import (
    LETTERHEAD,
    PAYER,
    DocumentLine,
    Letterhead,
    invoice,
    pages,
    receipt,
    skeleton,
    statement,
    text,
)
from village.documents.render import (
    environment,
    html_to_pdf,
    render_invoice,
    render_receipt,
    render_statement,
)


def has(pdf_text: str, thai: str) -> bool:
    return skeleton(thai) in skeleton(pdf_text)


# --- receipt -------------------------------------------------------------------------


def test_a_receipt_names_collector_payer_date_amount_in_figures_and_words():
    pdf = render_receipt(receipt())
    assert pdf.startswith(b"%PDF-")
    got = text(pdf)
    assert has(got, "ใบเสร็จรับเงิน")
    assert "RECEIPT" in got.upper()
    assert "RC-2570-000123" in got
    assert has(got, "นิติบุคคลหมู่บ้านจัดสรร ศุภาลัย การ์เด้นวิลล์ รังสิต-คลองสาม")  # the collector
    assert has(got, PAYER)
    assert "88/123" in got
    assert "5 ธันวาคม 2569" in got  # the date, B.E. and in Thai
    assert "1,600.00" in got
    assert "หนึ่งพันหกร้อยบาทถ้วน" in got  # the amount in Thai words
    assert "ธันวาคม 2569" in got  # the month it pays for
    assert has(got, "โอนเงินเข้าบัญชีธนาคาร") and "Bank transfer" in got
    assert "KBANK 2026120512345678" in got
    assert has(got, "นายสมชาย ใจดี")  # the signatory
    assert "not a tax invoice" in got  # common-fee income is exempt: a receipt, never a tax invoice
    assert len(pages(pdf)) == 1


def test_a_receipt_lists_every_month_it_pays_for():
    months = [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    lines = [DocumentLine("ค่าส่วนกลาง", m, 1, 160_000, 160_000) for m in months]
    got = text(render_receipt(receipt(lines=lines, amount_satang=480_000)))
    for month in ("พฤศจิกายน 2569", "ธันวาคม 2569", "มกราคม 2570"):
        assert has(got, month)
    assert "4,800.00" in got
    assert "สี่พันแปดร้อยบาทถ้วน" in got


def test_an_amount_with_satang_is_written_with_its_satang():
    line = DocumentLine("ค่าส่วนกลาง 50.25 ตร.ว.", date(2026, 12, 1), 1, 100_550, 100_550)
    got = text(render_receipt(receipt(lines=[line], amount_satang=100_550)))
    assert "1,005.50" in got
    assert "หนึ่งพันห้าบาทห้าสิบสตางค์" in got


def test_only_a_reprint_says_copy():
    original = text(render_receipt(receipt()))
    reprint = text(render_receipt(receipt(copy=True)))
    assert not has(original, "สำเนา")
    assert "COPY" not in original
    assert has(reprint, "สำเนา")
    assert "COPY" in reprint
    assert "VOID" not in reprint


def test_a_void_receipt_says_void_and_why():
    got = text(render_receipt(receipt(void=True, void_reason="โอนซ้ำ คืนเงินแล้ว duplicate")))
    assert "ยกเลิก" in got
    assert "VOID" in got
    assert has(got, "โอนซ้ำ คืนเงินแล้ว duplicate")
    assert "COPY" not in got


def test_a_receipt_without_reference_or_signatory_still_renders():
    got = text(render_receipt(receipt(reference=None, signatory=None, method="cash")))
    assert has(got, "เงินสด")
    assert "Cash" in got
    assert "Reference" not in got


# --- invoice -------------------------------------------------------------------------


def test_an_invoice_shows_lines_per_month_totals_due_date_and_how_to_pay():
    pdf = render_invoice(invoice())
    assert pdf.startswith(b"%PDF-")
    got = text(pdf)
    assert has(got, "ใบแจ้งหนี้")
    assert "INVOICE" in got.upper()
    assert "INV-2570-000456" in got
    assert "1 ธันวาคม 2569" in got  # issued
    assert "16 ธันวาคม 2569" in got  # due
    assert "ธันวาคม 2569" in got and "มกราคม 2570" in got  # one line per month
    assert has(got, "ค่าเก็บขยะ")
    for amount in ("1,600.00", "40.00", "150.00", "300.00", "3,540.00", "1,000.00", "2,500.00"):
        assert amount in got
    assert "สองพันห้าร้อยบาทถ้วน" in got  # the outstanding amount in words
    assert "123-4-56789-0" in got  # the bank account beside the QR
    assert has(got, "ธนาคารกสิกรไทย สาขารังสิต")
    assert "PromptPay" in got
    assert "VOID" not in got
    assert len(pages(pdf)) == 1


def test_an_invoice_embeds_the_promptpay_qr_as_an_image():
    with_qr = render_invoice(invoice())
    without = render_invoice(invoice(promptpay_svg=None))
    # The QR is drawn from the SVG (a data: URL): hundreds of modules make the file bigger.
    assert len(with_qr) > len(without) + 1000
    assert "Scan to pay" in text(with_qr)
    assert "Scan to pay" not in text(without)


def test_a_void_invoice_is_marked_void_with_its_reason_and_no_way_to_pay():
    got = text(render_invoice(invoice(status="void", void_reason="ออกผิดบ้าน wrong house")))
    assert "VOID" in got
    assert "ยกเลิก" in got
    assert has(got, "ออกผิดบ้าน wrong house")
    assert "Scan to pay" not in got
    assert "123-4-56789-0" not in got


def test_a_paid_invoice_shows_nothing_outstanding_and_no_payment_box():
    got = text(render_invoice(invoice(status="paid", paid_satang=350_000, outstanding_satang=0)))
    assert "0.00" in got
    assert has(got, "ศูนย์บาทถ้วน")
    assert "Scan to pay" not in got


# --- statement -----------------------------------------------------------------------


def test_a_statement_shows_opening_each_entry_with_running_balance_and_closing():
    pdf = render_statement(statement())
    assert pdf.startswith(b"%PDF-")
    got = text(pdf)
    assert has(got, "รายการเคลื่อนไหวบัญชี")
    assert "STATEMENT OF ACCOUNT" in got.upper()
    assert "Opening balance" in got and "500.00" in got
    for reference in ("INV-2569-000301", "RC-2569-000122", "CN-2570-000003", "RC-2570-000123"):
        assert reference in got
    for balance in ("2,100.00", "1,600.00", "1,560.00", "5,100.00", "4,100.00"):
        assert balance in got
    assert "Closing balance" in got
    assert "1 ต.ค. 2569" in got  # B.E. dates in the table
    assert "31 ธันวาคม 2569" in got
    # entries in date order, each line after the previous one
    positions = [got.index(r) for r in ("INV-2569-000301", "RC-2569-000122", "INV-2570-000012")]
    assert positions == sorted(positions)


def test_a_statement_from_the_beginning_and_a_credit_balance():
    got = text(
        render_statement(
            statement(from_day=None, opening_satang=0, entries=[], closing_satang=-50_000)
        )
    )
    assert "the beginning" in got
    assert "-500.00" in got
    assert "No entries" in got


def test_a_long_statement_runs_over_pages_with_the_header_repeated():
    entry = statement().entries[0]
    got = pages(render_statement(statement(entries=[entry] * 80)))
    assert len(got) >= 2
    assert all("Balance" in page for page in got)  # the table's header on every page
    assert "Page 2 /" in got[1]


# --- user text is text ---------------------------------------------------------------


@pytest.mark.parametrize("render", ["receipt", "invoice", "statement"])
def test_html_in_user_text_appears_literally(render):
    name = "<b>x</b> & <img src=x>"
    if render == "receipt":
        pdf = render_receipt(receipt(payer_name=name, reference="<i>ref</i>"))
    elif render == "invoice":
        pdf = render_invoice(invoice(bill_to_name=name))
    else:
        pdf = render_statement(statement(bill_to_name=name))
    assert "<b>x</b> & <img src=x>" in text(pdf)


def test_a_very_long_thai_name_wraps_inside_the_page():
    long_name = "นางสาวกาญจนาภรณ์ศรีสุวรรณวงศ์ไพบูลย์" * 4 + " ณ อยุธยา"
    pdf = render_receipt(receipt(payer_name=long_name))
    got = text(pdf)
    assert has(got, "ณ อยุธยา")  # nothing cut off at the right edge
    assert len(pages(pdf)) == 1


def test_a_letterhead_without_tax_id_phone_email_or_english_name():
    bare = Letterhead(
        name_th="หมู่บ้านสวนสน",
        name_en="",
        juristic_person_name="นิติบุคคลหมู่บ้านจัดสรร สวนสน",
        tax_id=None,
        address="1 ถนนสุขุมวิท",
    )
    got = text(render_receipt(receipt(letterhead=bare)))
    assert has(got, "นิติบุคคลหมู่บ้านจัดสรร สวนสน")
    assert "Tax ID" not in got
    assert "Tel." not in got


def test_the_base_layout_serves_a_new_document_with_only_its_own_blocks():
    # What a later document (a dunning letter, a certificate) needs: extend _base.html,
    # set letterhead and title, fill content. Stamps and the void reason are optional.
    env = environment()
    template = env.from_string(
        '{% extends "_base.html" %}{% set letterhead = lh %}'
        '{% set title_th = "หนังสือรับรอง" %}{% set title_en = "Certificate" %}'
        "{% block content %}<p>{{ amount | baht }} · {{ day | thai_date }} · {{ who }}</p>"
        "{% endblock %}"
    )
    html = template.render(lh=LETTERHEAD, amount=160_000, day=date(2026, 12, 5), who="<b>x</b>")
    got = text(html_to_pdf(html))
    assert "CERTIFICATE" in got.upper()
    assert "1,600.00 · 5 ธันวาคม 2569 · <b>x</b>" in got
    assert "VOID" not in got and "COPY" not in got
