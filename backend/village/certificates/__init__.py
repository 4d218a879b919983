"""Debt-clearance certificates (หนังสือรับรองการปลอดหนี้): numbered, dated, verifiable."""
