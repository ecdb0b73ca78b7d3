"""総務: the day's figures, reports and settings."""

from dvc.ui.desks.head_office.page import HeadOfficePage

__all__ = ["HeadOfficePage"]
