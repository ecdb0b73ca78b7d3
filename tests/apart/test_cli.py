"""`dvc exchange import` says when the laptops disagree, and `dvc apart list` shows what each desk must decide."""

from __future__ import annotations

import json

from dvc.cli import main
from dvc.domain.vocab import Role
from dvc.services.staff import operators
from dvc.services.exchange.bundle_export import export_bundle
from tests.apart import scenes


def test_the_import_says_so_and_the_list_names_the_desk_and_the_choices(desks, tmp_path, capsys):
    one, two = desks
    scenes.registered_twice(one, two)
    bundle = tmp_path / "from-two.dvcx"
    export_bundle(two, peer="koganei", out=bundle)
    operators.add_operator(one, name="小金井 センター長", role=Role.CENTER_HEAD)  # an import signs in
    path = str(one.path)
    one.close()  # the command opens the database itself
    assert main(["--db", path, "exchange", "import", str(bundle), "--operator", "小金井 センター長"]) == 0
    out = capsys.readouterr().out
    assert "dvc apart list" in out and "1" in out
    assert main(["--db", path, "apart", "list"]) == 0
    assert "[受付]" in capsys.readouterr().out
    assert main(["--db", path, "apart", "list", "--desk", "reception", "--json"]) == 0
    [conflict] = json.loads(capsys.readouterr().out)["conflicts"]
    assert conflict["desk"] == "reception" and conflict["kind"] == "person"
    assert [c["id"].split(":")[0] for c in conflict["choices"]] == ["keep", "keep", "distinct"]
    assert "山田 太郎" in conflict["title"]
    assert main(["--db", path, "apart", "list", "--desk", "matching"]) == 0
    assert "待っているものはありません" in capsys.readouterr().out
    assert main(["--db", path, "apart", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["open_by_desk"] == {"reception": 1}
