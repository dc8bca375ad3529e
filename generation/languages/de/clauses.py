"""Reading a German requirement into clauses: who wants which action on what.

    "Der Kunde muss Termine buchen und Rechnungen herunterladen können."
    -> (Kunde, buchen, "Termine"), (Kunde, herunterladen, "Rechnungen")
    "Das System sendet dem Patienten eine Bestätigung per SMS und eine Erinnerung einen Tag
     vor dem Termin."
    -> system (Patient, senden, "eine Bestätigung per SMS"), (Patient, senden, "eine
       Erinnerung einen Tag vor dem Termin")
    "Eintragung von regelmäßigen und einmaligen Einnahmen"
    -> (-, eintragen, "regelmäßige und einmalige Einnahmen")

A requirement puts its verb last after a modal ("muss ... stornieren können"), after "Es
muss möglich sein, ... zu ..." or "ermöglicht dem Nutzer, ... zu ...", and in a list item
("Budgets für Kategorien angeben"); second in the present tense ("Der Kunde lädt Belege
hoch"). The reader finds it by its place and its form (``grammar``): nouns have a capital,
verbs do not. A person as the subject is the role; a product or a thing makes a clause
about the system ("Das System speichert ..."), whose dative ("dem Nutzer") is the role; a
sentence with no verb names a feature, and a noun of action becomes its verb
("Synchronisierung der Clients" -> "die Clients synchronisieren"). A user story already
written ("Als Fahrer möchte ich ..., damit ...") keeps its role and its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generation.languages.clauses import Clause, numbers_in
from generation.languages.de import PACK, grammar

__all__ = ["GermanClause", "constraint_of", "deverbal", "read_clauses"]


@dataclass
class GermanClause(Clause):
    """A clause with what German needs to write it back."""

    #: A clause the verb takes as its object, said after it ("angeben, wann der Monat
    #: beginnt" -> "wann der Monat beginnt").
    after: str = ""
    #: Whether the thing the clause is about is plural ("dass Änderungen ... sichtbar sind").
    plural: bool = False


_TOKEN = re.compile(
    r"\([^()]*\)|[„“”\"«»]|\d+(?:[.,:/]\d+)+|\w+(?:[-’']\w+)*(?:[:*/_]in(?:nen)?\b)?-?|[^\w\s]",
    re.U,
)
#: A remark in brackets after the sentence's end: "... können. (Muss)".
_AFTERWORD = re.compile(r"[.!]\s*\([^()]{1,30}\)\s*$")
_FUTURE = re.compile(
    r"^\W*(?:in\s+zukunft|zukünftig|künftig|später|perspektivisch|langfristig)\s*[:,—–-]?\s*",
    re.I,
)
_PURPOSE = re.compile(
    r"(?:,\s*(?P<conj>damit|sodass|so\s+dass)|\s+(?:damit|sodass)(?=\s+(?:ich|er|sie|wir|man|"
    r"der|die|das|alle|jede[rs]?|mein\w*|sein\w*|ihr\w*|kein\w*)\s))\s+(?P<p>.+)$"
    r"|,?\s+(?P<um>um\s+.+?(?:\bzu\s+\w+|\w+zu\w+en))\s*$",
    re.I,
)
_CONSTRAINT = re.compile(
    r"(?:\bbis\s+(?:zu|spätestens)|\bspätestens|\bfrühestens|\bhöchstens|\bmaximal|\bmax\.|"
    r"\bmindestens|\bminimal|\bmin\.|\bnicht\s+(?:mehr|weniger|später|früher)\s+als|"
    r"\binnerhalb(?:\s+von|\s+der|\s+des|\s+eines|\s+einer)?|\bweniger\s+als|\bmehr\s+als|"
    r"\bunter|\bbis)\s+[^,.;]*\d[^,.;]*|\bnur\s+[^,.;]{3,80}",
    re.I,
)
#: Subordinate clauses that say when, not what ("..., wenn sein Budget überschritten wird").
_CONDITIONS = {"wenn", "falls", "sobald", "nachdem", "bevor", "sofern", "solange"}
#: A label before the requirement: "Hinweis: ...", "Lieferumfang: ...".
_LABEL = re.compile(r"^[\w()\-]+(?:\s+[\w()\-]+){0,2}\s*:\s+(?=\S+\s+\S)")
_CONDITION_OPENERS = {
    "wenn", "falls", "sobald", "nachdem", "bevor", "sofern", "solange", "während", "beim",
    "bei", "nach", "vor", "im", "in",
}  # fmt: skip
_SUBORDINATORS = {
    "dass", "wann", "ob", "wie", "was", "wo", "wohin", "welche", "welcher", "welches",
    "welchen", "wer", "wieviel", "wie viel", "warum", "weshalb", "wenn", "falls", "sobald",
    "nachdem", "bevor", "weil", "da", "indem", "sodass", "damit", "der", "die", "das", "den",
    "sofern", "solange", "obwohl", "während", "außer",
    "dem", "deren", "dessen",
}  # fmt: skip
#: Words that state a requirement before the action; they are not the action.
_MODALS = {
    "muss", "müssen", "soll", "sollen", "sollte", "sollten", "kann", "können", "könnte",
    "könnten", "darf", "dürfen", "will", "wollen", "möchte", "möchten", "wird", "werden",
    "musst", "kannst", "solle", "könne", "müsse", "dürfe", "wolle", "möge", "würde", "würden",
    "müsste", "müssten", "dürfte", "dürften",
}  # fmt: skip
_PLURAL_MODALS = {
    "müssen", "sollen", "sollten", "können", "könnten", "dürfen", "wollen", "möchten", "werden",
    "würden", "müssten", "dürften",
}  # fmt: skip
#: Infinitives that close a verb group without being its action ("stornieren können").
#: A subject longer than this is a description, not who or what a requirement is about.
_LONGEST_SUBJECT = 7
#: Modals that say what is possible ("kann storniert werden"), not what must happen.
_ABILITY = {"kann", "können", "darf", "dürfen", "könnte", "könnten"}
_CLOSING_MODALS = {"können", "dürfen", "müssen", "sollen", "wollen", "möchten"}
_AUXILIARIES = {"werden", "sein", "worden", "lassen", "haben"}
#: "ermöglicht dem Nutzer, ... zu ...": the product lets the dative person act.
_LETS = {
    "ermöglicht", "ermöglichen", "erlaubt", "erlauben", "gestattet", "gestatten",
    "ermöglichst",
}  # fmt: skip
#: "bietet eine Exportfunktion": the product has a feature, named by the object.
_OFFERS = {
    "bietet", "bieten", "anbieten", "bereitstellen", "unterstützt", "unterstützen",
    "enthält", "enthalten", "verfügt", "verfügen", "besitzt", "besitzen", "beinhaltet",
    "beinhalten", "hat", "haben", "umfasst", "umfassen", "stellt", "stellen",
}  # fmt: skip
#: "Es muss möglich sein, ...", "hat die Möglichkeit, ...": the action follows after "zu".
_ABLE = re.compile(
    r"^(?:es\s+)?(?:(?:ist|sein)\s+)?(?:jederzeit\s+|auch\s+)?(?:möglich|in\s+der\s+lage|"
    r"berechtigt|befugt|erlaubt|gestattet|fähig|imstande|dazu\s+fähig)(?:\s+(?:sein|ist))?$|"
    r"^(?:(?:die|eine)\s+)?möglichkeit(?:\s+(?:haben|hat|bekommen|erhalten|geben))?$",
    re.I,
)
#: "dem Kunden die Möglichkeit bieten, ... zu ...": the person may act.
_OFFERS_CHANCE = re.compile(
    r"^.*\bmöglichkeit\s+(?:bieten|geben|einräumen|eröffnen|verschaffen)$", re.I
)
_ADVERBS = {
    "zusätzlich", "außerdem", "optional", "ebenso", "zudem", "weiterhin", "auch", "ferner",
    "dabei", "hierbei", "dann", "jederzeit", "darüber", "hinaus", "ebenfalls",
    "idealerweise", "möglichst", "grundsätzlich", "stets", "immer", "gerne", "gern",
}  # fmt: skip
_CONJUNCTIONS = {"und", "oder", "sowie", "bzw", "bzw.", ","}
#: Particles a separable verb leaves at the end of a main clause ("lädt ... hoch").
_PARTICLES = {
    "an", "ab", "auf", "aus", "ein", "mit", "nach", "vor", "zu", "zurück", "hoch", "herunter",
    "hin", "her", "heraus", "hinzu", "fest", "frei", "los", "weg", "weiter", "um", "durch",
    "vorbei", "zusammen", "teil", "bereit", "dar", "fort", "wiederher", "entgegen",
}  # fmt: skip
#: Verbs that make one feature together, even joined by "und" ("suchen und filtern").
_TOGETHER = (
    {"stornieren", "verschieben", "absagen", "umbuchen", "ändern", "kündigen"},
    {"suchen", "filtern", "sortieren", "durchsuchen", "finden"},
    {"ansehen", "anzeigen", "einsehen", "sehen", "aufrufen", "abrufen", "öffnen"},
    {"hochladen", "anhängen", "importieren"},
    {"herunterladen", "exportieren", "drucken", "ausdrucken"},
    {"anmelden", "abmelden", "einloggen", "ausloggen"},
)
#: Verbs that name whom (dative) as well as what: "Aufgaben Schülern zuweisen".
_DATIVE_VERBS = {
    "zuweisen", "zuordnen", "zuteilen", "senden", "schicken", "geben", "zeigen", "empfehlen",
    "anbieten", "mitteilen", "übergeben", "weiterleiten", "bereitstellen", "übermitteln",
    "vorschlagen", "freigeben",
}  # fmt: skip
_PRONOUNS = {"es", "sie", "ihn", "diese", "diesen", "dieses"}
#: Nouns of action and the verb a wish names them with; "sich" for reflexive verbs.
_DEVERBAL = {
    "suche": "suchen", "export": "exportieren", "import": "importieren",
    "upload": "hochladen", "download": "herunterladen", "login": "sich anmelden",
    "logout": "sich abmelden", "anmeldung": "sich anmelden", "abmeldung": "sich abmelden",
    "registrierung": "sich registrieren", "authentifizierung": "sich authentifizieren",
    "anzeige": "sehen", "ansicht": "ansehen", "eingabe": "eingeben", "auswahl": "auswählen",
    "kauf": "kaufen", "versand": "versenden", "druck": "drucken", "vergleich": "vergleichen",
    "teilnahme": "teilnehmen", "freigabe": "freigeben", "weitergabe": "weitergeben",
    "angabe": "angeben", "abfrage": "abfragen", "kommunikation": "kommunizieren",
    "synchronisation": "synchronisieren", "navigation": "navigieren",
    "konfiguration": "konfigurieren", "sammlung": "sammeln", "zahlung": "bezahlen",
    "benachrichtigung": "benachrichtigt werden", "erinnerung": "erinnert werden",
    "verwaltung": "verwalten", "planung": "planen", "bearbeitung": "bearbeiten",
    "aufnahme": "aufnehmen", "rückgabe": "zurückgeben", "abgabe": "abgeben",
    "buchung": "buchen", "bestellung": "bestellen", "bewertung": "bewerten",
    "stornierung": "stornieren", "reservierung": "reservieren", "änderung": "ändern",
    "erfassung": "erfassen", "eintragung": "eintragen", "speicherung": "speichern",
    "erstellung": "erstellen", "löschung": "löschen", "verknüpfung": "verknüpfen",
}  # fmt: skip
#: Nouns in "-ung" that name a thing, not an action.
_NOT_DEVERBAL = {
    "rechnung", "wohnung", "zeitung", "meinung", "richtung", "bedingung", "umgebung",
    "lösung", "leistung", "hoffnung", "ordnung", "übung", "erfahrung", "bewegung",
    "beziehung", "stimmung", "bildung", "wirkung", "vorlesung", "sitzung", "kleidung",
    "werbung", "anwendung", "abteilung", "veranstaltung", "ausstattung", "einstellung",
    "oberfläche", "bestätigung", "genehmigung", "mitteilung", "zeichnung", "verbindung",
    "achtung", "versicherung", "entwicklung", "lieferung", "unterstützung", "ausgabe",
    "aufgabe", "anzeige",
}  # fmt: skip
#: Verbs that need no object: their noun alone is an action ("Registrierung").
_INTRANSITIVE = {
    "sich anmelden", "sich abmelden", "sich registrieren", "sich authentifizieren",
    "benachrichtigt werden", "erinnert werden", "bezahlen", "suchen", "navigieren",
}  # fmt: skip


def read_clauses(text: str) -> list[GermanClause]:
    """The clauses of one requirement sentence or list item, in order; never empty."""
    source = " ".join(text.split())
    body = _AFTERWORD.sub("", _FUTURE.sub("", source)).strip(" .;:!")
    written = PACK.story_frame.match(body) if PACK.story_frame else None
    purpose = None
    if written:  # "Als Fahrer möchte ich ein Auto buchen, damit ich sofort losfahren kann"
        body = written.group("goal").strip(" ,")
        purpose = _written_purpose(written)
    else:
        body, purpose = _purpose(body)
    body = _LABEL.sub("", body, count=1) or body
    tokens = _TOKEN.findall(body)
    condition, tokens = _leading_condition(tokens)
    if written:
        clauses = _story_goal(tokens, written.group("role"))
    else:
        clauses = _predicates(tokens) or _features(tokens)
    clauses = clauses or [_feature(tokens)]
    for clause in clauses:
        clause.source = source
        clause.purpose = clause.purpose or purpose
        clause.condition = clause.condition or condition
        clause.constraint = constraint_of(clause.rest)
        clause.numbers = numbers_in(clause.rest if clause.verb else source)
    return clauses


def constraint_of(rest: str) -> str | None:
    """The limit a clause's words set ("bis zu 24 Stunden vorher", "nur mit Konto")."""
    found = _CONSTRAINT.search(rest)
    return found.group().strip() if found else None


def _purpose(body: str) -> tuple[str, str | None]:
    """The requirement without its "damit ..." or "um ... zu ...", and that reason."""
    because = _BECAUSE.search(body)
    if because and because.start() >= 8:
        return body[: because.start()].strip(" ,"), _wish_of(because.group("why"))
    match = _PURPOSE.search(body)
    if not match or match.start() < 8:
        return body, None
    purpose = match.group("p") or match.group("um")
    return body[: match.start()].strip(" ,"), purpose.strip(" .")


#: ", weil andere Kunden sich auf ehrliche Meinungen verlassen wollen": a reason given as a cause.
_BECAUSE = re.compile(r",\s*weil\s+(?P<why>[^.;]+)", re.I)
#: A wish in a "weil" clause, said as what the story makes possible ("wollen" -> "können").
_WISHES = {"wollen": "können", "will": "kann", "möchten": "können", "möchte": "kann",
           "wünschen": "können", "wünscht": "kann"}  # fmt: skip


def _wish_of(why: str) -> str | None:
    """ "andere Kunden sich auf ehrliche Meinungen verlassen wollen" -> "... verlassen können";
    any other cause ("weil sie tagsüber arbeiten") is no goal of the story: None."""
    words = why.strip(" .").split()
    if len(words) < 3 or words[-1].lower() not in _WISHES:
        return None
    return " ".join([*words[:-1], _WISHES[words[-1].lower()]])


def _written_purpose(written: re.Match[str]) -> str | None:
    benefit = written.group("benefit")
    if not benefit:
        return None
    before = written.string[: written.start("benefit")].rstrip().lower()
    return f"um {benefit.strip(' .')}" if before.endswith(" um") else benefit.strip(" .")


def _leading_condition(tokens: list[str]) -> tuple[str | None, list[str]]:
    """ "Wenn eine Zahlung fehlschlägt, muss ..." or "Bei der Registrierung muss ...": the
    condition, and the main clause (its finite verb now first)."""
    low = [token.lower() for token in tokens]
    if not low or low[0] not in _CONDITION_OPENERS:
        return None, tokens
    clause_opener = low[0] in {"wenn", "falls", "sobald", "nachdem", "bevor", "sofern"}
    for index in range(1, len(tokens)):
        if clause_opener and tokens[index] == ",":
            return grammar.join(tokens[:index]), tokens[index + 1 :]
        if not clause_opener and tokens[index] == ",":
            return grammar.join(tokens[:index]), tokens[index + 1 :]
        if not clause_opener and (low[index] in _MODALS or _is_finite(tokens, index)):
            if index + 1 < len(tokens) and not _starts_phrase(tokens[index + 1]):
                return None, tokens
            return grammar.join(tokens[:index]), tokens[index:]
    return None, tokens


def _starts_phrase(token: str) -> bool:
    low = token.lower()
    return low in grammar.ARTICLES or low in {"es", "man", "er", "sie"} or token[:1].isupper()


# -- predicates -------------------------------------------------------------------------------


def _predicates(tokens: list[str]) -> list[GermanClause]:
    """Clauses around the sentence's verb(s), or [] when it has none."""
    low = [token.lower() for token in tokens]
    inside = _subordinate(tokens)
    for index, word in enumerate(low):
        if inside[index]:
            continue
        if word in _CLOSING_MODALS and index == len(low) - 1 and index > 2:
            subject, predicate = _subject_after(tokens[:index])  # "Der Nutzer ... eintragen können"
            return _clauses(subject, predicate, plural=word.endswith("en"))
        if word in _MODALS and (index > 0 or len(low) > 2):
            split = _finite_before_joint(tokens, index, inside)
            if split is not None:
                # "Trainer sehen die Teilnehmerliste und können ein Training absagen": two wishes
                subject = tokens[:split]
                return [
                    *_present(tokens[: index - 1], split),
                    *_modal([*subject, *tokens[index:]], len(subject)),
                ]
            return _modal(tokens, index)
    for index, word in enumerate(low):
        if inside[index]:
            continue
        if word in _LETS and index > 0:
            return _lets(tokens[:index], tokens[index + 1 :], plural=word.endswith("en"))
        if _is_finite(tokens, index):
            return _present(tokens, index)
    return _item(tokens)


def _subordinate(tokens: list[str]) -> list[bool]:
    """Which tokens are inside a subordinate or relative clause (up to its comma)."""
    inside = []
    within = False
    for index, token in enumerate(tokens):
        low = token.lower()
        previous = tokens[index - 1] if index else ""
        opens = low in {
            "dass",
            "wann",
            "ob",
            "was",
            "welche",
            "welcher",
            "welches",
            "weil",
            "wie",
        } or (previous == "," and low in _SUBORDINATORS)
        if opens and index > 0:
            within = True
        elif token == "," and within:
            within = False
        inside.append(within)
    return inside


def _is_finite(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` is the finite verb of a main clause after its subject."""
    word = tokens[index]
    low = word.lower()
    if not word.isalpha() or low in grammar.ARTICLES or low in grammar.PREPOSITIONS:
        return False
    if low in _ADVERBS or low in _CONJUNCTIONS or low in {"nicht", "nur", "es", "man"}:
        return False
    if word[:1].isupper() or grammar.is_adjective(low) or low in _SUBORDINATORS:
        return False
    subjunctive = low.endswith("e") and grammar.is_known_verb(low + "n")  # "Das System sende"
    if not (low.endswith(("t", "en", "ern", "eln")) or low in {"ist", "sind", "hat", "weiß"}):
        if not subjunctive:
            return False
    if (
        low in grammar.NOT_VERBS
        or low.endswith(("en", "ern", "eln"))
        and not (grammar.is_known_verb(grammar.finite_infinitive(low)) or low in {"sind", "haben"})
    ):
        return False
    if index == 0:
        return grammar.is_known_verb(grammar.finite_infinitive(low)) and len(tokens) > 1
    before = tokens[:index]
    nouns = [i for i, t in enumerate(before) if grammar.is_noun(t, first=i == 0) or t == "man"]
    if not nouns:
        return False
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    # a lower-case word right before a noun is an adjective ("gespeicherte Daten")
    return not (following[:1] and tokens[index + 1][:1].isupper() and low.endswith("e"))


def _subject_after(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The subject of an inverted clause ("muss der Nutzer ...", "sieht man ..."), if any."""
    low = [token.lower() for token in tokens]
    if low[:1] in (["es"], ["man"], ["er"], ["sie"]):
        return tokens[:1], tokens[1:]
    end = 0
    while end < len(tokens) and (low[end] in grammar.ARTICLES or grammar.is_adjective(low[end])):
        end += 1
    if end < len(tokens) and grammar.is_noun(tokens[end]):
        noun = tokens[end]
        if grammar.is_person(noun) or grammar.is_product(noun) or end:
            return tokens[: end + 1], tokens[end + 1 :]
    return [], tokens


def _finite_before_joint(tokens: list[str], modal: int, inside: list[bool]) -> int | None:
    """Where the finite verb of a first clause stands when "und" or "," joins a modal's
    clause to it ("sehen ... und können ..."); None when the modal's clause is the first."""
    if modal < 3 or tokens[modal - 1].lower() not in {"und", ","}:
        return None
    for index in range(1, modal - 1):
        if not inside[index] and _is_finite(tokens, index):
            return index
    return None


def _modal(tokens: list[str], index: int) -> list[GermanClause]:
    """ "Der Nutzer muss Buchungen stornieren können": the verbs at the end after a modal."""
    modal = tokens[index].lower()
    subject = [t for t in tokens[:index] if t.lower() not in _ADVERBS and t != ","]
    predicate = tokens[index + 1 :]
    if not subject:
        subject, predicate = _subject_after(predicate)
    plural = modal in _PLURAL_MODALS
    passive = modal in {"wird", "werden"}
    clauses = _clauses(subject, predicate, plural=plural, passive=passive)
    if modal in _ABILITY:
        for clause in clauses:
            _as_action(clause)
    return clauses


def _as_action(clause: GermanClause) -> None:
    """ "Eine Reservierung kann storniert werden": what a thing can have done to it is an
    action of the person ("eine Reservierung stornieren")."""
    words = clause.verb.split()
    if clause.system is None or len(words) != 2 or words[1] != "werden":
        return
    subject = clause.system.strip(" ,")
    if not subject or grammar.is_product(subject.split()[-1]) or "," in subject:
        return
    thing = grammar.accusative(
        subject[:1].lower() + subject[1:]
        if subject.split()[0].lower() in grammar.ARTICLES
        else subject
    )
    clause.verb = grammar.participle_infinitive(words[0])
    clause.rest = grammar.join([*thing.split(), *clause.rest.split()])
    clause.obj = thing
    clause.system = None


def _clauses(
    subject: list[str], predicate: list[str], *, plural: bool, passive: bool = False
) -> list[GermanClause]:
    if len([t for t in subject if t.isalnum()]) > _LONGEST_SUBJECT:
        return []  # a description, not a subject a requirement is about
    low = [token.lower() for token in predicate]
    if "," in predicate:  # "möglich sein, ... zu ...", "ermöglichen, ... zu ..."
        comma = predicate.index(",")
        head = " ".join(low[:comma])
        if _ABLE.match(head):
            return _clauses(subject, _unzu(predicate[comma + 1 :]), plural=plural)
        if low[comma - 1] in _LETS and _has_zu(predicate[comma + 1 :]):
            return _lets(subject, predicate[: comma - 1] + predicate[comma:], plural=plural)
        if _OFFERS_CHANCE.match(head) and _has_zu(predicate[comma + 1 :]):
            person = [t for t in predicate[:comma] if t.lower() not in {"die", "möglichkeit"}]
            return _lets(subject, person[:-1] + predicate[comma:], plural=plural)
    if [t.lower() for t in subject] == ["es"] and low[-1:] == ["geben"]:
        return _features(predicate[:-1])  # "Es soll eine Übersicht ... geben"
    if low and low[-1] in _LETS | _OFFERS and low[-1] not in {"haben", "stellen"}:
        return _offered(subject, predicate[:-1])
    groups = _final_groups(predicate, passive=passive)
    if not groups:
        return []
    return _make(subject, groups, plural=plural)


def _has_zu(tokens: list[str]) -> bool:
    return any(t.lower() == "zu" or grammar.unzu(t) for t in tokens)


def _unzu(tokens: list[str]) -> list[str]:
    """ "Buchungen zu stornieren und Belege hochzuladen" -> "Buchungen stornieren und Belege
    hochladen"."""
    out = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token.lower() == "zu" and following and grammar.is_infinitive(following):
            continue
        out.append(grammar.unzu(token) or token)
    return out


def _lets(subject: list[str], rest: list[str], *, plural: bool) -> list[GermanClause]:
    """ "Das System ermöglicht (es) dem Nutzer, Buchungen zu stornieren": the dative person
    is the role, the "zu" clause the action; with no "zu" clause the object is a feature."""
    if "," in rest:
        comma = rest.index(",")
        person, action = rest[:comma], _unzu(rest[comma + 1 :])
    else:
        person, action = [], rest
        if not _has_zu(rest):
            return _offered(subject, rest)
        action = _unzu(rest)
    role = _role([t for t in person if t.lower() not in {"es", "allen", "jedem"}])
    groups = _final_groups(action)
    if not groups:
        return _features(action)
    clauses = _make([], groups, plural=False)
    for clause in clauses:
        clause.role = role or clause.role
        clause.system = None
    return clauses


def _offered(subject: list[str], rest: list[str]) -> list[GermanClause]:
    """ "Das System bietet eine Suchfunktion": the feature the product has."""
    words = [t for t in rest if t.lower() not in {"es", "über", "zur", "zum", "verfügung"}]
    role, words = _dative_person(words)
    clauses = _features(words)
    for clause in clauses:
        clause.role = clause.role or role
    return clauses


def _present(tokens: list[str], index: int) -> list[GermanClause]:
    """ "Der Kunde lädt Belege hoch und ordnet sie Ausgaben zu": verbs in second place."""
    subject = [t for t in tokens[:index] if t.lower() not in _ADVERBS]
    predicate = tokens[index:]
    finite = predicate[0].lower()
    if len([t for t in subject if t.isalnum()]) > _LONGEST_SUBJECT:
        return []
    infinitive = finite.endswith(("en", "ern", "eln")) and finite not in {"werden", "haben"}
    if (
        infinitive
        and not _names_agent(subject)
        and (
            _at_boundary(predicate, 0)
            or grammar.separable(finite)[0]
            or subject[:1] == tokens[:1]
            and subject[0].lower() not in grammar.ARTICLES
        )
    ):
        return _item(tokens)  # "Ausgaben eintragen, regelmäßige und einmalige"
    if not subject:
        subject, rest = _subject_after(predicate[1:])
        predicate = [predicate[0], *rest]
    plural = finite.endswith("en") or finite == "sind"
    if "," in predicate:  # "hat die Möglichkeit, ... zu ...", "ist es möglich, ..."
        comma = predicate.index(",")
        head = " ".join(t.lower() for t in predicate[1:comma])
        if _ABLE.match(head) or _ABLE.match(f"{finite} {head}"):
            return _clauses(subject, _unzu(predicate[comma + 1 :]), plural=plural)
    if finite in {"wird", "werden"}:
        return _clauses(subject, predicate[1:], plural=plural, passive=True)
    if finite in _LETS:
        return _lets(subject, predicate[1:], plural=plural)
    if finite in _OFFERS and _system(subject) is not None and predicate[-1].lower() != "an":
        return _offered(subject, predicate[1:])
    groups = _second_groups(predicate)
    return _make(subject, groups, plural=plural) if groups else []


def _names_agent(subject: list[str]) -> bool:
    """Whether a subject is a person or the product (it can act), not an object."""
    nouns = [t for i, t in enumerate(subject) if grammar.is_noun(t, first=i == 0)]
    low = [t.lower() for t in subject]
    if low in (["man"], ["er"], ["sie"], ["ich"], ["wir"]):
        return True
    if not nouns or any(t in grammar.PREPOSITIONS for t in low):
        return False
    return grammar.is_person(nouns[0]) or grammar.is_product(nouns[0])


def _item(tokens: list[str]) -> list[GermanClause]:
    """A list item that names the action: "Budgets für Kategorien angeben", "Anmelden mit
    E-Mail und Passwort", "Exportieren der Daten als CSV"."""
    if not tokens:
        return []
    first = tokens[0]
    if (
        len(tokens) > 1
        and grammar.is_known_verb(first)
        and first.lower().endswith("n")
        and tokens[1].lower() in grammar.PREPOSITIONS | grammar.ARTICLES | {",", "und"}
        and not _at_boundary(tokens, 0)
    ):  # the verb first, as a nominalised infinitive or an English-like command
        rest = _object_from_genitive(tokens[1:])
        return _make([], [([first.lower()], rest, [])], plural=False)
    groups = _final_groups(tokens) or _middle_verb(tokens)
    return _make([], groups, plural=False) if groups else []


def _middle_verb(tokens: list[str]) -> list[Group]:
    """ "Passwort zurücksetzen per E-Mail-Link": an infinitive with a phrase after it."""
    for index, token in enumerate(tokens):
        if index and grammar.is_infinitive(token) and grammar.is_known_verb(token):
            tail = tokens[index + 1 :]
            if tail and tail[0].lower() in grammar.PREPOSITIONS:
                return [([token.lower()], [*tokens[:index], *tail], [])]
    return []


def _at_boundary(tokens: list[str], index: int) -> bool:
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else None
    return following is None or following in _CONJUNCTIONS | {";", ")", ":", "-", "–"}


def _story_goal(tokens: list[str], role_text: str) -> list[GermanClause]:
    """The goal of a story already written: "ein Auto buchen", "dass die App mich erinnert"."""
    role = _role(_TOKEN.findall(role_text))
    if tokens[:1] and tokens[0].lower() == "dass":
        clauses = _dass(tokens[1:])
    else:
        clauses = _clauses([], tokens, plural=False) or _item(tokens) or _features(tokens)
    for clause in clauses:
        if clause.system is None or clause.role is None:
            clause.role = role
    return clauses


def _dass(tokens: list[str]) -> list[GermanClause]:
    """ "das System mich an Termine erinnert": subject first, the finite verb last."""
    if len(tokens) < 2:
        return []
    subject, rest = _subject_after(tokens)
    verb = rest[-1].lower() if rest else ""
    middle = rest[:-1]
    if not subject or not verb:
        return []
    if middle and middle[-1].lower() in {"wird", "werden"}:
        verb, middle = f"{middle[-1].lower()}", middle[:-1]
        verb = f"{middle[-1].lower()} werden" if middle else verb
        middle = middle[:-1]
    else:
        verb = grammar.finite_infinitive(verb)
    plural = rest[-1].lower().endswith("en")
    return _make(subject, [([verb], middle, [])], plural=plural)


# -- verb groups ------------------------------------------------------------------------------

Group = tuple[list[str], list[str], list[str]]


def _is_final_verb(tokens: list[str], index: int, *, passive: bool = False) -> bool:
    """Whether ``tokens[index]`` is a verb that closes its group ("buchen" in "Termine buchen,
    ..."), by its form and what follows it."""
    token = tokens[index]
    low = token.lower()
    previous = tokens[index - 1].lower() if index else ""
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else None
    if previous in grammar.ARTICLES and previous not in {"sein", "ihr"} or not token.isalpha():
        return False  # "das Speichern": a noun
    boundary = (
        following is None
        or following in _CONJUNCTIONS | {";", ")", ":", "-", "–", "entweder"}
        or following in _CLOSING_MODALS | _AUXILIARIES
        or following.startswith("(")
    )
    if not boundary:
        return False
    if grammar.is_participle(low) and (following in {"werden", "worden", "sein"} or passive):
        return True
    final = following is None or following in _CLOSING_MODALS | _AUXILIARIES
    if not grammar.is_infinitive(token, final=final):
        return False
    if following in {"und", "oder", ","} and index + 2 < len(tokens):
        after = tokens[index + 2]
        if after[:1].isupper() and not grammar.is_known_verb(after) and low.endswith("en"):
            return grammar.is_known_verb(low) or index == 0  # else "neuen und Termine"
    return True


def _final_groups(tokens: list[str], *, passive: bool = False) -> list[Group]:
    """Split a verb-final predicate into (verbs, what comes before them, clause after them):
    "Termine buchen und Rechnungen herunterladen" -> two groups; "Termine buchen, verschieben
    und stornieren" -> one group of three verbs sharing "Termine"."""
    groups: list[Group] = []
    verbs: list[str] = []
    rest: list[str] = []
    index = 0
    count = len(tokens)
    inside = _relative(tokens)
    while index < count:
        token = tokens[index]
        low = token.lower()
        if inside[index] and not verbs:
            rest.append(token)  # a relative clause belongs to the noun before it
            index += 1
            continue
        if low == "entweder":
            index += 1
            continue
        if low == "zu" and index + 1 < count and _is_final_verb(tokens, index + 1):
            verbs.append(low)  # "intuitiv zu bedienen sein"
            index += 1
            continue
        if _is_final_verb(tokens, index, passive=passive and not verbs):
            if (
                passive
                and grammar.is_participle(low)
                and (index + 1 >= count or tokens[index + 1].lower() not in _AUXILIARIES)
            ):
                verbs += [low, "werden"]
            else:
                verbs.append(low)
            index += 1
            while index < count and tokens[index].lower() in _CLOSING_MODALS | _AUXILIARIES:
                if tokens[index].lower() not in _CLOSING_MODALS:
                    verbs.append(tokens[index].lower())
                index += 1
            continue
        if verbs:
            if low in _CONJUNCTIONS and index + 1 < count:
                following = tokens[index + 1].lower()
                if _is_final_verb(tokens, index + 1, passive=passive):
                    verbs.append(low)
                    index += 1
                    continue
                if low == "," and following in _SUBORDINATORS:
                    groups.append((verbs, rest, tokens[index + 1 :]))
                    return groups
            groups.append((verbs, rest, []))
            verbs, rest = [], []
            while index < count and tokens[index].lower() in _CONJUNCTIONS:
                index += 1
            continue
        rest.append(token)
        index += 1
    if verbs:
        groups.append((verbs, rest, []))
    elif rest and groups:
        groups[-1] = _with_tail(groups[-1], rest)
    groups = [g for g in groups if any(v not in _CONJUNCTIONS | {"zu"} for v in g[0])]
    return _shared_objects(groups)


def _shared_objects(groups: list[Group]) -> list[Group]:
    """A group whose words only name whom it is for takes the object before it: "Aufgaben
    erstellen und Schülern zuweisen" -> "Aufgaben Schülern zuweisen"."""
    shared = []
    previous: list[str] = []
    for verbs, rest, after in groups:
        nouns = [t for t in rest if grammar.is_noun(t)]
        takes_dative = any(v in _DATIVE_VERBS for v in verbs)
        if previous and nouns and takes_dative and all(grammar.is_person(t) for t in nouns):
            rest = [*previous, *rest]
        shared.append((verbs, rest, after))
        previous = _object_words(rest) or previous
    return shared


def _relative(tokens: list[str]) -> list[bool]:
    """Which tokens are inside a relative clause after a noun ("App, die ... werden kann")."""
    inside = []
    within = False
    for index, token in enumerate(tokens):
        low = token.lower()
        opens = (
            index >= 2
            and tokens[index - 1] == ","
            and grammar.is_noun(tokens[index - 2])
            and low in {"der", "die", "das", "den", "dem", "deren", "dessen", "welche", "was"}
        )
        if opens:
            within = True
        elif token == "," and within:
            within = False
        inside.append(within)
    return inside


def _with_tail(group: Group, tail: list[str]) -> Group:
    """What follows the last verb: adjectives for its object ("Ausgaben eintragen,
    regelmäßige und einmalige"), a clause after it, or more of what comes before it."""
    verbs, rest, after = group
    words = [t for t in tail if t not in {",", ";"}]
    if words and all(grammar.is_adjective(w) or w.lower() in {"und", "oder"} for w in words):
        head = next((i for i, t in enumerate(rest) if grammar.is_noun(t)), None)
        if head is not None:
            return verbs, [*rest[:head], *words, *rest[head:]], after
    if words and words[0].lower() in _SUBORDINATORS:
        return verbs, rest, words
    return verbs, [*rest, *words], after


def _second_groups(tokens: list[str]) -> list[Group]:
    """Split a present-tense predicate at each finite verb: "wählt ein Auto aus und bucht
    es" -> ("auswählen", "ein Auto"), ("buchen", "ein Auto")."""
    groups: list[Group] = []
    verb = tokens[0].lower()
    rest: list[str] = []
    after: list[str] = []
    index = 1
    while index < len(tokens):
        token = tokens[index]
        low = token.lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if low in _CONJUNCTIONS and rest and following and _next_finite(tokens, index + 1):
            groups.append(_finite_group(verb, rest, after))
            verb, rest, after = following.lower(), [], []
            index += 2
            continue
        if low == "," and following.lower() in _SUBORDINATORS:
            after = tokens[index + 1 :]
            break
        rest.append(token)
        index += 1
    groups.append(_finite_group(verb, rest, after))
    previous: list[str] = []
    shared = []
    for verbs, words, clause_after in groups:
        if previous and [w.lower() for w in words[:1]] and words[0].lower() in _PRONOUNS:
            words = [*previous, *words[1:]]
        shared.append((verbs, words, clause_after))
        previous = _object_words(words) or previous
    return shared


def _next_finite(tokens: list[str], index: int) -> bool:
    token = tokens[index]
    low = token.lower()
    if not token.isalpha() or token[:1].isupper() or low in grammar.ARTICLES:
        return False
    if low in grammar.PREPOSITIONS or grammar.is_adjective(low) or low in _ADVERBS:
        return False
    known = grammar.is_known_verb(grammar.finite_infinitive(low))
    return low.endswith(("t", "en", "rn", "ln")) and known


def _finite_group(verb: str, rest: list[str], after: list[str]) -> Group:
    """A finite verb with a separable particle at the end of its words: "lädt ... hoch" ->
    "hochladen"; a participle at the end makes a passive ("wird ... gespeichert")."""
    infinitive = grammar.finite_infinitive(verb)
    if rest and rest[-1].lower() in _PARTICLES:
        return [rest[-1].lower() + infinitive], rest[:-1], after
    return [infinitive], rest, after


# -- clauses from groups ----------------------------------------------------------------------


def _make(subject: list[str], groups: list[Group], *, plural: bool) -> list[GermanClause]:
    """One clause per action: verb groups split into features, objects split at "und"."""
    system = _system(subject)
    role = None if system is not None else _role(subject)
    if subject and system is None and role is None and not _generic(subject):
        system = _subject_text(subject)
    clauses = []
    for verbs, rest, after in groups:
        rest = [t for t in rest if t.lower() not in {"entweder", "gerne", "gern"}]
        for number, verb in enumerate(_split_verbs(verbs)):
            if number and _object_words(rest):
                rest = [t for t in rest if t.lower() in {"mich", "sich"}] + _object_words(rest)
            served_role, words = role, rest
            if system is not None and role is None:
                served_role, words = _dative_person(rest)
            for object_words in _split_objects(words):
                if system is None:
                    object_words = grammar.first_person_words(object_words)
                after_words = grammar.first_person_words(after) if system is None else after
                condition = None
                if after_words and after_words[0].lower() in _CONDITIONS:
                    condition, after_words = grammar.join(after_words), []
                clauses.append(
                    GermanClause(
                        source="",
                        role=served_role,
                        verb=verb,
                        rest=grammar.join(object_words),
                        obj=_object_of(object_words),
                        system=system,
                        condition=condition,
                        after=grammar.join(after_words),
                        plural=plural,
                    )
                )
    return clauses


def _split_verbs(verbs: list[str]) -> list[str]:
    """ "buchen , verschieben oder stornieren" -> "buchen", "verschieben oder stornieren":
    "oder" keeps verbs together, and so do verbs of one feature ("suchen und filtern")."""
    members: list[list[str]] = [[]]
    joints: list[str] = []
    for word in verbs:
        if word in _CONJUNCTIONS:
            joints.append(word)
            members.append([])
        else:
            members[-1].append(word)
    members = [m for m in members if m]
    if not members:
        return []
    phrases = [" ".join(members[0])]
    for joint, member in zip(joints, members[1:], strict=False):
        text = " ".join(member)
        if joint in {"oder", "bzw", "bzw."} or _together(phrases[-1], text):
            word = "oder" if joint in {"oder", "bzw", "bzw."} else "und"
            phrases[-1] = f"{phrases[-1]} {word} {text}"
        else:
            phrases.append(text)
    return phrases


def _together(first: str, second: str) -> bool:
    a, b = first.split()[-1], second.split()[0]
    return any(a in group and b in group for group in _TOGETHER)


def _split_objects(tokens: list[str]) -> list[list[str]]:
    """Separate features joined by "und": "eine Bestätigung per SMS und eine Erinnerung einen
    Tag vor dem Termin" -> two; "E-Mail und Passwort" or "Arzt, Leistung und Zeit" stay one."""
    parts, current = [], []
    for token in tokens:
        if token.lower() == "und" and current:
            parts.append(current)
            current = []
        else:
            current.append(token)
    parts.append(current)
    if len(parts) > 1 and all(
        p and p[0].lower() in grammar.ARTICLES and "," not in p for p in parts
    ):
        sizes = [_content(p) for p in parts]
        # "eine SMS-Bestätigung und eine Erinnerung einen Tag vor dem Termin": one part says
        # enough of its own to be a feature, not a field of a form
        if min(sizes) >= 2 or (min(sizes) >= 1 and max(sizes) >= 3):
            return parts
    return [tokens]


def _content(tokens: list[str]) -> int:
    return sum(
        1
        for t in tokens
        if t.replace("-", "").isalnum() and t.lower() not in grammar.ARTICLES | grammar.PREPOSITIONS
    )  # "SMS-Bestätigung" is one word


def _dative_person(tokens: list[str]) -> tuple[str | None, list[str]]:
    """ "sendet dem Nutzer eine Erinnerung": the person the product serves, and the rest."""
    for index, token in enumerate(tokens):
        if not grammar.is_noun(token) or not grammar.is_person(token):
            continue
        start = index
        while start > 0 and (
            tokens[start - 1].lower() in grammar.ARTICLES | {"allen", "jedem"}
            or grammar.is_adjective(tokens[start - 1])
        ):
            start -= 1
        if start and tokens[start - 1].lower() in grammar.PREPOSITIONS - {"an"}:
            continue  # "für den Nutzer", "vom Administrator": not whom it serves
        if start and tokens[start - 1][:1].isdigit():
            continue
        role = grammar.role_form(grammar.join(tokens[start : index + 1]))
        if start and tokens[start - 1].lower() == "an":
            start -= 1  # "an den Nutzer senden"
        return role, tokens[:start] + tokens[index + 1 :]
    for index, token in enumerate(tokens):
        if token.lower() in {"ihm", "ihr", "ihnen", "ihn"} and index + 1 < len(tokens):
            if token.lower() == "ihr" and tokens[index + 1][:1].isupper():
                continue  # "ihr Konto": a possessive
            return None, tokens[:index] + tokens[index + 1 :]
    return None, tokens


# -- features ---------------------------------------------------------------------------------


def _features(tokens: list[str]) -> list[GermanClause]:
    """A requirement with no verb names features: "Online-Zahlung und Bewertungen von Ärzten"
    -> two; "Eintragung von regelmäßigen und einmaligen Einnahmen" stays one."""
    tokens = _without_possibility(tokens)
    if not tokens:
        return []
    if "," in tokens and _has_zu(tokens[tokens.index(",") :]):
        groups = _final_groups(_unzu(tokens[tokens.index(",") + 1 :]))
        if groups:
            return _make([], groups, plural=False)
    if tokens[0].lower() in grammar.PREPOSITIONS | {"als"}:
        return [_feature(tokens)]
    parts, current = [], []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token.lower() in {"und", ",", "sowie"} and current and _opens_feature(following):
            if not (len(current) == 1 and "-" in following and "-" not in current[0]):
                parts.append(current)
                current = []
                continue
        current.append(token)
    parts.append(current)
    parts = [p for p in parts if p]
    if len(parts) > 1 and any({t.lower() for t in p} & grammar.PREPOSITIONS for p in parts[:-1]):
        parts = [tokens]
    return [_feature(part) for part in parts]


def _without_possibility(tokens: list[str]) -> list[str]:
    """ "Möglichkeit zur Eingabe von Ausgaben" -> "Eingabe von Ausgaben"."""
    low = [t.lower() for t in tokens]
    for opener in (["die", "möglichkeit"], ["möglichkeit"], ["eine", "möglichkeit"]):
        if low[: len(opener)] == opener:
            rest = tokens[len(opener) :]
            if rest[:1] and rest[0].lower() in {"zur", "zum", "für", "der", "des"}:
                return rest[1:]
            return rest[1:] if rest[:1] == [","] else rest
    if low[:2] == ["es", "gibt"]:
        return tokens[2:]
    return tokens


def _opens_feature(token: str) -> bool:
    low = token.lower()
    return bool(token) and (low in {"ein", "eine", "die", "der", "das"} or token[:1].isupper())


def _feature(tokens: list[str]) -> GermanClause:
    """One feature: a noun of action becomes its verb ("Synchronisierung der Clients" ->
    "die Clients synchronisieren"); any other noun phrase stays one."""
    words = list(tokens)
    role, words = _agent(words)
    start = 1 if words[:1] and words[0].lower() in {"die", "eine", "der", "ein", "das"} else 0
    if start < len(words):
        verb = deverbal(words[start])
        following = words[start + 1].lower() if start + 1 < len(words) else ""
        has_object = following in {"der", "des", "von", "vom", "aller", "eines", "einer"}
        has_phrase = following in grammar.PREPOSITIONS or following.startswith("(")
        if verb and (has_object or has_phrase or verb in _INTRANSITIVE and not following):
            rest = _object_from_genitive(words[start + 1 :])
            if verb.startswith("sich "):
                verb, rest = verb[5:], ["mich", *rest]
            clause = _clause_of(verb, rest)
            clause.role = role
            return clause
        compound = _compound_action(words[start]) if start + 1 == len(words) else None
        if compound:
            return _clause_of(*compound)
        function = _function_action(words[start]) if start + 1 == len(words) else None
        if function:
            reflexive = function.startswith("sich ")
            return _clause_of(function.removeprefix("sich "), ["mich"] if reflexive else [])
    text = grammar.join(words)
    return GermanClause(source="", role=None, verb="", rest=text, obj=_object_of(words))


def _agent(words: list[str]) -> tuple[str | None, list[str]]:
    """ "Verwaltung der Konten durch den Administrator": who does it, and the rest."""
    low = [w.lower() for w in words]
    for index, word in enumerate(low):
        if word in {"durch", "von"} and index + 1 < len(words):
            phrase = words[index + 1 : index + 4]
            nouns = [w for w in phrase if grammar.is_noun(w)]
            if (
                nouns
                and grammar.is_person(nouns[0])
                and index + 1 + phrase.index(nouns[0]) == (len(words) - 1)
            ):
                if word == "von" and index > 1:
                    continue  # "Bewertungen von Ärzten": what is acted on
                return grammar.role_form(" ".join(phrase)), words[:index]
    return None, words


def _clause_of(verb: str, rest: list[str]) -> GermanClause:
    return GermanClause(
        source="", role=None, verb=verb, rest=grammar.join(rest), obj=_object_of(rest)
    )


def deverbal(word: str) -> str | None:
    """The verb a noun of action names ("Eintragung" -> "eintragen"), or None."""
    low = word.lower()
    if low.endswith("ungen") and len(low) > 7:
        low = low[:-2]  # "Bewertungen von Ärzten": the plural names the action as well
    if low in _DEVERBAL:
        return _DEVERBAL[low]
    if low in _NOT_DEVERBAL or not word[:1].isupper() or "-" in low:
        return None
    if low.endswith("ierung"):
        return low[:-6] + "ieren"
    if low.endswith("isation") or low.endswith("ation") and len(low) > 7:
        return low[: -len("isation")] + "isieren" if low.endswith("isation") else None
    if low.endswith("ung") and len(low) > 6:
        stem = low[:-3]
        verb = stem + ("n" if stem.endswith(("el", "er")) else "en")
        return verb if grammar.is_known_verb(verb) else None
    return None


def _function_action(word: str) -> str | None:
    """ "Anmeldefunktion" -> "sich anmelden", "Exportfunktion" -> "exportieren": a function
    named by its action."""
    low = word.lower()
    for tail in ("funktionalität", "funktion"):
        if low.endswith(tail) and len(low) > len(tail) + 2:
            head = low[: -len(tail)].rstrip("-")
            if head in _DEVERBAL:
                return _DEVERBAL[head]
            for verb in (head + "n", head + "en"):
                if grammar.is_known_verb(verb) and verb in _REFLEXIVE_VERBS:
                    return f"sich {verb}"
                if grammar.is_known_verb(verb):
                    return verb
    return None


_REFLEXIVE_VERBS = {"anmelden", "abmelden", "registrieren", "einloggen", "ausloggen"}


def _compound_action(word: str) -> tuple[str, list[str]] | None:
    """ "Passwortänderung" -> ("ändern", ["das", "Passwort"]): a compound whose last part is
    a noun of action, when the first part's gender or number is known."""
    low = word.lower()
    for size in range(len(low) - 4, 4, -1):
        tail = low[-size:]
        verb = _DEVERBAL.get(tail) if tail in _DEVERBAL else None
        if verb is None and tail.endswith("ung") and tail not in _NOT_DEVERBAL:
            verb = deverbal(tail.capitalize())
        if not verb or verb.startswith("sich ") or " " in verb:
            continue
        head = word[: len(word) - size]
        if head.endswith("s") and head[:-1].lower() in _GENDERED:
            head = head[:-1]
        if head.lower() not in _GENDERED:
            return None
        return verb, grammar.accusative(head).split()
    return None


_GENDERED = frozenset(
    """konto profil passwort kennwort termin rechnung ausgaben einnahmen budget benutzer
    nutzer kunden daten dokument dokumente datei dateien bericht berichte kategorie
    kategorien zeit""".split()
)


def _object_from_genitive(tokens: list[str]) -> list[str]:
    """The object a noun of action takes, into the accusative a verb needs: "der Clients"
    -> "die Clients", "von regelmäßigen Einnahmen" -> "regelmäßige Einnahmen", "des Kontos"
    -> "das Konto"."""
    if not tokens:
        return tokens
    first = tokens[0].lower()
    head = next((i for i, t in enumerate(tokens) if grammar.is_noun(t) and i), None)
    if head is None:
        return tokens
    phrase, tail = tokens[1 : head + 1], tokens[head + 1 :]
    if first in {"der", "aller"}:
        plural = phrase[-1].endswith(("en", "n", "s", "er")) and not phrase[-1].endswith("ung")
        feminine = first == "der" and not plural
        adjectives = [_ending(w, "en", "e") if feminine else w for w in phrase[:-1]]
        article = ["die"] if first == "der" else ["alle"]
        return [*article, *adjectives, phrase[-1], *tail]
    if first in {"des", "eines"}:
        noun = phrase[-1]
        singular = noun[:-2] if noun.endswith("es") and len(noun) > 5 else noun.rstrip("s")
        kind = grammar.gender(singular)
        article = {"des": {"m": "den", "n": "das"}, "eines": {"m": "einen", "n": "ein"}}[first]
        adjectives = [_ending(w, "en", "en" if kind == "m" else "e") for w in phrase[:-1]]
        if first == "eines" and kind == "n":
            adjectives = [_ending(w, "en", "es") for w in phrase[:-1]]
        return [article.get(kind, "den"), *adjectives, singular, *tail]
    if first in {"von", "vom"}:
        if first == "vom":
            noun = phrase[-1]
            article = "das" if grammar.gender(noun) == "n" else "den"
            return [article, *phrase, *tail]
        if phrase and phrase[0].lower() in grammar.ARTICLES:
            return [*phrase, *tail]  # "von einem Termin": leave the dative as it is
        adjectives = [_ending(w, "en", "e") for w in phrase[:-1]]
        return [*adjectives, _plural_accusative(phrase[-1]), *tail]
    return tokens


def _plural_accusative(noun: str) -> str:
    """A dative plural as the accusative: "Kindern" -> "Kinder", "Ärzten" -> "Ärzte";
    plurals in "-en" of every case ("Einnahmen") stay."""
    low = noun.lower()
    if low.endswith("ern") or low.endswith(("ärzten", "gästen", "kräften")):
        return noun[:-1]
    return noun


def _ending(word: str, old: str, new: str) -> str:
    if grammar.is_adjective(word) and word.endswith(old):
        return word[: -len(old)] + new
    return word


# -- who --------------------------------------------------------------------------------------


def _system(subject: list[str]) -> str | None:
    """The product the subject names ("das System", "die App"), or None."""
    nouns = [t for i, t in enumerate(subject) if grammar.is_noun(t, first=i == 0)]
    if nouns and grammar.is_product(nouns[-1]) and not grammar.is_person(nouns[-1]):
        return _subject_text(subject)
    return None


def _generic(subject: list[str]) -> bool:
    return [t.lower() for t in subject] in (["man"], ["ich"], ["wir"], ["es"], ["er"], ["sie"])


def _subject_text(subject: list[str]) -> str:
    """The subject as a clause starting with "dass" needs it: article in lower case, commas
    around a relative clause ("Geld, was am Ende über ist,")."""
    words = list(subject)
    if words and words[0].lower() in grammar.ARTICLES:
        words[0] = words[0].lower()
    ends_in_verb = bool(words) and not words[-1][:1].isupper() and words[-1].isalpha()
    for index in range(1, len(words)):
        relative = words[index].lower() in {"was", "der", "die", "das", "welche", "welcher"}
        if relative and ends_in_verb and grammar.is_noun(words[index - 1]):
            return grammar.join([*words[:index], ",", *words[index:], ","])
    return grammar.join(words)


def _role(subject: list[str]) -> str | None:
    """The people the subject names, singular ("Registrierte Kunden" -> "registrierter
    Kunde"), or None when it names a thing or nobody."""
    words = [t for t in subject if t.isalpha() or "-" in t or ":" in t or "*" in t]
    words = [t for t in words if t.lower() not in _ADVERBS]
    nouns = [i for i, t in enumerate(words) if grammar.is_noun(t, first=i == 0)]
    if not nouns:
        return None
    head = nouns[0]
    if not grammar.is_person(words[head]):
        return None
    end = head + 1
    while end < len(words) and words[end].lower() in {"des", "der"} and end + 1 < len(words):
        end += 2  # "Mitarbeiter des Supports"
    return grammar.role_form(" ".join(words[max(0, head - 2) : end]))


def _object_words(tokens: list[str]) -> list[str]:
    """The object's noun phrase: article, adjectives and nouns before the first modifier."""
    words = []
    seen_noun = False
    for index, token in enumerate(tokens):
        low = token.lower()
        if low in grammar.PREPOSITIONS or low[:1].isdigit() or token.startswith("("):
            break
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            low == ","
            and seen_noun
            and following
            and (following.lower() in grammar.ARTICLES or grammar.is_noun(following))
        ):
            words.append(token)  # "einen Arzt, eine Leistung und einen freien Termin"
            seen_noun = False
            continue
        if low in {",", ";", "nur", "nicht", "als", "bzw", "bzw."}:
            break
        if seen_noun and not grammar.is_noun(token) and low not in {"und", "oder"}:
            if low in {"der", "des"} and index + 1 < len(tokens):
                words.append(token)  # "die Liste der Buchungen"
                continue
            break
        if grammar.is_noun(token):
            seen_noun = True
        elif not (low in grammar.ARTICLES or grammar.is_adjective(low) or low in {"und", "oder"}):
            if words:
                break
            continue
        words.append(token)
    while words and words[-1].lower() in {"und", "oder", "der", "des"}:
        words.pop()
    return words


def _object_of(tokens: list[str]) -> str:
    return grammar.join(_object_words(tokens))
