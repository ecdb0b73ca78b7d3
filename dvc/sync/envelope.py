"""A round on the wire: a small JSON head, then the rows compressed and encrypted for the one receiving laptop.

    {"format": "dvc-sync", "version": 1, "round": UUID, "from": DEVICE, "to": DEVICE, "after": N, "upto": M,
     "more": false, "seen": {...}, "writer_seen": {...}, "members": [{"table": T, "fields": [...], "rows": n}],
     "encryption": {...} | null}\\n
    <frames>

The rows are the members' row JSON lines in order, deflated, then sealed with
the exchange's framing (dvc/exchange/sealing.py: a random content key wrapped
for the receiver's X25519 key, ChaCha20-Poly1305 frames). The head carries no
personal data. Who sent the whole body, unchanged, is proven by the HTTP
layer's Ed25519 signature over it (dvc/sync/auth.py), so the envelope signs
nothing itself. A round without rows has no frames and no encryption.
"""

from __future__ import annotations

import re
import uuid
import zlib
from dataclasses import dataclass, field

import orjson
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from dvc.exchange import policy, sealing
from dvc.sync.changes import Changes, fields_of

FORMAT = "dvc-sync"
VERSION = 1
PAYLOAD = "payload"
MAX_HEAD = 1 << 20
MAX_PLAIN = 512 << 20  # a first round to an empty laptop of a large center still fits
_DEVICE = re.compile(r"^[0-9a-f]{32}$")


class EnvelopeError(ValueError):
    """Not a round from a dvc hub or desk, damaged, or not for this laptop."""


@dataclass
class Round:
    round_id: uuid.UUID
    sender: str
    receiver: str
    after: int
    upto: int
    more: bool
    seen: dict[str, str] = field(default_factory=dict)
    writer_seen: dict[str, dict[str, str]] = field(default_factory=dict)
    tables: dict[str, list[bytes]] = field(default_factory=dict)
    fields: dict[str, list[str]] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(len(r) for r in self.tables.values())


def seal(changes: Changes, *, sender: str, receiver: str, receiver_key: str, seen: dict[str, str],
         writer_seen: dict[str, dict[str, str]] | None = None) -> bytes:
    round_id = uuid.uuid4()
    members = [{"table": t, "fields": fields_of(t), "rows": len(rows)} for t, rows in changes.tables.items()]
    encryption = None
    body = b""
    if members:
        key = sealing.new_content_key()
        encryption = sealing.wrap_content_key(key, round_id.bytes, [sealing.Recipient(receiver, receiver_key)])
        plain = b"".join(line + b"\n" for rows in changes.tables.values() for line in rows)
        sealer = sealing.FrameSealer(sealing.member_key(key, round_id.bytes, PAYLOAD), PAYLOAD)
        body = b"".join(sealer.feed(zlib.compress(plain, 1))) + sealer.close()
    head = {"format": FORMAT, "version": VERSION, "round": str(round_id), "from": sender, "to": receiver,
            "after": changes.after, "upto": changes.upto, "more": changes.more, "seen": seen,
            "writer_seen": writer_seen or {}, "members": members, "encryption": encryption}
    return orjson.dumps(head) + b"\n" + body


def open_round(data: bytes, *, receiver: str, key: X25519PrivateKey, sender: str) -> Round:
    """Check and decrypt a round meant for ``receiver`` from ``sender``; EnvelopeError if it is anything else."""
    end = data.find(b"\n", 0, MAX_HEAD)
    if end < 0:
        raise EnvelopeError("no head")
    try:
        head = orjson.loads(data[:end])
    except orjson.JSONDecodeError:
        raise EnvelopeError("head") from None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise EnvelopeError("format")
    if head.get("version") != VERSION:
        raise EnvelopeError("version")
    if head.get("from") != sender or head.get("to") != receiver:
        raise EnvelopeError("not between these laptops")
    try:
        round_id = uuid.UUID(str(head.get("round")))
        after, upto, more = _count(head, "after"), _count(head, "upto"), head.get("more")
        seen = _seen(head.get("seen"))
        writer = head.get("writer_seen")
        if not isinstance(writer, dict) or len(writer) > 200 or not all(_DEVICE.match(str(k)) for k in writer):
            raise EnvelopeError("writer_seen")
        writer_seen = {k: _seen(v) for k, v in writer.items()}
        members = _members(head.get("members"))
    except (ValueError, TypeError):
        raise EnvelopeError("head fields") from None
    if not isinstance(more, bool) or upto < after:
        raise EnvelopeError("cursor")
    out = Round(round_id, sender, receiver, after, upto, more, seen, writer_seen)
    if not members:
        if len(data) != end + 1:
            raise EnvelopeError("rows without members")
        return out
    encryption = head.get("encryption")
    if not isinstance(encryption, dict):
        raise EnvelopeError("not encrypted")
    try:
        content = sealing.unwrap_content_key(encryption, round_id.bytes, receiver, key)
    except (sealing.SealError, KeyError, TypeError, ValueError):
        raise EnvelopeError("key") from None
    if content is None:
        raise EnvelopeError("not for this laptop")
    try:
        packed = b"".join(sealing.open_frames(sealing.member_key(content, round_id.bytes, PAYLOAD), PAYLOAD,
                                              [data[end + 1:]]))
        inflater = zlib.decompressobj()
        plain = inflater.decompress(packed, MAX_PLAIN)
        if inflater.unconsumed_tail or not inflater.eof:
            raise EnvelopeError("too large or cut off")
    except (sealing.SealError, zlib.error):
        raise EnvelopeError("rows do not decrypt") from None
    lines = plain.split(b"\n")
    if lines[-1] != b"":
        raise EnvelopeError("rows cut off")
    position = 0
    for table, fields, count in members:
        out.tables[table] = lines[position:position + count]
        out.fields[table] = fields
        position += count
    if position != len(lines) - 1 or any(not line for rows in out.tables.values() for line in rows):
        raise EnvelopeError("row count")
    return out


def _count(head: dict, key: str) -> int:
    value = head.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**62:
        raise ValueError(key)
    return value


def _seen(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or len(value) > 1000:
        raise ValueError("seen")
    if not all(isinstance(k, str) and isinstance(v, str) and len(k) <= 64 and len(v) <= 80 for k, v in value.items()):
        raise ValueError("seen")
    return value


def _members(value: object) -> list[tuple[str, list[str], int]]:
    if not isinstance(value, list) or len(value) > 100:
        raise ValueError("members")
    known = set(policy.TABLE_ORDER)
    out, seen = [], set()
    for item in value:
        if not isinstance(item, dict):
            raise ValueError("member")
        table, fields, rows = item.get("table"), item.get("fields"), item.get("rows")
        if table not in known or table in seen:
            raise ValueError("table")  # a table from a newer dvc: both ends of a center run the same version
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields) or len(fields) > 500:
            raise ValueError("fields")
        if not isinstance(rows, int) or isinstance(rows, bool) or not 0 < rows < 10_000_000:
            raise ValueError("rows")
        seen.add(table)
        out.append((table, fields, rows))
    return out
