"""The application: start-up, the open library's session and worker, settings, errors."""
