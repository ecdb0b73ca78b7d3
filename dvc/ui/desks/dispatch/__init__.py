"""送り出し: send teams out and take them back."""

from dvc.ui.desks.dispatch.page import DispatchPage

__all__ = ["DispatchPage"]
