"""Invoices and their lines: what each house has been billed (village.md, "Invoices")."""
