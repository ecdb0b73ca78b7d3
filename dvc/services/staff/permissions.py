"""Who may do what: the one table of roles, checked inside each service (so the GUI and the CLI refuse alike).

Every change needs someone signed in (their name goes on the audit trail). On top of that:
- the center head: trusting another laptop or council (its bundles will change our data), putting a backup
  back (it replaces everything since), removing personal data, this laptop's settings, giving the desk lead
  and center head roles, making this laptop the center hub (its join code lets laptops in);
- a desk lead or the center head: reversing the outcome of a merge, asking the block for support with a need
  (応援要請: the requester's name, phone and address go to the other councils).
"""

from __future__ import annotations

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError
from dvc.domain.vocab import Role
from dvc.services.core.workspace import Workspace
from dvc.services.staff.operators import require_role

TRUST_PEER = "trust_peer"
RESTORE = "restore"
PURGE_PERSONAL = "purge_personal"
SETTINGS = "settings"
REVERSE_CONFLICT = "reverse_conflict"
REQUEST_SUPPORT = "request_support"
RUN_HUB = "run_hub"

NEEDS: dict[str, str] = {
    TRUST_PEER: Role.CENTER_HEAD,
    RESTORE: Role.CENTER_HEAD,
    PURGE_PERSONAL: Role.CENTER_HEAD,
    SETTINGS: Role.CENTER_HEAD,
    REVERSE_CONFLICT: Role.DESK_LEAD,
    REQUEST_SUPPORT: Role.DESK_LEAD,
    RUN_HUB: Role.CENTER_HEAD,
}


def require_signed_in(ws: Workspace) -> None:
    if not ws.operator:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Sign in first: every change is kept with the name of who made it. On the command line give "
                      "--operator NAME (or set DVC_OPERATOR)."))


def require(ws: Workspace, action: str) -> None:
    """Refuse unless someone is signed in with the role ``action`` needs."""
    require_signed_in(ws)
    require_role(ws, NEEDS[action])


def allowed(ws: Workspace, action: str) -> bool:
    """For screens that grey out what the signed-in person may not do."""
    try:
        require(ws, action)
    except UserError:
        return False
    return True
