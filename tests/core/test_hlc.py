import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc.domain.hlc import ClockError, HybridClock, Stamp


def fixed(values):
    it = iter(values)
    return lambda: next(it)


def test_stamps_increase_even_when_the_wall_clock_stands_still_or_goes_back():
    clock = HybridClock("dev1", wall=fixed([1000, 1000, 999, 500, 1001]))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5


def test_text_form_sorts_like_the_stamps():
    a = Stamp(1, 2, "a")
    b = Stamp(10, 0, "a")
    c = Stamp(10, 0, "b")
    assert sorted([str(c), str(b), str(a)]) == [str(a), str(b), str(c)]


@given(st.integers(0, 10**14), st.integers(0, 999_999), st.text("abcdef0123456789", min_size=1, max_size=32))
def test_parse_round_trip(wall, counter, node):
    stamp = Stamp(wall, counter, node)
    assert Stamp.parse(str(stamp)) == stamp


def test_observing_a_peer_ahead_keeps_our_changes_newer():
    ours = HybridClock("ours", wall=lambda: 1000)
    peer = Stamp(5000, 3, "peer")
    ours.observe(str(peer))
    after = ours.now()
    assert after > peer
    assert str(after) > str(peer)


def test_device_id_breaks_ties():
    assert str(Stamp(5, 0, "aaa")) < str(Stamp(5, 0, "bbb"))


@pytest.mark.parametrize("text", ["", "1-2-x", "abc-000000-x", "000000000000001-000001-", "000000000000001-1-x"])
def test_bad_stamps_are_refused(text):
    with pytest.raises(ClockError):
        Stamp.parse(text)
