"""Lists from outside that would cost the laptop its memory, or end in a traceback, are refused early and calmly.

Each read runs in a process allowed 768 MB of address space, so a file that would take gigabytes shows as
"out of memory" there instead of slowing the machine (the adversarial pass saw 3.6 GB and 104 s).
"""

from __future__ import annotations

import csv

import pytest

from dvc.cli import main
from dvc.domain.messages import UserError
from dvc.services.core import table_file
from dvc.services.core.table_file import read_table
from tests.fuzz.hostile_files import read_in_a_small_process, workbook

HEADER = "氏名,ふりがな,生年月日,電話番号"


def test_a_cell_longer_than_the_csv_field_limit_is_a_calm_message(workspace, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DVC_OPERATOR", "山田 花子")  # the import signs in, as a script does
    path = tmp_path / "long.csv"
    path.write_text(f"{HEADER}\n試験 太郎,しけん たろう,1980-01-01,090-1111-2222\n"
                    f"{'あ' * 140_000},しけん,1980-01-01,090-1111-3333\n", encoding="utf-8")
    with pytest.raises(UserError, match="Line 3") as refused:
        read_table(path)
    assert f"{csv.field_size_limit():,}" in str(refused.value)
    workspace.close()
    assert main(["--db", str(workspace.path), "volunteers", "import", str(path)]) == 1
    said = capsys.readouterr().err
    assert "3 行目" in said and "Traceback" not in said and "_csv" not in said


def test_a_csv_larger_than_any_list_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    row = ("試験 太郎," + "x" * 1400 + ",1980-01-01,090-1111-2222\n").encode("utf-8")
    with open(path, "wb") as fh:
        fh.write((HEADER + "\n").encode("utf-8"))
        fh.write(row * (table_file.MAX_CSV_BYTES // len(row) + 10))  # about 50,000 rows, over the size limit
    result = read_in_a_small_process(path)
    assert result.get("refused", "").startswith(str(path)), result
    assert int(result["peak_mb"]) - int(result["base_mb"]) < 50  # not read into memory


def test_shared_strings_that_unpack_a_thousand_times_over_are_refused_unopened(tmp_path):
    path = workbook(tmp_path / "bomb.xlsx", strings=["氏名", "ふりがな", "試験 太郎", "しけん たろう"],
                    rows=[[0, 1], [2, 3]], string_filler=("A", 48 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    result = read_in_a_small_process(path)
    assert "refused" in result and "MB" in result["refused"], result
    assert int(result["peak_mb"]) - int(result["base_mb"]) < 50  # not read into memory


def test_a_sheet_claiming_sixteen_thousand_columns_is_read_as_the_cells_it_has(tmp_path):
    rows = [[0, 1]] + [[2, 3]] * 3000
    path = workbook(tmp_path / "wide.xlsx", strings=["氏名", "ふりがな", "試験 太郎", "しけん たろう"], rows=rows,
                    dimension="A1:XFD1048576")
    table = read_table(path)
    assert table.headers == ["氏名", "ふりがな"] and len(table.rows) == 3000
    assert max(len(cells) for _n, cells in table.rows) == 2  # not padded to 16,384 cells each


def test_a_well_made_list_at_the_row_limit_still_reads(tmp_path):
    path = tmp_path / "full.csv"
    lines = [HEADER] + [f"試験 太郎{n},しけん たろう,1980-01-01,090-1111-{n % 10000:04d}"
                        for n in range(table_file.MAX_ROWS)]
    path.write_text("\n".join(lines), encoding="cp932")
    assert len(read_table(path).rows) == table_file.MAX_ROWS


def test_a_file_that_is_not_text_says_so(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 100)
    with pytest.raises(UserError):
        read_table(path)
