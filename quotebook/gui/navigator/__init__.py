"""The navigator: All quotes, Trash, saved searches, tags, sources and articles."""
