"""What the product does on its own, said as what the person sees, and how it fails.

"The system associates events with venues" is checked by looking at an event: it shows its
venue, and an event whose venue is unknown shows none rather than a wrong one. "The app
performs a lightweight change check against the sponsor's feed" is checked by what arrives:
changes show up, and when the feed cannot be reached the last data stays with its time.

The requirement's own qualifiers fill the promise: what a thing is associated *with*, the
source it comes *from* or is checked *against*, what it is grouped *by*, *where* it is kept
("locally on the device"). A verb this module does not know is written from those qualifiers
too (``qualified_action``), so no requirement falls back to one sentence for all.
Placeholders as in ``actions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.languages.en.actions import Action
from generation.languages.en.words import article, participle, plural, singular

__all__ = ["Qualifiers", "qualified_action", "qualifiers_of", "system_action"]

_SOURCE = re.compile(
    r"\b(?:from|against|via|with)\s+(?P<src>(?:the|a|an|its|our)?\s*[^,;()]*?\b(?:feed|api|"
    r"endpoint|server|service|source|backend|database|provider|system|url|website|site|cms|"
    r"calendar|sheet|spreadsheet|file|export|integration)s?)\b",
    re.I,
)
_PARTNER = re.compile(
    r"\b(?:with|to)\s+(?P<p>(?:the|a|an|their|its|each)?\s*[\w' -]+?)"
    r"(?=\s+(?:it|they|that|which|when|if|by|on|in|within|for|so)\b|[,;(]|$)"
)
_BY = re.compile(r"\bby\s+(?P<by>[\w' -]+?)(?=\s+(?:and|with|within|when|if|so)\b|[,;(]|$)")
_WITHIN = re.compile(r"\bwithin\s+(?P<w>(?:each|every|a|the)\s+[\w-]+)")
_LOCAL = re.compile(r"\b(?:locally|on\s+the\s+device|offline|on\s+device)\b", re.I)
_SHOWN_WITH = re.compile(r"\bwith\s+(?P<with>[\w' -]+?\s+(?:headers?|headings?|labels?|icons?|"
                         r"badges?|dates?|times?|counts?))\b")  # fmt: skip
_SCHEDULE = re.compile(
    r"\b(?:every\s+(?:night|day|hour|morning|week|\d+\s+\w+)|daily|nightly|hourly|weekly|"
    r"when\s+the\s+(?:app|application)\s+is\s+(?:opened|started|resumed)[^,;]*)",
    re.I,
)


_FAILURE = re.compile(r"\b(?:when|if|whenever)\s+(?P<what>[\w -]+?)\s+fails\b", re.I)


@dataclass
class Qualifiers:
    """What the requirement says around its object: with what, from where, by what, where."""

    partner: str = ""
    source: str = ""
    by: str = ""
    within: str = ""
    shown_with: str = ""
    local: bool = False
    schedule: str = ""
    #: How a property is kept: "with bcrypt" of "hashed with bcrypt".
    how: str = ""
    #: The failure the text names: "update retrieval" of "when update retrieval fails".
    failure: str = ""


def qualifiers_of(rest: str) -> Qualifiers:
    """ "events with venues", "from the clinic's feed every night", "by start time"."""
    text = re.sub(r"\s*\([^)]*\)", "", rest)
    source = _SOURCE.search(text)
    partner = _PARTNER.search(text)
    shown_with = _SHOWN_WITH.search(text)
    by, within, schedule = _BY.search(text), _WITHIN.search(text), _SCHEDULE.search(text)
    failure = _FAILURE.search(text)
    return Qualifiers(
        failure=failure.group("what") if failure else "",
        partner=_bare(partner.group("p")) if partner and not source and not shown_with else "",
        source=_the(source.group("src")) if source else "",
        by=by.group("by").strip() if by else "",
        within=within.group("w") if within else "",
        shown_with=shown_with.group("with").strip() if shown_with else "",
        local=bool(_LOCAL.search(text)),
        schedule=schedule.group().strip() if schedule else "",
    )


def _bare(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in {"the", "a", "an", "their", "its", "each", "every"}:
        words = words[1:]
    return " ".join(words)


def _the(phrase: str) -> str:
    phrase = " ".join(phrase.split())
    if phrase.split()[0].lower() in {"the", "its", "our"}:
        return phrase[:1].lower() + phrase[1:]
    return f"the {_bare(phrase)}"


def _one(noun: str) -> str:
    noun = _sg(noun) if noun else "entry"
    return f"{article(noun)} {noun}"


def _how(q: Qualifiers) -> str:
    return f" made {q.how}" if q.how.split()[:1] in (["with"], ["using"]) else ""


def _sg(phrase: str) -> str:
    """ "health records" -> "health record"."""
    words = phrase.split() or ["entry"]
    return " ".join([*words[:-1], singular(words[-1])])


def _pl(phrase: str) -> str:
    words = phrase.split() or ["entry"]
    return " ".join([*words[:-1], plural(words[-1])])


def system_action(verb: str, q: Qualifiers, head: str) -> Action | None:
    """What the product's own verb leads to, in the person's terms; None for a verb unknown."""
    maker = _SYSTEM.get(verb)
    if maker and q.failure:  # "retains cached data when update retrieval fails"
        made = maker(q, head or "entry")
        stays = "{thing} stay{s} shown as before, with the time {it} {was} last updated"
        return Action(made.done, (f"{q.failure} fails", stays), made.benefit, made.ready)
    if maker is _retain and q.local:  # "stores selections locally on the device"
        maker = _cache
    if maker is _retain and head.split()[-1:] and head.split()[-1] in _SYSTEM:
        maker = _SYSTEM[head.split()[-1]]  # what is kept is a log: it is written, not restored
    return maker(q, head or "entry") if maker else None


def _associate(q: Qualifiers, head: str) -> Action:
    partner = q.partner or "the entry it belongs to"
    noun = partner.split()[-1] if q.partner else "match"
    return Action(
        f"each {_sg(head)} shows the {_sg(partner)} it belongs to",
        (
            f"{_one(head)} names no {singular(noun)} that is known",
            f"it is shown without a {singular(noun)}, never with a wrong one",
        ),
        f"I see each {_sg(head)} together with its {singular(noun)}",
        f"{{thing}} and {_pl(partner)} are both known" if q.partner else "{thing} {is} known",
    )


def _reconcile(q: Qualifiers, head: str) -> Action:
    source = q.source or "the other record"
    return Action(
        f"{{thing}} match{{es}} {source} and every difference found is corrected or listed",
        (
            f"{source} cannot be reached",
            "nothing is changed and I see when the last successful reconciliation ran",
        ),
        f"{{thing}} agree{{s}} with {source}",
        f"{{thing}} and {source} differ",
    )


def _group(q: Qualifiers, head: str) -> Action:
    heads = _pl(head)
    by = q.by or "kind"
    where = f" within {q.within}" if q.within else ""
    headed = f" under {q.shown_with}" if q.shown_with else ""
    return Action(
        f"{heads} appear{where}{headed} in order of {by}",
        (
            f"two {heads} have the same {by}",
            "they keep the same order every time I open the list",
        ),
        f"I find {{thing}} where I expect {{them}}, in order of {by}",
        f"{heads} are added in no particular order",
    )


def _check(q: Qualifiers, head: str) -> Action:
    source = q.source or "the source"
    return Action(
        f"changes in {source} show in the app and nothing that is unchanged is downloaded again",
        (
            f"{source} cannot be reached",
            "I keep seeing the data I have, with the time it was last updated",
        ),
        "I see what changed without waiting for everything to load again",
        f"{source} has changed since the last check",
    )


def _retrieve(q: Qualifiers, head: str) -> Action:
    source = q.source or "the source"
    when = f" {q.schedule}" if q.schedule else ""
    return Action(
        f"{{thing}} match{{es}} {source} after each update{when}, and I see when it ran last",
        (
            f"{source} cannot be reached",
            "{thing} from the last good update stay{s} shown with {its} time; nothing is emptied",
        ),
        "I always see {thing} as the source has {them}",
        f"{source} has {{thing}}",
    )


def _cache(q: Qualifiers, head: str) -> Action:
    return Action(
        "{thing} open{s} with no connection, as {it} {was} when last loaded",
        (
            "{thing} changed at the source since {it} {was} kept",
            "{thing} {is} shown as kept, with the time {it} {was} saved, and updated once online",
        ),
        "I have {thing} at hand even without a connection",
        "{thing} {has} been loaded once",
    )


def _retain(q: Qualifiers, head: str) -> Action:
    return Action(
        "{thing} can still be opened after the app is closed and restarted",
        ("the app is closed while {thing} {is} being saved", "nothing saved before is lost"),
        "I do not lose {thing}",
        "{thing} {has} been saved",
    )


def _validate(q: Qualifiers, head: str) -> Action:
    return Action(
        "{thing} that pass{es} the check {is} accepted",
        (f"{_one(head)} breaks a rule", "it is refused with what is wrong and nothing is saved"),
        "no wrong {heads} get into the records",
        "{thing} {is} filled in correctly",
    )


def _enforce(q: Qualifiers, head: str) -> Action:
    return Action(
        "every action that keeps to {thing} goes ahead",
        ("an action would break {thing}", "it is stopped and I see which rule it breaks"),
        "{thing} hold{s} without anyone having to check by hand",
        "an action keeps to {thing}",
    )


def _apply(q: Qualifiers, head: str) -> Action:
    return Action(
        "{thing} {is} applied and I see the difference {it} make{s}",
        ("{thing} {does} not apply to the case", "I see why and nothing changes"),
        "{thing} {is} applied the same way every time",
        "{thing} appl{ies} to the case",
    )


def _minimise(q: Qualifiers, head: str) -> Action:
    return Action(
        "{thing} stay{s} as low as the task allows and nothing runs without need",
        ("the app is in the background", "it uses no {thing} until I come back to it"),
        "the app does not drain what my device has",
        "I use the app as usual",
    )


def _log(q: Qualifiers, head: str) -> Action:
    return Action(
        f"each {_sg(head)} is on record with its time and who or what caused it",
        (
            f"someone tries to change a recorded {_sg(head)}",
            "the change is refused and the record stays as it was",
        ),
        "I can find out afterwards what happened and when",
        f"{_one(head)} occurs",
    )


def _convert(q: Qualifiers, head: str) -> Action:
    return Action(
        "{thing} {is} converted and the result keeps all of {its} content",
        (
            "{thing} {is} in a format that cannot be converted",
            "I see which formats are accepted and the original is kept",
        ),
        "I can use {thing} in the form I need",
        "{thing} {is} in a supported format",
    )


def _detect(q: Qualifiers, head: str) -> Action:
    return Action(
        "{thing} {is} flagged as soon as {it} occur{s}, with what was detected",
        ("nothing like {thing} occurs", "nothing is flagged and no false alarm is raised"),
        "{thing} {does} not go unnoticed",
        "{thing} occur{s}",
    )


def _encrypt(q: Qualifiers, head: str) -> Action:
    return Action(
        f"the {_sg(head)} is stored encrypted and cannot be read from the raw database",
        ("someone copies the stored data without the key", "they get only unreadable bytes"),
        "{thing} stay{s} private even if the storage leaks",
        f"{_one(head)} is entered",
    )


def _hash(q: Qualifiers, head: str) -> Action:
    return Action(
        f"only a hash of the {_sg(head)}{_how(q)} is stored, never the {_sg(head)} itself",
        (
            f"someone gets a copy of the stored {_pl(head)}",
            f"they cannot get the original {_pl(head)} back from them",
        ),
        "a leak of the stored data does not reveal {thing}",
        f"{_one(head)} is set",
    )


_SYSTEM = {
    **dict.fromkeys("associate link map attach relate tie".split(), _associate),
    **dict.fromkeys("reconcile match compare".split(), _reconcile),
    **dict.fromkeys("group order sort arrange organise organize".split(), _group),
    **dict.fromkeys("check poll".split(), _check),
    **dict.fromkeys("retrieve fetch pull download import load get".split(), _retrieve),
    **dict.fromkeys("refresh sync synchronize synchronise update".split(), _retrieve),
    **dict.fromkeys("cache".split(), _cache),
    **dict.fromkeys("store save keep retain persist".split(), _retain),
    **dict.fromkeys("log logs history trail".split(), _log),  # "keeps an audit log of ..."
    **dict.fromkeys("validate verify".split(), _validate),
    **dict.fromkeys("enforce".split(), _enforce),
    **dict.fromkeys("apply".split(), _apply),
    **dict.fromkeys("limit minimise minimize reduce cap throttle".split(), _minimise),
    **dict.fromkeys("log record audit track".split(), _log),
    **dict.fromkeys("convert transform".split(), _convert),
    **dict.fromkeys("detect identify flag".split(), _detect),
    **dict.fromkeys("encrypt".split(), _encrypt),
    **dict.fromkeys("hash".split(), _hash),
}
#: The moment a property of stored things ("Passwords must be hashed") is checked at.
PROPERTY_EVENTS = {
    **dict.fromkeys("encrypt hash".split(), ("it is saved", "they try to read what they copied")),
    **dict.fromkeys("store save keep retain persist".split(), ("it is saved", "I look for it")),
    **dict.fromkeys("log record audit".split(), ("it is recorded", "they try to change it")),
    **dict.fromkeys("validate verify".split(), ("it is saved", "it is saved")),
    "cache": ("it is loaded", "I open it again"),
}
#: "performs a change check", "runs a sync": the noun names what the product does.
PERFORMING = {"perform", "performs", "run", "runs", "do", "does", "carry", "execute"}


def qualified_action(verb: str, q: Qualifiers, qualifier: str) -> Action:
    """A verb no table knows, written from what the requirement says around its object."""
    past = participle(verb) if verb else "ready"
    done = f"{{thing}} {{is}} {past} {qualifier}".rstrip()
    if q.source:
        fail = (
            f"{q.source} cannot be reached",
            f"{{thing}} last {past} stay{{s}} shown, with the time of the last success",
        )
    elif q.local:
        fail = ("there is no connection", f"{{thing}} {{is}} still {past} on the device")
    elif q.schedule:
        fail = ("the last run failed", "the next run tries again and I see when it last worked")
    else:
        fail = (
            f"{{thing}} cannot be {past} right now",
            f"I am told that {{thing}} {{was}} not {past} and nothing is left half done",
        )
    return Action(done, fail, "", "")
