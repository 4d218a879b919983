"""Document numbers: `{PREFIX}{fiscal year B.E.}-{6 digits}`, gap-free and unique."""
