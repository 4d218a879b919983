"""Mail templates: Jinja2, one text and one HTML file per template and language.

`templates/<name>.<language>.txt` defines `{% block subject %}` and
`{% block body %}` (plain text, no escaping) and extends `_layout.<language>.txt`;
`templates/<name>.<language>.html` defines `{% block body %}` and extends
`_layout.html`, rendered with autoescaping on, so a resident's name or a
request's title can never become markup. A missing parameter is an error
(StrictUndefined): the message fails instead of going out with a hole in it.
Every template exists in Thai and English (tests/mail/test_rendering.py).

Filters for what events carry: `baht` (integer satang → "1,600.50"), `date_th`
(an ISO date → "15 ธ.ค. 2569", Buddhist era) and `date_en` (→ "15 Dec 2026").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from jinja2 import (
    Environment,
    PackageLoader,
    StrictUndefined,
    TemplateNotFound,
    select_autoescape,
)

from village.enums import Language
from village.money import format_baht

__all__ = ["Rendered", "TemplateNotFound", "exists", "one_line", "render", "template_names"]


@dataclass(frozen=True)
class Rendered:
    subject: str  # one line
    text: str
    html: str


MONTHS_TH = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
             "พ.ย.", "ธ.ค.")  # fmt: skip
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
BE_OFFSET = 543


def baht(satang: int) -> str:
    """Integer satang as baht: 160050 → "1,600.50" (never through a float)."""
    return format_baht(int(satang))


def _day(value: str | date) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def date_th(value: str | date) -> str:
    """A day as Thai letters write it: "2026-12-15" → "15 ธ.ค. 2569"."""
    day = _day(value)
    return f"{day.day} {MONTHS_TH[day.month - 1]} {day.year + BE_OFFSET}"


def date_en(value: str | date) -> str:
    """A day in English: "2026-12-15" → "15 Dec 2026"."""
    day = _day(value)
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


@cache
def _environment() -> Environment:
    # .html files are autoescaped, .txt files (subject, plain-text part) are not.
    environment = Environment(
        loader=PackageLoader("village.mail", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(baht=baht, date_th=date_th, date_en=date_en)
    return environment


def one_line(text: str) -> str:
    """`text` with every run of whitespace (line breaks included) as one space: a header
    value can never start a new header (CR/LF injection)."""
    return " ".join(text.split())


def template_names() -> list[str]:
    """Every template's name (those with a Thai text file; the tests check the rest)."""
    names = _environment().list_templates(filter_func=lambda n: n.endswith(".th.txt"))
    return sorted(n.removesuffix(".th.txt") for n in names if not n.startswith("_"))


def exists(template: str) -> bool:
    return template in template_names()


def render(
    template: str, language: str, params: Mapping[str, Any], *, context: Mapping[str, Any]
) -> Rendered:
    """Render `template` in `language` ("th" or "en") with `params` and the shared
    `context` (dashboard_url, account_url, essential, ...).

    Raises TemplateNotFound for an unknown template or language, and jinja2's
    UndefinedError when a parameter the template uses is missing.
    """
    lang = Language(language).value
    values = {**context, **params, "language": lang}
    text_template = _environment().get_template(f"{template}.{lang}.txt")
    subject = "".join(text_template.blocks["subject"](text_template.new_context(values)))
    text = text_template.render(values)
    html = (
        _environment()
        .get_template(f"{template}.{lang}.html")
        .render({**values, "subject": one_line(subject)})
    )
    return Rendered(subject=one_line(subject), text=text.strip() + "\n", html=html)
