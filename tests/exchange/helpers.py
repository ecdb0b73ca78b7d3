"""Laptops that trust each other, bundles rebuilt with changes, and a content snapshot to compare databases."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from dvc.exchange import policy
from dvc.exchange.keys import b64
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.identity import ensure_keys, own_identity, trust_peer
from dvc.services.exchange.bundle_import import import_bundle
from dvc.services.core.setup import create_database
from dvc.services.core.workspace import Workspace

ALL_TABLES_SQL = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"


def laptop(tmp: Path, name: str, council: str = "koganei", device: int = 1, drill: bool = False) -> Workspace:
    # No operator row: a one-way bundle would otherwise leave the receiver with one more than the sender.
    ws = create_database(tmp / f"{name}.db", council=council, device_number=device, drill=drill)
    act_as_center_head(ws, f"{name} 担当")
    return ws


def act_as_center_head(ws: Workspace, name: str) -> None:
    """What signing in as the center head leaves on the workspace, without a staff row (see above)."""
    from dvc.domain.vocab import Role

    ws.operator, ws.operator_role = name, Role.CENTER_HEAD


def befriend(*laptops: Workspace) -> None:
    """Every laptop trusts every other (as if each fingerprint had been compared by phone)."""
    identities = [own_identity(ws) for ws in laptops]
    for ws in laptops:
        for ident in identities:
            if ident.device_id != own_identity(ws).device_id:
                trust_peer(ws, identity=ident)


def send(src: Workspace, dst: Workspace, tmp: Path, *, full: bool = False, encrypt: bool = True, name: str = ""):
    out = tmp / (name or f"{src.path.stem}-to-{dst.path.stem}-{len(list(tmp.glob('*.dvcx')))}.dvcx")
    export_bundle(src, peer=dst.identity.council_code, out=out, full=full, encrypt=encrypt)
    return import_bundle(dst, path=out)


def snapshot(ws: Workspace) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: "the database content" for byte-for-byte comparisons."""
    with ws.session() as s:
        conn = s.connection().connection.driver_connection
        tables = [r[0] for r in conn.execute(ALL_TABLES_SQL)]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def shared_content(ws: Workspace, scope: str = policy.SCOPE_COUNCIL) -> dict[str, list[tuple]]:
    """The rows and fields that travel in ``scope`` (what two laptops must end up agreeing on)."""
    out = {}
    with ws.session() as s:
        conn = s.connection().connection.driver_connection
        for table in policy.shared_tables():
            if policy.rule(scope, table) is None or table in ("audit_event", "block_day_figures"):
                continue
            fields = ", ".join(f'"{f}"' for f in policy.fields_for(scope, table))
            out[table] = sorted(conn.execute(f'SELECT {fields} FROM "{table}"').fetchall(), key=repr)
    return out


def rebuild(src: Path, out: Path, ws: Workspace | None, *,
            members: Callable[[str, bytes], bytes | None] | None = None,
            manifest: Callable[[dict], None] | None = None, fix_hashes: bool = True,
            extra: list[tuple[str, bytes]] = ()) -> Path:
    """Copy a plain (unencrypted) bundle, changing members and/or the manifest, and sign it again with ``ws``'s key.

    This is how a well-meaning but buggy (or a hostile) sender with a trusted key would make a bad bundle.
    """
    with zipfile.ZipFile(src) as zin:
        doc = json.loads(zin.read("manifest.json"))
        data = {n: zin.read(n) for n in zin.namelist() if n.startswith("data/")}
    for name in list(data):
        if members is not None:
            changed = members(name, data[name])
            if changed is None:
                del data[name]
                continue
            data[name] = changed
    if fix_hashes:
        for m in doc["members"]:
            if m["name"] in data:
                m["sha256"] = hashlib.sha256(data[m["name"]]).hexdigest()
                m["rows"] = data[m["name"]].count(b"\n")
    if manifest is not None:
        manifest(doc)
    body = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, content in data.items():
            zout.writestr(name, content)
        for name, content in extra:
            zout.writestr(name, content)
        zout.writestr("manifest.json", body)
        if ws is not None:
            zout.writestr("manifest.sig", b64(ensure_keys(ws).signing.sign(body)) + "\n")
    return out


def ndjson(rows: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)


def rows_of(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.splitlines() if line]


def change_on_both(first: Workspace, second: Workspace, tmp: Path, headcounts: tuple[int, int] = (7, 9)):
    """A need both laptops hold, then changed on each (``second`` last, so its change is newer): a conflict."""
    from tests.services.seed import seed
    from dvc.store.tables import Need

    needs = seed(first).needs
    send(first, second, tmp)
    need_id = next(iter(needs.values())).id
    for ws, headcount in zip((first, second), headcounts):
        with ws.transaction() as s:
            need = s.get(Need, need_id)
            need.headcount = headcount
            s.add(need)
    return needs, need_id
