"""Reading an English requirement into clauses: who wants which action on what.

    "Customers can cancel or reschedule a booking up to 12 hours before it."
    -> (customer, "cancel or reschedule", "a booking up to 12 hours before it")
    "The system shall allow admins to export reports and archive old tickets."
    -> (admin, export, "reports"), (admin, archive, "old tickets")

Verbs are told by lemminflect: a modal ("can", "must", "should be able to") before base
forms, "allow/let/enable <role> to", a third-person verb after the subject ("Couriers
accept jobs"), or an imperative list item ("Export invoices as PDF"). A product as the
subject ("The app sends reminders") makes a clause about the system; a sentence with no verb
names a feature ("Dark mode").
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause, numbers_in
from generation.languages.en import PACK
from generation.languages.en.lexicon import _PRODUCT, _lemmas, base_form, is_person, is_verb
from generation.languages.en.lexicon import NOUN_FIRST as _NOUN_FIRST
from generation.languages.en.lexicon import PARTS as _PARTS
from generation.languages.en.sentences import (
    gains_as_purpose,
    product_parts,
    relative_condition,
    split_outcome,
    without_label,
)
from generation.languages.en.speaker import (
    SPEAKER,
    Opening,
    as_speaker,
    by_example,
    examples,
    opening,
    with_frequency,
)

__all__ = ["read_clauses", "base_form", "is_person", "is_verb"]

_TOKEN = re.compile(r"[\"“”«»]|[\w][\w\-‐‑’'/.]*[\w](?:'(?=\s|$))?|[\w]|[^\w\s]", re.U)
#: Adverbs between a modal and its verb, or before a command ("should never block").
_ADVERBS = {"never", "not", "always", "also", "only", "still", "automatically", "easily", "quickly"}
_SLASHED = re.compile(r"\b([a-z]{3,})/([a-z]{3,})\b")
_FUTURE = re.compile(
    r"^\W*(?:in\s+(?:the\s+)?future|later(?:\s+on)?|eventually|post[- ]mvp)\s*[:,—–-]?\s*", re.I
)
#: "Core workflows (browsing, favorites, map viewing) remain ...": examples between the
#: subject and its verb are no part of either.
_ASIDE_BEFORE_VERB = re.compile(
    r"\s*\([^()]*,[^()]*\)(?=\s+(?:must|should|can|will|shall|may|remains?|are|is|stays?)\b)"
)
_BUT = re.compile(
    r",?\s+but\s+(?:only\s+)?(?=(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:can|must|should|may|will|shall|cannot)\b)",
    re.I,
)
_TRAILING_CONDITION = re.compile(
    r",?\s+(?P<when>(?:if|whenever|as\s+soon\s+as|once)\s+(?:the|a|an|my|their|his|her|I|we|"
    r"they|someone|anyone|somebody|it|there)\b.{6,})$",
    re.I,
)
_CONDITION_OPENERS = {"if", "when", "whenever", "once", "after", "before", "while", "on", "upon"}
_PURPOSE = re.compile(
    r",?\s+(?:so\s+that|so(?=\s+(?:I|we|they|you|it|my|our|he|she)\b)|(?P<to>in\s+order\s+to))\s+"
    r"(?P<p>.+)$",
    re.I,
)
_CONSTRAINT = re.compile(
    r"\b(?:up\s+to|at\s+most|at\s+least|no\s+(?:more|later|earlier|less)\s+than|within|"
    r"under|over|more\s+than|less\s+than|maximum(?:\s+of)?|minimum(?:\s+of)?|max\.?|min\.?)"
    r"\s+[^,.;]*\d[^,.;)]*"
    r"|(?<![\w-])only\s+[^,.;]{3,80}",
    re.I,
)
_MODALS = {
    "cannot",
    "can't",
    "mustn't",
    "shouldn't",
    "won't",
    "can",
    "could",
    "must",
    "should",
    "shall",
    "will",
    "may",
    "might",
    "would",
    "need",
    "needs",
}
_NEGATED_MODALS = {"cannot", "can't", "mustn't", "shouldn't", "won't"}
_ABLE = (
    "be able to",
    "is able to",
    "are able to",
    "be allowed to",
    "are allowed to",
    "need to",
    "needs to",
    "have to",
    "has to",
    "want to",
    "wants to",
)
_LETS = {
    "allow",
    "allows",
    "let",
    "lets",
    "enable",
    "enables",
    "permit",
    "permits",
    "help",
    "helps",
}
_DETERMINERS = {"the", "a", "an", "our", "this", "each", "every", "all", "any"}
_CONJUNCTIONS = {"and", "or"}
_PREPOSITIONS = {
    "of", "in", "on", "for", "with", "by", "at", "from", "to", "into", "about", "via", "per",
    "through", "without", "within", "under", "over", "between", "after", "before",
}  # fmt: skip
_NOT_VERBS = {
    "the", "a", "an", "to", "of", "in", "on", "for", "with", "by", "at", "as", "and", "or",
    "their", "his", "her", "its", "my", "your", "our", "new", "all", "any", "each",
}  # fmt: skip


def _third_person(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and is_verb(low) and base_form(low) != low


def read_clauses(text: str) -> list[Clause]:
    """The clauses of one requirement sentence or list item, in order; never empty."""
    source = " ".join(text.split())
    text = _SLASHED.sub(r"\1 or \2", without_label(source))  # "add/remove": two verbs
    body = _FUTURE.sub("", text).strip(" .;:")
    body = _ASIDE_BEFORE_VERB.sub("", body)
    body = _as_upper_limit(body)
    first = opening(body) if not PACK.story_frame.match(body) else Opening(body)
    body, *steps = examples(first.body)
    if steps:  # "..., like they can select a few items and then, they can give orders"
        said = [step for text in steps for step in read_clauses(text)]
        clauses = by_example(read_clauses(body), said)
        for clause in clauses:
            clause.source = source
        return clauses
    halves = _BUT.split(body, maxsplit=1)
    if len(halves) == 2:  # "The customer can see this but only the director can change it"
        clauses = [clause for half in halves for clause in read_clauses(half)]
        for clause in clauses:
            clause.source = source
        return clauses
    parts = product_parts(body)
    if parts:  # "An app where customers order ..., couriers deliver ...": one clause each
        clauses = [clause for part in parts for clause in read_clauses(part)]
        for clause in clauses:
            clause.source = source
        return clauses
    relative, body = relative_condition(body)
    body, outcome = split_outcome(body)
    purpose = None
    match = _PURPOSE.search(body)
    if match and match.start() > 0:
        purpose, body = match.group("p").strip(" ."), body[: match.start()]
        if match.group("to"):
            purpose = f"I can {purpose}"
    written = PACK.story_frame.match(body) if PACK.story_frame else None
    if written:  # "As a member, I want to borrow books so that I can read at home"
        body = written.group("goal")
        purpose = (written.group("benefit") or "").strip(" .") or purpose
    tokens = _TOKEN.findall(body)
    condition, tokens = _leading_condition(tokens)
    condition = condition or relative
    clauses = gains_as_purpose(_predicates(tokens)) or _features(tokens)
    if written:
        for clause in clauses:
            clause.role = _role(_TOKEN.findall(written.group("role"))) or clause.role
    for clause in clauses:
        clause.source = source
        clause.purpose = clause.purpose or purpose
        clause.condition = clause.condition or condition
        clause.outcome = clause.outcome or outcome
        if not clause.condition and clause.verb:
            clause.rest, clause.condition = _trailing_condition(clause.rest)
        found = _CONSTRAINT.search(clause.rest)
        clause.constraint = found.group().strip() if found else clause.constraint
        if first.role and clause.role == SPEAKER:  # "As the owner, I will ..."
            as_speaker(clause, first.role)
        with_frequency(clause, first.frequency)
        clause.numbers = numbers_in(clause.rest if clause.verb else source)
    _share_bracketed_limit(clauses)
    return clauses


_WHO = r"(?P<who>(?:(?:a|an|the|each|any|no)\s+)?[A-Za-z-]+(?:\s+(?!to\b|from\b)[A-Za-z-]+)?)"
_MODAL_PRODUCT = r"^(?:the\s+)?[\w -]{2,30}?\s+(?:shall|must|should|will|needs\s+to)\s+"
#: A rule against more than N, said as what must not happen: "The system shall prevent a
#: member from borrowing more than 5 books", "... shall not allow users to upload more than
#: 10 files", "Members cannot book more than 2 courts".
_UPPER_LIMITS = (
    re.compile(
        _MODAL_PRODUCT + rf"(?:prevent|stop|block)\s+{_WHO}\s+from\s+(?P<verb>\w+ing)\s+"
        r"more\s+than\s+(?P<rest>.+)$",
        re.I,
    ),
    re.compile(
        _MODAL_PRODUCT + rf"not\s+(?:allow|let|permit)\s+{_WHO}\s+(?:to\s+)?(?P<verb>\w+)\s+"
        r"more\s+than\s+(?P<rest>.+)$",
        re.I,
    ),
    re.compile(
        rf"^{_WHO}\s+(?:cannot|can't|can\s+not|may\s+not|must\s+not|shall\s+not)\s+"
        r"(?P<verb>\w+)\s+more\s+than\s+(?P<rest>.+)$",
        re.I,
    ),
)


def _as_upper_limit(body: str) -> str:
    """ "The system shall prevent a member from borrowing more than 5 books" -> "a member
    can borrow at most 5 books": the limit, from the side of the person it limits."""
    for pattern in _UPPER_LIMITS:
        match = pattern.match(body)
        if match and is_verb(match.group("verb")):
            who, verb = match.group("who"), base_form(match.group("verb"))
            return f"{who} can {verb} at most {match.group('rest')}"
    return body


def _share_bracketed_limit(clauses: list[Clause]) -> None:
    """ "upload visit notes and vaccination records as PDF (max 10 MB)": the limit in brackets
    closes the list, so it holds for every object of the same verb."""
    last = clauses[-1] if clauses else None
    if not last or not last.constraint or f"({last.constraint})" not in last.rest:
        return
    for clause in clauses[:-1]:
        if clause.verb == last.verb and not clause.constraint:
            clause.constraint = last.constraint
            clause.numbers = clause.numbers or last.numbers


def _trailing_condition(rest: str) -> tuple[str, str | None]:
    """ "notified immediately if the manager cancels my booking": the "if" part is a condition."""
    match = _TRAILING_CONDITION.search(rest)
    if not match or len(rest[: match.start()].split()) < 1:
        return rest, None
    return rest[: match.start()].strip(" ,"), match.group("when").strip(" .")


def _leading_condition(tokens: list[str]) -> tuple[str | None, list[str]]:
    if not tokens or tokens[0].lower() not in _CONDITION_OPENERS:
        return None, tokens
    for index, token in enumerate(tokens):
        if token == ",":
            return _join(tokens[:index]), tokens[index + 1 :]
    return None, tokens


def _predicates(tokens: list[str]) -> list[Clause]:
    low = [token.lower() for token in tokens]
    named = _named_subject(low)
    for index, word in enumerate(low):
        if word in _LETS and "to" in low[index + 1 :]:
            return _lets(tokens, low, index)
        able = _able_at(low, index)
        if word in _MODALS or able:
            start = index + (len(able.split()) if able else 1)
            if low[start : start + 3] == ["be", "able", "to"]:
                start += 3
            if start < len(low) and low[start] in _LETS:
                return _lets(tokens, low, start)
            while low[start : start + 1] in (["also"], ["only"], ["still"]) and "be" in low[start:]:
                start += 1  # "There should also be a tagline ..."
            if low[start : start + 3] == ["be", "able", "to"]:  # "should only be able to"
                start += 3
            if low[start : start + 1] == ["be"] or low[start : start + 2] == ["not", "be"]:
                from generation.languages.en.being import state

                return state(tokens[:index], tokens[start:])
            adverbs = ["not"] if word in _NEGATED_MODALS else []
            while start < len(low) and (low[start] in _ADVERBS or low[start].endswith("ly")):
                adverbs.append(low[start])
                start += 1
            clauses = _clauses_after(tokens[:index], tokens[start:])
            for clause in clauses:
                clause.manner = " ".join([*adverbs, clause.manner]).strip()
            return clauses
        if (
            word in _COPULA
            and index > 0
            and _subject_ok(low[:index])
            and _passive(low[index + 1 :])
        ):
            from generation.languages.en.being import state  # "All health records are encrypted"

            return state(tokens[:index], tokens[index + 1 :])
        if (
            index > 0
            and _subject_ok(low[:index])
            and not _modifiers_only(low[:index])
            and low[index + 1 : index + 2] not in ([c] for c in _COPULA)
            and not _noun_phrase_end(low, index)
            and not _names_part(low)
            and (_third_person(word) or (_plural_noun(low[index - 1]) and _base_verb(word)))
        ):
            return _clauses_after(tokens[:index], tokens[index:], finite=True)
        if index == 0 and word.endswith("ly") and len(low) > 1 and _imperative(low[1], low[1:]):
            return _clauses_after([], tokens[1:])  # "Easily browse available tools"
        if index == 0 and word in {"do", "don't"} and low[1:2] == ["not"] or word == "don't":
            skip = 1 if word == "don't" else 2  # "Do not rely on polling": a rule to keep
            if len(low) > skip and _imperative(low[skip], low[skip:]):
                clauses = _clauses_after([], tokens[skip:])
                for clause in clauses:
                    clause.manner = "not"
                return clauses
        if index == 0 and not named and _imperative(word, low):
            return _clauses_after([], tokens)
    return []


_COPULA = {"is", "are"}


def _noun_phrase_end(low: list[str], index: int) -> bool:
    """ "Custom category records", "Specific records related to games": a plural noun that
    ends the item, or one a participle describes, names things rather than does something."""
    following = low[index + 1] if index + 1 < len(low) else ""
    return _plural_noun(low[index]) and (
        not following or (following.endswith("ed") and is_verb(following))
    )


def _names_part(low: list[str]) -> bool:
    """ "Results display page", "Search results page": a few bare nouns ending on a part of the
    product name that part; a verb's object would take an article."""
    return len(low) <= 4 and low[-1] in _PARTS and not set(low) & (_DETERMINERS | {"my", "your"})


def _passive(words: list[str]) -> bool:
    """ "encrypted at rest", "stored for 7 years": a participle says how the thing is kept."""
    first = next((w for w in words[:2] if w not in {"always", "only", "never", "not"}), "")
    return first.endswith(("ed", "en")) and is_verb(first) and base_form(first) != first


def _named_subject(low: list[str]) -> bool:
    """ "Pet owners can ...": a person before the modal, not the command "pet"."""
    for end in range(2, min(len(low), 5)):
        if low[end] in _MODALS or _able_at(low, end):
            head = low[end - 1]
            singular = head[:-1] if head.endswith("s") else head
            named = is_person(singular) or is_person(head) or _plural_noun(head)
            pronoun = set(low[:end]) & {"i", "we", "you", "they", "he", "she", "it"}
            return _subject_ok(low[:end]) and named and not pronoun
    return False


def _able_at(low: list[str], index: int) -> str | None:
    for phrase in _ABLE:
        if " ".join(low[index : index + len(phrase.split())]) == phrase:
            return phrase
    return None


def _subject_ok(words: list[str]) -> bool:
    """Whether the words before a verb read as its subject: a short noun phrase."""
    return (
        0 < len(words) <= 5
        and all(w.isalpha() or "-" in w for w in words)
        and not set(words) & _PREPOSITIONS
        and words[-1] not in _NOT_VERBS
    )


#: Words that describe a thing and are never a subject alone: "monthly passes", "online
#: payments" name things, they do not say that something "passes" or "pays".
_MODIFIERS = {"online", "offline", "mobile", "digital", "free", "new", "paid", "custom", "public"}


def _modifiers_only(words: list[str]) -> bool:
    return all(word.endswith("ly") or word in _MODIFIERS for word in words)


def _plural_noun(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and "NOUN" in _lemmas(word)


def _base_verb(word: str) -> bool:
    return word.isalpha() and is_verb(word) and base_form(word) == word and word not in _NOT_VERBS


def _imperative(word: str, low: list[str]) -> bool:
    """Whether a list item starts with a command: "Export invoices", "Search for records"."""
    if not _base_verb(word) or len(low) < 2 or low[1] in {"is", "are", "was", "of", "and", ":"}:
        return False
    if word in _NOUN_FIRST:  # "search" is a verb in "Search for records", a noun in "Search bar"
        return low[1] in _DETERMINERS | _PREPOSITIONS | set(_POSSESSIVE) | {"my", "your"}
    return True


def _lets(tokens: list[str], low: list[str], index: int) -> list[Clause]:
    """ "The app allows customers to pay by card": the role after "allow", then its action."""
    rest = tokens[index + 1 :]
    try:
        to = [t.lower() for t in rest].index("to")
    except ValueError:
        return _clauses_after(tokens[:index], tokens[index:], finite=True)
    role_words, action = rest[:to], rest[to + 1 :]
    clauses = _clauses_after([], action)
    for clause in clauses:
        clause.role = _role(role_words)
        if clause.role is None:
            clause.system = _system(tokens[:index]) or ""
    return clauses


def _clauses_after(
    subject: list[str], predicate: list[str], *, finite: bool = False
) -> list[Clause]:
    system = _system(subject)
    role = None if system is not None else _role(subject)
    if system is None and role is None and subject:
        system = _join(subject)
    clauses = []
    for verbs, rest in _split_predicates(predicate, finite=finite):
        for object_words in _split_objects(rest):
            if clauses and clauses[-1].obj and object_words[:1] in (["them"], ["it"]):
                # "create lists and can share them": the lists, not "me"
                object_words = [*clauses[-1].obj.split(), *object_words[1:]]
            object_words = _first_person(object_words)
            verb = " ".join(
                v.lower() if v.lower() in _CONJUNCTIONS else base_form(v) for v in verbs
            )
            manner = ""
            if verb in {"do", "does"} and object_words[:1] == ["not"] and len(object_words) > 1:
                # "... and does not rely on polling": the rule is about "rely"
                verb, manner, object_words = base_form(object_words[1]), "not", object_words[2:]
            clauses.append(
                Clause(
                    source="",
                    role=role,
                    manner=manner,
                    verb=verb,
                    rest=_join(object_words),
                    obj=_object_of(object_words),
                    system=system,
                )
            )
    return clauses


def _split_predicates(tokens: list[str], *, finite: bool) -> list[tuple[list[str], list[str]]]:
    """Each verb group and what follows it; verbs joined straight by "or"/"and" share it."""
    groups: list[tuple[list[str], list[str]]] = []
    verbs: list[str] = []
    rest: list[str] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        low = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if (
            verbs
            and low in _MODALS - _NEGATED_MODALS
            and (not rest or rest[-1] in {",", "and", "or", ";"})
            and _starts_predicate(following, "", False)
            and (not rest or _has_object(rest))
        ):
            # "pay for parking and can extend the session": the modal opens a wish of its own
            if rest:
                groups.append((verbs, _strip_joint(rest)))
                verbs, rest = [tokens[index + 1]], []
            else:  # "create and can share lists": two verbs of one object
                verbs.append(tokens[index + 1])
            skip = True
            continue
        starts = _starts_predicate(low, following, finite)
        if not verbs:
            if not starts:
                return []
            verbs = [token]
            continue
        if not rest and low in _CONJUNCTIONS and _starts_predicate(following, "", finite):
            verbs.append(token)
            continue
        if not rest and verbs[-1].lower() in _CONJUNCTIONS and starts:
            verbs.append(token)
            continue
        if (
            rest
            and rest[-1] in {",", "and", "or", ";"}
            and starts
            and not _noun_before_participle(low, following, verbs[0].lower())
            and _has_object(rest)
            and following not in {",", "and", "or", ""}
        ):
            groups.append((verbs, _strip_joint(rest)))
            verbs, rest = [token], []
            continue
        rest.append(token)
    if verbs:
        groups.append((verbs, _strip_joint(rest)))
    return groups


def _starts_predicate(word: str, following: str, finite: bool) -> bool:
    if not word.isalpha() or word in _NOT_VERBS or not is_verb(word):
        return False
    return base_form(word) == word or _third_person(word)


def _noun_before_participle(word: str, following: str, first: str) -> bool:
    """ "have a list with ingredients, prices listed on the sides": "prices" is no verb here."""
    if (base_form(word) == word) == (base_form(first) == first) or not is_verb(following):
        return False
    return base_form(following) != following and not _third_person(following)


def _has_object(tokens: list[str]) -> bool:
    return any(token.isalpha() and token.lower() not in _CONJUNCTIONS for token in tokens)


def _strip_joint(tokens: list[str]) -> list[str]:
    while tokens and tokens[-1].lower() in {",", "and", "or", ";", "."}:
        tokens = tokens[:-1]
    return tokens


def _split_objects(tokens: list[str]) -> list[list[str]]:
    """Separate features joined by "and": "an SMS confirmation and a reminder a day before"."""
    parts, current = [], []
    for token in tokens:
        if token.lower() == "and" and current:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    if len(parts) > 1 and all(_content_words(p) >= 2 and "," not in p for p in parts):
        return parts
    return [tokens]


def _content_words(tokens: list[str]) -> int:
    return sum(1 for t in tokens if t.isalnum() and t.lower() not in _DETERMINERS | _PREPOSITIONS)


def _features(tokens: list[str]) -> list[Clause]:
    """ "online payment and reviews of doctors" -> two features; "reviews of doctors and
    nurses" stays one (the "and" joins the words after "of")."""
    parts, current, depth = [], [], 0
    for token in tokens:
        depth += (token == "(") - (token == ")")
        if token.lower() in {"and", ","} and current and depth == 0:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    parts = [part for part in parts if part]
    if (
        len(parts) > 1
        and all(_content_words(p) >= 1 for p in parts)
        and not any(set(w.lower() for w in p) & _PREPOSITIONS for p in parts[:-1])
    ):
        return [_feature(part) for part in parts]
    return [_feature(tokens)]


def _feature(tokens: list[str]) -> Clause:
    while tokens and tokens[0].lower() in _CONJUNCTIONS | {",", ";", ":"}:
        tokens = tokens[1:]
    text = _join(tokens)
    return Clause(source="", role=None, verb="", rest=text, obj=text)


def _system(subject: list[str]) -> str | None:
    words = [w.lower() for w in subject if w.isalpha()]
    if words and words[-1] in _PRODUCT:
        return " ".join(w for w in words if w not in _DETERMINERS) or words[-1]
    return None


def _role(subject: list[str]) -> str | None:
    """The people the subject names, singular: "Registered customers" -> "registered customer";
    the first of several: "The hosts and other staff" -> "host"; the brief's "I": ``SPEAKER``."""
    cut = max((i for i, w in enumerate(subject) if w in {",", ";", ":"}), default=-1)
    words = [w for w in subject[cut + 1 :] if w.isalpha() or "-" in w]
    words = [w for w in words if w.lower() not in _DETERMINERS | _ADVERBS]
    if [w.lower() for w in words] in (["i"], ["we"]):
        return SPEAKER
    joint = next((i for i, w in enumerate(words) if w.lower() in _CONJUNCTIONS), None)
    if joint:  # "hosts and other staff": the people named first
        return _role(words[:joint]) or _role(words[joint + 1 :])
    if not words or words[-1].lower() in _PRODUCT | {"it", "this", "that", "there"}:
        return None
    from lemminflect import getLemma

    head = words[-1].lower()
    singular = getLemma(head, upos="NOUN")[0] if head.endswith("s") else head
    if not is_person(singular):
        return None
    return " ".join([*(w.lower() for w in words[-3:-1]), singular])


_POSSESSIVE = {
    "their": "my", "his": "my", "her": "my", "them": "me", "themselves": "myself",
    "your": "my", "you": "I", "yours": "mine", "yourself": "myself",
}  # fmt: skip
_DEGREE = {"most", "often", "recently", "frequently", "newly", "least", "commonly", "rarely"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "ten", "once", "twice", "every", "each"}


def _first_person(tokens: list[str]) -> list[str]:
    """ "update their profile" -> "update my profile", "rent what they need" -> "rent what I
    need": the story speaks as "I"."""
    words = [_POSSESSIVE.get(token.lower(), token) for token in tokens]
    return [
        "I" if word.lower() == "they" and index and words[index - 1].lower() in _WH else word
        for index, word in enumerate(words)
    ]


_WH = {"what", "whatever", "where", "when", "whenever", "if", "as", "how"}


def _object_of(tokens: list[str]) -> str:
    """The object's words before its first modifier ("a booking" of "a booking up to ...")."""
    if tokens and (tokens[0].lower() in _WH and len(tokens) <= 5 or tokens[0].lower() == "whether"):
        return _join(tokens)
    words = []
    for token in tokens:
        low = token.lower()
        if words and words[-1].lower() in _DEGREE and low.endswith("ed"):  # "most often used"
            words.append(token)
            continue
        if words and (
            low in {"by", "with", "from", "within", "up", "in", "on", "at", "for", "via", "to",
                    "before", "after", "when", "if", "that", "which", "who", ",", ";", "without",
                    "only", "so", "through", "using", "into", "per", "(", "against", "near",
                    "nearby", "me", "us", "them"}
            or low[:1].isdigit()
            or low in _NUMBER_WORDS
            or low in {"no", "not", "than", "later", "earlier", "more", "less", "until"}
            or low in {"they", "i", "we", "he", "she", "you", "it", "who", "where", "whose"}
            or (
                low.endswith("ed")
                and is_verb(low)
                and words[-1].lower() not in _DETERMINERS
                and not words[-1].lower().endswith("ly")  # "previously cached data"
            )
        ):  # fmt: skip
            break
        words.append(token)
    return _join(words)


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\s+([,.;:!?)”])", r"\1", text)
    text = re.sub(r"([(“])\s+", r"\1", text)
    return re.sub(r'"\s+(.*?)\s+"', r'"\1"', text).strip()
