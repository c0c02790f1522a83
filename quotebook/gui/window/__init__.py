"""The main window, its actions and menus, and the commands they run."""
