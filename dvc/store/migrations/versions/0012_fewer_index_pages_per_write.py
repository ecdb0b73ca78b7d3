"""Fewer index pages per write: no origin indexes, one audit index for table and record, withdrawn check-ins

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 11:35:52.746831
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0012'
down_revision: Union[str, None] = '0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


# Every table of 0011 (all carry an origin column and had an index on it).
TABLES = (
    'activity_report', 'apart_conflict', 'apart_decision', 'attendance', 'audit_event', 'block_day_figures',
    'center_setting', 'code_counter', 'council', 'device', 'dispatch', 'equipment', 'exchange_bundle',
    'exchange_conflict', 'exchange_peer', 'loan', 'need', 'need_status_change', 'operator', 'record_source',
    'setting', 'survey', 'sync_link', 'team', 'team_member', 'volunteer', 'volunteer_group',
)


def upgrade() -> None:
    # An index on origin selects almost nothing (a table holds one or a few councils' rows) and costs each write a
    # page. The audit trail's two indexes become one: a record's history and a table's entries both use it.
    for table in TABLES:
        op.drop_index(f'ix_{table}_origin', table_name=table)
    op.drop_index('ix_audit_event_record_id', table_name='audit_event')
    op.drop_index('ix_audit_event_table_name', table_name='audit_event')
    op.create_index('ix_audit_event_record', 'audit_event', ['table_name', 'record_id'], unique=False)
    # Check-ins withdrawn (tombstones): a person's days are then counted from indexes alone.
    op.create_index('ix_attendance_withdrawn', 'attendance', ['volunteer_id', 'day'], unique=False,
                    sqlite_where=sa.text('deleted = 1'))


def downgrade() -> None:
    op.drop_index('ix_attendance_withdrawn', table_name='attendance')
    op.drop_index('ix_audit_event_record', table_name='audit_event')
    op.create_index('ix_audit_event_table_name', 'audit_event', ['table_name'], unique=False)
    op.create_index('ix_audit_event_record_id', 'audit_event', ['record_id'], unique=False)
    for table in TABLES:
        op.create_index(f'ix_{table}_origin', table, ['origin'], unique=False)
