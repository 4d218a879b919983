"""Operator commands: preflight, verify, backup, restore-check, prune-audit."""
