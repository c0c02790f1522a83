"""Quotebook: a reporter's library of sources, quotes, tags and articles."""

__version__ = "0.1.0"
