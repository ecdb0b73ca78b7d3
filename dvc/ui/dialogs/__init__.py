"""Dialogs: first start, settings."""
