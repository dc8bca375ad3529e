"""Reading a French requirement into clauses: who wants which action on what.

    "Le client choisit un créneau, reçoit une confirmation par SMS et un rappel 24 heures
     avant le rendez-vous."
    -> (client, choisir, "un créneau"), (client, recevoir, "une confirmation par SMS"),
       (client, recevoir, "un rappel 24 heures avant le rendez-vous")
    "Le système doit permettre aux administrateurs d'ajouter, de modifier et de supprimer
     des véhicules."
    -> (administrateur, "ajouter, modifier et supprimer", "des véhicules")

What is read: a modal before infinitives ("doit pouvoir", "peut", "pourra", "a la
possibilité de", "est en mesure de"), "permettre à <rôle> de ...", "Il doit être possible
de ..." and "Possibilité de ...", a verb in the present or the future after its subject
("Les clients reçoivent ..."), the passive with its agent ("Les avis sont validés par le
modérateur" -> the moderator validates them), infinitive list items ("Exporter les
factures"), user stories already written ("En tant que client, je veux ..."), and features
named by nouns ("Mode sombre"; "Ajout et suppression des membres" -> "ajouter et
supprimer les membres"). A product or a thing as the subject makes a clause about the
system ("Le site envoie un rappel au client" -> the client receives a reminder; "La page
ne doit pas se recharger" -> the page does not reload). The document's reasons ("afin de",
"pour que", "ce qui permet de", "en évitant ...") become the clause's purpose.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause, numbers_in
from generation.languages.fr import grammar
from generation.languages.fr.grammar import infinitive, is_infinitive, join_elided
from generation.languages.fr.vocabulary import (
    ABLE,
    ACCESS,
    ADJECTIVE_ENDINGS,
    ADVERB_ENDINGS,
    ADVERBS,
    AGENT_ENDS,
    BEFORE_INFINITIVE,
    BUILD,
    BUILD_PHRASES,
    CONDITION_OPENERS,
    CONJUNCTIONS,
    CONSULTED,
    DETERMINERS,
    DEVERBAL,
    FIXED,
    GENITIVE_DETERMINERS,
    GOVERNS_OTHER,
    IMPERSONAL,
    LETS,
    MENT_NOUNS,
    MODALS,
    NEGATIONS,
    NOT_FINITE,
    OBJECT_ENDS,
    PERSON_OBJECT,
    POSSESSIVE,
    PREPOSITIONS,
    PRODUCT,
    PRONOUNS,
    RECEIVED,
    RELATIONAL,
    SERVED,
    SHOWN,
    USED,
    is_person,
)

__all__ = [
    "as_me",
    "first_person_clause",
    "first_person_words",
    "is_person",
    "join",
    "read_clauses",
]


class _Token(str):
    """A word or sign of the sentence, remembering whether a space came before it."""

    gap: bool = True

    def __new__(cls, text: str, gap: bool = True):
        token = super().__new__(cls, text)
        token.gap = gap
        return token


_TOKEN = re.compile(
    r"aujourd'hui|(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[ldjmntsc])'"
    r"|\d+(?:[.,:/h]\d+)*[^\W\d_]*%?|[^\W\d_][\w\-]*(?:\.[^\W\d_]+)*|[«»\"“”]|[^\w\s]",
    re.I | re.U,
)
_FUTURE = re.compile(
    r"^\W*(?:à\s+l'avenir|a\s+l'avenir|plus\s+tard|ultérieurement|dans\s+le\s+futur|"
    r"dans\s+une?\s+(?:future|prochaine|seconde|deuxième)\s+(?:version|phase|itération|étape)|"
    r"en\s+option)\s*[:,—–-]?\s*",
    re.I,
)
_CONSTRAINT = re.compile(
    r"(?:d'une|de|d'un)\s+(?:taille|durée|longueur|capacité|poids|hauteur|largeur|"
    r"montant|nombre)\s+(?:maximale?|minimale?|maximum|minimum)\s+(?:de\s+|d')[^,.;]*\d[^,.;]*|"
    r"(?:jusqu'à|au\s+plus\s+tard|au\s+moins|au\s+plus|au\s+maximum|au\s+minimum|maximum|"
    r"minimum|pas\s+plus\s+de|pas\s+moins\s+de|moins\s+de|plus\s+de|dans\s+un\s+délai\s+de|"
    r"dans\s+les|en\s+moins\s+de|sous|d'au\s+moins|d'au\s+plus|ne\s+dépassant\s+pas|"
    r"n'excédant\s+pas|inférieure?s?\s+à|supérieure?s?\s+à|limitée?s?\s+à)\s+[^,.;]*\d[^,.;]*"
    r"|\b(?:maximale?s?|minimale?s?|maximaux|minimaux)\s+(?:de\s+|d')[^,.;]*\d[^,.;]*"
    r"|\d+\s*[^\W\d_]+\s+(?:maximum|minimum|max\.?|min\.?)\b"
    r"|\b(?:uniquement|seulement|exclusivement)\s+[^,.;]{3,80}",
    re.I,
)
_LABEL = re.compile(r"^(?P<label>[^:;,.!?]{2,60}?)\s*:\s+(?P<body>\S.*)$")
_WRITTEN = re.compile(
    r"^\W*en\s+tant\s+qu(?:e\s+|')(?:un\s+|une\s+|l')?(?P<role>[^,]{1,80}?)\s*,?\s+"
    r"(?:je\s+(?:veux|souhaite|voudrais|désire|dois|peux|veux\s+pouvoir)|j'aimerais|"
    r"j'ai\s+besoin\s+(?:de\s+|d'))\s*(?P<goal>.+)$",
    re.I,
)


def read_clauses(text: str) -> list[Clause]:
    """The clauses of one requirement sentence or list item, in order; never empty.

    A clause with neither verb nor words is what a line that states nothing to build
    reads as ("Date limite : 21/09/23", "Pas d'interface graphique"): the pipeline skips it.
    """
    source = " ".join(text.split())
    body = _FUTURE.sub("", _prepare(source)).strip(" .;:")
    clauses = _written(body) or _labelled(body)
    for clause in clauses:
        clause.source = source
        if clause.system is None:
            clause.rest = _user_as_me(clause.rest)
        if clause.condition:
            clause.condition = first_person_clause(clause.condition, clause.role)
        found = _CONSTRAINT.search(clause.rest)
        clause.constraint = found.group().strip() if found else None
        clause.numbers = numbers_in(clause.rest if clause.verb else source)
    return clauses or [Clause(source=source, role=None, verb="", rest="")]


_USER = r"(?:de\s+l'utilisateur|de\s+l'usager|du\s+client|de\s+la\s+cliente)"
_BY_USER = re.compile(
    r"\b(?P<p>[^\W\d_]+(?:é|ée|és|ées|is|ies|i|ie|u|ue|us|ues))\s+par\s+"
    r"(?:l'utilisateur|l'usager|le\s+client|la\s+cliente)\b",
    re.I,
)
_OF_USER = re.compile(
    rf"\b(?P<d>les|le|la|l'|des|du|de\s+la|de\s+l')\s*(?P<n>[^\W\d_][\w-]*)\s+{_USER}\b", re.I
)


def as_me(text: str, role: str) -> str:
    """``text`` with the story's own role as "je": "l'historique des emprunts de
    l'adhérent" -> "l'historique de mes emprunts" for an "adhérent"."""
    if not role or " " in role:
        return text
    of_role = rf"(?:de\s+l'{role}|du\s+{role}|de\s+la\s+{role})"
    pattern = re.compile(
        rf"\b(?P<d>les|le|la|l'|des|du|de\s+la|de\s+l')\s*(?P<n>[^\W\d_][\w-]*)\s+{of_role}\b",
        re.I,
    )
    return pattern.sub(_mine, text)


def _mine(match: re.Match) -> str:
    """ "la position" -> "ma position", "des emprunts" -> "de mes emprunts"."""
    noun = match.group("n")
    article = " ".join(match.group("d").lower().split())
    of = "de " if article in {"des", "du", "de la", "de l'"} else ""
    if article in {"les", "des"}:
        return f"{of}mes {noun}"
    if article in {"la", "de la"} and not grammar.starts_with_vowel(noun):
        return f"{of}ma {noun}"
    return f"{of}mon {noun}"


def _user_as_me(rest: str) -> str:
    """The user the story speaks for, as "je": "les filtres choisis par l'utilisateur" ->
    "les filtres que j'ai choisis", "la position de l'utilisateur" -> "ma position"."""
    rest = _BY_USER.sub(lambda m: f"que j'ai {m.group('p')}", rest)
    return _OF_USER.sub(_mine, rest)


def _prepare(text: str) -> str:
    """Typographic apostrophes as "'", and quotations of three words or more unquoted (a
    story restates a name, it does not quote it); shorter ones in « »."""
    text = text.replace("’", "'").replace("`", "")

    def quote(match: re.Match) -> str:
        inner = match.group(1).strip()
        return inner if len(inner.split()) >= 3 else f"« {inner} »"

    return re.sub(r'["“«]\s*([^"“”«»]{1,120}?)\s*["”»]', quote, text)


def _written(body: str) -> list[Clause]:
    """A user story already written: "En tant que client, je veux ... afin de ..."."""
    match = _WRITTEN.match(body)
    if not match:
        return []
    goal, purpose = _purpose(match.group("goal").strip(" ."))
    goal = re.sub(r"^(?:pouvoir|être\s+en\s+mesure\s+(?:de|d'))\s*", "", goal, flags=re.I)
    tokens = _tokens(goal)
    low = [t.lower() for t in tokens]
    if low[:1] in (["que"], ["qu'"]):
        clauses = _predicates(tokens[1:]) or _features(tokens[1:])
    else:
        clauses = _infinitive_clauses(tokens, None, None) or _features(tokens)
    role = _role(_tokens(match.group("role")))
    for clause in clauses:
        if clause.system is None or clause.role is not None:
            clause.role = role or clause.role
        clause.purpose = clause.purpose or purpose
    return clauses


def _labelled(body: str) -> list[Clause]:
    """ "Galerie de ventes : Liste des véhicules ..." -> the description after the label.

    A label is a short name before a colon; a body with no words (a date) makes no clause.
    A "label" that is the start of the sentence ("Le client peut :") is joined back.
    """
    match = _LABEL.match(body)
    label = None
    if match and len(match.group("label").split()) <= 6:
        head = [t.lower() for t in _tokens(match.group("label"))]
        if set(head) & (MODALS | LETS | {"permettre"}) or head[-1] in {
            "suivants",
            "suivantes",
            "notamment",
            "comme",
            "de",
            "d'",
            "à",
            "pouvoir",
        }:
            body = f"{match.group('label')} {match.group('body')}"
        else:
            label, body = match.group("label"), match.group("body")
    if label is not None and not re.search(r"[^\W\d_]{3,}", body):
        return []
    clauses: list[Clause] = []
    previous: list[str] = []
    for sentence in _sentences(body):
        found = _sentence(sentence, labelled=label is not None, previous=previous)
        if found and not previous:
            previous = _subject_words(sentence)
        clauses += found
    if not clauses and label and not _negative(_tokens(label)):
        clauses = _features(_tokens(label))
    return clauses


def _sentences(body: str) -> list[str]:
    """A list item's sentences, and the parts of a sentence "; " and ", mais " separate."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])|\s*;\s+|,\s+mais\s+(?!aussi|également)", body)
    return [part.strip(" .;") for part in parts if part and part.strip(" .;")]


def _subject_words(sentence: str) -> list[str]:
    """The words before the first verb, for a later "il" to stand for."""
    tokens = _tokens(sentence)
    for index, token in enumerate(tokens):
        low = token.lower()
        if index and (low in MODALS or low in LETS or _finite(low) or low in {"ne", "n'"}):
            return list(tokens[:index])
    return []


def _sentence(sentence: str, *, labelled: bool, previous: list[str]) -> list[Clause]:
    sentence, purpose = _purpose(sentence)
    tokens = _tokens(sentence)
    condition, tokens = _leading_condition(tokens)
    if not tokens or _negative(tokens):
        return []
    low = [t.lower() for t in tokens]
    if condition and low[0] in {"il", "elle", "ils", "elles"}:
        who = _condition_subject(condition)
        if who:
            previous = who
    if previous and low[0] in {"il", "elle", "ils", "elles"}:
        tokens = [*(_Token(w) for w in previous), *tokens[1:]]
    clauses = _predicates(tokens) or _features(tokens, labelled=labelled)
    for clause in clauses:
        clause.purpose = clause.purpose or purpose
        clause.condition = clause.condition or condition
    return clauses


def _condition_subject(condition: str) -> list[str]:
    """The person a condition is about ("Quand le client a payé ..." -> "le client"), for
    the "il" of the sentence after it."""
    opener = _OPENER.match(condition)
    tokens = _tokens(condition[opener.end() :] if opener else condition)
    for index in range(1, min(len(tokens), 5)):
        if _finite(tokens[index].lower()) and _role(tokens[:index]):
            return list(tokens[:index])
    return []


def _negative(tokens: list[str]) -> bool:
    """ "Pas d'interface graphique ...", "Aucune publicité": what the product will not have."""
    low = [t.lower() for t in tokens[:2]]
    return low[:1] in (["pas"], ["aucun"], ["aucune"]) or low == ["sans", "publicité"]


# -- purpose and condition -------------------------------------------------------------------

_PURPOSE_TAIL = (
    re.compile(
        r",?\s+(?:afin\s+(?:de\s+|d')|dans\s+le\s+but\s+(?:de\s+|d')|"
        r"de\s+(?:manière|façon)\s+à\s+)(?P<p>.+)$",
        re.I,
    ),
    re.compile(
        r",?\s+(?:ce\s+)?qui\s+(?:lui\s+|leur\s+|me\s+|nous\s+|vous\s+)?"
        r"permet(?:tra|trait|tront|tent|taient)?\s+(?:de\s+|d')(?P<p>.+)$",
        re.I,
    ),
)
_PURPOSE_THAT = re.compile(r",?\s+(?:afin|pour)\s+(?P<p>(?:que|qu')\s*.+)$", re.I)
_GERUND = re.compile(r",\s+en\s+(?P<v>[^\W\d_]+ant)\b(?P<rest>.*)$", re.I)
_LEADING_PURPOSE = re.compile(
    r"^(?:pour|afin\s+de|afin\s+d')\s*(?P<p>[^,]{3,120}),\s*(?P<b>.+)$", re.I
)


def _purpose(sentence: str) -> tuple[str, str | None]:
    """The sentence without its reason, and the reason: an infinitive phrase ("éviter les
    doublons") or a clause with "que" ("que le garage soit prévenu")."""
    match = _LEADING_PURPOSE.match(sentence)
    if match:
        reason = match.group("p").strip()
        if _starts_infinitive(reason):
            return match.group("b"), first_person_words(reason)
        if not reason.lower().startswith(("y ", "en ", "cela", "ce ")):
            return match.group("b"), "bénéficier " + grammar.contract("de", reason)
        return match.group("b"), None
    for pattern in _PURPOSE_TAIL:
        match = pattern.search(sentence)
        if match and match.start() > 0:
            return sentence[: match.start()], first_person_words(match.group("p").strip(" ."))
    match = _PURPOSE_THAT.search(sentence)
    if match and match.start() > 0:
        return sentence[: match.start()], match.group("p").strip(" .")
    for match in re.finditer(r",?\s+pour\s+", sentence, re.I):
        tail = sentence[match.end() :]
        if match.start() > 0 and _starts_infinitive(tail):
            return sentence[: match.start()], first_person_words(tail.strip(" ."))
    match = _GERUND.search(sentence)
    if match and match.start() > 0:
        verb = infinitive(match.group("v"))
        if verb and verb.endswith(("er", "ir", "re")):
            tail = match.group("rest").strip(" .")
            return sentence[: match.start()], first_person_words(f"{verb} {tail}".strip())
    return sentence, None


def _starts_infinitive(text: str) -> bool:
    words = text.lower().replace("'", "' ").split()
    while words and words[0] in BEFORE_INFINITIVE | {"pouvoir"}:
        words = words[1:]
    return bool(words) and is_infinitive(words[0].strip(",."))


def _leading_condition(tokens: list[str]) -> tuple[str | None, list[str]]:
    """ "Lorsque la commande est expédiée, le client reçoit ..." -> the condition, the rest."""
    low = " ".join(t.lower() for t in tokens[:6])
    if not any(
        low.startswith(opener + " ") or low.startswith(opener) and opener.endswith("'")
        for opener in CONDITION_OPENERS
    ):
        return None, tokens
    for index, token in enumerate(tokens[:30]):
        if token == "," and index > 1:
            return join(tokens[:index]), tokens[index + 1 :]
    return None, tokens


# -- predicates ------------------------------------------------------------------------------


def _predicates(tokens: list[str]) -> list[Clause]:
    """Clauses around the sentence's predicate(s), or [] when it has no verb."""
    low = [t.lower() for t in tokens]
    text = " ".join(low).replace("' ", "'")
    for phrase, system in IMPERSONAL:
        if text.startswith(phrase + " ") or text.startswith(phrase) and phrase.endswith("'"):
            start = _after_phrase(low, phrase)
            rest, role = _possibility_for(tokens, low, start)
            if low[start : start + 1] == ["pouvoir"]:
                start, system = start + 1, None
            clauses = _infinitive_clauses(rest if role else tokens[start:], role, None)
            for clause in clauses:
                clause.system = None if role else system
                if clause.system is not None and clause.verb in SERVED:
                    _serve(clause, [])  # "Il faut envoyer un e-mail au client"
            return clauses
    for index, word in enumerate(low):
        subject = tokens[:index]
        if index and not _is_subject(subject):
            if word in {",", ":"}:
                break
            continue
        if word in LETS and _lets_follows(low, index):
            return _lets(tokens, low, index)
        able = _able_at(low, index)
        if word in MODALS or able or (index and _access_at(low, index)):
            return _after_modal(tokens, low, index, able)
        reflexive = word in {"se", "s'"} and index + 1 < len(low)
        verb = (
            _finite(low[index + 1] if reflexive else word)
            if index and _determined(subject) and low[index - 1] not in PREPOSITIONS | DETERMINERS
            else None
        )
        if verb and verb not in {"pouvoir", "devoir"}:
            return _finite_clauses(subject, tokens[index:], low[index:])
        if index == 0:
            if _build_at(low):
                return []  # "Mettre en place un formulaire": the feature, named by its noun
            if is_infinitive(word) or (
                word in {"se", "s'"} and len(low) > 1 and is_infinitive(low[1])
            ):
                clauses = _infinitive_clauses(tokens, None, None)
                for clause in clauses:
                    if clause.verb in SHOWN:  # "Afficher le nombre de places": I see it
                        clause.system = ""
                        _serve(clause, [])
                return clauses
    return []


def _after_phrase(low: list[str], phrase: str) -> int:
    """The index of the token after ``phrase`` at the start of ``low``."""
    joined = ""
    for index, word in enumerate(low):
        joined = f"{joined}{word}" if joined.endswith("'") or not joined else f"{joined} {word}"
        if joined == phrase:
            return index + 1
    return len(low)


def _possibility_for(tokens, low, start) -> tuple[list[str], str | None]:
    """ "Possibilité pour les clients de ...": the infinitives, and the role."""
    if low[start : start + 1] != ["pour"]:
        return tokens[start:], None
    for index in range(start + 1, min(len(low), start + 6)):
        if low[index] in {"de", "d'"}:
            return tokens[index + 1 :], _role(tokens[start + 1 : index])
    return tokens[start:], None


def _is_subject(words: list[str]) -> bool:
    """Whether the words before a verb read as its subject: a short noun phrase."""
    low = [w.lower() for w in words]
    if len(_people(words)) > 1:
        return True  # "Le client, le livreur et l'administrateur peuvent ..."
    if not low or len(low) > 9 or {",", ":", "que", "qu'", "qui"} & set(low):
        return False
    if low[0] in PRONOUNS:
        return len(low) == 1 or low[1:] in (["ne"], ["n'"])
    content = [w for w in low if w not in DETERMINERS and w not in {"ne", "n'"}]
    if not content:
        return False
    return low[0] in DETERMINERS or words[0][:1].isupper()


def _determined(subject: list[str]) -> bool:
    """Whether a subject opens with a determiner or is a pronoun ("Le client", "Il"): a
    bare noun ("Page de description complète") is a name, and what follows no verb."""
    first = subject[0].lower()
    return first in DETERMINERS or first in PRONOUNS


def _lets_follows(low: list[str], index: int) -> bool:
    """ "permet aux clients de réserver", "offre la possibilité de": a role and an action."""
    following = low[index + 1 : index + 12]
    return any(w in {"de", "d'"} for w in following) or any(w == "à" for w in following[2:])


def _able_at(low: list[str], index: int) -> str | None:
    joined = " ".join(low[index : index + 5]).replace("' ", "'")
    for phrase in ABLE:
        if phrase != "pouvoir" and (joined + " ").startswith(
            phrase + " " if not phrase.endswith("'") else phrase
        ):
            return phrase
    return None


def _access_at(low: list[str], index: int) -> bool:
    return " ".join(low[index : index + 2]) in ACCESS


def _build_at(low: list[str]) -> bool:
    """Whether a list item starts with its builders' verb ("Développer", "Mettre en place")."""
    joined = " ".join(low[:3])
    return low[0] in BUILD or any(joined.startswith(phrase) for phrase in BUILD_PHRASES)


def _after_modal(tokens, low, index, able) -> list[Clause]:
    """ "Le client doit pouvoir annuler ...": what follows the modal."""
    subject = tokens[:index]
    if subject and subject[-1].lower() in {"ne", "n'"}:
        subject = subject[:-1]
    if _access_at(low, index):
        rest = tokens[index + 2 :]
        return _clauses_with_subject(subject, [_Token("accéder"), *rest], infinitives=True)
    start = index + (len(able.replace("'", "' ").split()) if able else 1)
    negative = ""
    while start < len(low) and (low[start] in ADVERBS or low[start] in NEGATIONS):
        negative = negative or (low[start] if low[start] in NEGATIONS else "")
        start += 1
    if start < len(low) and low[start] == ",":
        close = next((i for i in range(start + 1, len(low)) if low[i] == ","), None)
        if close is not None and close - start < 10:
            start = close + 1
    for phrase in (
        "pouvoir",
        "être en mesure de",
        "être en mesure d'",
        "avoir la possibilité de",
        "avoir la possibilité d'",
    ):
        words = phrase.replace("'", "' ").split()
        if low[start : start + len(words)] == words:
            start += len(words)
    while start < len(low) and low[start] in ADVERBS:
        start += 1
    if start < len(low) and low[start] in LETS:
        return _lets(tokens, low, start)
    if start < len(low) and low[start] == "être":
        return _state(subject, tokens[start + 1 :], negative)
    predicate = tokens[start:]
    if negative:
        predicate = [_Token("ne"), _Token("pas"), *predicate]  # a rule: "ne ... pas" suffices
    clauses = _clauses_with_subject(subject, predicate, infinitives=True)
    if negative:
        role = _role(subject)
        for clause in clauses:
            if clause.role is not None or clause.system is None:
                # "L'utilisateur ne doit pas pouvoir voir ...": a rule the product enforces,
                # "qu'aucun utilisateur ne puisse voir ..."
                head = (role or "utilisateur").split(" ")[0]
                nobody = "aucune" if grammar.gender(head) == "f" and head.endswith("e") else "aucun"
                clause.system = f"{nobody} {role or 'utilisateur'}"
                clause.verb = f"ne pouvoir {clause.verb.removeprefix('ne pas ')}"
                clause.role = None
    return clauses


def _lets(tokens, low, index) -> list[Clause]:
    """ "Le site permettra aux visiteurs de consulter ...": the role after "à", its actions;
    with no role ("permet de consulter ..."), the map's main role acts."""
    rest = tokens[index + 1 :]
    rest_low = low[index + 1 :]
    role_words: list[str] = []
    position = 0
    while position < len(rest_low):
        word = rest_low[position]
        following = rest_low[position + 1] if position + 1 < len(rest_low) else ""
        if word in {"de", "d'"} and (_infinitive_at(rest_low, position + 1) or following == "ne"):
            position += 1
            break
        if word == "à" and role_words and _infinitive_at(rest_low, position + 1):
            position += 1
            break
        if word in {"la", "possibilité", "capacité", "moyen", "le"} and not role_words:
            position += 1
            continue
        if word in {"la", "possibilité", "capacité"} or word in ADVERBS:
            position += 1
            continue
        role_words.append(rest[position])
        position += 1
        if len(role_words) > 7:
            return []
    action = rest[position:]
    role = _role([w for w in role_words if w.lower() not in {"à", "au", "aux"}])
    return _infinitive_clauses(action, role, None)


def _infinitive_at(low: list[str], index: int) -> bool:
    words = low[index : index + 3]
    while words and words[0] in BEFORE_INFINITIVE:
        words = words[1:]
    return bool(words) and is_infinitive(words[0])


def _state(subject: list[str], predicate: list[str], negative: str) -> list[Clause]:
    """ "Les avis doivent être validés par le modérateur": the agent acts; with no agent, a
    state of a thing ("Le site doit être accessible sur mobile")."""
    low = [t.lower() for t in predicate]
    while low and low[0] in ADVERBS:
        predicate, low = predicate[1:], low[1:]
    agent = _agent(low)
    participle = infinitive(low[0]) if low and low[0].isalpha() else None
    if agent and participle and not negative:
        start, end = agent
        doer = predicate[start + 1 : end]
        moved = [_Token(subject[0].lower(), True), *subject[1:]] if subject else []
        tail = _before_they(predicate[end:], subject)
        action = [_Token(participle), *moved, *predicate[1:start], *tail]
        return _clauses_with_subject(doer, action, infinitives=True)
    system = _phrase(subject) or "l'application"
    negation = "jamais" if negative == "jamais" else "pas"
    verb = f"ne {negation} être" if negative else "être"
    rest = join(_ours_as_the(predicate))
    return [Clause(source="", role=None, verb=verb, rest=rest, obj="", system=system)]


def _before_they(tokens: list[str], subject: list[str]) -> list[str]:
    """ "avant d'apparaître", said of the passive's subject, once it is the object: "avant
    qu'ils apparaissent" ("Les avis sont validés par le modérateur avant d'apparaître")."""
    low = [t.lower() for t in tokens]
    head = _head(subject)
    for index in range(len(low) - 2):
        if low[index] == "avant" and low[index + 1] in {"de", "d'"} and head:
            verb = low[index + 2]
            if not is_infinitive(verb):
                return tokens
            plural = grammar.is_plural(head) or low[index - 1 : index] == ["les"]
            female = grammar.gender(head) == "f"
            pronoun = ("elles" if female else "ils") if plural else ("elle" if female else "il")
            said = grammar.subjunctive(verb, plural)
            words = [_Token("avant"), _Token("qu'" + pronoun), _Token(said)]
            return [*tokens[:index], *words, *tokens[index + 3 :]]
    return tokens


def _agent(low: list[str]) -> tuple[int, int] | None:
    """Where "par <agent>" is in a passive predicate: (index of "par", end of the agent)."""
    if "par" not in low[:4]:
        return None
    start = low.index("par")
    end = start + 1
    while end < len(low) and low[end] not in AGENT_ENDS:
        end += 1
    doer = low[start + 1 : end]
    head = [w for w in doer if w not in DETERMINERS]
    if head and (is_person(grammar.singular(head[0])) or head[0] in PRODUCT):
        return start, end
    return None


def _finite_clauses(subject, predicate, low) -> list[Clause]:
    """ "Le client choisit un créneau, reçoit ..." and "Les avis sont validés par ..."."""
    if low[0] in {"se", "s'"}:
        head = _head(subject)
        if head in DEVERBAL and _finite(low[1]) in {"faire", "effectuer", "réaliser"}:
            # "Le paiement se fait par carte" -> "payer par carte"
            start = next(i for i, w in enumerate(subject) if w.lower() == head)
            return _feature([*subject[start:], *predicate[2:]], None)
    verb = _finite(low[0])
    if verb == "être" and len(low) > 1:
        negative = low[1] if low[1] in NEGATIONS else ""
        return _state(subject, predicate[2 if negative else 1 :], negative)
    if verb == "avoir" and len(low) > 1 and low[1] == "accès":
        return _clauses_with_subject(subject, [_Token("accéder"), *predicate[2:]], True)
    return _clauses_with_subject(subject, predicate, infinitives=False)


def _people(subject: list[str]) -> list[str]:
    """The roles of a subject that lists people ("le client et le livreur"), or []."""
    parts: list[list[str]] = [[]]
    for word in subject:
        if word in {",", "et", "ou"}:
            parts.append([])
        else:
            parts[-1].append(word)
    roles = [_role(part) for part in parts if part]
    return [role for role in roles if role] if len(roles) > 1 and all(roles) else []


def _clauses_with_subject(subject, predicate, infinitives: bool) -> list[Clause]:
    negative = bool(subject) and subject[-1].lower() in {"ne", "n'"}
    if negative:
        subject = subject[:-1]
    people = _people(subject)
    if people:  # one story for each of the people the sentence names
        clauses = _clauses_with_subject([], predicate, infinitives)
        return [
            Clause(**{**clause.__dict__, "role": role}) for role in people for clause in clauses
        ]
    system = _system(subject)
    role = None if system is not None else _role(subject)
    if system is None and role is None and subject and not _person_subject(subject):
        system = _phrase(subject)  # "La page affichera ...": a thing, not a person
    clauses = (
        _infinitive_clauses(predicate, role, system)
        if infinitives
        else _finite_groups(predicate, role, system)
    )
    for clause in clauses:
        if clause.system is not None and clause.verb.split(" ")[-1] in SERVED:
            _serve(clause, subject)
    return clauses


def _serve(clause: Clause, subject: list[str]) -> None:
    """ "Le système envoie un rappel au client" -> the client receives a reminder."""
    verb = clause.verb.split(" ")[-1]
    tokens = _tokens(clause.rest)
    person, tokens = _served_person(tokens, verb in PERSON_OBJECT)
    thing = clause.system if clause.system and _head(subject) not in PRODUCT else None
    if thing and SERVED[verb] == "voir":
        tokens = _place(tokens, thing)
    clause.verb = SERVED[verb]
    clause.role = person or clause.role
    clause.system = None
    clause.rest = join(_first_person_words(tokens))
    clause.obj = _object_of(_tokens(clause.rest))


def _served_person(tokens: list[str], direct: bool) -> tuple[str | None, list[str]]:
    """The person a product's action is for ("au client", "aux utilisateurs", and with
    ``direct`` "le client" right after the verb), and the rest without them."""
    low = [t.lower() for t in tokens]
    for index, word in enumerate(low):
        if word in {"au", "aux", "à"}:
            start = index + 1
        elif direct and index == 0 and word in DETERMINERS:
            start = index
        else:
            continue
        end = start
        while end < len(low) and low[end] in DETERMINERS:
            end += 1
        if end >= len(low) or not is_person(grammar.singular(low[end])):
            continue
        end += 1
        while end < len(low) and low[end].isalpha() and _adjective(low[end]):
            end += 1
        role = _role(tokens[start:end])
        if role:
            return role, [*tokens[:index], *tokens[end:]]
    return None, tokens


def _place(tokens: list[str], thing: str) -> list[str]:
    """The words of what is seen with where it is seen: "les véhicules sur la page"."""
    head = thing.split(" ")[-1].lower()
    preposition = "dans" if head in {"liste", "espace", "rubrique", "menu", "section"} else "sur"
    end = len(_tokens(_object_of(tokens)))
    return [*tokens[:end], _Token(preposition), *_tokens(thing), *tokens[end:]]


# -- verb groups -----------------------------------------------------------------------------


def _verb_unit(low: list[str], index: int, finite: bool) -> tuple[str, int] | None:
    """The action at ``index`` ("ajouter", "se connecter", "ne pas supprimer", "mettre à
    jour") and the index after it, or None when no verb starts there."""
    position = index
    if position < len(low) and low[position] in {"de", "d'"}:
        position += 1
    words = []
    if low[position : position + 2] in (["ne", "pas"], ["ne", "plus"]):
        words, position = ["ne", "pas"], position + 2
    if position < len(low) and low[position] in {"se", "s'", "me", "m'"}:
        reflexive = True
        position += 1
    else:
        reflexive = False
    pronoun = ""
    if (
        position + 1 < len(low)
        and low[position] in {"le", "la", "les", "l'", "lui", "leur", "y", "en"}
        and not finite
        and is_infinitive(low[position + 1])
    ):
        pronoun, position = low[position], position + 1
    if position >= len(low):
        return None
    word = low[position]
    if finite:
        verb = _finite(word) or (word if is_infinitive(word) and index == 0 else None)
        if verb in {"pouvoir", "devoir", "vouloir"} and position + 1 < len(low):
            following = _verb_unit(low, position + 1, False)
            if following:
                return following
    else:
        verb = word if is_infinitive(word) else None
    if not verb or word in MODALS and not finite:
        return None
    position += 1
    if finite and position < len(low) and low[position] in NEGATIONS:
        words, position = ["ne", "pas"], position + 1
    if pronoun:
        verb = join_elided([pronoun, verb])
    if reflexive:
        verb = join_elided(["se", *verb.split(" ")])
    for phrase in FIXED:
        first, _, tail = phrase.partition(" ")
        tail_words = tail.split()
        if verb == first and low[position : position + len(tail_words)] == tail_words:
            verb, position = phrase, position + len(tail_words)
    return " ".join([*words, verb]), position


def _infinitive_clauses(tokens, role, system) -> list[Clause]:
    return _groups(tokens, role, system, finite=False)


def _finite_groups(tokens, role, system) -> list[Clause]:
    return _groups(tokens, role, system, finite=True)


def _groups(tokens, role, system, *, finite: bool) -> list[Clause]:
    """Each verb group and what follows it: "choisit un créneau, reçoit une confirmation"
    -> two; verbs joined straight by "et"/"ou"/"," share their object ("annuler ou reporter
    un rendez-vous", "d'ajouter, d'éditer et de supprimer les véhicules")."""
    low = [t.lower() for t in tokens]
    groups: list[tuple[list[str], list[str], list[str]]] = []  # (verbs, joints, rest)
    verbs: list[str] = []
    joints: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(low):
        if not verbs:
            unit = _verb_unit(low, index, finite)
            if not unit:
                return []
            verbs, index = [unit[0]], unit[1]
            continue
        joint = _joint(low, index)
        if joint:
            word, after = joint
            unit = _verb_unit(low, after, finite)
            if unit and (finite or not _object_like(low, after)):
                if not rest:
                    verbs.append(unit[0])
                    joints.append(word)
                    index = unit[1]
                    continue
                groups.append((verbs, joints, rest))
                verbs, joints, rest, index = [unit[0]], [], [], unit[1]
                continue
        rest.append(tokens[index])
        index += 1
    if verbs:
        groups.append((verbs, joints, rest))
    if len(groups) == 1 and not _strip_joint(groups[0][2]) and len(groups[0][0]) > 1:
        # "s'inscrire, se connecter et se déconnecter": three actions, no shared object
        groups = [([verb], [], []) for verb in groups[0][0]]
    clauses: list[Clause] = []
    for verb_list, joint_list, rest_tokens in groups:
        verb = verb_list[0]
        pronoun = re.match(r"^(?:le |la |les |l')(?=\w)", verb)
        if pronoun and clauses and clauses[-1].obj:
            # "réserver un document et le retirer" -> "retirer le document"
            verb = verb[pronoun.end() :]
            rest_tokens = [*_tokens(_definite(clauses[-1].obj)), *rest_tokens]
        counted = verb.startswith("en ") and rest_tokens[:1] and rest_tokens[0].lower() in {
            "un", "une", "plusieurs", "certains", "certaines"
        }  # fmt: skip
        if counted and clauses and clauses[-1].obj:
            # "voit les commandes prêtes et peut en accepter une" -> "accepter une commande"
            verb = verb[3:]
            noun = _head(_tokens(clauses[-1].obj)) or ""
            noun = grammar.singular(noun) if rest_tokens[0].lower() in {"un", "une"} else noun
            rest_tokens = [rest_tokens[0], _Token(noun), *rest_tokens[1:]]
        for joint, other in zip(joint_list, verb_list[1:], strict=True):
            verb += f"{joint} {other}" if joint == "," else f" {joint} {other}"
        for object_words in _split_objects(_strip_joint(rest_tokens)):
            if system is None:
                object_words = _first_person_words(object_words)
            clauses.append(
                Clause(
                    source="",
                    role=role,
                    verb=verb,
                    rest=join(object_words),
                    obj=_object_of(object_words),
                    system=system,
                )
            )
    return clauses


def _joint(low: list[str], index: int) -> tuple[str, int] | None:
    """A joint between verbs at ``index``: ",", "et", "ou", "ainsi que", "puis", ", et"."""
    word = low[index]
    if word == "," and index + 1 < len(low) and low[index + 1] in CONJUNCTIONS:
        return low[index + 1], index + 2
    if word == "," and low[index + 1 : index + 3] == ["ainsi", "que"]:
        return "et", index + 3
    if word == "ainsi" and low[index + 1 : index + 2] == ["que"]:
        return "et", index + 2
    if word in CONJUNCTIONS or word == ",":
        return ("et" if word == "puis" else word), index + 1
    return None


def _object_like(low: list[str], index: int) -> bool:
    """Whether the words at ``index`` start a noun phrase rather than a verb ("des photos",
    but not "le retirer")."""
    if index >= len(low) or low[index] not in DETERMINERS - {"leur"}:
        return False
    return not (index + 1 < len(low) and is_infinitive(low[index + 1]))


def _strip_joint(tokens: list[str]) -> list[str]:
    while tokens and tokens[-1].lower() in {",", "et", "ou", ";", ".", "puis", "ainsi"}:
        tokens = tokens[:-1]
    return tokens


def _split_objects(tokens: list[str]) -> list[list[str]]:
    """Separate features joined by "ainsi que", or by "et" between two long phrases:
    "une confirmation par SMS et un rappel la veille" -> two; "les horaires et les services"
    and "un médecin, un service et un créneau" stay one."""
    low = [t.lower() for t in tokens]
    for index in range(1, len(low) - 2):
        if low[index : index + 2] == ["ainsi", "que"]:
            before = _strip_joint(tokens[:index])
            after = tokens[index + 2 :]
            if before and after and after[0].lower() in DETERMINERS | {"l'"}:
                return [before, *_split_objects(after)]
    if "," in low or low.count("et") != 1:
        return [tokens]
    index = low.index("et")
    before, after = tokens[:index], tokens[index + 1 :]
    if (
        after
        and after[0].lower() in DETERMINERS | {"l'"}
        and before[0].lower() not in PREPOSITIONS
        and not {"avec", "sans", "entre", "comprenant", "contenant"} & {t.lower() for t in before}
        and sum(t.isalnum() for t in before) >= 3
        and sum(t.isalnum() for t in after) >= 3
    ):
        return [before, after]
    return [tokens]


# -- features named by nouns -----------------------------------------------------------------


def _features(tokens: list[str], *, labelled: bool = False) -> list[Clause]:
    """A requirement with no verb names features: "Mode sombre", "Ajout et suppression des
    membres, ainsi que l'attribution du statut" -> two. Under a label, a list of nouns
    describes one thing ("Accueil : présentation, services, horaires") and stays one."""
    low = [t.lower() for t in tokens]
    if low and _build_at(low):
        phrase = next((p for p in BUILD_PHRASES if " ".join(low[:3]).startswith(p)), low[0])
        tokens = tokens[len(phrase.split()) :]
    parts = _feature_parts(tokens)
    if not parts:
        return []
    if labelled and len(parts) > 1 and not _deverbal(parts[0])[0]:
        return [_listed(parts)]
    clauses: list[Clause] = []
    for part in parts:
        clauses += _feature(part, clauses[-1] if clauses else None)
    return clauses


def _feature_parts(tokens: list[str]) -> list[list[str]]:
    """The features of a verbless list: split at "ainsi que", and at "," or "et" before a
    new noun phrase; "recherche par nom et par catégorie" stays one."""
    parts: list[list[str]] = []
    current: list[str] = []
    low = [t.lower() for t in tokens]
    index = 0
    while index < len(tokens):
        word = low[index]
        following = low[index + 1] if index + 1 < len(low) else ""
        if word == "ainsi" and following == "que" and current:
            parts.append(_strip_joint(current))
            current, index = [], index + 2
            continue
        if (
            word in {",", "et", "ou"}
            and current
            and following
            and _starts_feature(low, index + 1)
            and _deverbal(current)[1] < len(current)
        ):
            if word == "," and following in {"et", "ou"}:
                index += 1
            parts.append(_strip_joint(current))
            current, index = [], index + 1
            continue
        current.append(tokens[index])
        index += 1
    if current:
        parts.append(_strip_joint(current))
    return [part for part in parts if part]


def _starts_feature(low: list[str], index: int) -> bool:
    word = low[index] if index < len(low) else ""
    if word in {"et", "ou"}:
        word = low[index + 1] if index + 1 < len(low) else ""
    if not word or word in PREPOSITIONS or word in ADVERBS or word[:1].isdigit():
        return False
    if word in {"l'", "la", "le", "les", "un", "une", "des"}:
        return True
    return word.isalpha() and not grammar.is_infinitive(word) and word not in {"que", "qui"}


def _deverbal(tokens: list[str]) -> tuple[list[str], int]:
    """The verbs a feature's leading nouns name ("Ajout, édition et suppression de ...")
    and the index after them; ([], 0) when it does not start with one."""
    low = [t.lower() for t in tokens]
    start = 1 if low[:1] and low[0] in {"l'", "la", "le", "les", "une", "un"} else 0
    verbs: list[str] = []
    index = start
    while index < len(low):
        word = low[index]
        if word in {"mise", "prise"} and index + 2 < len(low):
            phrase = " ".join(low[index : index + 3])
            if phrase in {"mise à jour", "prise de rendez-vous", "mise en ligne"}:
                verbs.append(
                    {
                        "mise à jour": "mettre à jour",
                        "mise en ligne": "mettre en ligne",
                        "prise de rendez-vous": "prendre rendez-vous",
                    }[phrase]
                )
                index += 3
            else:
                break
        elif word in DEVERBAL and word not in {"mise", "prise"}:
            verbs.append(DEVERBAL[word])
            index += 1
        else:
            break
        if index < len(low) and low[index] in {",", "et", "ou", "/"}:
            following = low[index + 1] if index + 1 < len(low) else ""
            if following in DEVERBAL or following in {"mise", "prise"}:
                verbs.append(low[index])
                index += 1
                continue
        break
    if not verbs or (verbs and verbs[-1] in {",", "et", "ou", "/"}):
        return [], 0
    return verbs, index


def _feature(tokens: list[str], previous: Clause | None) -> list[Clause]:
    """One feature: a deverbal noun becomes its verb, a noun the user consults, receives or
    uses gets that verb, any other noun phrase stays a noun phrase."""
    low = [t.lower() for t in tokens]
    if low[:1] == ["possibilité"] or low[:2] == ["la", "possibilité"]:
        start = low.index("possibilité") + 1
        rest, role = _possibility_for(tokens, low, start)
        if low[start : start + 1] in (["de"], ["d'"]):
            rest = tokens[start + 1 :]
        return _infinitive_clauses(rest, role, None)
    verbs, index = _deverbal(tokens)
    if verbs:
        verb = _verb_phrase(verbs)
        rest = tokens[index:]
        main = verbs[-1]
        low_rest = [t.lower() for t in rest]
        later = next((i for i, w in enumerate(low_rest[:4]) if w in {"de", "d'", "du", "des"}), 0)
        if rest and low_rest[0] in {"de", "d'", "du", "des"} and main not in GOVERNS_OTHER:
            object_words = _genitive_to_object(rest)
        elif (
            later and low_rest[0] in {"en", "par", "à", "sur", "via"} and main not in GOVERNS_OTHER
        ):
            # "Paiement en ligne des consultations" -> "payer les consultations en ligne"
            object_words = [*_genitive_to_object(rest[later:]), *rest[:later]]
        elif previous is not None and previous.obj and not rest[:1] == [","]:
            object_words = [*_tokens(_definite(previous.obj)), *rest]
        else:
            object_words = rest
        object_words = _first_person_words(object_words)
        return [
            Clause(
                source="",
                role=None,
                verb=verb,
                rest=join(object_words),
                obj=_object_of(object_words),
            )
        ]
    head = next((w for w in low if w not in DETERMINERS and w.isalpha()), "")
    phrase = join(tokens)
    phrase = phrase if _acronym(phrase) else phrase[:1].lower() + phrase[1:]
    for nouns, verb, definite in (
        (CONSULTED, "consulter", True),
        (RECEIVED, "recevoir", False),
        (USED, "utiliser", True),
    ):
        if head in nouns:
            rest = _definite(phrase) if definite else phrase
            rest = grammar.article(rest, definite=definite)
            return [
                Clause(source="", role=None, verb=verb, rest=rest, obj=_object_of(_tokens(rest)))
            ]
    if not re.search(r"[^\W\d_]{2,}", phrase):
        return []
    return [Clause(source="", role=None, verb="", rest=phrase, obj=_object_of(tokens))]


def _listed(parts: list[list[str]]) -> Clause:
    """Nouns a labelled item lists: "consulter la présentation du garage, les services ..."."""
    phrases = []
    for part in parts:
        phrase = join(part)
        phrase = phrase if _acronym(phrase) else phrase[:1].lower() + phrase[1:]
        phrases.append(grammar.article(phrase))
    text = ", ".join(phrases[:-1]) + " et " + phrases[-1]
    head = next((w.lower() for w in parts[0] if w.lower() not in DETERMINERS), "")
    verb = "utiliser" if head in USED else "consulter"
    return Clause(source="", role=None, verb=verb, rest=text, obj=_object_of(_tokens(text)))


def _verb_phrase(words: list[str]) -> str:
    """["ajouter", ",", "éditer", "et", "supprimer"] -> "ajouter, éditer et supprimer"."""
    out = words[0]
    for word in words[1:]:
        out += "," if word in {",", "/"} else f" {word}"
    return out


def _genitive_to_object(tokens: list[str]) -> list[str]:
    """ "des véhicules" -> "les véhicules", "du personnel" -> "le personnel", "de
    véhicules" -> "des véhicules", "d'un compte" -> "un compte", "de la fiche" -> "la fiche"."""
    low = [t.lower() for t in tokens]
    for index in range(2, len(low) - 1):
        if low[index - 1] in {"et", "ou", ","} and low[index] in {"des", "du", "de", "d'"}:
            # "des prêts et des retours" -> "les prêts et les retours"
            head = _genitive_to_object(tokens[:index])
            return [*head, *_genitive_to_object(tokens[index:])]
        if low[index] in PREPOSITIONS - {"de", "d'", "du", "des"} or low[index] in {"qui", "que"}:
            break
    if low[0] == "des":
        return [_Token("les", tokens[0].gap), *tokens[1:]]
    if low[0] == "du":
        return [_Token("le", tokens[0].gap), *tokens[1:]]
    if low[0] in {"de", "d'"} and len(low) > 1:
        if low[1] in GENITIVE_DETERMINERS:
            return [_Token(tokens[1], True), *tokens[2:]]
        head = low[1]
        article = (
            "des" if grammar.is_plural(head) else ("une" if grammar.gender(head) == "f" else "un")
        )
        return [_Token(article), _Token(tokens[1], True), *tokens[2:]]
    return tokens


def _definite(phrase: str) -> str:
    words = phrase.split(" ", 1)
    if words[0].lower() in {"des", "un", "une"} and len(words) > 1:
        lead = {"des": "les", "un": "le", "une": "la"}[words[0].lower()]
        return grammar.article(words[1]) if lead != "les" else f"les {words[1]}"
    return phrase


# -- subjects and roles ----------------------------------------------------------------------


def _head(subject: list[str]) -> str | None:
    for word in subject:
        low = word.lower()
        if low not in DETERMINERS and low not in {"ne", "n'"} and (word.isalpha() or "-" in word):
            return low
    return None


def _system(subject: list[str]) -> str | None:
    """The product as the subject ("le site", "l'application"), or None."""
    head = _head(subject)
    if head is None:
        return None
    if grammar.singular(head) in PRODUCT:
        return _phrase(subject)
    return None


def _person_subject(subject: list[str]) -> bool:
    head = _head(subject)
    return head is None or head in PRONOUNS or _role(subject) is not None


def _phrase(subject: list[str]) -> str:
    """The subject as a story names it: "Le site" -> "le site", "Il" -> ""."""
    words = [w for w in subject if w.lower() not in {"ne", "n'"}]
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return ""
    text = join(words)
    return text if _acronym(text) else text[:1].lower() + text[1:]


def _acronym(text: str) -> bool:
    """Whether ``text`` starts with an acronym or a name in capitals ("SMS", "API")."""
    first = text.split(" ", 1)[0]
    return len(first) > 1 and first.isalpha() and first.isupper()


def _role(subject: list[str]) -> str | None:
    """The people the subject names, in the singular: "Les clients inscrits" -> "client
    inscrit", "aux membres du personnel" -> "membre du personnel"; None for a thing."""
    words = [w for w in subject if w.lower() not in DETERMINERS | {"à", "au", "aux", "ne", "n'"}]
    words = [w for w in words if w.isalpha() or "-" in w]
    if not words:
        return None
    head = grammar.singular(words[0].lower())
    if not is_person(head):
        return None
    role = [head]
    low = [w.lower() for w in subject]
    start = next(i for i, w in enumerate(subject) if w.lower() == words[0].lower())
    index = start + 1
    while index < len(subject):
        word = low[index]
        if word in {"de", "du", "des", "d'"} and head in RELATIONAL and index + 1 < len(low):
            tail = [w for w in low[index + 1 : index + 4] if w not in DETERMINERS]
            if tail and tail[0].isalpha() and grammar.singular(tail[0]) not in PRODUCT:
                article = {"du": "du", "des": "des"}.get(word, join_elided([word]))
                role += [article if article != "d'" else "d'", *low[index + 1 : index + 2]]
                if low[index + 1] in {"la", "l'"} and index + 2 < len(low):
                    role.append(low[index + 2])
            break
        if word.isalpha() and _adjective(word):
            role.append(grammar.singular(word))
            index += 1
            continue
        break
    return join([_Token(w) for w in role]).replace("d' ", "d'")


def _adjective(word: str) -> bool:
    """Whether a word after a role noun qualifies it ("inscrit", "connecté", "principal")."""
    if word in PREPOSITIONS or word in CONJUNCTIONS or word in MODALS or word in LETS:
        return False
    if _finite(word) and not word.endswith(("é", "és", "ée", "ées", "it", "its", "is")):
        return False
    return word.endswith(ADJECTIVE_ENDINGS)


# -- verbs, words and text -------------------------------------------------------------------

_PARTICIPLES = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites)$")


def _finite(word: str) -> str | None:
    """The infinitive of a finite verb form ("choisit", "reçoivent", "permettra"), or None."""
    low = word.lower()
    if not low.isalpha() or low in DETERMINERS or low in PREPOSITIONS or low in NOT_FINITE:
        return None
    if low in CONJUNCTIONS or low in PRONOUNS or low in ADVERBS or (len(low) < 2 and low != "a"):
        return None
    known = grammar.known_verb(low)
    if known and known != low:
        made = grammar.forms(known)
        present = made[1:3]  # "inscrit" is a present when it is one, a participle otherwise
        others = {made[0], *made[3:5], *(made[6] + end for end in ("a", "ont", "ait", "aient"))}
        if low in present or (low in others and not _PARTICIPLES.search(low)):
            return known
        return None
    if low.endswith(("issent", "eront", "iront", "era", "ira")) or (
        low.endswith("ent") and not low.endswith("ment") and len(low) > 5
    ):
        return infinitive(low)
    return None


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        gap = match.start() == 0 or text[match.start() - 1].isspace()
        tokens.append(_Token(match.group(), gap))
    return tokens


def join(tokens: list[str]) -> str:
    """The tokens as text, with the spacing they had ("l'utilisateur", "« admin »")."""
    out = ""
    for token in tokens:
        gap = getattr(token, "gap", True)
        if not out:
            out = str(token)
        elif out.endswith("'") or token in {",", ".", ")", "…"} or (not gap and token != "«"):
            out += token
        else:
            out += " " + token
    return out.strip()


def _first_person_words(tokens: list[str]) -> list[str]:
    """ "modifier son profil" -> "modifier mon profil", "qu'ils souhaitent voir" -> "que je
    souhaite voir": the story speaks as "je"."""
    out: list[str] = []
    low = [t.lower() for t in tokens]
    index = 0
    while index < len(tokens):
        token, word = tokens[index], low[index]
        following = low[index + 1] if index + 1 < len(low) else ""
        gap = getattr(token, "gap", True)
        previous = low[index - 1] if index else ""
        if word == "lui" or (
            word == "leur"
            and (
                is_infinitive(following)
                or (
                    _finite(following)
                    and previous in {"qui", "que", "qu'", "ne", "n'", "on"} | PRONOUNS
                )
            )
        ):
            out.append(token)  # a pronoun for someone else: "de leur accorder un accès"
        elif word in POSSESSIVE:
            mine = POSSESSIVE[word]
            if mine in {"mon", "ma"}:
                female = grammar.gender(following) == "f" if word != "sa" else True
                mine = "ma" if female and not grammar.starts_with_vowel(following) else "mon"
            out.append(_Token(mine if token[:1].islower() else mine.capitalize(), gap))
        elif (
            word in {"ils", "elles", "il", "elle"}
            and index
            and low[index - 1] in {"qu'", "que", "où", "lorsqu'", "quand", "s'", "si"}
            and _finite(following)
        ):
            if low[index - 1] == "qu'":
                out[-1] = _Token("que", getattr(out[-1], "gap", True))
            if low[index - 1] == "s'":
                out[-1] = _Token("si", getattr(out[-1], "gap", True))
            out.append(_Token("je", True))
            out.append(_Token(grammar.first_person(_finite(following)), True))
            index += 2
            continue
        else:
            out.append(token)
        index += 1
    return _elide_tokens(_ours_as_the(out))


def _ours_as_the(tokens: list[str]) -> list[str]:
    """ "sur nos serveurs" -> "sur les serveurs": the company's "our" is no word of a user."""
    out: list[str] = []
    low = [t.lower() for t in tokens]
    index = 0
    while index < len(tokens):
        word, token = low[index], tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word in {"nos", "notre"} and following:
            article = "les" if word == "nos" else grammar.article(following).split(" ")[0]
            gap = getattr(token, "gap", True)
            if article.endswith("'"):
                out.append(_Token(article + following, gap))
                index += 2
                continue
            out.append(_Token(article, gap))
        else:
            out.append(token)
        index += 1
    return out


def _elide_tokens(tokens: list[str]) -> list[str]:
    """ "que je" stays, "que" before "il"/vowel becomes "qu'"; "me" before a vowel "m'"."""
    out: list[str] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        low = token.lower()
        if low in {"que", "me", "je"} and following and grammar.starts_with_vowel(following):
            token = _Token(token[:-1] + "'", token.gap)
            if index + 1 < len(tokens):
                tokens[index + 1] = _Token(tokens[index + 1], False)
        out.append(token)
    return out


def first_person_words(text: str) -> str:
    """``text`` with the third person's possessives in the first person."""
    return join(_first_person_words(_tokens(text)))


def _is_adverb(word: str) -> bool:
    """ "rapidement", "automatiquement" are adverbs; "paiement", "document" are nouns."""
    if word in ADVERBS or word in {"seulement", "uniquement", "notamment"}:
        return True
    return word.endswith(ADVERB_ENDINGS) and word not in MENT_NOUNS and len(word) > 7


def _object_of(tokens: list[str]) -> str:
    """The object's words: the noun phrase before its first modifier ("la liste des
    employés" of "la liste des employés inscrits sur le site")."""
    words: list[str] = []
    low = [t.lower() for t in tokens]
    if (
        low
        and low[0] in PREPOSITIONS - {"de", "d'", "du", "des"}
        and not (low[0] == "à" and len(low) > 1 and is_infinitive(low[1]))
    ):
        return ""
    for index, token in enumerate(tokens):
        word = low[index]
        following = low[index + 1] if index + 1 < len(low) else ""
        if words and (
            word in OBJECT_ENDS
            or word[:1].isdigit()
            or word in ADVERBS
            or _is_adverb(word)
            or (word == "à" and not is_infinitive(following))
            or (word in {"de", "d'"} and following in {"manière", "façon", "sorte"})
        ):
            break
        words.append(token)
    while words and words[-1].lower() in PREPOSITIONS | DETERMINERS | CONJUNCTIONS:
        words.pop()
    return join(words).strip(" ,;")


_OPENER = re.compile(
    r"^(?:lorsqu'|lorsque\s+|quand\s+|s'|si\s+|dès\s+qu'|dès\s+que\s+|une\s+fois\s+qu'|"
    r"une\s+fois\s+que\s+|(?:à\s+)?chaque\s+fois\s+qu'|(?:à\s+)?chaque\s+fois\s+que\s+|"
    r"après\s+qu'|après\s+que\s+|au\s+moment\s+où\s+)",
    re.I,
)


def first_person_clause(text: str, role: str | None = None) -> str:
    """A situation with the person as "je": "l'utilisateur clique sur « Valider »" -> "je
    clique sur « Valider »", "le client a payé sa commande" -> "j'ai payé ma commande".

    Only the user, a pronoun or ``role`` becomes "je"; "l'administrateur valide" stays."""
    opener = _OPENER.match(text)
    if opener:
        said = first_person_clause(text[opener.end() :], role)
        lead = opener.group().strip()
        if lead.lower() in {"si", "s'"}:
            lead = "s'" if said.lower().startswith("il") else "si"
        if lead.endswith("'"):
            return lead + said
        return join_elided([lead, *said.split(" ")]) if lead.endswith("e") else f"{lead} {said}"
    tokens = _tokens(text)
    low = [t.lower() for t in tokens]
    me = {"utilisateur", "utilisatrice", "usager", role or "utilisateur"}
    for index in range(1, min(len(low), 5)):
        subject = tokens[:index]
        pronoun = low[0] in {"il", "elle", "ils", "elles"}
        verb = _finite(low[index]) or (infinitive(low[index]) if pronoun and index == 1 else None)
        if verb and (pronoun or _role(subject) in me):
            words = [_Token(grammar.first_person(verb)), *tokens[index + 1 :]]
            if index and low[index - 1] in {"ne", "n'"}:
                words = [_Token("ne"), *words]
                subject = subject[:-1]
            if _is_subject(subject) or pronoun:
                said = join(_first_person_words(words))
                return join_elided(["je", *said.split(" ")])
    return join(_first_person_words(tokens))
