"""One thin module per dashboard page: widgets and layout only."""
