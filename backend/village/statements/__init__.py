"""Statements of account: a house's invoices, payments, credits and voids, running balance."""
