"""The dialogs: import, export, article import, backups, preferences and questions."""
