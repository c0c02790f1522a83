"""The quote table, its search box and the selected quote's editor."""
