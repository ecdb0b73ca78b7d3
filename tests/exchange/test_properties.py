"""Property tests: random edits on three laptops of one council, each bundle delivered to every other laptop
in a random order → the same content everywhere;
a repeated import changes nothing; mutated bundles never crash the importer nor half-write."""

from __future__ import annotations

import random
import shutil
import tempfile
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvc.domain.messages import UserError
from dvc.services.exchange.bundle_export import export_bundle
from dvc.services.exchange.bundle_import import import_bundle
from dvc.services.core.workspace import open_workspace
from dvc.store.ids import attendance_id
from dvc.store.tables import Attendance, Need, Volunteer
from tests.exchange.helpers import befriend, laptop, ndjson, rebuild, rows_of, shared_content, snapshot
from tests.services.seed import seed

NAMES = ("k1", "k2", "k3")
DAY = date(2026, 4, 1)
SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def trio(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("trio")
    made = [laptop(folder, name, device=i + 1) for i, name in enumerate(NAMES)]
    befriend(*made)
    for ws in made:
        ws.close()
    return folder


laptops = st.sampled_from(range(3))
ops = st.one_of(
    st.tuples(st.just("add_need"), laptops, st.integers(1, 20)),
    st.tuples(st.just("edit_need"), laptops, st.integers(0, 9), st.integers(1, 20)),
    st.tuples(st.just("delete_need"), laptops, st.integers(0, 9), st.just(0)),
    st.tuples(st.just("add_volunteer"), laptops, st.just(0)),
    st.tuples(st.just("edit_volunteer"), laptops, st.integers(0, 9), st.integers(0, 99)),
    st.tuples(st.just("check_in"), laptops, st.integers(0, 9), st.just(0)),
    st.tuples(st.just("export"), laptops, st.booleans()),
    st.tuples(st.just("deliver"), st.integers(0, 50)),
)


class World:
    def __init__(self, templates: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="dvc-prop-"))
        self.ws = []
        for name in NAMES:
            shutil.copyfile(templates / f"{name}.db", self.dir / f"{name}.db")
            self.ws.append(open_workspace(self.dir / f"{name}.db"))
        self.needs: list[uuid.UUID] = []
        self.volunteers: list[uuid.UUID] = []
        self.bundles = 0
        self.pending: list[tuple[Path, int]] = []  # every bundle goes to every other laptop, in any order
        self.last: tuple[Path, int] | None = None

    def close(self) -> None:
        for ws in self.ws:
            ws.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def export(self, src: int, full: bool = False) -> None:
        self.bundles += 1
        out = self.dir / f"b{self.bundles}.dvcx"
        export_bundle(self.ws[src], peer="koganei", out=out, full=full)
        self.pending += [(out, dst) for dst in range(3) if dst != src]

    def deliver(self, index: int) -> None:
        if self.pending:
            path, dst = self.pending.pop(index % len(self.pending))
            import_bundle(self.ws[dst], path=path)
            self.last = (path, dst)

    def apply(self, op: tuple) -> None:
        kind, at = op[0], op[1]
        if kind == "export":
            self.export(at, op[2])
            return
        if kind == "deliver":
            self.deliver(at)
            return
        ws = self.ws[at]
        with ws.transaction() as s:
            if kind == "add_need":
                need = Need(code=ws.new_codes(s, "N")[0], headcount=op[2], district="本町")
                s.add(need)
                self.needs.append(need.id)
            elif kind == "add_volunteer":
                v = Volunteer(code=ws.new_codes(s, "V")[0], name=f"ボランティア{len(self.volunteers)}")
                s.add(v)
                self.volunteers.append(v.id)
            elif kind in ("edit_need", "delete_need") and op[2] < len(self.needs):
                need = s.get(Need, self.needs[op[2]])
                if need is not None:
                    if kind == "edit_need":
                        need.headcount = op[3]
                    else:
                        need.deleted = True
                    s.add(need)
            elif kind == "edit_volunteer" and op[2] < len(self.volunteers):
                v = s.get(Volunteer, self.volunteers[op[2]])
                if v is not None:
                    v.phone = f"090-0000-{op[3]:04d}"
                    s.add(v)
            elif kind == "check_in" and op[2] < len(self.volunteers):
                vid = self.volunteers[op[2]]
                if s.get(Volunteer, vid) is not None:
                    row = s.get(Attendance, attendance_id(vid, DAY)) or Attendance(
                        id=attendance_id(vid, DAY), volunteer_id=vid, day=DAY, checked_in_at=datetime.now(timezone.utc))
                    row.checked_out_at = datetime.now(timezone.utc) if row.checked_in_at else None
                    s.add(row)


@SETTINGS
@given(history=st.lists(ops, max_size=14))
def test_any_order_of_bundles_ends_in_the_same_content_and_a_repeat_changes_nothing(trio, history):
    world = World(trio)
    try:
        for op in history:
            world.apply(op)
        while world.pending:  # whatever is still on the USB sticks arrives, in the order drawn
            world.deliver(len(world.pending) // 2)
        for src in range(3):  # a last round: everyone hears of everything
            world.export(src)
        while world.pending:
            world.deliver(0)
        contents = [shared_content(ws) for ws in world.ws]
        assert contents[0] == contents[1] == contents[2]
        path, dst = world.last
        before = snapshot(world.ws[dst])
        again = import_bundle(world.ws[dst], path=path)
        assert again.totals().new == again.totals().updated == 0
        assert snapshot(world.ws[dst]) == before
    finally:
        world.close()


@pytest.fixture(scope="module")
def fuzz_bundles(trio, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    for name in NAMES[:2]:
        shutil.copyfile(trio / f"{name}.db", folder / f"{name}.db")
    src = open_workspace(folder / "k1.db")
    seed(src)
    plain, sealed = folder / "plain.dvcx", folder / "sealed.dvcx"
    export_bundle(src, peer="koganei", out=plain, encrypt=False)
    export_bundle(src, peer="koganei", out=sealed, full=True)
    src.close()
    return folder, plain.read_bytes(), sealed.read_bytes()


def _import_must_refuse_cleanly_or_work(folder: Path, data: bytes, *, keys_from: Path | None = None,
                                        rows=None) -> None:  # noqa: ANN001
    work = Path(tempfile.mkdtemp(prefix="dvc-fuzz-"))
    try:
        shutil.copyfile(folder / "k2.db", work / "k2.db")
        ws = open_workspace(work / "k2.db")
        try:
            bundle = work / "x.dvcx"
            bundle.write_bytes(data)
            if rows is not None:
                signer = open_workspace(_copy(keys_from, work))
                try:
                    bundle = rebuild(bundle, work / "y.dvcx", signer, members=rows)
                finally:
                    signer.close()
            before = snapshot(ws)
            try:
                import_bundle(ws, path=bundle)
            except UserError as exc:
                assert exc.message()
                assert snapshot(ws) == before
        finally:
            ws.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _copy(path: Path, work: Path) -> Path:
    shutil.copyfile(path, work / "signer.db")
    return work / "signer.db"


mutations = st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert", "zero"]), st.floats(0, 1),
                               st.integers(0, 255)), min_size=1, max_size=4)


def _mutate(data: bytes, edits) -> bytes:  # noqa: ANN001
    buf = bytearray(data)
    for kind, where, value in edits:
        i = min(int(where * len(buf)), max(len(buf) - 1, 0))
        if kind == "flip" and buf:
            buf[i] ^= value or 1
        elif kind == "cut":
            del buf[i:]
        elif kind == "insert":
            buf[i:i] = bytes([value]) * 7
        elif kind == "zero":
            buf[i:i + 64] = bytes(len(buf[i:i + 64]))
    return bytes(buf)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(edits=mutations, sealed=st.booleans())
def test_mutated_bundle_bytes_never_crash_nor_half_write(fuzz_bundles, edits, sealed):
    folder, plain, sealed_data = fuzz_bundles
    _import_must_refuse_cleanly_or_work(folder, _mutate(sealed_data if sealed else plain, edits))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(table=st.sampled_from(["volunteer", "need", "attendance", "team_member", "loan"]),
       field=st.sampled_from(["id", "updated_at", "origin", "deleted", "code", "headcount", "day", "volunteer_id",
                              "checked_in_at", "skills", "quantity_out", "name", "equipment_id", "team_id"]),
       value=json_values, seed_=st.integers(0, 1000))
def test_signed_bundles_with_wrong_values_are_refused_cleanly(fuzz_bundles, table, field, value, seed_):
    folder, plain, _ = fuzz_bundles

    def change(name: str, data: bytes) -> bytes:
        if name != f"data/{table}.ndjson":
            return data
        rows = rows_of(data)
        if rows:
            random.Random(seed_).choice(rows)[field] = value
        return ndjson(rows)

    _import_must_refuse_cleanly_or_work(folder, plain, keys_from=folder / "k1.db", rows=change)
