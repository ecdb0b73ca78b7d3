"""Every table of dvc; importing this package registers them on SQLModel.metadata."""

from dvc.store.tables.apart import ApartConflict, ApartDecision
from dvc.store.tables.audit import AuditEvent
from dvc.store.tables.base import Synced
from dvc.store.tables.equipment import Equipment, Loan
from dvc.store.tables.exchange import BlockDayFigures, ExchangeBundle, ExchangeConflict, Peer, RecordSource
from dvc.store.tables.identity import CenterSetting, CodeCounter, Council, Device, Operator, Setting
from dvc.store.tables.needs import Need, NeedStatusChange, Survey
from dvc.store.tables.teams import ActivityReport, Dispatch, Team, TeamMember
from dvc.store.tables.volunteers import Attendance, Group, Volunteer

SYNCED_TABLES = (
    Council, Device, Operator, Setting, CenterSetting, CodeCounter,
    Group, Volunteer, Attendance,
    Need, Survey, NeedStatusChange,
    Team, TeamMember, Dispatch, ActivityReport,
    Equipment, Loan,
    AuditEvent,
    ApartDecision, ApartConflict,
    Peer, ExchangeBundle, ExchangeConflict, RecordSource, BlockDayFigures,
)

__all__ = [t.__name__ for t in SYNCED_TABLES] + ["SYNCED_TABLES", "Synced"]
