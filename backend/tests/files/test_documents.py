"""PDFs where documents are taken: parsed, and refused when encrypted or able to act."""

from __future__ import annotations

import pytest

from tests.files import samples
from tests.files.test_images import assert_problem

# JavaScript with its name hex-escaped (/J#61vaScript), as malware writes it.
ESCAPED_JAVASCRIPT = samples.pdf(javascript="app.alert(1)").replace(
    b"/JavaScript", b"/J#61vaScript"
)


def test_a_clean_pdf_is_accepted_as_it_is_and_downloads_as_an_attachment(
    upload, files_client, household
):
    document = samples.pdf()
    answer = upload(document, "รายงานการประชุม.pdf", accept="DOCUMENTS")
    assert answer.status_code == 201, answer.json
    assert answer.json["mime"] == "application/pdf"
    assert (answer.json["width"], answer.json["height"]) == (None, None)
    assert answer.json["size_bytes"] == len(document)
    served = files_client.get(f"{household.photos}/{answer.json['id']}", headers=household.headers)
    assert served.status_code == 200
    assert served.data == document  # stored as sent
    assert served.headers["Content-Type"] == "application/pdf"
    assert served.headers["Content-Disposition"].startswith('attachment; filename="file.pdf"')


def test_images_are_documents_too(upload):
    assert upload(samples.jpeg(), accept="DOCUMENTS").status_code == 201


def test_a_pdf_where_only_images_are_taken_is_415(upload):
    body = assert_problem(upload(samples.pdf(), "slip.pdf"), 415, "unsupported_file")
    assert body["detail"] == "This is not a JPEG, PNG or WebP image."
    other = assert_problem(
        upload(samples.zip_archive(), accept="DOCUMENTS"), 415, "unsupported_file"
    )
    assert other["detail"] == "This is not a PDF or a JPEG, PNG or WebP image."


@pytest.mark.parametrize(
    ("document", "found"),
    [
        (samples.pdf(javascript="app.alert('hi')"), "JavaScript"),
        (  # its name hex-escaped, as malware writes it
            samples.pdf(javascript="app.alert(1)").replace(b"/JavaScript", b"/J#61vaScript"),
            "JavaScript",
        ),
        (samples.pdf(launch=True), "a launch action"),
        (samples.pdf(attachment=True), "an embedded file"),
    ],
    ids=["javascript", "escaped-javascript", "launch", "embedded-file"],
)
def test_a_pdf_that_can_act_is_refused(upload, document, found):
    body = assert_problem(upload(document, accept="DOCUMENTS"), 422, "active_pdf_content")
    assert f"This PDF contains {found}" in body["detail"]


def test_an_encrypted_pdf_is_refused_with_a_way_out(upload):
    body = assert_problem(
        upload(samples.pdf(password="1234"), accept="DOCUMENTS"), 422, "encrypted_pdf"
    )
    assert "Save as PDF" in body["detail"]


def test_a_pdf_carrying_a_zip_is_a_polyglot(upload):
    body = assert_problem(
        upload(samples.pdf() + samples.zip_archive(), accept="DOCUMENTS"), 422, "hidden_content"
    )
    assert "a ZIP archive after the end of the PDF" in body["detail"]


@pytest.mark.parametrize(
    "document",
    [b"%PDF-1.7\nnot really a pdf\n%%EOF\n", b"%PDF-1.4\n" + b"\x00" * 500, b"%PDF"],
    ids=["no-objects", "no-eof", "header-only"],
)
def test_a_damaged_pdf_is_422(upload, document):
    assert_problem(upload(document, accept="DOCUMENTS"), 422, "unreadable_file")
