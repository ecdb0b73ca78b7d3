"""Names of the shared tables and their fields for people (context "exchange"): conflicts, refusals, previews."""

from __future__ import annotations

from dvc.domain.messages import QT_TRANSLATE_NOOP

TABLES = {
    "volunteer": QT_TRANSLATE_NOOP("exchange", "Volunteers"),
    "volunteer_group": QT_TRANSLATE_NOOP("exchange", "Groups"),
    "attendance": QT_TRANSLATE_NOOP("exchange", "Check-ins"),
    "need": QT_TRANSLATE_NOOP("exchange", "Needs"),
    "need_status_change": QT_TRANSLATE_NOOP("exchange", "Need history"),
    "survey": QT_TRANSLATE_NOOP("exchange", "Site surveys"),
    "team": QT_TRANSLATE_NOOP("exchange", "Teams"),
    "team_member": QT_TRANSLATE_NOOP("exchange", "Team members"),
    "dispatch": QT_TRANSLATE_NOOP("exchange", "Dispatches"),
    "activity_report": QT_TRANSLATE_NOOP("exchange", "Activity reports"),
    "equipment": QT_TRANSLATE_NOOP("exchange", "Equipment"),
    "loan": QT_TRANSLATE_NOOP("exchange", "Loans"),
    "operator": QT_TRANSLATE_NOOP("exchange", "Staff"),
    "audit_event": QT_TRANSLATE_NOOP("exchange", "Change log"),
    "block_day_figures": QT_TRANSLATE_NOOP("exchange", "Day figures"),
}

# The fields staff meet most in a conflict; others show their column name.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("exchange", "Name"),
    "kana": QT_TRANSLATE_NOOP("exchange", "Furigana"),
    "phone": QT_TRANSLATE_NOOP("exchange", "Phone"),
    "address": QT_TRANSLATE_NOOP("exchange", "Address"),
    "headcount": QT_TRANSLATE_NOOP("exchange", "Volunteers needed"),
    "estimated_days": QT_TRANSLATE_NOOP("exchange", "Estimated days"),
    "status": QT_TRANSLATE_NOOP("exchange", "Status"),
    "priority": QT_TRANSLATE_NOOP("exchange", "Priority"),
    "district": QT_TRANSLATE_NOOP("exchange", "District"),
    "site_address": QT_TRANSLATE_NOOP("exchange", "Site address"),
    "requester_name": QT_TRANSLATE_NOOP("exchange", "Requester"),
    "requester_phone": QT_TRANSLATE_NOOP("exchange", "Requester's phone"),
    "work_types": QT_TRANSLATE_NOOP("exchange", "Work"),
    "notes": QT_TRANSLATE_NOOP("exchange", "Notes"),
    "deleted": QT_TRANSLATE_NOOP("exchange", "Deleted"),
    "skills": QT_TRANSLATE_NOOP("exchange", "Skills"),
    "vehicles": QT_TRANSLATE_NOOP("exchange", "Vehicles"),
    "quantity_owned": QT_TRANSLATE_NOOP("exchange", "Quantity owned"),
    "checked_out_at": QT_TRANSLATE_NOOP("exchange", "Checked out"),
    "block_share_consent": QT_TRANSLATE_NOOP("exchange", "Block sharing agreed"),
    "shared_with_block": QT_TRANSLATE_NOOP("exchange", "Support requested from the block"),
    "birth_date": QT_TRANSLATE_NOOP("exchange", "Birth date"),
    "code": QT_TRANSLATE_NOOP("exchange", "Code"),
    "origin": QT_TRANSLATE_NOOP("exchange", "Council that made it"),
    "email": QT_TRANSLATE_NOOP("exchange", "E-mail"),
    "group_id": QT_TRANSLATE_NOOP("exchange", "Group"),
    "need_id": QT_TRANSLATE_NOOP("exchange", "Need"),
    "equipment_id": QT_TRANSLATE_NOOP("exchange", "Equipment"),
    "council_code": QT_TRANSLATE_NOOP("exchange", "Council"),
    "remaining_work": QT_TRANSLATE_NOOP("exchange", "Work left"),
    "status_reason": QT_TRANSLATE_NOOP("exchange", "Reason for the status"),
    "damage": QT_TRANSLATE_NOOP("exchange", "Damage"),
}
