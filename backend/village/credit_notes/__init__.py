"""Credit notes (village.md, "Credit notes"): a maker asks, a checker approves; an
approved note is numbered `CN…` and reduces its invoice's outstanding."""
