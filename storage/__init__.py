"""The database both sides share: table definitions and how to open it. No reads or writes live here."""
