"""What travels to whom.

Two kinds of peer:
- another laptop of our own council ("council"): every shared table, every
  field, every row — a second reception desk sees all the first one does;
- another council of the block ("block"): only what the block agreement and
  the people's consent allow (ブロック共有同意), and of volunteers only the
  fields a council lending a hand needs (their insurance plan and where they
  enrolled only with their insurance consent, 保険情報提供同意).

Tables that describe this laptop itself never travel: settings and code
counters (each laptop numbers its own codes), the council and device rows
(``is_self`` means "this database"), and the exchange's own records (trusted
peers, bundle log, conflicts, record sources). The private keys live in the
settings, so they can never be in a bundle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import SQLModel

from dvc.exchange.codec import META, TableCodec
from dvc.store.tables import LOCAL_TABLES, SYNCED_TABLES

LOCAL_ONLY = LOCAL_TABLES

SCOPE_COUNCIL = "council"
SCOPE_BLOCK = "block"

_MODELS = {t.__tablename__: t for t in SYNCED_TABLES}
# Parents before children, so foreign keys point at rows already written.
TABLE_ORDER = [t.name for t in SQLModel.metadata.sorted_tables if t.name in _MODELS and t.name not in LOCAL_ONLY]

_CODECS: dict[str, TableCodec] = {}


def codec(table: str) -> TableCodec:
    found = _CODECS.get(table)
    if found is None:
        model = _MODELS[table]
        found = _CODECS[table] = TableCodec(model.__table__, model)
    return found


def shared_tables() -> list[str]:
    return list(TABLE_ORDER)


@dataclass(frozen=True)
class TableRule:
    """Rows of ``table`` that go to a block peer: ``where`` in SQL, only ``fields``.

    ``expressions`` replace a column by an SQL expression (e.g. a group id
    blanked when the group itself did not consent). ``withdrawable`` rows
    whose consent column is false travel blanked, so that a peer holding an
    earlier copy clears it.
    """

    where: str = "1"
    fields: tuple[str, ...] = ()  # empty: all columns
    expressions: dict[str, str] = field(default_factory=dict)
    consent: str = ""
    parent: tuple[str, str] = ()  # (column, table): children of a parent that changed travel with it


_VOLUNTEER_FIELDS = (
    "code", "name", "kana", "gender", "age", "phone", "group_id", "is_group_representative",
    "experience", "disaster_experience_count", "insurance_fiscal_year", "insurance_plan", "insurance_where",
    "insured_on_site", "driving_license", "skills", "languages", "vehicles", "leader_ok",
    "block_share_consent", "insurance_consent", "guardian_consent", "available_dates", "registered_at",
)
_GROUP_FIELDS = (
    "code", "name", "kana", "representative_name", "contact_phone", "declared_headcount",
    "block_share_consent", "registered_at",
)
_EQUIPMENT_FIELDS = (
    "code", "name", "unit", "quantity_owned", "quantity_lost", "quantity_damaged", "lendable_to_block", "notes",
)
_LOAN_FIELDS = (
    "equipment_id", "borrower_council", "quantity_out", "out_at", "quantity_returned", "quantity_lost",
    "quantity_damaged", "returned_at", "notes",
)
# The plan and where the person enrolled are kept to deal with the insurer. Without the person's insurance
# consent they stay with the council that wrote them down; whether someone is insured this year (a safety
# fact a helping council needs before sending them out) travels with the block-sharing consent alone.
_INSURER_ONLY = {f: f"CASE WHEN insurance_consent = 1 THEN {f} ELSE '' END" for f in ("insurance_plan", "insurance_where")}
# Between councils each sends only what it owns (dvc/exchange/ownership.py): its own rows, and back to the
# council that asked for support the needs of that council it helped with (last changed here), so that the
# owner sees their progress. Rows a council received from a third one are not relayed: they come from there.
_OWN = "origin = :self"
_SHARED_NEED = "need_id IN (SELECT id FROM need WHERE shared_with_block = 1)"
_HELPED_NEED = "(origin = :peer AND substr(updated_at, 24) = :node)"

BLOCK_RULES: dict[str, TableRule] = {
    "volunteer_group": TableRule(where=f"block_share_consent = 1 AND {_OWN}", fields=_GROUP_FIELDS,
                                 consent="block_share_consent"),
    "volunteer": TableRule(
        where=f"block_share_consent = 1 AND {_OWN}", fields=_VOLUNTEER_FIELDS, consent="block_share_consent",
        expressions={"group_id": "CASE WHEN group_id IN "
                                 "(SELECT id FROM volunteer_group WHERE block_share_consent = 1) THEN group_id END",
                     **_INSURER_ONLY},
    ),
    "need": TableRule(where=f"shared_with_block = 1 AND ({_OWN} OR {_HELPED_NEED})"),
    "need_status_change": TableRule(where=f"{_SHARED_NEED} AND {_OWN}", parent=("need_id", "need")),
    "survey": TableRule(where=f"{_SHARED_NEED} AND {_OWN}", parent=("need_id", "need")),
    "equipment": TableRule(where=f"lendable_to_block = 1 AND {_OWN}", fields=_EQUIPMENT_FIELDS),
    "loan": TableRule(where=f"dispatch_id IS NULL AND borrower_council = :peer AND {_OWN}", fields=_LOAN_FIELDS),
    "block_day_figures": TableRule(where="council_code = :self"),
}

_ALL = TableRule()
# The entries about tables that never leave this laptop (settings, keys, trusted peers) travel with their values
# emptied: the other laptops' copy of this laptop's chain stays whole (dvc/store/audit_chain.py), and the values
# stay here.
_LOCAL_TABLES = ", ".join(f"'{t}'" for t in sorted(LOCAL_ONLY))
_AUDIT = TableRule(expressions={f: f"CASE WHEN table_name IN ({_LOCAL_TABLES}) THEN NULL ELSE {f} END"
                                for f in ("before", "after")})


def rule(scope: str, table: str) -> TableRule | None:
    """How ``table`` travels in ``scope``; None: not at all."""
    if table in LOCAL_ONLY or table not in _MODELS:
        return None
    if scope == SCOPE_COUNCIL:
        return _AUDIT if table == "audit_event" else _ALL
    return BLOCK_RULES.get(table)


def fields_for(scope: str, table: str) -> list[str]:
    """Meta columns first, then the fields that travel, in the table's column order."""
    r = rule(scope, table)
    assert r is not None
    columns = [c.name for c in codec(table).table.columns]
    chosen = set(r.fields) if r.fields else set(columns)
    return list(META) + [c for c in columns if c in chosen and c not in META]
