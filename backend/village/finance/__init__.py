"""Finance settings, fee items and fee schedules: what the common fee is (village.md)."""
