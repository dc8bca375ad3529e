"""Writing French stories: the story line, its title, its benefit and its criteria.

    Annuler ou reporter mon rendez-vous
    En tant qu'utilisateur, je veux annuler ou reporter mon rendez-vous jusqu'à 24 heures
    avant afin de ne pas payer pour ce dont je n'ai plus besoin.
    Étant donné qu'il reste plus de 24 heures avant mon rendez-vous, quand j'annule ou
    reporte mon rendez-vous, alors le changement est enregistré et je reçois une confirmation.
    Étant donné qu'il reste moins de 24 heures avant mon rendez-vous, quand j'essaie
    d'annuler ou de reporter mon rendez-vous, alors je vois que ce n'est pas possible à moins
    de 24 heures avant mon rendez-vous, et rien n'est modifié.

A person's action is wished in the infinitive ("je veux me connecter") and done in the
first person ("quand je me connecte"); the product's behaviour is wished in the subjunctive
("je veux que la page ne se recharge pas"). Verb forms come from ``grammar`` (suffix rules
and a table of irregular verbs); the benefit is the document's own "afin de", "pour que",
"ce qui permet de" or "en évitant ..." where it gives one, else one of the phrasings
``phrases`` has for the kind of action; the criteria's unhappy path crosses the
requirement's own limit ("jusqu'à 24 heures avant") when it sets one.
"""

from __future__ import annotations

import re
import zlib

from generation.languages.clauses import Clause
from generation.languages.fr import grammar
from generation.languages.fr.clauses import as_me, first_person_clause, read_clauses
from generation.languages.fr.criteria import Thing, benefit_of, criteria_of, role_note
from generation.languages.fr.grammar import join_elided
from generation.languages.fr.phrases import (
    BENEFITS,
    DANGLING,
    FLAVOURS,
    HAPPY,
    LIGHT,
    LIMITS,
    OBJECT_CATEGORY,
    PHRASE_STARTS,
    SEEN,
    SITUATION,
    STATE_BENEFITS,
    TASKS,
    TRIGGER,
    UNHAPPY,
    VERB_CATEGORY,
)

__all__ = ["FrenchWriter"]

_MAX_TITLE_WORDS = 8
#: A title this long that the requirement starts with reads as the requirement cut short.
_PREFIX_WORDS = 6


class FrenchWriter:
    """Stories in French, from French requirements."""

    code = "fr"
    default_role = "utilisateur"

    def clauses(self, text: str) -> list[Clause]:
        return read_clauses(text)

    def category(self, clause: Clause) -> str:
        """The kind of action: by the verb, or by the object when the verb says little
        ("prendre rendez-vous" books, "déposer un avis" reviews)."""
        if clause.noun_only:
            return _object_category(clause.rest) or "other"
        verb = _main_verb(clause.verb)
        if clause.verb.startswith(("ne pas pouvoir", "ne pouvoir")):
            return "manage"
        if verb == "être":
            unit = _first_unit(clause.verb).split()
            participle = unit[-1] if len(unit) > 1 and unit[-1] != "être" else ""
            participle = participle or clause.rest.split(" ", 1)[0].lower()
            if participle == "informé":
                return "notify"
            verb = grammar.infinitive(participle) or ""
        found = _object_category(clause.obj or clause.rest)
        if verb in LIGHT and not found:
            found = _object_category(clause.rest)  # "ajouter des plats à mon panier"
        if verb in {"valider", "confirmer"} and found in {"order", "pay", "book"}:
            return found  # "valider ma commande" orders; "valider les avis" moderates
        if verb in VERB_CATEGORY and verb not in LIGHT:
            return VERB_CATEGORY[verb]
        if found and not (found == "create" and verb in VERB_CATEGORY):
            return found
        return VERB_CATEGORY.get(verb, "other")

    # -- the story line ----------------------------------------------------------------------

    def goal(self, clause: Clause) -> str:
        """What the person wants, after "je veux": an infinitive phrase, or "que" + clause."""
        condition = f" {_lower_first(clause.condition)}" if clause.condition else ""
        if clause.noun_only:
            return "disposer " + grammar.contract("de", grammar.article(clause.rest, False))
        if clause.system is not None:
            subject = _lower_first(clause.system or "l'application")
            verbs = _conjugate(clause.verb, "subj", _plural(subject))
            sentence = f"{subject} {verbs} {clause.rest}".strip()
            return join_elided(["que", *sentence.split(" ", 1)]) + condition
        return f"{_for_me(clause.verb)} {clause.rest}".strip() + condition

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        role = role or self.default_role
        lead = join_elided(["En", "tant", "que", role])
        return f"{lead}, je veux {as_me(self.goal(clause), role)} {_afin(benefit)}."

    def title(self, clause: Clause) -> str:
        """The action and its object ("Annuler ou reporter mon rendez-vous"); a state of the
        product in the nominal style ("Site accessible sur mobile"); a rule the product
        follows as what happens ("La page ne se recharge pas")."""
        if clause.noun_only:
            words = clause.rest.split()
            short = words
        elif clause.system is not None and clause.verb == "être":
            thing = _without_article(clause.system).split()
            if len(thing) + len(clause.rest.split()) > _MAX_TITLE_WORDS:
                thing = _short_object(" ".join(thing), keep=1).split()
            words = [*thing, *clause.rest.split()]
            short = [*thing, *clause.rest.split()[:1]]
        elif clause.system is not None:
            subject = clause.system or "l'application"
            verbs = _conjugate(clause.verb, "il", _plural(subject)).split()
            words = [*subject.split(), *verbs, *_shown(clause).split()]
            short = [*subject.split(), *verbs, *clause.obj.split()]
        else:
            words = [*clause.verb.split(), *_shown(clause).split()]
            short = [*clause.verb.split(), *clause.obj.split()]
        title = _cut(words)
        source = clause.source
        if len(title.split()) >= _PREFIX_WORDS and source.lower().startswith(title.lower()):
            # The requirement's own first words, stopped short: name the action instead.
            title = _cut(short if len(short) < _PREFIX_WORDS else words, _PREFIX_WORDS - 1)
        return _capitalise(title)

    def benefit(self, clause: Clause, category: str) -> str:
        """The document's own reason, else a phrasing for the kind of action, chosen by the
        clause so that the same story always gets the same one."""
        if clause.purpose:
            return clause.purpose.rstrip(" .")
        if clause.verb and clause.system is None:
            own = benefit_of(clause, _thing(clause))
            if own:
                return own
        options = BENEFITS.get(category, BENEFITS["other"])
        if clause.system is not None and clause.verb.endswith("être"):
            options = STATE_BENEFITS
        return options[_pick(clause, len(options))]

    # -- criteria ----------------------------------------------------------------------------

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        """A happy path and an unhappy one for the kind of action, in Given/When/Then."""
        if clause.verb.startswith("ne pouvoir"):
            return _restriction(clause)
        if clause.verb and clause.system is None and not clause.condition:
            when, trying = self._when(clause, category)
            when, trying = as_me(when, role), as_me(trying, role)
            own = criteria_of(clause, _thing(clause), when, trying, note=role_note(clause))
            if own:
                return own
        flavour = _flavour(clause, category)
        givens, thens = HAPPY.get(flavour, HAPPY["other"])
        unhappy = UNHAPPY.get(flavour, UNHAPPY["other"])
        given = givens[_pick(clause, len(givens), "given")]
        then = thens[_pick(clause, len(thens), "then")]
        bad_given, bad_then = unhappy[_pick(clause, len(unhappy), "unhappy")]
        when, trying = self._when(clause, category)
        if clause.system is not None and not clause.noun_only:
            then = _indicative(clause)
        limit = _limit(clause.constraint, clause.obj)
        if limit:
            given, bad_given, bad_then = limit
        elif clause.constraint:
            bad_given = f"la condition « {clause.constraint} » n'est pas remplie"
            bad_then = (
                "je vois pourquoi ce n'est pas possible pour l'instant, et rien n'est modifié"
            )
        when, trying = as_me(when, role), as_me(trying, role)
        return [
            f"{join_elided(['Étant', 'donné', 'que', given])}, quand {when}, alors {then}.",
            f"{join_elided(['Étant', 'donné', 'que', bad_given])}, quand {trying}, "
            f"alors {bad_then}.",
        ]

    def _when(self, clause: Clause, category: str) -> tuple[str, str]:
        """The "quand ..." of the happy path and of the unhappy one."""
        situation = SITUATION.match(clause.condition or "")
        if situation:
            moment = first_person_clause(situation.group("x"))
            return moment, moment
        after = f" {_lower_first(clause.condition)}" if clause.condition else ""
        if clause.noun_only:
            thing = grammar.article(clause.rest)
            return f"j'utilise {thing}", join_elided(["j'essaie", "de", "utiliser", thing])
        if clause.system is not None:
            trigger = TRIGGER.get(category, TRIGGER["other"])
            return trigger + after, trigger + after
        rest = _without(clause.rest, clause.constraint)
        situation = SITUATION.match(rest)
        if situation:  # "être informé lorsque ma commande est expédiée"
            moment = first_person_clause(situation.group("x"))
            return moment, moment
        verb = clause.verb
        if verb in SEEN:
            seen = f"{SEEN[verb]} {rest}".strip()
            if category == "notify":
                return seen + after, f"je dois {verb} {rest}".strip() + after
            return seen + after, seen + after
        if verb == "voir":  # "quand je vois les ventes" is no moment; consulting them is
            verb = "consulter"
        acting = _conjugate(verb, "je", False)
        doing = join_elided(["je", *f"{acting} {rest}".split()]).strip()
        if category in {"notify", "track"}:  # what comes to me: I do not try to receive it
            trying = join_elided(["je", "dois", *f"{_for_me(verb)} {rest}".split()])
        else:
            trying = join_elided(["j'essaie", *f"{_each_de(verb)} {rest}".split()])
        return doing + after, trying.strip() + after

    # -- names -------------------------------------------------------------------------------

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """One story's title for a task of one; the kind of action for a task of several."""
        if len({(c.verb, c.obj) for c in clauses}) == 1:
            return self.title(clauses[0])
        return TASKS.get(category, TASKS["other"])

    def activity_title(self, clauses: list[Clause]) -> str:
        """The activity as a verb phrase: the commonest verb with its commonest object."""
        verbs = [_first_unit(c.verb) for c in clauses if c.verb and c.system is None]
        if not verbs:
            return _capitalise(_cut(self.title(clauses[0]).split(), 4))
        verb = max(verbs, key=verbs.count)
        objects = [
            c.obj for c in clauses if c.verb and c.system is None and _first_unit(c.verb) == verb
        ]
        objects = [o for o in objects if o]
        obj = max(objects, key=objects.count) if objects else ""
        return _capitalise(_cut([*verb.split(), *_short_object(obj).split()], 4))


def _thing(clause: Clause) -> Thing:
    """The requirement's object as its criteria name it: "les avis clients"."""
    obj = _without(clause.obj or clause.rest, clause.constraint)
    obj = re.split(r"\s+(?:de\s+manière|sans|avec|depuis|sur\s+le\s+site)\b", obj)[0]
    obj = re.sub(
        r"^(?:au|aux|à\s+la|à\s+l'|à)\s*",
        lambda m: {"au": "le ", "aux": "les "}.get(m.group().strip(), ""),
        obj,
    )
    words = obj.split()
    if not words:
        return Thing("les données", True, True)
    if words[0].lower() in {"un", "une", "des"}:
        words = words[1:]
    bare = " ".join(words)
    phrase = bare if words and words[0].lower() in _OWN else grammar.article(_without_article(bare))
    plural = phrase.split()[0].lower() in {"les", "mes", "ses", "nos", "vos", "leurs", "des"}
    feminine = phrase.split()[0].lower() in {"la", "ma", "sa", "une"} or (
        not plural and grammar.gender(_without_article(bare).split()[0]) == "f"
    )
    return Thing(phrase, plural, feminine)


_OWN = {"le", "la", "les", "l'", "mon", "ma", "mes", "son", "sa", "ses", "notre", "nos"}


def _flavour(clause: Clause, category: str) -> str:
    """The criteria a clause gets: its kind's, or those of an action of its own ("se
    déconnecter", "accéder", "créer un compte", "changer mon mot de passe")."""
    verb = _main_verb(clause.verb)
    low = clause.rest.lower()
    if verb == "créer" and low.split(" ")[1:2] == ["compte"]:
        return "signup"
    if verb in {"récupérer", "changer", "modifier"} and "mot de passe" in low:
        return "reset"
    return FLAVOURS.get(verb, category)


def _restriction(clause: Clause) -> list[str]:
    """ "qu'aucun utilisateur ne puisse voir ...": the rule holds, even at the page's address."""
    who = clause.system.split(" ", 1)[1] if " " in clause.system else "utilisateur"
    person = grammar.article(who, definite=False)
    pronoun = "elle" if person.startswith("une ") else "il"
    action = _first_unit(clause.verb).removeprefix("ne pouvoir ")
    tried = join_elided([pronoun, "essaie", "de", *f"{action} {clause.rest}".split()])
    return [
        f"{join_elided(['Étant', 'donné', 'que', *person.split()])} est connecté, quand "
        f"{tried}, alors l'action est refusée et {pronoun} voit pourquoi.",
        f"{join_elided(['Étant', 'donné', 'que', *person.split()])} ouvre directement "
        f"l'adresse de la page, quand {tried}, alors l'accès est également refusé.",
    ]


# -- verbs ------------------------------------------------------------------------------------

_UNIT_SPLIT = re.compile(r"(,\s*|\s+et\s+|\s+ou\s+)")


def _units(verb: str) -> list[str]:
    """ "ajouter, éditer et supprimer" -> ["ajouter", ", ", "éditer", " et ", "supprimer"]."""
    return _UNIT_SPLIT.split(verb)


def _first_unit(verb: str) -> str:
    return _units(verb)[0]


def _main_verb(verb: str) -> str:
    """The verb a unit is built on: "ne pas se connecter" -> "connecter"."""
    words = _first_unit(verb).replace("'", "' ").split()
    words = [w for w in words if w not in {"ne", "pas", "se", "s'", "me", "m'", "pouvoir"}]
    return words[0] if words else ""


def _conjugate(verb: str, form: str, plural: bool) -> str:
    """Every unit of ``verb`` in ``form`` ("je", "il", "subj"): "ajoute, édite et supprime"."""
    parts = _units(verb)
    out = []
    for index, part in enumerate(parts):
        out.append(part if index % 2 else _conjugate_unit(part, form, plural))
    return "".join(out)


def _conjugate_unit(unit: str, form: str, plural: bool) -> str:
    words = unit.replace("'", "' ").split()
    negative = words[:1] == ["ne"] and words[1:2] in (["pas"], ["jamais"], ["plus"])
    negation_word = words[1] if negative else ""
    if negative:
        words = words[2:]
    only_ne = not negative and words[:1] == ["ne"]  # "aucun client ne peut ..."
    if only_ne:
        words = words[1:]
    reflexive = words[:1] in (["se"], ["s'"])
    if reflexive:
        words = words[1:]
    if not words:
        return unit
    verb, tail = words[0], words[1:]
    if form == "je":
        conjugated = grammar.first_person(verb)
    elif form == "il":
        conjugated = grammar.third_person(verb, plural)
    else:
        conjugated = grammar.subjunctive(verb, plural)
    pronoun = ["me" if form == "je" else "se"] if reflexive else []
    negation = ["ne"] if negative or only_ne else []
    after = [negation_word] if negative else []
    return join_elided([*negation, *pronoun, conjugated, *after, *tail])


def _for_me(verb: str) -> str:
    """The infinitive a wish names, reflexives in the first person: "me connecter"."""
    parts = _units(verb)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(part)
            continue
        words = part.replace("'", "' ").split()
        words = ["me" if w in {"se", "s'"} else w for w in words]
        out.append(join_elided(words))
    return "".join(out)


def _indicative(clause: Clause) -> str:
    """A system behaviour as what happens: "la page ne se recharge pas"."""
    subject = _lower_first(clause.system or "l'application")
    verbs = _conjugate(clause.verb, "il", _plural(subject))
    return f"{subject} {verbs} {_without(clause.rest, clause.constraint)}".strip()


def _plural(subject: str) -> bool:
    first = subject.split(" ", 1)[0].lower()
    if first in {"les", "des", "ces", "mes", "nos", "vos", "leurs", "ses", "tous", "toutes"}:
        return True
    if first in {"le", "la", "un", "une", "ce", "cet", "cette", "chaque"} or first.startswith("l'"):
        return False
    return grammar.is_plural(first)


# -- words ------------------------------------------------------------------------------------


def _object_category(text: str) -> str | None:
    low = text.lower()
    if "mot de passe" in low:
        return "account"
    for word in re.findall(r"[\w-]+", low):
        found = OBJECT_CATEGORY.get(word) or OBJECT_CATEGORY.get(grammar.singular(word))
        if found:
            return found
    return None


def _shown(clause: Clause) -> str:
    """What a title shows after the verb: the whole rest when it is short, else the object."""
    room = _MAX_TITLE_WORDS - len(clause.verb.split())
    words = clause.rest.split()
    if len(words) <= room and "," not in clause.rest and words[-1:] != ["avant"]:
        return clause.rest
    rest = _without(clause.rest, clause.constraint)
    if len(rest.split()) <= room and "," not in rest:
        return rest
    words = rest.split(",")[0].split()
    for end in range(min(len(words), room), 0, -1):
        if end < len(words) and words[end].lower() in PHRASE_STARTS:
            if len(words[:end]) >= len((clause.obj or "").split()):
                return " ".join(words[:end])
    return clause.obj or " ".join(words[:room])


def _without_article(phrase: str) -> str:
    """ "les données" -> "données", "l'application" -> "application"."""
    first, _, rest = phrase.partition(" ")
    if first.lower() in {"le", "la", "les", "un", "une", "des"} and rest:
        return rest
    if first.lower().startswith("l'") and len(first) > 2:
        return f"{first[2:]} {rest}".strip()
    return phrase


def _short_object(obj: str, keep: int = 0) -> str:
    """The object without its complements, for an activity's name: "la liste des employés"
    -> "la liste"; with ``keep``, the first ``keep`` complements stay ("temps de chargement
    des pages" -> "temps de chargement")."""
    words = obj.split()
    for index, word in enumerate(words[1:], start=1):
        if word.lower() in {"de", "du", "des"} or word.lower().startswith("d'"):
            if keep:
                keep -= 1
                continue
            return " ".join(words[:index])
    return obj


def _afin(benefit: str) -> str:
    """ "afin de" or "afin que", as the benefit's form wants: "afin d'éviter les doublons"."""
    if benefit.lower().startswith(("que ", "qu'")):
        return f"afin {benefit}"
    return join_elided(["afin", "de", *benefit.split(" ", 1)])


def _each_de(verb: str) -> str:
    """ "de" before every infinitive of ``verb``: "d'annuler ou de reporter"."""
    parts = _units(_for_me(verb))
    return "".join(
        part if index % 2 else join_elided(["de", *part.split(" ")])
        for index, part in enumerate(parts)
    )


#: Objects that are events: a limit "24 heures avant" counts back from them.
_EVENTS = frozenset(
    """rendez-vous réservation séance cours départ événement consultation visite vol voyage
    livraison match spectacle séjour location intervention rdv""".split()
)


def _limit(constraint: str | None, obj: str = "") -> tuple[str, str, str] | None:
    """A numeric limit as the situation it allows, the one it refuses and what is then seen;
    "jusqu'à 24 heures avant" counts back from the object when it is an event ("avant mon
    rendez-vous"), else from the deadline."""
    if not constraint:
        return None
    for pattern, allowed, refused, seen in LIMITS:
        match = pattern.search(constraint)
        if match:
            groups = {"n": match.group("n").strip(" ."), "what": ""}
            if "what" in pattern.groupindex:
                groups["what"] = (match.group("what") or "").rstrip(" .")
                if not groups["what"]:
                    words = obj.split()
                    event = len(words) >= 2 and words[1].lower() in _EVENTS
                    groups["what"] = f" {obj}" if event else " l'échéance"
            return allowed.format(**groups), refused.format(**groups), seen.format(**groups)
    return None


def _without(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    return " ".join(rest.split()).strip(" ,")


def _pick(clause: Clause, count: int, salt: str = "") -> int:
    """A stable choice among ``count`` phrasings, so that stories of one kind vary."""
    return zlib.crc32(f"{salt}{clause.verb} {clause.obj} {clause.rest}".encode()) % count


def _cut(words: list[str], limit: int = _MAX_TITLE_WORDS) -> str:
    """At most ``limit`` words, never ending on an article, a preposition or a comma, and
    never inside « »."""
    words = [w for w in words if w]
    cut = len(words) > limit
    words = words[:limit]
    while words:
        last = words[-1].lower().rstrip(",;:")
        if sum(w.count("«") for w in words) > sum(w.count("»") for w in words):
            words = words[: max(i for i, w in enumerate(words) if "«" in w)]
            continue
        if last in DANGLING or words[-1].endswith("'") or not last:
            words = words[:-1]
            continue
        if cut and last[:1].isdigit():  # "inférieur à 2" without its unit says nothing
            words = words[:-1]
            continue
        break
    return " ".join(words).rstrip(" ,;:")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _lower_first(text: str | None) -> str:
    """Lower-case the first letter unless the word is an acronym or a name."""
    if not text:
        return ""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isalpha() and first.isupper():
        return text
    return text[:1].lower() + text[1:]


WRITER = FrenchWriter
