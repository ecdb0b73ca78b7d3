"""Rules of the equipment desk (資機材): what may be lent, how a return settles a loan, when stock is short.

Counting model. ``owned`` is every piece the center holds, including the lost
and damaged ones still on its books; ``out`` is what open loans hold. What can
be lent now is owned − out − lost − damaged. A loan is settled by what comes
back (``returned``, damaged pieces included: they came back, broken), what is
``lost`` and, for consumables, what was ``used`` up on site.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvc.domain.messages import QT_TRANSLATE_NOOP, UserError

MAX_QUANTITY = 100_000  # more than any center's store: a typo such as 1000000 is refused

OUT_OF_STOCK = "out"
BELOW_MINIMUM = "low"

WARNING_TEXT = {
    OUT_OF_STOCK: QT_TRANSLATE_NOOP("errors", "{name} has run out: none left to lend."),
    BELOW_MINIMUM: QT_TRANSLATE_NOOP("errors", "{name} is running low: {available} {unit} left (minimum {minimum})."),
}


def available(*, owned: int, out: int, lost: int, damaged: int) -> int:
    return max(owned - out - lost - damaged, 0)


def shortage(available_now: int, minimum: int) -> str | None:
    """OUT_OF_STOCK when nothing is left, BELOW_MINIMUM under the item's minimum, else None."""
    if available_now <= 0:
        return OUT_OF_STOCK
    if available_now < minimum:
        return BELOW_MINIMUM
    return None


def check_quantity(quantity: int, *, allow_zero: bool = False) -> None:
    lowest = 0 if allow_zero else 1
    if not isinstance(quantity, int) or not lowest <= quantity <= MAX_QUANTITY:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A quantity must be a whole number from {lowest} to {most}."),
                        lowest=lowest, most=MAX_QUANTITY)


def check_lend(*, name: str, unit: str, quantity: int, available_now: int) -> None:
    check_quantity(quantity)
    if quantity > available_now:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Only {available} {unit} of {name} can be lent now; {quantity} were asked for."),
            available=available_now, unit=unit, name=name, quantity=quantity,
        )


@dataclass(frozen=True)
class Settlement:
    """What one return adds to a loan."""

    returned: int
    lost: int
    damaged: int
    used: int
    closes: bool  # nothing is left out on this loan afterwards


def settle_return(*, outstanding: int, returned: int, lost: int, damaged: int, consumable: bool) -> Settlement:
    """Check a return against what the loan still holds.

    Tools may come back in parts; the loan stays open until every piece is
    back or lost. For a consumable, whatever is neither brought back nor
    reported lost was used up, so a return always closes the loan.
    """
    for value in (returned, lost, damaged):
        check_quantity(value, allow_zero=True)
    if outstanding <= 0:
        raise UserError(QT_TRANSLATE_NOOP("errors", "This loan has already been returned in full."))
    if returned + lost > outstanding:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Only {outstanding} are still out on this loan; {count} were counted back or lost."),
            outstanding=outstanding, count=returned + lost,
        )
    if damaged > returned:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Damaged pieces are among those returned: {damaged} damaged but only {returned} returned."),
            damaged=damaged, returned=returned,
        )
    if returned + lost == 0 and not consumable:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Count at least one piece returned or lost."))
    used = outstanding - returned - lost if consumable else 0
    return Settlement(returned=returned, lost=lost, damaged=damaged, used=used,
                      closes=returned + lost + used == outstanding)


def check_counts(*, owned: int, lost: int, damaged: int, out: int, name: str) -> None:
    """A stocktaking edit: lost, damaged and what is out must all fit in what is owned."""
    for value in (owned, lost, damaged):
        check_quantity(value, allow_zero=True)
    if lost + damaged + out > owned:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{name}: {owned} owned cannot cover {lost} lost, {damaged} damaged and {out} out on loan."),
            name=name, owned=owned, lost=lost, damaged=damaged, out=out,
        )


def check_loan_correction(*, quantity_out: int, settled: int, corrected: int) -> None:
    """A loan found to have been smaller than written down (two desks lent the same pieces apart).

    It may shrink down to what is already counted back, lost or used, never grow: more pieces out is a
    new loan. Corrected to 0 (nothing settled yet), the loan was never made.
    """
    check_quantity(corrected, allow_zero=True)
    if corrected >= quantity_out:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A corrected loan must be smaller than the {quantity} written down."),
                        quantity=quantity_out)
    if corrected < settled:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{settled} of this loan are already counted back, lost or used; it cannot be fewer."),
            settled=settled)
