"""Spreadsheets as a hostile or broken source writes them: made by hand, part by part, with zipfile.

A real .xlsx is a zip of XML parts; these are the smallest that openpyxl opens, with what the adversarial
pass used in them: shared strings that unpack to hundreds of megabytes from a small file, a sheet claiming
16,384 columns, a CSV cell longer than the csv module's field limit.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _cell(ref: str, index: int) -> str:
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


def workbook(path: Path, *, strings: list[str], rows: list[list[int]], dimension: str = "",
             string_filler: tuple[str, int] | None = None) -> Path:
    """An .xlsx whose cells point at ``strings``; ``string_filler`` = (text, times): one more shared string
    made of ``text`` repeated, streamed into the zip (a few hundred MB packs into a few hundred KB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", CONTENT_TYPES)
        book.writestr("_rels/.rels", RELS)
        book.writestr("xl/workbook.xml", WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        count = len(strings) + (1 if string_filler else 0)
        with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><sst {MAIN} count="{count}" uniqueCount="{count}">'
                       .encode())
            for text in strings:
                part.write(f"<si><t>{text}</t></si>".encode())
            if string_filler:
                text, times = string_filler
                chunk = (text * 65536).encode()
                part.write(b"<si><t>")
                for _ in range(times // 65536):
                    part.write(chunk)
                part.write(b"</t></si>")
            part.write(b"</sst>")
        lines = []
        for r, row in enumerate(rows, start=1):
            cells = "".join(_cell(f"{chr(65 + c)}{r}", index) for c, index in enumerate(row))
            lines.append(f'<row r="{r}">{cells}</row>')
        dim = f'<dimension ref="{dimension}"/>' if dimension else ""
        book.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {MAIN}>{dim}'
                                                  f'<sheetData>{"".join(lines)}</sheetData></worksheet>')
    return path


_READ = """
import resource, sys, time
limit = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from dvc.domain.messages import UserError
from dvc.services.core.table_file import read_table
print("base_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
started = time.perf_counter()
try:
    table = read_table(sys.argv[1])
    print("read", len(table.rows), max((len(r) for _n, r in table.rows), default=0))
except UserError as exc:
    print("refused", exc)
except MemoryError:
    print("out of memory")
print("seconds", round(time.perf_counter() - started, 2))
print("peak_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def read_in_a_small_process(path: Path, memory_mb: int = 768, timeout: float = 120) -> dict:
    """read_table in a process allowed ``memory_mb`` of address space: what it said, how long, how much."""
    done = subprocess.run([sys.executable, "-c", _READ, str(path), str(memory_mb)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    out: dict = {"stderr": done.stderr[-2000:]}
    for line in done.stdout.splitlines():
        word, _, rest = line.partition(" ")
        out[word] = rest
    return out


assert resource  # (used in the child process)
