"""Sheets in and out: the editor's CSV, the archive, XLSX, DOCX and REFI-QDA, and CSV import."""
