"""マッチング: put volunteers into teams for needs."""

from dvc.ui.desks.matching.page import MatchingPage

__all__ = ["MatchingPage"]
