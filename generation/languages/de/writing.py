"""Writing German stories: the story line, its title, its benefit and its criteria.

    Als Patient möchte ich meine Termine bis zu 24 Stunden vorher stornieren oder
    verschieben, damit ich Zeit freigebe, wenn sich meine Pläne ändern.
    Angenommen, bis zum Beginn sind es noch mehr als 24 Stunden, wenn ich meine Termine
    storniere oder verschiebe, dann wird die Änderung gespeichert und ich erhalte eine
    Bestätigung.
    Angenommen, bis zum Beginn sind es weniger als 24 Stunden, wenn ich versuche, meine
    Termine zu stornieren oder zu verschieben, dann sehe ich, dass das nur bis zu 24 Stunden
    vorher möglich ist, und es wird nicht geändert.

Verbs are put in the form the phrase needs by ``grammar`` (infinitive after "möchte ich",
first person after "wenn ich", "zu" after "versuche", third person after "dass das System");
what the product does for a person is told as that person's wish ("Das System sendet dem
Patienten eine Erinnerung" -> "Als Patient möchte ich eine Erinnerung erhalten"). The
benefit is the document's own "damit ..." or "um ... zu ..." where it gives one, else one of
the kind of action's, chosen stably; the unhappy path is the kind of action's (a declined
card, a taken slot, no results) or the requirement's own limit.
"""

from __future__ import annotations

import re

from generation.languages.clauses import Clause
from generation.languages.de import grammar
from generation.languages.de.actions import THINGS, enrols
from generation.languages.de.clauses import (
    read_clauses,
)
from generation.languages.de.criteria import benefit_of, criteria_of, limit_of, state_of, thing_of
from generation.languages.de.phrases import (
    after_clause,
    capitalise,
    condition_parts,
    feature_phrase,
    feature_verb,
    first_word,
    from_noun_phrase,
    head_noun,
    is_plural_clause,
    lower_article,
    lowered,
    main_verb,
    object_category,
    product_of,
    reason_of,
    role_named,
    spaced,
    system_behaviour,
    system_subject,
    with_article,
    without_limit,
)
from generation.languages.de.serving import moment, received, serve, subject_action
from generation.languages.de.titles import (
    TASKS,
    cut_title,
    phrase_words,
    short_phrase,
    system_title,
    with_after,
)

__all__ = ["GermanWriter"]


#: The kind of action each verb names (see generation.languages.categories).
_CATEGORY = {
    "account": "registrieren anmelden abmelden einloggen ausloggen zurücksetzen "
    "authentifizieren verifizieren",
    "find": "suchen finden filtern sortieren durchsuchen recherchieren stöbern",
    "view": "sehen ansehen anzeigen einsehen betrachten lesen aufrufen abrufen "
    "überblicken nachschlagen",
    "choose": "auswählen wählen aussuchen vergleichen kategorisieren zuordnen annehmen "
    "akzeptieren übernehmen",
    "book": "buchen reservieren vormerken",
    "order": "bestellen kaufen erwerben",
    "pay": "bezahlen zahlen begleichen überweisen",
    "create": "erstellen anlegen hinzufügen eintragen erfassen eingeben verfassen ausfüllen "
    "angeben hinterlegen notieren einreichen aufnehmen speichern melden gründen",
    "upload": "hochladen anhängen importieren",
    "change": "ändern bearbeiten aktualisieren anpassen verschieben umbenennen korrigieren "
    "umbuchen einfließen übertragen synchronisieren",
    "cancel": "stornieren absagen kündigen abbrechen zurücktreten",
    "delete": "löschen entfernen archivieren",
    "notify": "erhalten bekommen empfangen benachrichtigt erinnert informiert",
    "message": "senden schicken kommunizieren chatten antworten beantworten kontaktieren "
    "kommentieren schreiben",
    "track": "verfolgen überwachen nachverfolgen beobachten",
    "review": "bewerten rezensieren benoten",
    "share": "teilen freigeben einladen weiterleiten",
    "export": "exportieren herunterladen drucken ausdrucken",
    "manage": "verwalten zuweisen genehmigen ablehnen sperren entsperren freischalten markieren "
    "moderieren prüfen kontrollieren pflegen bestätigen planen organisieren",
    "settings": "einstellen konfigurieren personalisieren festlegen wechseln umschalten",
}


_VERB_CATEGORY = {verb: name for name, verbs in _CATEGORY.items() for verb in verbs.split()}


#: Verbs too general to tell the kind of action: the object tells it.
_GENERAL = {"erhalten", "bekommen", "speichern", "angeben", "nutzen", "haben"}


#: When what the product does by itself is seen: at a time the text names, else in use.
_PERIODS = tuple(
    (re.compile(cue, re.I), when)
    for cue, when in (
        (r"\btäglich|\bjeden\s+Tag\b", "ein neuer Tag beginnt"),
        (r"\bwöchentlich|\bjede\s+Woche\b", "eine neue Woche beginnt"),
        (r"\bMonatsende|\bEnde\s+des\s+Monats|\bam\s+Ende\b.*\bMonat", "der Monat endet"),
        (r"\bmonatlich|\bjeden\s+Monat\b", "ein neuer Monat beginnt"),
        (r"\bjährlich|\bjedes\s+Jahr\b", "ein neues Jahr beginnt"),
    )
)


#: The situation of a happy path about what the product does by itself.
_SYSTEM_GIVEN = "die Anwendung ist in Betrieb"


#: Benefits that name the story's object (in the accusative, as the clause holds it).
_OBJECT_BENEFITS = {
    "find": "ich {obj} schnell finde",
    "view": "ich {obj} jederzeit im Blick habe",
    "choose": "ich {obj} so festlege, wie es zu mir passt",
    "book": "ich {obj} sicher habe",
    "order": "ich {obj} ohne Anruf bekomme",
    "create": "ich {obj} später schnell wiederfinde",
    "upload": "ich {obj} nicht per E-Mail verschicken muss",
    "change": "ich {obj} immer aktuell halte",
    "cancel": "ich {obj} nicht unnötig blockiere",
    "track": "ich weiß, wie es um {obj} steht",
    "review": "andere {obj} besser einschätzen können",
    "share": "andere {obj} ohne Umwege sehen",
    "export": "ich {obj} auch außerhalb der Anwendung nutzen kann",
    "manage": "ich {obj} im Griff behalte",
    "settings": "ich {obj} an meine Bedürfnisse anpasse",
    "other": "ich {obj} ohne Umwege nutzen kann",
}


#: The benefit of a kind of action, where neither the text nor its verb and object say one.
_BENEFITS = {
    "account": "nur ich in meinem Namen handeln kann",
    "find": "ich das Passende finde, ohne alles durchzusehen",
    "view": "ich immer mit aktuellen Angaben arbeite",
    "choose": "ich genau das bekomme, was zu mir passt",
    "book": "ich zu einer Zeit komme, die mir passt",
    "order": "ich ohne Anruf bekomme, was ich brauche",
    "pay": "ich nicht vor Ort bezahlen muss",
    "create": "alles Nötige an einem Ort ist",
    "upload": "ich Dateien nicht getrennt verschicken muss",
    "change": "meine Angaben aktuell bleiben",
    "cancel": "ich Zeit freigebe, wenn sich meine Pläne ändern",
    "delete": "nur noch das Wichtige übrig bleibt",
    "notify": "ich nichts Wichtiges verpasse",
    "message": "ich Fragen ohne Anruf klären kann",
    "track": "ich ohne Nachfrage weiß, wie der Stand ist",
    "review": "andere sicherer auswählen können",
    "share": "andere es ohne Umwege sehen",
    "export": "ich mit den Daten in meinen eigenen Programmen arbeiten kann",
    "manage": "alles so läuft, wie mein Team es braucht",
    "settings": "die Anwendung so funktioniert, wie es mir passt",
    "other": "ich das schneller erledige",
}


#: (given, then) of a kind of action's happy path, where the requirement says no more;
#: "then" is said after "dann", its verb first.
_HAPPY = {
    "account": ("meine Zugangsdaten sind korrekt", "bin ich angemeldet und sehe mein Konto"),
    "find": ("es gibt passende Einträge", "sehe ich die passenden Ergebnisse, die besten zuerst"),
    "view": ("die Angaben sind vorhanden", "sehe ich sie vollständig und aktuell"),
    "choose": (
        "die gewünschte Option ist verfügbar",
        "wird meine Auswahl gespeichert und angezeigt",
    ),
    "book": (
        "der gewünschte Zeitpunkt ist frei",
        "ist die Buchung angelegt und der Zeitpunkt wird niemandem mehr angeboten",
    ),
    "order": (
        "alle gewählten Artikel sind vorrätig",
        "ist die Bestellung aufgegeben und ich sehe ihre Nummer",
    ),
    "pay": (
        "meine Karte ist gültig und gedeckt",
        "wird die Zahlung ausgeführt und ich erhalte einen Beleg",
    ),
    "create": (
        "alle Pflichtfelder sind ausgefüllt",
        "wird der Eintrag gespeichert und erscheint in der Liste",
    ),
    "upload": (
        "die Datei hat ein erlaubtes Format und eine erlaubte Größe",
        "ist die Datei hochgeladen und in der Liste zu sehen",
    ),
    "change": (
        "die neuen Werte sind gültig",
        "werden die Änderungen gespeichert und ich sehe sie sofort",
    ),
    "cancel": (
        "die Frist für Änderungen ist noch nicht abgelaufen",
        "wird die Änderung gespeichert und ich erhalte eine Bestätigung",
    ),
    "delete": ("ich bestätige das Löschen", "ist der Eintrag nirgends mehr zu sehen"),
    "notify": (
        "ich habe Benachrichtigungen eingeschaltet",
        "erhalte ich genau eine Benachrichtigung mit allen Einzelheiten",
    ),
    "message": (
        "meine Nachricht ist nicht leer",
        "wird sie zugestellt und mein Gegenüber sieht sie",
    ),
    "track": (
        "der Status hat sich geändert",
        "sehe ich den aktuellen Status und wann er sich geändert hat",
    ),
    "review": (
        "ich habe die Leistung in Anspruch genommen",
        "ist meine Bewertung für andere sichtbar",
    ),
    "share": ("das Teilen ist erlaubt", "sieht die eingeladene Person dasselbe wie ich"),
    "export": (
        "für den gewählten Zeitraum gibt es Daten",
        "erhalte ich eine Datei mit allen Daten",
    ),
    "manage": (
        "ich habe die nötigen Rechte",
        "wird die Änderung gespeichert und ist für alle Betroffenen sichtbar",
    ),
    "settings": ("der Wert liegt im erlaubten Bereich", "gilt die Einstellung sofort"),
    "other": ("ich habe Zugriff", "wird das Ergebnis gespeichert und ich sehe eine Bestätigung"),
}


#: (given, then) of a kind of action's unhappy path, where the requirement says no more.
_UNHAPPY = {
    "account": (
        "mein Passwort ist falsch",
        "sehe ich eine Fehlermeldung und bleibe auf der Anmeldeseite",
    ),
    "find": (
        "nichts passt zu meiner Suche",
        "sehe ich, dass es keine Treffer gibt, und kann die Suche ändern",
    ),
    "view": (
        "es gibt noch keine Einträge",
        "sehe ich eine leere Ansicht mit einem Hinweis, was ich tun kann",
    ),
    "choose": (
        "die gewünschte Option ist nicht mehr verfügbar",
        "sehe ich das sofort und kann eine andere wählen",
    ),
    "book": (
        "jemand anderes hat den Zeitpunkt gebucht, während ich das Formular ausgefüllt habe",
        "sehe ich, dass er vergeben ist, und die nächsten freien Zeiten; "
        "es wird keine Buchung angelegt",
    ),
    "order": (
        "ein Artikel ist ausverkauft",
        "sehe ich, welcher, und es wird keine Bestellung aufgegeben",
    ),
    "pay": (
        "die Bank lehnt meine Karte ab",
        "sehe ich den Grund, und es wird nicht abgebucht und nicht bestellt",
    ),
    "create": (
        "ein Pflichtfeld ist leer",
        "sehe ich, welches Feld fehlt, und es wird nichts gespeichert",
    ),
    "upload": (
        "die Datei ist größer als erlaubt",
        "sehe ich die Obergrenze und die Datei wird nicht hochgeladen",
    ),
    "change": (
        "ein Wert ist ungültig",
        "sehe ich, was ich korrigieren muss, und die alten Werte bleiben erhalten",
    ),
    "cancel": (
        "die Frist für Änderungen ist abgelaufen",
        "sehe ich, dass keine Änderung mehr möglich ist, und nichts ändert sich",
    ),
    "delete": (
        "ich breche im Bestätigungsdialog ab",
        "wird der Eintrag nicht gelöscht und alles bleibt, wie es war",
    ),
    "notify": ("ich habe diese Benachrichtigungen abgeschaltet", "erhalte ich keine"),
    "message": ("meine Nachricht ist leer", "wird sie nicht gesendet und ich sehe einen Hinweis"),
    "track": (
        "die Verbindung bricht ab",
        "sehe ich den letzten bekannten Status und einen Hinweis, dass er nicht aktuell ist",
    ),
    "review": (
        "ich habe die Leistung nicht in Anspruch genommen",
        "kann ich keine Bewertung abgeben und sehe den Grund",
    ),
    "share": (
        "der Link wurde widerrufen",
        "sieht die eingeladene Person, dass der Zugriff gesperrt ist",
    ),
    "export": (
        "für den gewählten Zeitraum gibt es keine Daten",
        "erhalte ich einen Hinweis und es wird keine leere Datei erstellt",
    ),
    "manage": ("mir fehlen die nötigen Rechte", "sehe ich eine Meldung und nichts ändert sich"),
    "settings": (
        "der Wert liegt außerhalb des erlaubten Bereichs",
        "sehe ich die erlaubten Werte, und der neue Wert wird nicht übernommen",
    ),
    "other": (
        "die Änderung kann nicht gespeichert werden",
        "sehe ich eine Fehlermeldung und meine Eingaben gehen nicht verloren",
    ),
}


#: The verb a criterion's "wenn ich ..." uses instead: one does not "see" to test seeing.
_WHEN_VERB = {"sehen": "aufrufen", "ansehen": "aufrufen", "einsehen": "aufrufen"}


#: Verbs of receiving: the criterion waits for the moment, it does not act.
_RECEIVED = {
    "erhalten", "bekommen", "empfangen", "benachrichtigt werden", "erinnert werden",
    "informiert werden", "gewarnt werden",
}  # fmt: skip


class GermanWriter:
    """Stories in German, from German requirements."""

    code = "de"
    default_role = "Nutzer"

    def clauses(self, text: str) -> list[Clause]:
        clauses = read_clauses(text)
        for clause in clauses:
            serve(clause)
        return clauses

    def category(self, clause: Clause) -> str:
        verb = main_verb(clause.verb)
        if enrols(clause.verb, clause.rest):  # "sich für Trainings anmelden": a booking
            return "book"
        if verb in _VERB_CATEGORY and verb not in _GENERAL:
            return _VERB_CATEGORY[verb]
        if clause.system is not None:
            action = subject_action(clause.system)[0]
            found = _VERB_CATEGORY.get(main_verb(action.removeprefix("sich "))) if action else None
            found = found or object_category(head_noun(clause.system))
            if found:
                return found
        found = object_category(clause.obj if clause.verb else clause.rest)
        if found:
            return found
        if verb in _VERB_CATEGORY:
            return _VERB_CATEGORY[verb]
        particle, base = grammar.separable(verb)
        return _VERB_CATEGORY.get(base, "other") if particle else "other"

    # -- the story line ----------------------------------------------------------------------

    def goal(self, clause: Clause) -> str:
        """What the person wants, after "möchte ich": an infinitive phrase, or "dass ..."."""
        if clause.noun_only:
            return f"{feature_phrase(clause)} {feature_verb(clause)}"
        place, when = condition_parts(clause.condition, clause.role)
        after = f", {after_clause(clause)}" if after_clause(clause) else ""
        tail = f", {when}" if when else ""
        if clause.system is not None:
            verb = grammar.third_person(clause.verb, is_plural_clause(clause))
            middle = spaced(place, clause.rest)
            return f"dass {system_subject(clause)} {middle} {verb}{after}{tail}".replace("  ", " ")
        return f"{spaced(place, with_article(clause.rest), clause.verb)}{after}{tail}"

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        goal = self.goal(clause)
        person = role_named(role, self.default_role)
        if goal.startswith("dass "):
            return f"Als {person} möchte ich, {goal}, damit {benefit}."
        return f"Als {person} möchte ich {goal}, damit {benefit}."

    def title(self, clause: Clause) -> str:
        title = self._title(clause)
        if (
            len(title.split()) < 2
        ):  # one word is no title: "Bezahlen" -> "In der Anwendung bezahlen"
            verb = clause.verb or feature_verb(clause)
            title = f"In der Anwendung {verb}" if len(verb.split()) < 6 else title
        return title

    def _title(self, clause: Clause) -> str:
        if clause.noun_only:
            words = phrase_words(clause.rest) or phrase_words(clause.rest, keep_numbers=True)
            if first_word(clause.rest) in grammar.PREPOSITIONS | {"als"}:
                words = ["Anwendung", *lowered(clause.rest.split())]
            return capitalise(cut_title(words, feature_verb(clause).split()))
        if clause.system is not None:
            return capitalise(system_title(clause))
        words = phrase_words(clause.obj or from_noun_phrase(clause.rest))
        rest = phrase_words(clause.rest)
        if clause.obj and len(rest) > len(words) and rest[: len(words)] == words:
            words = rest  # the object with what follows it, as far as the title has room
        title = cut_title(words, clause.verb.split())
        if after_clause(clause):
            title = with_after(title, after_clause(clause))
        return capitalise(title)

    def benefit(self, clause: Clause, category: str) -> str:
        """The text's own "damit / um ... zu / weil" first, else what this verb does to this
        object; never one phrasing picked among synonyms."""
        if clause.purpose:
            return reason_of(clause.purpose, clause.role)
        if clause.verb and clause.system is None:
            own = benefit_of(clause, thing_of(clause))
            if own:
                return own
        if clause.verb in _RECEIVED:
            return _received_benefit(clause)
        if clause.system is not None and clause.verb:
            thing = thing_of(clause, clause.system)
            if thing is not None and thing.noun.lower() in THINGS:
                return THINGS[thing.noun.lower()]
            return _system_benefit(clause) or f"ich mich darauf verlassen kann, {self.goal(clause)}"
        obj = feature_phrase(clause) if clause.noun_only else clause.obj
        if obj and len(obj.split()) <= 5 and category in _OBJECT_BENEFITS:
            return _OBJECT_BENEFITS[category].format(obj=with_article(lower_article(obj)))
        return _BENEFITS.get(category, _BENEFITS["other"])

    # -- criteria ----------------------------------------------------------------------------

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        when, trying = self._when(clause)
        state = state_of(clause.condition)
        if clause.verb and clause.system is None and clause.verb not in _RECEIVED:
            own = criteria_of(clause, thing_of(clause), when, trying, state=state)
            if own:
                return own
        given, then = _HAPPY.get(category, _HAPPY["other"])
        bad_given, bad_then = _UNHAPPY.get(category, _UNHAPPY["other"])
        if clause.system is not None:
            then = system_behaviour(clause)
            given, (bad_given, bad_then) = _SYSTEM_GIVEN, _system_unhappy(clause)
        elif clause.verb in _RECEIVED:
            then = received(clause) or then
            bad_given, bad_then = _not_received(clause)
        limit = limit_of(clause.constraint, thing_of(clause, clause.system or ""))
        if limit:
            given, bad_given, bad_then = limit
            if clause.system is not None and thing_of(clause, clause.system):
                thing = thing_of(clause, clause.system)
                when = trying = f"ich {thing.with_article(1)} speichere"
                then = f"{'werden' if thing.plural else 'wird'} {thing.with_article(0)} übernommen"
        elif clause.constraint:
            bad_given = f"die Bedingung „{clause.constraint}“ ist nicht erfüllt"
            bad_then = "sehe ich, warum das gerade nicht möglich ist, und es wird nicht geändert"
        return [
            f"Angenommen, {given}, wenn {when}, dann {then}.",
            f"Angenommen, {bad_given}, wenn {trying}, dann {bad_then}.",
        ]

    def _when(self, clause: Clause) -> tuple[str, str]:
        """The "wenn ..." of the happy path and of the unhappy one."""
        place, when = condition_parts(clause.condition, clause.role)
        when = _to_me(when)
        if when and not (clause.verb and state_of(clause.condition)):
            situation = re.sub(r"^\w+\s+", "", when)
            return situation, situation
        if clause.noun_only:
            phrase = feature_phrase(clause)
            verb = _WHEN_VERB.get(feature_verb(clause), feature_verb(clause))
            acting = f"ich {phrase} {grammar.first_person(verb)}"
            return acting, f"ich versuche, {phrase} {grammar.zu_infinitive(verb)}"
        if clause.system is not None:
            period = next((when for cue, when in _PERIODS if cue.search(clause.source)), None)
            using = period or f"ich {product_of(clause)} nutze"
            return using, using
        rest = with_article(without_limit(clause.rest, clause.constraint))
        if clause.verb in _RECEIVED:  # what I receive comes when its moment comes
            due = moment(rest)
            return due, due
        after = f", {after_clause(clause)}" if after_clause(clause) else ""
        verb = _WHEN_VERB.get(clause.verb, clause.verb)
        acting = spaced(place, rest, grammar.first_person(verb))
        trying = spaced(place, rest, grammar.zu_infinitive(verb))
        return f"ich {acting}{after}", f"ich versuche, {trying}{after}"

    # -- names -------------------------------------------------------------------------------

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """One story's title for a task of one; the kind of action for a task of several."""
        if len({(c.verb, c.obj) for c in clauses}) == 1:
            return self.title(clauses[0])
        return TASKS.get(category, TASKS["other"])

    def activity_title(self, clauses: list[Clause]) -> str:
        """The activity as a verb phrase: the commonest verb with its commonest object."""
        phrases = [short_phrase(c) for c in clauses if c.system is None]
        phrases = [p for p in phrases if p[1]] or [short_phrase(c) for c in clauses]
        verbs = [verb for _, verb in phrases if verb]
        if not verbs:
            return TASKS["other"]
        verb = max(verbs, key=verbs.count)
        objects = [obj for obj, v in phrases if v == verb and obj]
        obj = max(objects, key=objects.count) if objects else ""
        return capitalise(cut_title(phrase_words(obj), verb.split(), limit=4))


def _system_unhappy(clause: Clause) -> tuple[str, str]:
    """What goes wrong when the product does something by itself: its data not there for a
    calculation or a display, its connection for keeping things in step, an error else."""
    text = f"{clause.verb} {clause.rest}".lower()
    if re.search(r"synchron|gerät|echtzeit|übertrag|online", text):
        return (
            "die Verbindung ist unterbrochen",
            "wird es nachgeholt, sobald sie wieder steht, und keine Änderung geht verloren",
        )
    if re.search(r"berechn|angesehen|einfließ|übernomm|zusammen|summ", text):
        return (
            "für den Zeitraum fehlen Angaben",
            "sehe ich einen Hinweis, was fehlt, und es wird nichts geschätzt",
        )
    return (
        "dabei tritt ein Fehler auf",
        "sehe ich eine Fehlermeldung, und meine Daten bleiben, wie sie waren",
    )


def _not_received(clause: Clause) -> tuple[str, str]:
    """A message that must not come: the appointment it reminds of was cancelled, or I
    switched such messages off."""
    event = _TIME_EVENT.search(clause.rest)
    if event:
        return (
            f"ich habe {grammar.accusative(event.group('noun'))} abgesagt",
            "wird keine Nachricht gesendet",
        )
    return ("ich habe diese Benachrichtigungen abgeschaltet", "erhalte ich keine")


#: "einen Tag vor dem Termin": the event a message comes before.
_TIME_EVENT = re.compile(r"\bvor\s+(?:de[mnr]|einem|einer)\s+(?P<noun>[A-ZÄÖÜ][\w-]*)")


def _received_benefit(clause: Clause) -> str:
    """What a message is for: not forgetting the event it comes before, knowing at once
    when what it announces happens, being sure that what I did went through."""
    event = _TIME_EVENT.search(clause.rest)
    if event:
        noun = event.group("noun")
        return f"ich {grammar.accusative(noun)} nicht vergesse"
    if re.search(r"bestätigung", clause.rest, re.I):
        return "ich sicher weiß, dass alles geklappt hat"
    _, when = condition_parts(clause.condition, clause.role)
    if when:
        return f"ich sofort erfahre, {_to_me(when)}"
    occasion = re.search(r"\bbei\s+(.+)", clause.rest)
    if occasion:
        return f"ich bei {occasion.group(1)} sofort Bescheid weiß"
    return "ich nichts Wichtiges verpasse"


#: What the product's own behaviour gives, by what the requirement says it does.
_SYSTEM_GAINS = (
    (r"synchron|gerät|echtzeit", "ich auf jedem Gerät mit demselben Stand arbeite"),
    (r"bedien|intuitiv|verständlich|übersichtlich", "ich ohne Einarbeitung zurechtkomme"),
    (r"gespart|einfließ|monat", "ich am Monatsende nichts von Hand übertragen muss"),
    (r"verschlüssel|sicher|geschützt", "meine Daten vor fremdem Zugriff geschützt sind"),
    (r"automatisch|selbst", "ich mich nicht selbst darum kümmern muss"),
)


def _system_benefit(clause: Clause) -> str:
    text = f"{clause.system} {clause.verb} {clause.rest}".lower()
    return next((gain for cue, gain in _SYSTEM_GAINS if re.search(cue, text)), "")


def _to_me(clause_text: str) -> str:
    """ "wenn ihnen eine Aufgabe zugewiesen wird" -> "wenn mir ...": the role's own dative."""
    return re.sub(r"\b(?:ihnen|ihm)\b", "mir", clause_text)


WRITER = GermanWriter
