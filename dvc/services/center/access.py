"""Who may change how this laptop takes part in center mode: the one place the rule is written."""

from __future__ import annotations

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import Role
from dvc.services.core.workspace import Workspace
from dvc.services.staff.operators import require_role


def require_hub_rights(ws: Workspace) -> None:
    """Making this laptop the hub, stopping it, a new join code: the center head."""
    require_role(ws, Role.CENTER_HEAD)


def require_join_rights(ws: Workspace) -> None:
    """Joining a hub with this laptop's data: any signed-in staff member (a brand-new laptop has no staff list
    yet: the join code alone lets it in, see joining.join_new_laptop)."""
    if not ws.operator:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Sign in first: joining the center hub is done by a staff member."))
