"""Everything that writes: fetch -> parse -> extract -> store."""
