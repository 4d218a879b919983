"""An announcement's Markdown as safe HTML: markdown-it-py renders, nh3 sanitises.

markdown-it-py (CommonMark, with tables and strikethrough) renders with raw HTML
off, so `<script>` typed in a body comes out as text; nh3 (the Rust `ammonia`
allow-list sanitiser) then keeps only the tags and attributes below, drops
`javascript:`-style URLs, every `on*` attribute and `style`, and gives each link
`rel="noopener nofollow"` (village.md, "Announcements"). Images are not allowed:
a remote image in a body would tell its host who opened the announcement and
when; pictures go in as attachments instead. Two libraries, no hand-written
sanitiser: the HTML that reaches a browser is what nh3 allows.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

TAGS = frozenset(
    {
        "p", "br", "hr", "strong", "em", "s", "del", "code", "pre", "blockquote",
        "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a",
        "table", "thead", "tbody", "tr", "th", "td",
    }
)  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
LINK_REL = "noopener nofollow"

_markdown = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable(
    ["table", "strikethrough"]
)


def to_html(markdown: str) -> str:
    """The sanitised HTML of a Markdown body (an empty body gives "")."""
    rendered = _markdown.render(markdown)
    return nh3.clean(
        rendered,
        tags=set(TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )
