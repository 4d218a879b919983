"""Incident-response operations for super admins: end every session at once."""
