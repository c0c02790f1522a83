"""Automatic quote and speaker extraction: paste an article, get its quotes."""

from .extractor import extract
from .model import ArticleMeta, Extraction, FileItem, Match, Proposal

__all__ = ["ArticleMeta", "Extraction", "FileItem", "Match", "Proposal", "extract"]
