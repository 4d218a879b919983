"""The certificate and dunning-letter tests use the invoice tests' fixtures (the office,
residents, the books written through the ledger core)."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from tests.documents.samples import skeleton
from tests.invoices.conftest import books, office, resident_of

__all__ = ["books", "has", "office", "pdf_text", "resident_of"]


def pdf_text(pdf: bytes) -> str:
    """The PDF's text: pdftotext's (poppler) where installed, else pypdf's."""
    assert pdf.startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True
        )
        return done.stdout.decode("utf-8")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def has(text: str, thai: str) -> bool:
    """Thai words compared by their letters (tests/documents/samples.py explains why)."""
    return skeleton(thai) in skeleton(text)


@pytest.fixture
def owner_of(make_house, make_member, make_user):
    """A house with a named owner (and a tenant, who is not named on a certificate)."""
    from village.enums import Role
    from village.houses.enums import Relation

    def make(**fields):
        house = make_house(**fields)
        owner = make_user(role=Role.RESIDENT, full_name="นายสมชาย ใจดี")
        tenant = make_user(role=Role.RESIDENT, full_name="Tenant Person")
        make_member(house=house, user=owner, relation=Relation.OWNER, is_primary_contact=True)
        make_member(house=house, user=tenant, relation=Relation.TENANT, is_primary_contact=False)
        return house

    return make
