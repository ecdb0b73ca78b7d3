"""The audit trail's hash chain: what it costs to write and what a full check costs.

- One change's entry: the time of a single-row transaction (a volunteer's phone edited), p50 and p99 over 1,000.
- `dvc audit verify` (and the 総務 screen's check when it opens) over 300,000 entries, about a busy fortnight.

Run: .venv/bin/python -m tests.bench audit
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

ENTRIES = 300_000
EDITS = 1_000
PASSPHRASE = "bench-start-passphrase"  # a council's database is encrypted; no keyring here, so a start-up passphrase


def main() -> None:
    from dvc.services.core.setup import create_database
    from dvc.services.exchange.audit_verify import verify_audit
    from dvc.store.audit_chain import ChainWriter, Entry
    from dvc.store.tables import Volunteer

    with tempfile.TemporaryDirectory() as tmp:
        ws = create_database(Path(tmp) / "audit.db", council="koganei", operator_name="山田 花子",
                             start_passphrase=os.environ.get("DVC_PASSPHRASE", PASSPHRASE))
        ws.operator = "山田 花子"
        with ws.transaction() as s:
            person = Volunteer(code=ws.new_codes(s, "V")[0], name="山田 太郎", phone="090-0000-0000")
            s.add(person)
        times = []
        for i in range(EDITS):
            started = time.perf_counter()
            with ws.transaction() as s:
                v = s.get(Volunteer, person.id)
                v.phone = f"090-0000-{i:04d}"
                s.add(v)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        print(f"   one edit with its chained entry: p50 {statistics.median(times):.2f} ms, "
              f"p99 {times[int(len(times) * 0.99)]:.2f} ms", flush=True)
        with ws.transaction() as s:
            writer = ChainWriter(s.connection().connection.driver_connection, device_id=ws.db.clock.node,
                                 origin="koganei", device_number=1, stamp=ws.db.clock.now)
            for start in range(0, ENTRIES, 10_000):
                writer.append([Entry(action="update", operator_name="山田 花子", operator_id=None,
                                     table_name="volunteer", record_id=person.id, before={"phone": "090-0000-0000"},
                                     after={"phone": f"090-1111-{n % 10000:04d}"})
                               for n in range(start, start + 10_000)])
        started = time.process_time()
        wall = time.perf_counter()
        result = verify_audit(ws)
        print(f"   verify {result.entries:,} entries: {time.perf_counter() - wall:.2f} s "
              f"(CPU {time.process_time() - started:.2f} s), whole: {result.ok}", flush=True)
        ws.close()
