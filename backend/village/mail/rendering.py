"""Mail templates: Jinja2, one text and one HTML file per template and language.

`templates/<name>.<language>.txt` defines `{% block subject %}` and
`{% block body %}` (plain text, no escaping) and extends `_layout.<language>.txt`;
`templates/<name>.<language>.html` defines `{% block body %}` and extends
`_layout.html`, rendered with autoescaping on, so a resident's name or a
request's title can never become markup. A missing parameter is an error
(StrictUndefined): the message fails instead of going out with a hole in it.
Every template exists in Thai and English (tests/mail/test_rendering.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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

__all__ = ["Rendered", "TemplateNotFound", "exists", "one_line", "render", "template_names"]


@dataclass(frozen=True)
class Rendered:
    subject: str  # one line
    text: str
    html: str


@cache
def _environment() -> Environment:
    # .html files are autoescaped, .txt files (subject, plain-text part) are not.
    return Environment(
        loader=PackageLoader("village.mail", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


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
