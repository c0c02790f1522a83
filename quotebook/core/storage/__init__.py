"""The library file: its tables, opening and checking it, its index, locks, modes and backups."""
