"""Every table of dvc; importing this package registers them on SQLModel.metadata."""

from dvc.store.tables.apart import ApartConflict, ApartDecision
from dvc.store.tables.audit import AuditEvent
from dvc.store.tables.base import Synced
from dvc.store.tables.equipment import Equipment, Loan
from dvc.store.tables.exchange import BlockDayFigures, ExchangeBundle, ExchangeConflict, Peer, RecordSource
from dvc.store.tables.identity import CenterSetting, CodeCounter, Council, Device, Operator, Setting
from dvc.store.tables.replication import ChangeFeed, SyncLink
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
    SyncLink,
)

# Tables that describe this laptop itself (settings and keys, code counters, the council and device rows, the
# exchange's and center mode's own records): they never travel to another laptop, and the change feed leaves
# them out. dvc/exchange/policy.py explains each.
LOCAL_TABLES = frozenset({
    "setting", "code_counter", "council", "device",
    "exchange_peer", "exchange_bundle", "exchange_conflict", "record_source", "sync_link", "apart_conflict",
})
# The tables whose rows travel between the laptops of a council, parents before children.
FEED_TABLES = tuple(t.__tablename__ for t in SYNCED_TABLES if t.__tablename__ not in LOCAL_TABLES)

__all__ = [t.__name__ for t in SYNCED_TABLES] + ["ChangeFeed", "FEED_TABLES", "LOCAL_TABLES", "SYNCED_TABLES",
                                                 "Synced"]
