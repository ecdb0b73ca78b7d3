import pytest

from dvc.domain.messages import UserError
from dvc.services.core.setup import create_database, is_drill_file


def test_known_council_gets_its_name_and_short_code(db_path):
    with create_database(db_path, council="chofu", device_number=3) as ws:
        assert ws.identity.council_name == "調布市社会福祉協議会"
        assert ws.identity.council_short == "CF"
        assert ws.identity.device_number == 3
        with ws.transaction() as s:
            assert ws.new_codes(s, "N")[0].startswith("N-CF3-0001-")


def test_other_councils_are_allowed_with_a_free_short_code(db_path):
    with create_database(db_path, council="musashino", short="MS", name="武蔵野市民社会福祉協議会") as ws:
        assert ws.identity.council_short == "MS"


@pytest.mark.parametrize("kwargs", [
    {"council": "Koganei City"},
    {"council": "musashino", "short": "KG"},
    {"council": "koganei", "short": "ZZ"},
    {"council": "koganei", "device_number": 0},
    {"council": "koganei", "device_number": 100},
])
def test_bad_setup_is_refused_and_creates_nothing(db_path, kwargs):
    with pytest.raises(UserError):
        create_database(db_path, **kwargs)
    assert not db_path.exists()


def test_a_real_database_is_never_overwritten(db_path):
    create_database(db_path, council="koganei").close()
    for replace in (False, True):
        with pytest.raises(UserError):
            create_database(db_path, council="koganei", drill=True, replace_drill=replace)
    assert is_drill_file(db_path) is False


def test_a_drill_database_is_replaced_only_when_asked(db_path):
    create_database(db_path, council="koganei", drill=True).close()
    with pytest.raises(UserError):
        create_database(db_path, council="koganei", drill=True)
    create_database(db_path, council="mitaka", drill=True, replace_drill=True).close()
    assert is_drill_file(db_path) is True


def test_a_foreign_file_is_left_alone(db_path):
    db_path.write_bytes(b"PK\x03\x04 a zip, not a database")
    with pytest.raises(UserError):
        create_database(db_path, council="koganei", drill=True, replace_drill=True)
    assert db_path.read_bytes().startswith(b"PK")
