"""The Sources and Articles views and their forms."""
