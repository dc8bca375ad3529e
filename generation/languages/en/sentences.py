"""Reshaping an English sentence before its clauses are read, and sorting them after.

Some sentences say more than "who does what": a note's label ("Note: ..."), a product
described by what happens in it ("A food delivery app where customers order from nearby
restaurants, couriers deliver and restaurants manage menus"), a subject with a relative
clause that is really a condition ("A user who clicks Teach must provide a topic"), an
outcome after the action ("..., and the app shows a confirmation"), and gains listed as if
they were actions ("rent what you need, and save money"). Each is told here, so that the
clause reader sees plain "who does what" sentences.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause

__all__ = [
    "gains_as_purpose",
    "product_parts",
    "relative_condition",
    "split_outcome",
    "without_label",
]

#: "Note:", "注意:", "✅", "Important -": a label before the sentence, not part of it.
_LABEL = re.compile(
    r"^\W*(?:(?:note|notes|nb|important|hint|tip|warning|caution|remark|reminder|"
    r"requirement|goal|idea)\s*[:\-–—]|[^\x00-\x7f\s]{1,12}\s*[:：]|[^\w\s\"“(]+)\s*",
    re.I,
)
#: "Speed: Process ...": a one- or two-word name before a colon, then a command.
_NAMED = re.compile(r"^\W*[A-Z][\w‑-]*(?:\s+[A-Za-z][\w‑-]*)?\s*:\s+")
_PRODUCTS = (
    r"app|application|platform|website|site|service|tool|portal|marketplace|system|"
    r"product|community|network|bot|dashboard|solution"
)
#: "A food delivery app where customers order ...", "I want a platform in which ...".
_PRODUCT = re.compile(
    r"^(?:(?:I|we)\s+(?:want|need|would\s+like|am\s+building|are\s+building)\s+(?:to\s+build\s+)?"
    r"|(?:build|create|make)\s+)?(?:an?|the|one)\s+(?:[\w'-]+\s+){0,5}?(?:"
    + _PRODUCTS
    + r")\s+(?:where|in\s+which|through\s+which|on\s+which)\s+(?P<parts>.+)$",
    re.I,
)
_PART_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+|but\s+)?|;\s*|\s+and\s+|\s+while\s+)")
#: "A user who clicks ... must provide ...": the relative clause is when it applies.
_RELATIVE = re.compile(
    r"^(?P<who>(?:an?|the|each|every|any|all)?\s*(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:who|that)\s+"
    r"(?P<does>.+?)\s+(?P<then>(?:must|should|shall|can|will|may|needs?\s+to|has\s+to|"
    r"have\s+to|is\s+(?:able|asked|required)\s+to|are\s+(?:able|asked|required)\s+to)\s+.+)$",
    re.I,
)
_PRODUCT_SUBJECT = (
    r"(?:the|this|our)\s+(?:[\w-]+\s+)?(?:" + _PRODUCTS + r"|page|screen|form|list|button)"
)
#: ", and the app shows a confirmation", "; then the system sends ...": what happens next.
_OUTCOME = re.compile(
    r"(?:,\s*(?:and\s+)?(?:then\s+)?|;\s*(?:then\s+)?|\s+and\s+then\s+|\s+then\s+)"
    r"(?P<outcome>(?:"
    + _PRODUCT_SUBJECT
    + r")\s+(?:(?:will|should|must|shall)\s+)?(?:\w+s|shows?|displays?|sends?|confirms?)\b.*"
    r"|(?:the|a|an|my|their|his|her)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|gets|get)\s+"
    r"(?!able\b|not\b|just\b|about\b)\w+(?:ed|en|t)\b.*)$",
    re.I,
)
#: Verbs that name what the user gains, not a thing the product does.
_GAIN_VERBS = {
    "earn", "foster", "reduce", "cut", "help", "promote", "encourage", "improve", "boost",
    "increase", "lower", "strengthen", "enjoy", "feel", "stay", "build", "grow", "make",
}  # fmt: skip
_GAIN_OBJECTS = {"money", "time", "effort", "cash", "costs", "cost", "energy", "income"}


def without_label(text: str) -> str:
    """ "Note: the app must work offline" -> "the app must work offline"; "Speed: Process a
    call in under 2 minutes" -> "Process a call in under 2 minutes"."""
    text = re.sub(r"^([^()]*)\)\s*", r"\1 ", text) if re.match(r"^[^()]*\)", text) else text
    match = _LABEL.match(text) or _NAMED.match(text)
    if not match or not match.group().strip():
        return text
    rest = text[match.end() :]
    if match.re is _NAMED and not _starts_with_verb(rest):
        return text
    return rest if len(rest.split()) >= 2 else text


def _starts_with_verb(text: str) -> bool:
    from generation.languages.en.clauses import base_form, is_verb

    words = text.split()
    first = words[0].lower() if words else ""
    return len(words) >= 3 and is_verb(first) and base_form(first) == first


def product_parts(text: str) -> list[str] | None:
    """The sentences a product description holds, one per role and action.

    "A food delivery app where customers order from nearby restaurants, couriers deliver and
    restaurants manage menus" -> ["customers order from nearby restaurants", "couriers
    deliver orders", "restaurants manage menus"]; None for any other sentence.
    """
    match = _PRODUCT.match(text.strip(" ."))
    if not match:
        return None
    parts = [p for p in _PART_JOINT.split(match.group("parts")) if p and p.strip()]
    sentences: list[str] = []
    for part in parts:
        words = part.split()
        if len(words) < 2 or not _finite(words):
            if sentences:  # "... from restaurants and cafés": the "and" joined two objects
                sentences[-1] = f"{sentences[-1]} and {part}"
                continue
            return None
        if len(words) == 2:  # "couriers deliver": the thing the sentence is about
            thing = _thing_before(sentences)
            if thing:
                part = f"{part} {thing}"
        sentences.append(part)
    return sentences if len(sentences) >= 1 else None


def _finite(words: list[str]) -> bool:
    """Whether the words start with a subject and its verb: "couriers deliver", "staff sees"."""
    from generation.languages.en.clauses import base_form, is_verb

    for index in range(1, min(len(words), 4)):
        word = words[index].lower().strip(",")
        if is_verb(word) and (
            base_form(word) == word or (word.endswith("s") and base_form(word) != word)
        ):
            return all(w.isalpha() or "-" in w for w in words[:index])
    return False


def _thing_before(sentences: list[str]) -> str:
    """What the previous part is about: its object, or the thing its verb names ("order")."""
    from generation.languages.en.clauses import base_form

    if not sentences:
        return ""
    words = sentences[-1].split()
    verb = base_form(words[1]) if len(words) > 1 else ""
    after = words[2:]
    if after and after[0].lower() not in {"from", "to", "with", "in", "on", "at", "for", "by"}:
        return " ".join(after[:3])
    from lemminflect import getAllLemmas, getInflection

    if "NOUN" in getAllLemmas(verb):
        plural = getInflection(verb, tag="NNS")
        return plural[0] if plural else ""
    return ""


def relative_condition(text: str) -> tuple[str | None, str]:
    """ "A user who clicks Teach must provide a topic" -> ("when I click Teach",
    "A user must provide a topic"); other sentences stay as they are."""
    from generation.languages.en.clauses import base_form, is_person

    match = _RELATIVE.match(text)
    if not match:
        return None, text
    who = match.group("who").split()
    from lemminflect import getLemma

    head = who[-1].lower()
    singular = getLemma(head, upos="NOUN")[0] if head.endswith("s") else head
    does = match.group("does").split()
    if not is_person(singular) or not does:
        return None, text
    verb = does[0].lower()
    if verb in {"is", "are", "has", "have"}:
        doing = " ".join(["am" if verb in {"is", "are"} else "have", *does[1:]])
    else:
        doing = " ".join([base_form(verb), *does[1:]])
    doing = re.sub(r"\b(?:their|his|her)\b", "my", doing)
    return f"when I {doing}", f"{match.group('who')} {match.group('then')}"


_OPENS_CONDITION = re.compile(r"^\W*(?:if|when|whenever|once|after|before|while|unless)\b", re.I)


def split_outcome(text: str) -> tuple[str, str | None]:
    """ "Users can submit an order, and the app shows a confirmation" -> the action, and
    "the app shows a confirmation" as what the text says happens."""
    match = _OUTCOME.search(text)
    if not match or match.start() == 0 or _OPENS_CONDITION.match(text):
        return text, None
    before = text[: match.start()]
    if len(before.split()) < 3:
        return text, None
    return before, match.group("outcome").strip(" .")


def gains_as_purpose(clauses: list[Clause]) -> list[Clause]:
    """ "rent what you need, and save money while fostering a sense of community": saving
    money is what renting gives, not a second feature; it becomes the earlier clauses' reason."""
    if len(clauses) < 2:
        return clauses
    kept = [clauses[0]]
    said: list[str] = []
    for clause in clauses[1:]:
        if _is_gain(clause):
            said.append(" ".join(f"{clause.manner} {clause.verb} {clause.rest}".split()))
        else:
            kept.append(clause)
    if not said:
        return clauses
    purpose = "I " + (said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}")
    for clause in kept:
        clause.purpose = clause.purpose or purpose
    return kept


def _is_gain(clause: Clause) -> bool:
    if not clause.verb or clause.system is not None or " " in clause.verb:
        return False
    head = clause.rest.split()[-1].lower() if clause.rest.split() else ""
    first = clause.rest.split()[0].lower() if clause.rest.split() else ""
    if clause.verb in {"save", "spend", "waste", "make"}:
        return first in _GAIN_OBJECTS or head in _GAIN_OBJECTS or "money" in clause.rest.split()
    if clause.verb == "build":
        return "community" in clause.rest.lower() or "trust" in clause.rest.lower()
    return clause.verb in _GAIN_VERBS - {"build", "make"}
