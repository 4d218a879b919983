"""Dunning letters (หนังสือแจ้งเตือนค้างชำระ): what a house owes past due, as a Thai letter."""
