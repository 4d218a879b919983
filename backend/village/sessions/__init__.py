"""The session store: one row per sign-in, below every domain that ends sessions."""
