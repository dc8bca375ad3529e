"""German phrases a story is built of: the object with its article, the role's clause
in the first person, the product as a subject, the document's own reason."""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.de import grammar

__all__ = [
    "CLAUSE_OPENERS",
    "LIMIT_WORDS",
    "after_clause",
    "capitalise",
    "condition_parts",
    "feature_phrase",
    "feature_verb",
    "first_person_clause",
    "first_word",
    "from_noun_phrase",
    "head_noun",
    "is_plural_clause",
    "lower_article",
    "lowered",
    "main_verb",
    "object_category",
    "phrase_chunks",
    "product_of",
    "reason_of",
    "role_named",
    "spaced",
    "system_behaviour",
    "system_subject",
    "with_article",
    "without_limit",
]


#: The kind of action an object names, by the end of the noun ("Push-Benachrichtigungen").
_OBJECT_CATEGORY = {
    "benachrichtigung": "notify", "erinnerung": "notify", "mitteilung": "notify",
    "sms": "notify", "e-mail": "notify", "nachricht": "message", "chat": "message",
    "bewertung": "review", "rezension": "review", "passwort": "account", "kennwort": "account",
    "konto": "account", "profil": "account", "account": "account", "bestellung": "order",
    "zahlung": "pay", "rechnung": "pay", "termin": "book", "buchung": "book",
    "reservierung": "book", "bericht": "export", "report": "export", "export": "export",
    "einstellung": "settings", "modus": "settings", "mode": "settings", "design": "settings",
    "sprache": "settings", "dashboard": "view", "übersicht": "view", "statistik": "view",
    "auswertung": "view", "verlauf": "view", "historie": "view", "suche": "find",
    "suchfunktion": "find", "filter": "find", "kalender": "view", "budget": "settings",
    "kategorie": "choose",
}  # fmt: skip


#: The verb a feature named by a noun is wished with, by its kind.
_FEATURE_VERB = {"view": "sehen", "notify": "erhalten", "find": "nutzen"}


_RELATIVE = re.compile(r",\s+(?:der|die|das|den|dem|deren|dessen|welche)\s")


CLAUSE_OPENERS = ("wenn", "falls", "sobald", "nachdem", "bevor", "sofern", "solange")


def head_noun(phrase: str) -> str:
    nouns = [w for w in phrase.split() if w[:1].isupper()]
    return nouns[-1] if nouns else phrase


def main_verb(verb: str) -> str:
    words = [w for w in verb.split() if w not in {"und", "oder", "zu", "werden", "sein"}]
    return words[0] if words else ""


def object_category(phrase: str) -> str | None:
    for word in re.findall(r"[\wäöüß-]+", phrase.lower()):
        for size in range(len(word), 2, -1):
            tail = word[-size:]
            for candidate in (tail, tail[:-2] if tail.endswith("en") else tail, tail[:-1]):
                if candidate in _OBJECT_CATEGORY:
                    return _OBJECT_CATEGORY[candidate]
    return None


def feature_verb(clause: Clause) -> str:
    return _FEATURE_VERB.get(object_category(clause.rest) or "", "nutzen")


def feature_phrase(clause: Clause) -> str:
    """A feature named by a noun, as the object of "nutzen": "den Dunkelmodus"."""
    words = clause.rest.split() or ["die", "Anwendung"]
    if words[0].lower() in grammar.PREPOSITIONS | {"als"}:
        phrase = " ".join(["die", "Anwendung", *lowered(words)])
    else:
        phrase = grammar.accusative(" ".join(lowered(words)))
    return f"{phrase}," if _RELATIVE.search(phrase) else phrase  # the clause ends before the verb


def lowered(words: list[str]) -> list[str]:
    """The phrase's first word in lower case unless it is a noun ("Ein Dashboard")."""
    if not words:
        return words
    first = words[0]
    low = first.lower()
    if low in grammar.ARTICLES | grammar.PREPOSITIONS | {"als"} or grammar.is_adjective(low):
        return [low, *words[1:]]
    return words


def with_article(rest: str) -> str:
    """ "Passwort per E-Mail-Link" -> "das Passwort per E-Mail-Link": a list item's bare
    singular noun gets its article in a sentence; plurals and names stay bare."""
    words = rest.split()
    if not words or not grammar.is_noun(words[0]) or words[0].isupper():
        return rest
    if not grammar.known_singular(words[0]) or words[0].endswith(("er", "el", "en", "chen")):
        return rest  # "Artikel", "Filter": the plural looks the same
    if len(words) > 1 and (grammar.is_noun(words[1]) or words[1].lower() in {"und", "oder"}):
        return rest
    if words[0].endswith(","):
        return rest
    return " ".join([*grammar.accusative(words[0]).split(), *words[1:]])


def lower_article(phrase: str) -> str:
    words = phrase.split()
    if words and words[0].lower() in grammar.ARTICLES:
        words[0] = words[0].lower()
    return " ".join(words)


def spaced(*parts: str) -> str:
    return " ".join(part for part in parts if part).strip()


def after_clause(clause: Clause) -> str:
    return getattr(clause, "after", "")


def is_plural_clause(clause: Clause) -> bool:
    return bool(getattr(clause, "plural", False))


def system_subject(clause: Clause) -> str:
    subject = clause.system or "die Anwendung"
    return subject[:1].lower() + subject[1:] if first_word(subject) in {
        "der", "die", "das", "ein", "eine", "alle", "jede", "jeder", "jedes",
    } else subject  # fmt: skip


def product_of(clause: Clause) -> str:
    system = clause.system or ""
    if system and grammar.is_product(head_noun(system)):
        return grammar.accusative(system_subject(clause))
    return "die Anwendung"


def system_behaviour(clause: Clause) -> str:
    """What the product does, after "dann": "speichert das System alle Eingaben"."""
    finite, end = grammar.verb_second(clause.verb, is_plural_clause(clause))
    after = f", {after_clause(clause)}" if after_clause(clause) else ""
    return (
        " ".join(part for part in (finite, system_subject(clause), clause.rest, end) if part)
        .replace(",,", ",")
        .rstrip(",")
        + after
    )


LIMIT_WORDS = {
    "maximal", "mindestens", "höchstens", "spätestens", "frühestens", "nur", "innerhalb",
    "binnen", "weniger", "mehr",
}  # fmt: skip


def phrase_chunks(words: list[str]) -> list[list[str]]:
    """The phrase split where a phrase may end: before a preposition, a genitive after a
    noun, or after a comma."""
    chunks: list[list[str]] = []
    for index, word in enumerate(words):
        low = word.lower()
        previous = words[index - 1] if index else ""
        starts = (
            low in grammar.PREPOSITIONS | LIMIT_WORDS
            and previous.lower() not in grammar.PREPOSITIONS | LIMIT_WORDS
        ) or (low in {"des", "der", "eines", "einer"} and previous[:1].isupper())
        starts = starts or (
            low in {"ein", "eine", "einen", "die", "das", "den"} and previous[:1].isupper()
        )
        if not chunks or starts or previous.endswith(","):
            chunks.append([word])
        else:
            chunks[-1].append(word)
    return chunks


def from_noun_phrase(rest: str) -> str:
    """The rest from its first noun phrase on, when it starts with a time or a place ("24
    Stunden vor Abholung eine Erinnerung per E-Mail" -> "eine Erinnerung per E-Mail")."""
    chunks = phrase_chunks(rest.split())
    for index, chunk in enumerate(chunks):
        if index and chunk[0].lower() in {"ein", "eine", "einen", "die", "das", "den"}:
            return " ".join(word for later in chunks[index:] for word in later)
    return rest


def condition_parts(condition: str | None, role: str | None = None) -> tuple[str, str]:
    """A condition as a phrase before the object ("bei der Registrierung") or as a clause
    after the verb ("wenn eine Zahlung fehlschlägt"), in the first person."""
    if not condition:
        return "", ""
    words = grammar.first_person_words(condition.split())
    words[0] = words[0].lower()
    text = " ".join(words)
    if words[0] in CLAUSE_OPENERS:
        return "", first_person_clause(text, role)
    return text, ""


def first_person_clause(text: str, role: str | None = None, pronouns: bool = False) -> str:
    """ "wenn der Nutzer sich anmeldet" -> "wenn ich mich anmelde": a clause whose subject is
    the story's role (or "er", "sie") is said by "ich"; any other stays as it is."""
    words = text.split()
    if len(words) < 3:
        return text
    start = 1
    end = start
    while end < len(words) and words[end].lower() in grammar.ARTICLES:
        end += 1
    pronoun = pronouns and words[end].lower() in {"er", "sie"} if end < len(words) else False
    if end < len(words) and (_same_person(words[end], role) or pronoun):
        verb = words[-1]
        infinitive = grammar.finite_infinitive(verb)
        rest = grammar.first_person_words(words[end + 1 : -1])
        return " ".join([words[0], "ich", *rest, grammar.first_person(infinitive)])
    if end < len(words) and grammar.is_person(words[end]):
        return text  # somebody else's: "damit Kunden ihre Bestellungen verfolgen können"
    return " ".join(grammar.first_person_words(words[:1]) + _possessives(words[1:]))


def _possessives(words: list[str]) -> list[str]:
    """ "ihre Daten" -> "meine Daten": the role's possessives, nothing else."""
    changed = grammar.first_person_words(words)
    return [
        new if old.lower() not in {"sich", "man", "ihnen"} else old
        for old, new in zip(words, changed, strict=True)
    ]


def _same_person(word: str, role: str | None) -> bool:
    """Whether ``word`` names the story's role ("Kunden" for "Kunde"); any person when the
    role is not known."""
    if not grammar.is_person(word):
        return False
    if not role:
        return True
    return grammar.role_form(word).lower() == grammar.role_form(role).split()[-1].lower()


def reason_of(purpose: str, role: str | None = None) -> str:
    """The document's reason after "damit": "um Zeit zu sparen" -> "ich Zeit sparen kann";
    "der Kunde den Überblick behält" -> "ich den Überblick behalte"."""
    words = purpose.rstrip(" .").split()
    if words and words[0].lower() == "um":
        body = []
        for index, word in enumerate(words[1:], start=1):
            following = words[index + 1] if index + 1 < len(words) else ""
            if word.lower() == "zu" and following and grammar.is_infinitive(following):
                continue
            body.append(grammar.unzu(word) or word)
        return " ".join(["ich", *grammar.first_person_words(body), "kann"])
    reason = first_person_clause("damit " + " ".join(words), role, pronouns=True)
    return reason.removeprefix("damit ")


def without_limit(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    return " ".join(rest.split()).strip(" ,")


def role_named(role: str, default: str) -> str:
    """The role as "Als ..." names it; a product or a group is no role."""
    if not role:
        return default
    head = role.split()[-1].lower()
    if grammar.is_product(head) or head in {"zielgruppe", "gruppe", "rolle", "zielgruppen"}:
        return default
    return grammar.role_form(role)


def first_word(text: str) -> str:
    words = text.split()
    return words[0].lower() if words else ""


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
