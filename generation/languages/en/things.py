"""How each kind of thing is shown, what can be missing from it, and what seeing it gives.

A time is shown in the reader's time zone and may not be announced yet; a place is pinned
on a map and may be unknown; a report covers a period that may have no data. The kind comes
from the thing's head noun ("the event start time" is a time). Placeholders as in
``actions``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KINDS", "Kind", "kind_of"]


@dataclass(frozen=True)
class Kind:
    """How a kind of thing is shown, what can be missing, and what seeing it gives."""

    shown: str
    missing: tuple[str, str]
    benefit: str
    #: The happy path's situation.
    ready: str = "{thing} {is} available"


_TIME = Kind(
    "{thing} {is} shown in my local time",
    ("{thing} {is} not set yet", "I see that it is still to be announced"),
    "I can plan my day around {thing}",
)
_PLACE = Kind(
    "{thing} {is} marked on the map and I can open directions",
    ("the location of {thing} is unknown", "I see that instead of a wrong pin"),
    "I can find my way to {thing}",
)
_NAME = Kind(
    "{thing} {is} shown in full, not cut off",
    ("{thing} {is} very long", "it wraps onto a second line instead of being cut"),
    "I recognise {thing} at a glance",
)
_DETAILS = Kind(
    "I see {thing} in full on one screen",
    ("part of {thing} is not provided", "that part is left out instead of showing an empty box"),
    "I can decide whether {thing} interests me",
)
_LIST = Kind(
    "every entry of {thing} is there and I can scroll through all of {them}",
    ("{thing} {is} empty", "I see a message saying so and what to do first"),
    "I have the whole of {thing} in one place",
)
_STATUS = Kind(
    "{thing} changes as soon as the underlying state does",
    ("{thing} cannot be refreshed", "I see the last known state with its time"),
    "I know where things stand without asking",
)
_FIGURES = Kind(
    "{thing} shows the figures for the period I choose",
    ("there is no data for the period", "I see that there is nothing to show, not zeros"),
    "I decide on facts rather than guesses",
)
_SCORE = Kind(
    "{thing} {is} shown with {its} scale and what {it} {is} based on",
    ("{thing} could not be worked out", "I see why instead of a zero"),
    "I can compare results on one scale",
)
_LINK = Kind(
    "{thing} {opens} in the right app or browser",
    ("the target of {thing} is unavailable", "I see that it cannot be opened and stay where I was"),
    "I reach what {thing} point{s} to without searching for it",
)
_IMAGE = Kind(
    "{thing} {is} shown sharp on phone and desktop",
    ("{thing} fails to load", "a placeholder takes its place and the layout stays intact"),
    "the product is recognisable at first sight",
)
_PRICE = Kind(
    "{thing} {is} shown with the currency and what {it} include{s}",
    ("{thing} changes before I pay", "I see the new amount and nothing is charged until I confirm"),
    "I know what I will pay before I commit",
)
_LOOK = Kind(
    "the whole app switches to {thing} at once and keeps {them} after a restart",
    ("part of a screen does not support {thing}", "it stays readable, with enough contrast"),
    "the app is comfortable for my eyes",
)
_TEMPLATE = Kind(
    "I start from {thing} with {its} values filled in and can change them",
    ("I change a value that {thing} filled in", "my value is kept, not overwritten"),
    "I do not start from a blank page",
)
_TIMER = Kind(
    "{thing} counts down and tells me when the time is up",
    ("I leave the app while {thing} runs", "no time is lost: it tells me when the time is up"),
    "I know how much time is left without watching the clock",
)
_SECURITY = Kind(
    "only people who sign in with their own details get in",
    ("someone enters a wrong password five times", "the account is locked for a while"),
    "only the right people see my data",
)
_OFFLINE = Kind(
    "{thing} works with the last saved data when there is no connection",
    ("the connection drops", "I keep working with the saved data and see when it was updated"),
    "I can rely on the app where the connection is poor",
)
_ADS = Kind(
    "{thing} never cover what I am doing and can be closed at once",
    ("an ad fails to load", "the screen works without it"),
    "the free version stays pleasant to use",
)
_SUGGESTION = Kind(
    "each of {thing} says why it is suggested",
    ("there is not enough history yet", "I see general suggestions marked as such"),
    "I get ideas that fit me without searching",
)
_ERRORS = Kind(
    "I see what went wrong in plain words and what to do next",
    ("the same error happens twice", "I am offered a way to report it"),
    "I can recover without calling support",
)
_SPEED = Kind(
    "{thing} stays within the time the product promises",
    ("the network is slow", "I see progress instead of a frozen screen"),
    "I am not kept waiting",
)
_NOTICE = Kind(
    "{thing} {arrives} on time with what I need to act",
    ("what {thing} {is} about was cancelled", "nothing is sent"),
    "I do not miss what matters",
)
_CALENDAR = Kind(
    "{thing} lists items in time order, grouped by day",
    ("nothing is scheduled yet", "I see an empty day with a way to add something"),
    "I see my day at a glance",
)
_TRANSCRIPT = Kind(
    "{thing} shows who said what, with timestamps",
    ("a passage is inaudible", "it is marked as such instead of guessed"),
    "I can find the moment I need without listening again",
)
_PROFILE = Kind(
    "{thing} shows what I chose and I can change it at any time",
    ("I leave {thing} half filled", "nothing I entered is lost and the rest is asked for later"),
    "the app speaks to me in a way that suits me",
)
_MENU = Kind(
    "{thing} shows each item with its price and what is in it",
    ("an item is sold out", "it is shown as unavailable instead of disappearing"),
    "guests can choose what to have before they order",
)
_COMMENTS = Kind(
    "{thing} show{s} who wrote what and when",
    ("there are no comments yet", "I see a prompt to write the first one"),
    "the discussion stays next to what it is about",
)
_ACHIEVEMENT = Kind(
    "{thing} I have earned {is} shown, each with the date I earned it",
    ("I have not earned any of {thing} yet", "I see what earns the first one"),
    "I keep track of what I have achieved",
)
_FRIENDS = Kind(
    "I see {thing} and what each of them has been doing lately",
    ("I have not added any {heads} yet", "I see how to find and add someone"),
    "I see what my friends are up to and can join them",
)
_RESULTS = Kind(
    "{thing} show{s} each result with what it is based on",
    ("a result is still being worked out", "I see that it is not ready yet, not an empty page"),
    "I can act on the results without digging for them",
)
_PAGE = Kind(
    "every part of {thing} fits the screen and I can reach it without scrolling sideways",
    ("the window is narrow", "{thing} {is} laid out again instead of being cut off"),
    "I find my way around without help",
)
_UPLOAD = Kind(
    "{thing} {is} kept under {its} own name and I can open {them} again",
    ("{thing} cannot be read", "I see which one and nothing else is lost"),
    "I do not keep copies of {thing} myself",
)
_HOSTING = Kind(
    "the app opens at its public address in any browser, over a secure connection",
    ("I type the address without https", "I am not left on an insecure page but sent to the app"),
    "I can reach the app from anywhere without installing anything",
    "the app is online",
)

#: A thing's head noun (singular) -> its kind.
KINDS: dict[str, Kind] = {
    **dict.fromkeys("time date timestamp deadline hour start end duration day week".split(), _TIME),
    **dict.fromkeys("location venue address map place stage route direction area".split(), _PLACE),
    **dict.fromkeys("name title label tagline heading".split(), _NAME),
    **dict.fromkeys(
        "description detail information info bio ingredient allergen content text".split(),
        _DETAILS,
    ),
    **dict.fromkeys("list catalogue catalog feed section overview index history".split(), _LIST),
    **dict.fromkeys("status progress state indicator".split(), _STATUS),
    **dict.fromkeys(
        "report analytics statistic insight trend chart graph dashboard metric breakdown "
        "summary workload engagement".split(),
        _FIGURES,
    ),
    **dict.fromkeys("score rating grade".split(), _SCORE),
    **dict.fromkeys("link url".split(), _LINK),
    **dict.fromkeys("photo image picture logo avatar icon banner".split(), _IMAGE),
    **dict.fromkeys("price cost fee fine total budget premium subscription tier".split(), _PRICE),
    **dict.fromkeys(
        "mode theme colour color contrast appearance styling css font layout".split(), _LOOK
    ),
    **dict.fromkeys("template preset default".split(), _TEMPLATE),
    **dict.fromkeys("timer countdown".split(), _TIMER),
    **dict.fromkeys(
        "password username authentication security privacy encryption credential".split(),
        _SECURITY,
    ),
    **dict.fromkeys("offline cache storage connectivity network".split(), _OFFLINE),
    **dict.fromkeys("ad ads advert advertisement paywall".split(), _ADS),
    **dict.fromkeys("recommendation suggestion tip hint".split(), _SUGGESTION),
    **dict.fromkeys("error failure handling".split(), _ERRORS),
    **dict.fromkeys("performance speed latency".split(), _SPEED),
    **dict.fromkeys("notification reminder alert toast email sms".split(), _NOTICE),
    **dict.fromkeys("schedule calendar timeline agenda plan itinerary".split(), _CALENDAR),
    **dict.fromkeys("transcript transcription recording".split(), _TRANSCRIPT),
    **dict.fromkeys("persona profile preference setting settings".split(), _PROFILE),
    **dict.fromkeys("menu dish".split(), _MENU),  # an "item" is a menu item only on a menu
    **dict.fromkeys("comment note feedback".split(), _COMMENTS),
    **dict.fromkeys("achievement badge trophy award medal".split(), _ACHIEVEMENT),
    **dict.fromkeys("friend buddy teammate follower".split(), _FRIENDS),
    **dict.fromkeys("domain hosting".split(), _HOSTING),
    **dict.fromkeys("page screen ui interface component widget".split(), _PAGE),
    **dict.fromkeys("file upload attachment".split(), _UPLOAD),
    **dict.fromkeys("result outcome finding".split(), _RESULTS),
}


def kind_of(head: str) -> Kind | None:
    """The kind of a thing by its head noun, singular or plural."""
    head = head.lower()
    return KINDS.get(head) or (KINDS.get(head[:-1]) if head.endswith("s") else None)
