"""Closing and reopening accounting months (village.md, "Periods")."""
