"""Arrears: the books as of any date, in SQL (village.md, "Statement, arrears and
certificates", invariant 4). Reports, periods and dunning letters read it."""
