"""Quotebook's desktop app: PySide6 widgets over the core's Library. No SQL here."""
