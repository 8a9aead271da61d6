"""Command-line helpers for make that are neither the playbook package nor the MkDocs plugin."""
