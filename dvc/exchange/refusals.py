"""Why a bundle or identity file is refused, in words for the person holding the USB stick."""

from __future__ import annotations

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError


def not_a_bundle(detail: str = "") -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "This file is not a dvc exchange bundle, or it is damaged or incomplete ({detail}). "
                  "Nothing was imported; ask the sender for a new copy."), detail=detail or "-")


def empty_file() -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "The file is empty. Nothing was imported; ask the sender for a new copy."))


def unsafe_member(name: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "The bundle holds a file with an unsafe name ({name}). It was refused; nothing was imported."),
        name=name[:80])


def duplicate_member(name: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "The bundle holds the file {name} twice, so it may have been tampered with. Nothing was imported."),
        name=name[:80])


def too_large(name: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "The bundle is too large or compressed suspiciously ({name}). It was refused; nothing was imported."),
        name=name[:80])


def bad_signature() -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "The bundle's signature is missing or does not match: it was changed after it was made, or it is "
                  "not from the laptop it names. Nothing was imported."))


def hash_mismatch(name: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "Part of the bundle ({name}) does not match its signed checksum: the file was damaged or changed. "
                  "Nothing was imported."), name=name[:80])


def unknown_sender(council: str, device: int, fingerprint: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "This bundle comes from {council} laptop {device}, which this laptop does not trust (fingerprint "
                  "{fingerprint}). Trust its identity file first (dvc exchange trust). Nothing was imported."),
        council=council, device=device, fingerprint=fingerprint)


def not_for_us(council: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "This bundle was made for {council}, not for this council. Nothing was imported."), council=council)


def own_bundle() -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "This bundle was made on this laptop itself. Nothing was imported."))


def drill_mismatch(drill: bool) -> UserError:
    if drill:
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "This bundle comes from a drill database and this is a real one: drill data is never mixed "
                      "with real data. Nothing was imported."))
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "This bundle holds real data and this is a drill database. Nothing was imported."))


def not_encrypted_for_us() -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "This bundle is encrypted for other laptops. Give the sender this laptop's identity file "
                  "(dvc exchange identity) and ask for a new bundle. Nothing was imported."))


def damaged_member(name: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "Part of the bundle ({name}) could not be decrypted: it is damaged or was changed. "
                  "Nothing was imported."), name=name[:80])


def bad_row(table: str, line: int, detail: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "Row {line} of {table} in the bundle does not fit the data format ({detail}). Nothing was imported."),
        table=table, line=line, detail=detail[:120])


def missing_reference(table: str, count: int) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "{count} rows of {table} in the bundle refer to records that are neither here nor in the bundle. "
                  "Nothing was imported."), table=table, count=count)


def clashing_record(table: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "A record of {table} in the bundle has the same code as a different record here. "
                  "Nothing was imported; check that the two laptops do not share a device number."), table=table)


def future_stamp(table: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "Records of {table} in the bundle are dated more than two days ahead of this laptop's clock. "
                  "Check the clocks of both laptops. Nothing was imported."), table=table)


# Why one record of a bundle was not taken (dvc/exchange/ownership.py); the rest of the bundle was.
_REFUSED = {
    "third_council": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: another council made it, and only that council may send it."),
    "origin_changed": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: the sender changed which council made it."),
    "ours": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: it is this council's record, and only this council changes it."),
    "ours_fields": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}): the helping council's progress was taken, but not its change to {field}: "
                  "only this council changes that."),
    "not_shared": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: it refers to a record of this council that was not shared "
                  "with the block."),
    "not_theirs": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: it refers to a record of another council."),
    "code_not_theirs": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: its code is from another council's series."),
    "code_taken": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: another record here has the same code."),
    "bad_value": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: its {field} is too long or not in the expected form. "
                  "Ask the sender to correct it; the rest of the file was imported."),
    "parent_refused": QT_TRANSLATE_NOOP(
        "errors", "{record} ({table}) was not taken: it refers to a record that was not taken ({field})."),
    "audit_changed": QT_TRANSLATE_NOOP(
        "errors", "Change log entries of laptop {record} were not taken: an entry already here is never changed."),
    "audit_chain": QT_TRANSLATE_NOOP(
        "errors", "Change log entries of laptop {record} were not taken: they do not continue that laptop's chain, "
                  "or its signature does not match. Ask for a full bundle (--full) from that laptop."),
    "audit_ours": QT_TRANSLATE_NOOP(
        "errors", "Change log entries claiming to be this laptop's were not taken: this laptop holds all of its own."),
}
_UNKNOWN_REASON = QT_TRANSLATE_NOOP("errors", "{record} ({table}) was not taken.")


def refused_record(reason: str, *, table: str, record: str, field: str = "") -> UserError:
    """The words for one refused record (a message, not raised): which record, and why."""
    from dvc.domain.messages import Term
    from dvc.domain.record_labels import FIELDS, TABLES

    first = field.split(",")[0].strip()
    return UserError(_REFUSED.get(reason, _UNKNOWN_REASON), record=record,
                     table=Term("exchange", TABLES[table]) if table in TABLES else table,
                     field=Term("exchange", FIELDS[first]) if first in FIELDS else field)
