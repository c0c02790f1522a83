"""The search box's language, parsed and run in SQL over the full-text index."""
