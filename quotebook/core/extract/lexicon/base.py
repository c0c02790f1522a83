"""The one helper every word list is written with."""

from __future__ import annotations


def words(text: str) -> list[str]:
    """The whitespace-separated words of a word list written as text."""
    return text.split()
