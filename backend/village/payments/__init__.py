"""Payments, their allocation to invoices, house credit, receipts and payment slips."""
