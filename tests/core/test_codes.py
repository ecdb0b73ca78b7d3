import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvc.domain.codes import KINDS, CodeError, make_code, parse_code

kinds = st.sampled_from(sorted(KINDS))
shorts = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)
devices = st.integers(min_value=1, max_value=99)
seqs = st.integers(min_value=1, max_value=10**7)


def test_format_is_readable():
    assert make_code("V", "KG", 1, 42).startswith("V-KG1-0042-")
    assert make_code("N", "MT", 12, 123456).startswith("N-MT12-123456-")


@given(kinds, shorts, devices, seqs)
def test_round_trip(kind, short, device, seq):
    code = parse_code(make_code(kind, short, device, seq))
    assert (code.kind, code.council, code.device, code.seq) == (kind, short, device, seq)


@given(kinds, shorts, devices, seqs, st.data())
def test_any_single_misheard_digit_is_refused(kind, short, device, seq, data):
    text = make_code(kind, short, device, seq)
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    i = data.draw(st.sampled_from(positions))
    wrong = data.draw(st.sampled_from([d for d in "0123456789" if d != text[i]]))
    misheard = text[:i] + wrong + text[i + 1 :]
    try:
        parsed = parse_code(misheard)
    except CodeError:
        return
    # Changing a leading zero of the sequence to another digit makes a different
    # number of digits only when it is the padding; everything else must fail.
    pytest.fail(f"{misheard} accepted as {parsed} (from {text})")


@given(kinds, shorts, devices, seqs, st.data())
def test_swapped_neighbouring_digits_are_refused(kind, short, device, seq, data):
    text = make_code(kind, short, device, seq)
    body, check = text.rsplit("-", 1)
    seq_part = body.rsplit("-", 1)[1]
    pairs = [i for i in range(len(seq_part) - 1) if seq_part[i] != seq_part[i + 1]]
    if not pairs:
        return
    i = data.draw(st.sampled_from(pairs))
    swapped = seq_part[:i] + seq_part[i + 1] + seq_part[i] + seq_part[i + 2 :]
    with pytest.raises(CodeError):
        parse_code(f"{body.rsplit('-', 1)[0]}-{swapped}-{check}")


def test_councils_and_devices_never_clash():
    issued = {make_code("V", short, device, seq) for short in ("KG", "MT", "CF", "KE", "FC")
              for device in range(1, 4) for seq in range(1, 200)}
    assert len(issued) == 5 * 3 * 199


@pytest.mark.parametrize("typed", ["ｖ－ｋｇ１－００４２－{c}", " v-kg1-0042-{c} ", "V ー KG1 ー 0042 ー {c}", "V‐KG1‐0042‐{c}"])
def test_typed_variants_are_understood(typed):
    check = make_code("V", "KG", 1, 42)[-1]
    assert str(parse_code(typed.format(c=check))) == make_code("V", "KG", 1, 42)


@pytest.mark.parametrize("text", ["", "V-KG1-42-1", "hello", "X-KG1-0042-1", "V-KG0-0042-9", "V-KG1-0000-0", "https://example.com/?id=V-KG1-0042-1"])
def test_foreign_text_is_refused(text):
    with pytest.raises(CodeError):
        parse_code(text)


def test_wrong_kind_is_refused():
    with pytest.raises(CodeError) as err:
        parse_code(make_code("N", "KG", 1, 1), kind="V")
    assert err.value.reason == "wrong-kind"
