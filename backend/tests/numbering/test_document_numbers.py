"""Document numbers: gap-free and unique under concurrency, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.auth.test_concurrency import at_once
from village.errors import Conflict
from village.numbering import service as numbering
from village.numbering.enums import DocumentPrefix

SR = DocumentPrefix.SERVICE_REQUEST


def issue(prefix=SR, year=2569):
    return numbering.next_number(prefix, fiscal_year=year)


def test_numbers_count_per_prefix_and_fiscal_year(app):
    with app.app_context():
        assert [issue() for _ in range(3)] == ["SR2569-000001", "SR2569-000002", "SR2569-000003"]
        assert issue(DocumentPrefix.INVOICE) == "INV2569-000001"
        assert issue(year=2570) == "SR2570-000001"
        assert issue(DocumentPrefix.CERTIFICATE, 2570) == "CERT2570-000001"


def test_past_six_digits_the_number_grows_rather_than_wraps():
    assert numbering.format_number(SR, 2569, 1_234_567) == "SR2569-1234567"


@pytest.mark.committed
def test_twenty_parallel_issues_get_twenty_consecutive_numbers(committed_app):
    def view():
        return {"number": numbering.next_number(DocumentPrefix.RECEIPT, fiscal_year=2569)}

    committed_app.add_url_rule("/api/v1/test-number", "test_number", view, methods=["POST"])

    def post(_):
        answer = committed_app.test_client().post("/api/v1/test-number")
        assert answer.status_code == 200, answer.json
        return answer.json["number"]

    numbers = at_once(20, post)
    assert sorted(numbers) == [f"RC2569-{n:06d}" for n in range(1, 21)]


@pytest.mark.committed
def test_a_rolled_back_issue_consumes_no_number(committed_app):
    def view(fail):
        number = numbering.next_number(DocumentPrefix.CREDIT_NOTE, fiscal_year=2569)
        if fail == "yes":  # the document fails after its number was drawn
            raise Conflict("The issue failed.")
        return {"number": number}

    committed_app.add_url_rule("/api/v1/test-number/<fail>", "test_number", view, methods=["POST"])
    client = committed_app.test_client()
    assert client.post("/api/v1/test-number/no").json["number"] == "CN2569-000001"
    assert client.post("/api/v1/test-number/yes").status_code == 409
    assert client.post("/api/v1/test-number/no").json["number"] == "CN2569-000002"
