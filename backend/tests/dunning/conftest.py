"""The dunning-letter tests use the certificate tests' fixtures (which are the invoice
tests' office, residents and books, and an owner's house)."""

from tests.certificates.conftest import books, office, owner_of, resident_of

__all__ = ["books", "office", "owner_of", "resident_of"]
