"""Documents to PDF: a Jinja2 template (autoescaped) per document, rendered by WeasyPrint.

`templates/_base.html` is the one layout: A4, the letterhead, the title in Thai with
its English label, and an optional COPY / VOID stamp; each document extends it.
WeasyPrint loads only `data:` URLs (the PromptPay QR): a URL in user text, a
stylesheet link or an image from the network or the disk is refused, never fetched.
"""

from __future__ import annotations

import base64
import threading
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from weasyprint import HTML, URLFetcher
from weasyprint.text.fonts import FontConfiguration

from village.documents.contexts import (
    CreditNoteDocument,
    InvoiceDocument,
    ReceiptDocument,
    StatementDocument,
)
from village.money import baht_text, format_baht
from village.thai_dates import be_year, thai_date, thai_date_short, thai_month

__all__ = [
    "DataOnlyFetcher",
    "RefusedURL",
    "environment",
    "html_document",
    "html_to_pdf",
    "render_credit_note",
    "render_invoice",
    "render_pdf",
    "render_receipt",
    "render_statement",
]

PAYMENT_METHODS = {
    "cash": ("เงินสด", "Cash"),
    "bank_transfer": ("โอนเงินเข้าบัญชีธนาคาร", "Bank transfer"),
    "promptpay": ("พร้อมเพย์", "PromptPay"),
    "cheque": ("เช็ค", "Cheque"),
}
INVOICE_STATUSES = {
    "issued": ("ค้างชำระ", "Unpaid"),
    "partially_paid": ("ชำระบางส่วน", "Partially paid"),
    "paid": ("ชำระแล้ว", "Paid"),
    "credited": ("ลดหนี้แล้ว", "Credited"),
    "void": ("ยกเลิก", "Void"),
}
STATEMENT_KINDS = {
    "invoice": ("ใบแจ้งหนี้", "Invoice"),
    "payment": ("รับชำระ", "Payment"),
    "credit_note": ("ใบลดหนี้", "Credit note"),
    "credit": ("เครดิต", "Credit"),
    "surcharge": ("เงินเพิ่ม", "Surcharge"),
    "void": ("ยกเลิก", "Void"),
    "reversal": ("กลับรายการ", "Reversal"),
}


class RefusedURL(ValueError):
    """A document asked for a resource that is not a `data:` URL."""


class DataOnlyFetcher(URLFetcher):  # type: ignore[misc]  # weasyprint has no type hints
    """A WeasyPrint URL fetcher that loads `data:` URLs and refuses everything else
    (http, https, ftp, file, relative paths): rendering never touches the network or disk."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("data",), allow_redirects=False, timeout=1)

    def fetch(self, url: str, headers: Any = None) -> Any:
        if not url.lstrip().lower().startswith("data:"):
            raise RefusedURL(f"documents load only data: URLs, not {url[:80]!r}")
        return super().fetch(url, headers)


def _labelled(table: dict[str, tuple[str, str]], key: str) -> tuple[str, str]:
    return table.get(key, (key, key))


def _svg_data_url(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("village.documents", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        baht=format_baht,  # 160000 → "1,600.00"
        baht_words=baht_text,  # 160000 → "หนึ่งพันหกร้อยบาทถ้วน"
        thai_date=thai_date,  # 2026-12-05 → "5 ธันวาคม 2569"
        thai_date_short=thai_date_short,  # 2026-12-05 → "5 ธ.ค. 2569" (tables)
        thai_month=thai_month,  # 2026-12-01 → "ธันวาคม 2569"
        be_year=be_year,
        svg_data_url=_svg_data_url,
        method_label=lambda key: _labelled(PAYMENT_METHODS, key),
        status_label=lambda key: _labelled(INVOICE_STATUSES, key),
        kind_label=lambda key: _labelled(STATEMENT_KINDS, key),
    )
    return env


_local = threading.local()


def _font_config() -> FontConfiguration:
    """One font configuration per thread, kept: building it (fontconfig's font map) is
    most of a small document's time, and Pango's font maps are not shared across threads."""
    config: FontConfiguration | None = getattr(_local, "font_config", None)
    if config is None:
        config = _local.font_config = FontConfiguration()
    return config


def html_to_pdf(html: str) -> bytes:
    """PDF bytes of an HTML document, loading nothing but `data:` URLs."""
    document = HTML(string=html, base_url=None, url_fetcher=DataOnlyFetcher())
    pdf: bytes = document.write_pdf(font_config=_font_config())
    return pdf


def html_document(html: str) -> Any:
    """An HTML document laid out in pages (a WeasyPrint `Document`), loading nothing but
    `data:` URLs: for putting several documents' pages into one PDF."""
    document = HTML(string=html, base_url=None, url_fetcher=DataOnlyFetcher())
    return document.render(font_config=_font_config())


def render_pdf(template_name: str, **context: Any) -> bytes:
    """Render `templates/<template_name>` (which extends `_base.html`) with `context`
    to PDF bytes. A missing context value is an error, never an empty hole."""
    html = environment().get_template(template_name).render(**context)
    return html_to_pdf(html)


def render_invoice(doc: InvoiceDocument) -> bytes:
    return render_pdf("invoice.html", doc=doc)


def render_receipt(doc: ReceiptDocument) -> bytes:
    return render_pdf("receipt.html", doc=doc)


def render_credit_note(doc: CreditNoteDocument) -> bytes:
    return render_pdf("credit_note.html", doc=doc)


def render_statement(doc: StatementDocument) -> bytes:
    return render_pdf("statement.html", doc=doc)
