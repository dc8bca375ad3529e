"""What one requirement asks for, read out of its sentence: who, which action, on what.

Every language pack reads its sentences into the same ``Clause``, and writes stories back
from it in its own words. "Пациент может отменить или перенести запись не позже чем за 12
часов" and "Patients can cancel or reschedule a booking up to 12 hours before" are both
(patient, "cancel or reschedule", "a booking ...", constraint "12 hours").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Clause", "numbers_in"]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|[^\W\d_]{1,12}\.?)?", re.U)


@dataclass
class Clause:
    """One action a requirement asks for, as the language pack read it."""

    #: The requirement's text the clause comes from.
    source: str
    #: The people who want it, as a story names them ("пациент", "customer"); None when the
    #: sentence names nobody (the map's main role then).
    role: str | None
    #: The action, in the form a wish names it ("выбрать", "cancel"); "" for a feature
    #: named by a noun phrase alone ("Онлайн-оплата").
    verb: str
    #: What follows the verb: its object and modifiers, as the document writes them.
    rest: str
    #: The object's words alone, without modifiers ("запись", "a booking").
    obj: str = ""
    #: The product as the sentence's subject ("система", "the app"), for system behaviour.
    system: str | None = None
    #: The document's own reason ("чтобы ...", "so that ..."), when it gives one.
    purpose: str | None = None
    #: When it applies ("при нажатии на кнопку «Войти»", "if the card is declined").
    condition: str | None = None
    #: A limit the requirement sets ("не позже чем за 12 часов", "up to 25 MB", "only ...").
    constraint: str | None = None
    #: What the text says happens ("открывается экран регистрации").
    outcome: str | None = None
    #: How the action is done, between the modal and the verb ("never", "automatically").
    manner: str = ""
    numbers: list[str] = field(default_factory=list)

    @property
    def noun_only(self) -> bool:
        return not self.verb


def numbers_in(text: str) -> list[str]:
    """The quantities a text names, with their units: "12 часов", "25 MB", "5 km"."""
    return [match.group().strip(" .") for match in _NUMBER.finditer(text)]
