"""Titles of German stories, tasks and activities: a verb phrase of at most eight words,
cut only where a phrase ends ("Arzt, Leistung und freien Termin auswählen")."""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.de import grammar
from generation.languages.de.phrases import (
    capitalise,
    feature_verb,
    first_word,
    head_noun,
    is_plural_clause,
    phrase_chunks,
)

__all__ = [
    "DANGLING_PARTICLES",
    "MAX_TITLE_WORDS",
    "TASKS",
    "cut_title",
    "phrase_words",
    "short_phrase",
    "system_title",
    "with_after",
]


MAX_TITLE_WORDS = 8


TASKS = {
    "account": "Sich anmelden", "find": "Suchen und filtern", "view": "Angaben ansehen",
    "choose": "Auswahl treffen", "book": "Buchungen vornehmen", "order": "Bestellungen aufgeben",
    "pay": "Bezahlen", "create": "Einträge anlegen", "upload": "Dateien hochladen",
    "change": "Angaben ändern", "cancel": "Buchungen stornieren", "delete": "Einträge löschen",
    "notify": "Benachrichtigungen erhalten", "message": "Nachrichten austauschen",
    "track": "Status verfolgen", "review": "Bewertungen abgeben", "share": "Inhalte teilen",
    "export": "Daten exportieren", "manage": "Abläufe verwalten",
    "settings": "Einstellungen anpassen", "other": "Anwendung nutzen",
}  # fmt: skip


def short_phrase(clause: Clause) -> tuple[str, str]:
    """The object and verb an activity can be named by: a feature's noun with its verb."""
    if clause.noun_only:
        if first_word(clause.rest) in grammar.PREPOSITIONS | {"als"}:
            return "die Anwendung", "nutzen"
        return clause.obj or clause.rest, feature_verb(clause)
    if clause.system is not None:
        return (clause.system or "").split(",")[0], ""
    if not clause.obj and clause.rest.split()[:1] == ["mich"]:
        return "mich", clause.verb
    return clause.obj, clause.verb


def system_title(clause: Clause) -> str:
    """What the product or thing does, as a main clause: "Das System speichert alle Eingaben
    automatisch", "Die Daten werden verschlüsselt gespeichert", "Geld fließt in den nächsten
    Monat ein"."""
    subject = (clause.system or "").split(",")[0].split()
    subject = capitalise(" ".join(subject[:3])).split()
    finite, end = grammar.verb_second(clause.verb, is_plural_clause(clause))
    if end in DANGLING_PARTICLES:  # "Geld fließt ... ein" would end on "ein"
        lets = [] if grammar.is_product(head_noun(clause.system or "")) else ["lassen"]
        if not lets:
            subject = []  # "Wetterdaten vom Server abrufen": the product is understood
        else:
            subject = grammar.drop_article(
                [w.lower() if w in {"Der", "Die", "Das"} else w for w in subject]
            )
        words = clause.verb.split() + lets
        room = MAX_TITLE_WORDS - len(subject) - len(words)
        rest = cut_title(phrase_words(clause.rest, keep_numbers=True, keep_article=True), [], room)
        return " ".join(part for part in (*subject, rest, *words) if part)
    room = MAX_TITLE_WORDS - len(subject) - 1 - len(end.split())
    rest = cut_title(phrase_words(clause.rest, keep_numbers=True, keep_article=True), [], room)
    return " ".join(part for part in (*subject, finite, rest, end) if part)


def phrase_words(phrase: str, keep_numbers: bool = False, keep_article: bool = False) -> list[str]:
    """A phrase's words for a title: no leading article or possessive, "mich" -> "sich",
    nothing in brackets and, unless ``keep_numbers``, no limit with a number."""
    words = [w for w in re.findall(r"\([^()]*\)|\S+", phrase) if not w.startswith("(")]
    out = []
    listed = True  # the first phrase, or one after a comma, is a noun phrase of the list
    for chunk in phrase_chunks(words):
        starts_list, listed = listed, chunk[-1].endswith(",")
        if not keep_numbers and any(ch.isdigit() for word in chunk for ch in word):
            continue
        if not keep_article and starts_list and chunk[0].lower() not in grammar.PREPOSITIONS:
            chunk = _without_articles(chunk)
        out += ["sich" if word == "mich" else word for word in chunk]
    return out


def _without_articles(words: list[str]) -> list[str]:
    """Each noun phrase of a list without its article: "einen Arzt, eine Leistung und einen
    freien Termin" -> "Arzt, Leistung und freien Termin"."""
    out: list[str] = []
    current: list[str] = []
    for word in words:
        if word.lower() in {"und", "oder"} or word.endswith(","):
            if word.endswith(",") and word != ",":
                current.append(word)
                out += grammar.drop_article(current)
            else:
                out += [*grammar.drop_article(current), word]
            current = []
        else:
            current.append(word)
    return out + grammar.drop_article(current)


def cut_title(words: list[str], verb: list[str], limit: int = MAX_TITLE_WORDS) -> str:
    """The phrase and its verb in at most ``limit`` words, cut only where a phrase ends."""
    room = limit - len(verb)
    chunks = phrase_chunks(words)
    kept: list[str] = []
    for chunk in chunks:
        if len(kept) + len(chunk) > room:
            break
        kept += chunk
    if not kept and chunks:
        nouns = [w for w in chunks[0] if w[:1].isupper()]
        kept = nouns[-1:] if len(verb) < limit else []
    while kept and kept[-1].lower().strip(",") in _DANGLING_WORDS:
        kept.pop()
    if kept:
        kept[-1] = kept[-1].rstrip(",;:")
    text = " ".join([*kept, *verb]).replace(" ,", ",")
    return text.rstrip(" ,;:")


#: Words no phrase of a title ends with.
_DANGLING_WORDS = (
    grammar.PREPOSITIONS | grammar.ARTICLES | {"und", "oder", "", "als", "wie", "zu", "was", "wann"}
)


#: Particles that end no title, being also articles or prepositions ("ein", "an", "zu").
DANGLING_PARTICLES = {"ein", "an", "zu", "mit", "auf", "aus", "vor", "nach", "ab", "bei", "um"}


def with_after(title: str, after: str) -> str:
    """ "Angeben" + "wann der Monat wirklich für mich startet" -> "Angeben, wann der Monat
    startet": the clause's opener, its subject and its verb, when all of it does not fit."""
    words = after.split()
    if len(title.split()) + len(words) <= MAX_TITLE_WORDS:
        return f"{title}, {after}"
    subject = []
    for word in words[1:-1]:
        if subject and subject[-1][:1].isupper():
            break
        subject.append(word)
    short = [words[0], *subject, words[-1]]
    if len(title.split()) + len(short) <= MAX_TITLE_WORDS:
        return f"{title}, {' '.join(short)}"
    return title
