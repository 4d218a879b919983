"""The statement tests use the invoice tests' fixtures (the office, residents, the books)."""

from tests.invoices.conftest import books, office, resident_of

__all__ = ["books", "office", "resident_of"]
