"""受付: find, register and check in volunteers."""

from dvc.ui.desks.reception.page import ReceptionPage

__all__ = ["ReceptionPage"]
