"""Billing runs: preview, post and discard a month's (or months') invoices for the village."""
