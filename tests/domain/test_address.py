import pytest

from dvc.domain.address import address_key


@pytest.mark.parametrize("a, b", [
    ("本町1丁目2-3", "本町１－２－３"),
    ("東京都小金井市本町1丁目2番3号", "本町 1-2-3"),
    ("貫井北町三丁目4番地5", "貫井北町3-4-5"),
    ("梶野町2‐10‐1", "梶野町2ー10ー1"),
])
def test_same_house_two_ways(a, b):
    assert address_key(a) == address_key(b)


def test_different_houses_differ():
    assert address_key("本町1-2-3") != address_key("本町1-2-4")
    assert address_key("東町1-2-3") != address_key("本町1-2-3")
