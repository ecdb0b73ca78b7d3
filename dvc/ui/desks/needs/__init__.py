"""ニーズ: requests for help and the needs board."""

from dvc.ui.desks.needs.page import NeedsPage

__all__ = ["NeedsPage"]
