"""Closed accounting periods and the one guard every money-writing path calls
(village.md, "Periods"; invariant 7). The close and reopen API is `village.periods`."""
