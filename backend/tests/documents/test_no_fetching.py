"""Rendering loads nothing but data: URLs: no network (SSRF), no file on the disk.

These feed HTML straight to `html_to_pdf`, the one function every document goes
through, as if a template or an escaping bug let markup through.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.documents.samples import qr_svg, text
from village.documents.render import DataOnlyFetcher, RefusedURL, html_to_pdf

# A 1x1 PNG that WeasyPrint could draw if it were ever fetched.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class _Server(ThreadingHTTPServer):
    hits: list[str]


@pytest.fixture
def http_server() -> Iterator[_Server]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.hits.append(self.path)
            body = PNG if self.path.endswith(".png") else b'body::after { content: "FETCHED-CSS" }'
            self.send_response(200)
            self.send_header(
                "Content-Type", "image/png" if self.path.endswith(".png") else "text/css"
            )
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    server.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_the_fetch_server_really_answers(http_server):
    # The control: without our fetcher, WeasyPrint does fetch (so the tests below mean something).
    from weasyprint import HTML

    port = http_server.server_address[1]
    html = f'<link rel="stylesheet" href="http://127.0.0.1:{port}/x.css"><p>hello</p>'
    pdf = HTML(string=html).write_pdf()
    assert http_server.hits == ["/x.css"]
    assert "FETCHED-CSS" in text(pdf)


def test_network_images_and_stylesheets_are_never_fetched(http_server):
    port = http_server.server_address[1]
    html = (
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/x.css">'
        f'<style>@import url("http://127.0.0.1:{port}/imported.css");'
        f' p {{ background: url("http://127.0.0.1:{port}/bg.png") }}</style>'
        f'<p>hello</p><img src="http://127.0.0.1:{port}/pixel.png">'
        f'<object data="http://127.0.0.1:{port}/object.png"></object>'
    )
    pdf = html_to_pdf(html)
    assert pdf.startswith(b"%PDF-")
    assert "hello" in text(pdf)
    assert http_server.hits == []
    assert "FETCHED-CSS" not in text(pdf)


def test_files_on_the_disk_are_never_read(tmp_path: Path):
    css = tmp_path / "leak.css"
    css.write_text('body::after { content: "READ-FROM-DISK" }')
    html = (
        f'<link rel="stylesheet" href="{css.as_uri()}">'
        '<img src="file:///etc/passwd"><img src="/etc/passwd"><p>hello</p>'
    )
    got = text(html_to_pdf(html))
    assert "hello" in got
    assert "READ-FROM-DISK" not in got
    assert "root:" not in got


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "https://example.com/logo.png",
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "ftp://example.com/x",
        " file:///etc/passwd",
    ],
)
def test_the_fetcher_refuses_everything_but_data_urls(url):
    with pytest.raises(RefusedURL):
        DataOnlyFetcher().fetch(url)


def test_data_urls_are_drawn():
    svg = base64.b64encode(qr_svg("hello").encode()).decode()
    with_image = html_to_pdf(f'<img src="data:image/svg+xml;base64,{svg}" style="width:40mm">')
    without = html_to_pdf("<p></p>")
    assert len(with_image) > len(without) + 300  # the QR's drawing, compressed
    response = DataOnlyFetcher().fetch("data:text/plain;base64,aGVsbG8=")
    assert response.read() == b"hello"
