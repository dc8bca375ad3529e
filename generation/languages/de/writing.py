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
import zlib

from generation.languages.clauses import Clause
from generation.languages.de import grammar
from generation.languages.de.clauses import (
    GermanClause,
    constraint_of,
    deverbal,
    read_clauses,
)

__all__ = ["GermanWriter"]

_MAX_TITLE_WORDS = 8

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
#: Verbs too light to say what happens: the noun of action before them says it ("Die
#: Anmeldung erfolgt über E-Mail" -> "mich über E-Mail anmelden").
_LIGHT = {"erfolgen", "geschehen", "funktionieren", "stattfinden", "laufen"}

#: Benefits of what the product does by itself, where the kind of action says little.
_SYSTEM_BENEFITS = (
    "ich mich auf die Anwendung verlassen kann",
    "ich mich um nichts selbst kümmern muss",
    "ich mich auf das Wesentliche konzentrieren kann",
)
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
_USING = ("ich {product} nutze", "ich {product} öffne", "ich {product} aufrufe")
#: The situation of a happy path about what the product does by itself.
_SYSTEM_GIVEN = (
    "die Anwendung ist in Betrieb",
    "ich bin angemeldet",
    "alle nötigen Daten liegen vor",
)
#: What goes wrong when the product does something by itself, and what I see then.
_SYSTEM_UNHAPPY = (
    ("die nötigen Daten fehlen", "sehe ich einen Hinweis, was fehlt, und es wird nicht ausgeführt"),
    (
        "dabei tritt ein Fehler auf",
        "sehe ich eine Fehlermeldung, und meine Daten bleiben, wie sie waren",
    ),
    (
        "die Verbindung ist unterbrochen",
        "wird es nachgeholt, sobald sie wieder steht, und meine Daten gehen nicht verloren",
    ),
)
_SYSTEM_BENEFIT_CATEGORIES = {"other", "change", "create", "manage", "settings", "delete", "cancel"}
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
_BENEFITS = {
    "account": (
        "nur ich in meinem Namen handeln kann",
        "meine Daten auf jedem Gerät verfügbar sind",
    ),
    "find": (
        "ich das Passende finde, ohne alles durchzusehen",
        "ich die passenden Treffer zuerst sehe",
        "ich nicht lange suchen muss",
    ),
    "view": (
        "ich immer mit aktuellen Angaben arbeite",
        "ich nicht extra nachfragen muss",
        "ich auf einen Blick sehe, wo ich stehe",
    ),
    "choose": (
        "ich genau das bekomme, was zu mir passt",
        "ich die Möglichkeiten vergleichen und die beste nehmen kann",
        "alles dort landet, wo es hingehört",
    ),
    "book": (
        "ich zu einer Zeit komme, die mir passt",
        "ich sicher sein kann, dass mein Platz reserviert ist",
    ),
    "order": ("ich ohne Anruf bekomme, was ich brauche", "ich in wenigen Minuten fertig bin"),
    "pay": ("ich nicht vor Ort bezahlen muss", "ich sofort bezahle und einen Beleg erhalte"),
    "create": (
        "alles Nötige an einem Ort ist",
        "ich nichts im Kopf behalten muss",
        "ich später darauf zurückgreifen kann",
    ),
    "upload": (
        "ich Dateien nicht getrennt verschicken muss",
        "meine Unterlagen griffbereit sind",
    ),
    "change": (
        "meine Angaben aktuell bleiben",
        "ich Fehler ohne Hilfe des Supports korrigieren kann",
        "alles zu meiner aktuellen Lage passt",
    ),
    "cancel": (
        "ich Zeit freigebe, wenn sich meine Pläne ändern",
        "ich nicht für etwas bezahle, das ich nicht mehr brauche",
    ),
    "delete": ("nur noch das Wichtige übrig bleibt", "mich nichts Überflüssiges mehr stört"),
    "notify": ("ich nichts Wichtiges verpasse", "ich rechtzeitig von Änderungen erfahre"),
    "message": (
        "ich Fragen ohne Anruf klären kann",
        "das ganze Gespräch an einem Ort bleibt",
    ),
    "track": (
        "ich ohne Nachfrage weiß, wie der Stand ist",
        "ich meine Zeit danach planen kann",
    ),
    "review": ("andere sicherer auswählen können", "ich mitteilen kann, wie es war"),
    "share": ("andere es ohne Umwege sehen", "wir gemeinsam daran arbeiten können"),
    "export": (
        "ich mit den Daten in meinen eigenen Programmen arbeiten kann",
        "ich eine eigene Kopie habe",
    ),
    "manage": (
        "alles so läuft, wie mein Team es braucht",
        "ich die Arbeit im Griff behalte",
        "niemand auf mich warten muss",
    ),
    "settings": (
        "die Anwendung so funktioniert, wie es mir passt",
        "die Anwendung zu meinen Gewohnheiten passt",
    ),
    "other": (
        "ich das schneller erledige",
        "ich es nicht von Hand machen muss",
        "ich mich auf die Anwendung verlassen kann",
    ),
}
#: (given, then) of the happy path; "then" is said after "dann", its verb first.
_HAPPY = {
    "account": (("meine Zugangsdaten sind korrekt", "bin ich angemeldet und sehe mein Konto"),),
    "find": (
        ("es gibt passende Einträge", "sehe ich die passenden Ergebnisse, die besten zuerst"),
        ("es gibt mehrere Treffer", "sehe ich alle Treffer mit den wichtigsten Angaben"),
    ),
    "view": (
        ("die Angaben sind vorhanden", "sehe ich sie vollständig und aktuell"),
        ("es gibt neue Einträge", "sehe ich sie sofort, ohne die Seite neu zu laden"),
    ),
    "choose": (
        ("die gewünschte Option ist verfügbar", "wird meine Auswahl gespeichert und angezeigt"),
        ("es gibt mehrere Optionen", "ist meine Wahl im nächsten Schritt übernommen"),
    ),
    "book": (
        (
            "der gewünschte Zeitpunkt ist frei",
            "ist die Buchung angelegt und der Zeitpunkt wird niemandem mehr angeboten",
        ),
    ),
    "order": (
        (
            "alle gewählten Artikel sind vorrätig",
            "ist die Bestellung aufgegeben und ich sehe ihre Nummer",
        ),
    ),
    "pay": (
        (
            "meine Karte ist gültig und gedeckt",
            "wird die Zahlung ausgeführt und ich erhalte einen Beleg",
        ),
    ),
    "create": (
        (
            "alle Pflichtfelder sind ausgefüllt",
            "wird der Eintrag gespeichert und erscheint in der Liste",
        ),
        ("meine Angaben sind vollständig", "ist der neue Eintrag sofort in der Übersicht zu sehen"),
    ),
    "upload": (
        (
            "die Datei hat ein erlaubtes Format und eine erlaubte Größe",
            "ist die Datei hochgeladen und in der Liste zu sehen",
        ),
    ),
    "change": (
        (
            "die neuen Werte sind gültig",
            "werden die Änderungen gespeichert und ich sehe sie sofort",
        ),
        ("ich habe etwas geändert", "gilt ab sofort der neue Stand"),
    ),
    "cancel": (
        (
            "die Frist für Änderungen ist noch nicht abgelaufen",
            "wird die Änderung gespeichert und ich erhalte eine Bestätigung",
        ),
    ),
    "delete": (
        ("ich bestätige das Löschen", "ist der Eintrag nirgends mehr zu sehen"),
        ("der Eintrag wird nirgends mehr gebraucht", "verschwindet er aus allen Listen"),
    ),
    "notify": (
        (
            "ich habe Benachrichtigungen eingeschaltet",
            "erhalte ich genau eine Benachrichtigung mit allen Einzelheiten",
        ),
        ("meine Kontaktdaten sind hinterlegt", "erfahre ich es sofort auf meinem Gerät"),
    ),
    "message": (
        ("meine Nachricht ist nicht leer", "wird sie zugestellt und mein Gegenüber sieht sie"),
    ),
    "track": (
        (
            "der Status hat sich geändert",
            "sehe ich den aktuellen Status und wann er sich geändert hat",
        ),
    ),
    "review": (
        ("ich habe die Leistung in Anspruch genommen", "ist meine Bewertung für andere sichtbar"),
    ),
    "share": (("das Teilen ist erlaubt", "sieht die eingeladene Person dasselbe wie ich"),),
    "export": (
        ("für den gewählten Zeitraum gibt es Daten", "erhalte ich eine Datei mit allen Daten"),
    ),
    "manage": (
        (
            "ich habe die nötigen Rechte",
            "wird die Änderung gespeichert und ist für alle Betroffenen sichtbar",
        ),
        ("ich bin als verantwortliche Person eingetragen", "gilt meine Entscheidung sofort"),
    ),
    "settings": (
        ("der Wert liegt im erlaubten Bereich", "gilt die Einstellung sofort"),
        (
            "ich habe eine Einstellung gewählt",
            "bleibt sie auch nach dem nächsten Anmelden erhalten",
        ),
    ),
    "other": (
        ("ich habe Zugriff", "wird das Ergebnis gespeichert und ich sehe eine Bestätigung"),
        ("alle Angaben sind vollständig", "ist das Ergebnis sofort für mich sichtbar"),
        ("ich bin angemeldet", "funktioniert es ohne weitere Schritte"),
        ("ich nutze die Anwendung zum ersten Mal", "finde ich mich ohne Anleitung zurecht"),
    ),
}
_UNHAPPY = {
    "account": (
        ("mein Passwort ist falsch", "sehe ich eine Fehlermeldung und bleibe auf der Anmeldeseite"),
        (
            "mein Konto ist gesperrt",
            "sehe ich, an wen ich mich wenden kann, und werde nicht angemeldet",
        ),
    ),
    "find": (
        (
            "nichts passt zu meiner Suche",
            "sehe ich, dass es keine Treffer gibt, und kann die Suche ändern",
        ),
    ),
    "view": (
        (
            "es gibt noch keine Einträge",
            "sehe ich eine leere Ansicht mit einem Hinweis, was ich tun kann",
        ),
        (
            "die Daten können nicht geladen werden",
            "sehe ich eine Fehlermeldung und kann es erneut versuchen",
        ),
    ),
    "choose": (
        (
            "die gewünschte Option ist nicht mehr verfügbar",
            "sehe ich das sofort und kann eine andere wählen",
        ),
    ),
    "book": (
        (
            "jemand anderes hat den Zeitpunkt gebucht, während ich das Formular ausgefüllt habe",
            "sehe ich, dass er vergeben ist, und die nächsten freien Zeiten; "
            "es wird keine Buchung angelegt",
        ),
    ),
    "order": (
        (
            "ein Artikel ist ausverkauft",
            "sehe ich, welcher, und es wird keine Bestellung aufgegeben",
        ),
    ),
    "pay": (
        (
            "die Bank lehnt meine Karte ab",
            "sehe ich den Grund, und es wird nicht abgebucht und nicht bestellt",
        ),
    ),
    "create": (
        (
            "ein Pflichtfeld ist leer",
            "sehe ich, welches Feld fehlt, und es wird nichts gespeichert",
        ),
        (
            "ein Wert hat ein ungültiges Format",
            "sehe ich, was ich korrigieren muss, und nichts wird gespeichert",
        ),
    ),
    "upload": (
        (
            "die Datei ist größer als erlaubt",
            "sehe ich die Obergrenze und die Datei wird nicht hochgeladen",
        ),
        (
            "die Datei hat ein nicht unterstütztes Format",
            "sehe ich die erlaubten Formate und nichts wird hochgeladen",
        ),
    ),
    "change": (
        (
            "ein Wert ist ungültig",
            "sehe ich, was ich korrigieren muss, und die alten Werte bleiben erhalten",
        ),
        (
            "jemand anderes hat den Eintrag gerade geändert",
            "sehe ich seinen neuen Stand und meine Änderung wird nicht übernommen",
        ),
    ),
    "cancel": (
        (
            "die Frist für Änderungen ist abgelaufen",
            "sehe ich, dass keine Änderung mehr möglich ist, und nichts ändert sich",
        ),
    ),
    "delete": (
        (
            "ich breche im Bestätigungsdialog ab",
            "wird der Eintrag nicht gelöscht und alles bleibt, wie es war",
        ),
        (
            "der Eintrag wird noch an anderer Stelle verwendet",
            "sehe ich, wo, und er wird nicht gelöscht",
        ),
    ),
    "notify": (
        ("ich habe diese Benachrichtigungen abgeschaltet", "erhalte ich keine"),
        (
            "meine hinterlegte Adresse ist ungültig",
            "sehe ich in der Anwendung, dass die Nachricht nicht zugestellt werden konnte",
        ),
    ),
    "message": (
        ("meine Nachricht ist leer", "wird sie nicht gesendet und ich sehe einen Hinweis"),
    ),
    "track": (
        (
            "die Verbindung bricht ab",
            "sehe ich den letzten bekannten Status und einen Hinweis, dass er nicht aktuell ist",
        ),
    ),
    "review": (
        (
            "ich habe die Leistung nicht in Anspruch genommen",
            "kann ich keine Bewertung abgeben und sehe den Grund",
        ),
    ),
    "share": (
        (
            "der Link wurde widerrufen",
            "sieht die eingeladene Person, dass der Zugriff gesperrt ist",
        ),
    ),
    "export": (
        (
            "für den gewählten Zeitraum gibt es keine Daten",
            "erhalte ich einen Hinweis und es wird keine leere Datei erstellt",
        ),
    ),
    "manage": (("mir fehlen die nötigen Rechte", "sehe ich eine Meldung und nichts ändert sich"),),
    "settings": (
        (
            "der Wert liegt außerhalb des erlaubten Bereichs",
            "sehe ich die erlaubten Werte, und der neue Wert wird nicht übernommen",
        ),
    ),
    "other": (
        (
            "die Änderung kann nicht gespeichert werden",
            "sehe ich eine Fehlermeldung und meine Eingaben gehen nicht verloren",
        ),
        (
            "die Verbindung ist unterbrochen",
            "sehe ich einen Hinweis und meine Eingaben gehen nicht verloren",
        ),
        (
            "mir fehlt eine nötige Angabe",
            "sehe ich, was fehlt, und es geht erst weiter, wenn sie ergänzt ist",
        ),
        (
            "der Dienst ist gerade nicht erreichbar",
            "sehe ich einen Hinweis und kann es später erneut versuchen",
        ),
    ),
}
_N = r"(?P<n>\d+(?:[.,]\d+)?\s*(?:%|[A-Za-zÄÖÜäöüß]+\.?)?)"
#: A limit the requirement sets, as (pattern, allowed, refused, what I am told).
_LIMITS = (
    (
        re.compile(rf"(?:bis\s+zu\s+|höchstens\s+|maximal\s+){_N}\s+im\s+voraus", re.I),
        "bis zum Beginn sind es höchstens {n}",
        "bis zum Beginn sind es mehr als {n}",
        "sehe ich, dass das höchstens {n} im Voraus möglich ist, und es wird nicht gebucht",
    ),
    (
        re.compile(
            rf"(?:bis\s+(?:zu\s+|spätestens\s+)?|spätestens\s+|nicht\s+später\s+als\s+){_N}"
            r"\s+(?:vorher|vor\b|im\s+voraus)",
            re.I,
        ),
        "bis zum Beginn sind es noch mehr als {n}",
        "bis zum Beginn sind es weniger als {n}",
        "sehe ich, dass das nur {constraint} möglich ist, und es wird nicht geändert",
    ),
    (
        re.compile(
            r"(?:innerhalb(?:\s+von)?|binnen|in\s+unter|unter)\s+"
            r"(?P<n>\d+(?:[.,]\d+)?\s*(?:Millisekunden|Sekunden?|ms|s)\b)",
            re.I,
        ),
        "die Antwort kommt nach weniger als {n}",
        "die Antwort dauert länger als {n}",
        "sehe ich einen Hinweis, dass es länger dauert, und meine Anfrage geht nicht verloren",
    ),
    (
        re.compile(rf"(?:innerhalb(?:\s+von)?|binnen)\s+{_N}", re.I),
        "seitdem sind weniger als {n} vergangen",
        "seitdem sind mehr als {n} vergangen",
        "sehe ich, dass die Frist von {raw} abgelaufen ist, und es wird nicht geändert",
    ),
    (
        re.compile(rf"(?:bis\s+zu|höchstens|maximal|max\.|nicht\s+mehr\s+als|unter)\s+{_N}", re.I),
        "die Grenze von {n} ist eingehalten",
        "die Grenze von {n} ist überschritten",
        "sehe ich die Grenze von {n}, und es wird nicht übernommen",
    ),
    (
        re.compile(rf"(?:mindestens|minimal|min\.|nicht\s+weniger\s+als|mehr\s+als)\s+{_N}", re.I),
        "die Mindestgrenze von {n} ist erreicht",
        "die Mindestgrenze von {n} ist nicht erreicht",
        "sehe ich, dass mindestens {n} nötig sind, und es wird nicht übernommen",
    ),
)
#: Units in the dative plural after "innerhalb von", as a number needs them.
_NOMINATIVE_UNITS = {"tagen": "Tage", "jahren": "Jahre", "monaten": "Monate"}
_TASKS = {
    "account": "Sich anmelden", "find": "Suchen und filtern", "view": "Angaben ansehen",
    "choose": "Auswahl treffen", "book": "Buchungen vornehmen", "order": "Bestellungen aufgeben",
    "pay": "Bezahlen", "create": "Einträge anlegen", "upload": "Dateien hochladen",
    "change": "Angaben ändern", "cancel": "Buchungen stornieren", "delete": "Einträge löschen",
    "notify": "Benachrichtigungen erhalten", "message": "Nachrichten austauschen",
    "track": "Status verfolgen", "review": "Bewertungen abgeben", "share": "Inhalte teilen",
    "export": "Daten exportieren", "manage": "Abläufe verwalten",
    "settings": "Einstellungen anpassen", "other": "Anwendung nutzen",
}  # fmt: skip
#: What the product does, as the person it serves does it: "senden" -> "erhalten".
_SERVED = {
    "senden": "erhalten", "schicken": "erhalten", "versenden": "erhalten",
    "verschicken": "erhalten", "zusenden": "erhalten", "übermitteln": "erhalten",
    "zustellen": "erhalten", "anzeigen": "sehen", "zeigen": "sehen", "darstellen": "sehen",
    "einblenden": "sehen", "ausgeben": "sehen", "auflisten": "sehen",
    "benachrichtigen": "benachrichtigt werden", "informieren": "informiert werden",
    "erinnern": "erinnert werden", "warnen": "gewarnt werden",
}  # fmt: skip
#: The same, for a thing the product acts on: "Die Liste wird angezeigt" -> "sehen".
_SERVED_PASSIVE = {
    "angezeigt": "sehen", "gezeigt": "sehen", "dargestellt": "sehen", "eingeblendet": "sehen",
    "aufgelistet": "sehen", "gesendet": "erhalten", "geschickt": "erhalten",
    "versendet": "erhalten", "verschickt": "erhalten", "zugesendet": "erhalten",
    "zugestellt": "erhalten", "übermittelt": "erhalten",
}  # fmt: skip
#: Verbs whose kind of action does not say what can go wrong with them.
_VERB_CRITERIA = {
    "registrieren": (
        (
            "meine E-Mail-Adresse ist noch nicht registriert",
            "ist mein Konto angelegt und ich bin angemeldet",
        ),
        (
            "meine E-Mail-Adresse ist bereits registriert",
            "sehe ich einen Hinweis zur Anmeldung, und es wird kein zweites Konto angelegt",
        ),
    ),
    "zurücksetzen": (
        (
            "der Link zum Zurücksetzen ist noch gültig",
            "kann ich mich mit dem neuen Passwort anmelden",
        ),
        (
            "der Link zum Zurücksetzen ist abgelaufen",
            "sehe ich einen Hinweis und kann einen neuen Link anfordern; "
            "das alte Passwort gilt weiter",
        ),
    ),
    "abmelden": (
        ("ich bin angemeldet", "bin ich abgemeldet und sehe die Startseite"),
        (
            "die Verbindung ist unterbrochen",
            "werde ich trotzdem abgemeldet und meine Sitzung ist nicht mehr gültig",
        ),
    ),
}
#: The verb a criterion's "wenn ich ..." uses instead: one does not "see" to test seeing.
_WHEN_VERB = {"sehen": "aufrufen", "ansehen": "aufrufen", "einsehen": "aufrufen"}
#: Verbs of receiving: the criterion waits for the moment, it does not act.
_RECEIVED = {
    "erhalten", "bekommen", "empfangen", "benachrichtigt werden", "erinnert werden",
    "informiert werden", "gewarnt werden",
}  # fmt: skip
_RELATIVE = re.compile(r",\s+(?:der|die|das|den|dem|deren|dessen|welche)\s")
_CLAUSE_OPENERS = ("wenn", "falls", "sobald", "nachdem", "bevor", "sofern", "solange")


class GermanWriter:
    """Stories in German, from German requirements."""

    code = "de"
    default_role = "Nutzer"

    def clauses(self, text: str) -> list[Clause]:
        clauses = read_clauses(text)
        for clause in clauses:
            _serve(clause)
        return clauses

    def category(self, clause: Clause) -> str:
        verb = _main_verb(clause.verb)
        if verb in _VERB_CATEGORY and verb not in _GENERAL:
            return _VERB_CATEGORY[verb]
        if clause.system is not None:
            action = _subject_action(clause.system)[0]
            found = _VERB_CATEGORY.get(_main_verb(action.removeprefix("sich "))) if action else None
            found = found or _object_category(_head(clause.system))
            if found:
                return found
        found = _object_category(clause.obj if clause.verb else clause.rest)
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
            return f"{_feature_phrase(clause)} {_feature_verb(clause)}"
        place, when = _condition_parts(clause.condition, clause.role)
        after = f", {_after(clause)}" if _after(clause) else ""
        tail = f", {when}" if when else ""
        if clause.system is not None:
            verb = grammar.third_person(clause.verb, _plural(clause))
            middle = _words(place, clause.rest)
            return f"dass {_system_subject(clause)} {middle} {verb}{after}{tail}".replace("  ", " ")
        return f"{_words(place, _with_article(clause.rest), clause.verb)}{after}{tail}"

    def story_line(self, role: str, clause: Clause, benefit: str) -> str:
        goal = self.goal(clause)
        person = _role(role, self.default_role)
        if goal.startswith("dass "):
            return f"Als {person} möchte ich, {goal}, damit {benefit}."
        return f"Als {person} möchte ich {goal}, damit {benefit}."

    def title(self, clause: Clause) -> str:
        title = self._title(clause)
        if (
            len(title.split()) < 2
        ):  # one word is no title: "Bezahlen" -> "In der Anwendung bezahlen"
            verb = clause.verb or _feature_verb(clause)
            title = f"In der Anwendung {verb}" if len(verb.split()) < 6 else title
        return title

    def _title(self, clause: Clause) -> str:
        if clause.noun_only:
            words = _phrase_words(clause.rest) or _phrase_words(clause.rest, keep_numbers=True)
            if _first_word(clause.rest) in grammar.PREPOSITIONS | {"als"}:
                words = ["Anwendung", *_lower_words(clause.rest.split())]
            return _capitalise(_cut(words, _feature_verb(clause).split()))
        if clause.system is not None:
            return _capitalise(_system_title(clause))
        words = _phrase_words(clause.obj or _from_noun_phrase(clause.rest))
        rest = _phrase_words(clause.rest)
        if clause.obj and len(rest) > len(words) and rest[: len(words)] == words:
            words = rest  # the object with what follows it, as far as the title has room
        title = _cut(words, clause.verb.split())
        if _after(clause):
            title = _with_after(title, _after(clause))
        return _capitalise(title)

    def benefit(self, clause: Clause, category: str) -> str:
        if clause.purpose:
            return _reason(clause.purpose, clause.role)
        options = _BENEFITS.get(category, _BENEFITS["other"])
        if clause.system is not None and category in _SYSTEM_BENEFIT_CATEGORIES:
            options = _SYSTEM_BENEFITS
        obj = clause.obj if clause.verb and clause.system is None else ""
        if obj and len(obj.split()) <= 4 and category in _OBJECT_BENEFITS:
            options = (
                *options,
                _OBJECT_BENEFITS[category].format(obj=_with_article(_lower_article(obj))),
            )
        return options[_pick(clause, len(options))]

    # -- criteria ----------------------------------------------------------------------------

    def criteria(self, clause: Clause, category: str, role: str) -> list[str]:
        when, trying = self._when(clause)
        happy = _HAPPY.get(category, _HAPPY["other"])
        unhappy = _UNHAPPY.get(category, _UNHAPPY["other"])
        given, then = happy[_pick(clause, len(happy))]
        bad_given, bad_then = unhappy[_pick(clause, len(unhappy), salt="bad")]
        if _main_verb(clause.verb) in _VERB_CRITERIA:
            (given, then), (bad_given, bad_then) = _VERB_CRITERIA[_main_verb(clause.verb)]
        if clause.system is not None:
            then = _behaviour(clause)
            given = _SYSTEM_GIVEN[_pick(clause, len(_SYSTEM_GIVEN), salt="given")]
            bad_given, bad_then = _SYSTEM_UNHAPPY[_pick(clause, len(_SYSTEM_UNHAPPY), "bad")]
        elif clause.verb in _RECEIVED:
            then = _received(clause) or then
        limit = _limit(clause.constraint)
        if limit:
            given, bad_given, bad_then = limit
        elif clause.constraint:
            bad_given = f"die Bedingung „{clause.constraint}“ ist nicht erfüllt"
            bad_then = "sehe ich, warum das gerade nicht möglich ist, und es wird nicht geändert"
        return [
            f"Angenommen, {given}, wenn {when}, dann {then}.",
            f"Angenommen, {bad_given}, wenn {trying}, dann {bad_then}.",
        ]

    def _when(self, clause: Clause) -> tuple[str, str]:
        """The "wenn ..." of the happy path and of the unhappy one."""
        place, when = _condition_parts(clause.condition, clause.role)
        if when:
            situation = re.sub(r"^\w+\s+", "", when)
            return situation, situation
        if clause.noun_only:
            phrase = _feature_phrase(clause)
            verb = _WHEN_VERB.get(_feature_verb(clause), _feature_verb(clause))
            acting = f"ich {phrase} {grammar.first_person(verb)}"
            return acting, f"ich versuche, {phrase} {grammar.zu_infinitive(verb)}"
        if clause.system is not None:
            period = next((when for cue, when in _PERIODS if cue.search(clause.source)), None)
            using = period or _USING[_pick(clause, len(_USING), salt="using")].format(
                product=_product(clause)
            )
            return using, using
        rest = _with_article(_without(clause.rest, clause.constraint))
        if clause.verb in _RECEIVED:  # what I receive comes when its moment comes
            moment = _moment(rest)
            return moment, moment
        after = f", {_after(clause)}" if _after(clause) else ""
        verb = _WHEN_VERB.get(clause.verb, clause.verb)
        acting = _words(place, rest, grammar.first_person(verb))
        trying = _words(place, rest, grammar.zu_infinitive(verb))
        return f"ich {acting}{after}", f"ich versuche, {trying}{after}"

    # -- names -------------------------------------------------------------------------------

    def task_title(self, clauses: list[Clause], category: str) -> str:
        """One story's title for a task of one; the kind of action for a task of several."""
        if len({(c.verb, c.obj) for c in clauses}) == 1:
            return self.title(clauses[0])
        return _TASKS.get(category, _TASKS["other"])

    def activity_title(self, clauses: list[Clause]) -> str:
        """The activity as a verb phrase: the commonest verb with its commonest object."""
        phrases = [_short_phrase(c) for c in clauses if c.system is None]
        phrases = [p for p in phrases if p[1]] or [_short_phrase(c) for c in clauses]
        verbs = [verb for _, verb in phrases if verb]
        if not verbs:
            return _TASKS["other"]
        verb = max(verbs, key=verbs.count)
        objects = [obj for obj, v in phrases if v == verb and obj]
        obj = max(objects, key=objects.count) if objects else ""
        return _capitalise(_cut(_phrase_words(obj), verb.split(), limit=4))


def _short_phrase(clause: Clause) -> tuple[str, str]:
    """The object and verb an activity can be named by: a feature's noun with its verb."""
    if clause.noun_only:
        if _first_word(clause.rest) in grammar.PREPOSITIONS | {"als"}:
            return "die Anwendung", "nutzen"
        return clause.obj or clause.rest, _feature_verb(clause)
    if clause.system is not None:
        return (clause.system or "").split(",")[0], ""
    if not clause.obj and clause.rest.split()[:1] == ["mich"]:
        return "mich", clause.verb
    return clause.obj, clause.verb


# -- serving: the product's behaviour as the person's wish ------------------------------------


def _serve(clause: GermanClause) -> None:
    """ "Das System sendet dem Patienten eine Erinnerung" -> the patient receives one; "Die
    Liste der Buchungen wird angezeigt" -> the person sees it."""
    if clause.system is None or not clause.verb:
        return
    words = clause.verb.split()
    action, extra = _subject_action(clause.system)
    if action and (words[0] in _LIGHT or clause.verb == "sein" and "möglich" in clause.rest):
        rest = [*extra, *(w for w in clause.rest.split() if w not in {"möglich", "jederzeit"})]
        reflexive = action.startswith("sich ")
        clause.verb = action.removeprefix("sich ")
        clause.rest = grammar.join(["mich", *rest] if reflexive else rest)
        clause.obj = ""
        clause.system = None
        clause.constraint = constraint_of(clause.rest)
        return
    if words[-1] == "werden" and len(words) == 2 and words[0] in _SERVED_PASSIVE:
        thing = grammar.accusative(clause.system)
        clause.rest = grammar.join([*thing.split(), *clause.rest.split()])
        clause.obj = thing
        clause.verb = _SERVED_PASSIVE[words[0]]
        clause.system = None
        return
    if len(words) == 1 and words[0] in _SERVED and grammar.is_product(_head(clause.system)):
        clause.verb = _SERVED[words[0]]
        rest = [w for w in clause.rest.split() if w.lower() not in {"mich", "mir"}]
        clause.rest = grammar.join(grammar.first_person_words(rest))
        clause.obj = grammar.join(grammar.first_person_words(clause.obj.split()))
        clause.system = None


def _subject_action(subject: str) -> tuple[str | None, list[str]]:
    """The verb a subject that names an action stands for ("Die Anmeldung" -> "sich
    anmelden", "Eine Suche nach Rezepten" -> "suchen" and "nach Rezepten"), or None."""
    words = subject.split()
    if words and words[0].lower() in grammar.ARTICLES:
        words = words[1:]
    if not words:
        return None, []
    verb = deverbal(words[0])
    if (
        not verb
        or " werden" in verb
        or words[1:2]
        and words[1].lower() not in (grammar.PREPOSITIONS)
    ):
        return None, []
    return verb, words[1:]


def _head(phrase: str) -> str:
    nouns = [w for w in phrase.split() if w[:1].isupper()]
    return nouns[-1] if nouns else phrase


# -- phrases ----------------------------------------------------------------------------------


def _main_verb(verb: str) -> str:
    words = [w for w in verb.split() if w not in {"und", "oder", "zu", "werden", "sein"}]
    return words[0] if words else ""


def _object_category(phrase: str) -> str | None:
    for word in re.findall(r"[\wäöüß-]+", phrase.lower()):
        for size in range(len(word), 2, -1):
            tail = word[-size:]
            for candidate in (tail, tail[:-2] if tail.endswith("en") else tail, tail[:-1]):
                if candidate in _OBJECT_CATEGORY:
                    return _OBJECT_CATEGORY[candidate]
    return None


def _feature_verb(clause: Clause) -> str:
    return _FEATURE_VERB.get(_object_category(clause.rest) or "", "nutzen")


def _feature_phrase(clause: Clause) -> str:
    """A feature named by a noun, as the object of "nutzen": "den Dunkelmodus"."""
    words = clause.rest.split() or ["die", "Anwendung"]
    if words[0].lower() in grammar.PREPOSITIONS | {"als"}:
        phrase = " ".join(["die", "Anwendung", *_lower_words(words)])
    else:
        phrase = grammar.accusative(" ".join(_lower_words(words)))
    return f"{phrase}," if _RELATIVE.search(phrase) else phrase  # the clause ends before the verb


def _lower_words(words: list[str]) -> list[str]:
    """The phrase's first word in lower case unless it is a noun ("Ein Dashboard")."""
    if not words:
        return words
    first = words[0]
    low = first.lower()
    if low in grammar.ARTICLES | grammar.PREPOSITIONS | {"als"} or grammar.is_adjective(low):
        return [low, *words[1:]]
    return words


def _with_article(rest: str) -> str:
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


def _lower_article(phrase: str) -> str:
    words = phrase.split()
    if words and words[0].lower() in grammar.ARTICLES:
        words[0] = words[0].lower()
    return " ".join(words)


def _words(*parts: str) -> str:
    return " ".join(part for part in parts if part).strip()


def _after(clause: Clause) -> str:
    return getattr(clause, "after", "")


def _plural(clause: Clause) -> bool:
    return bool(getattr(clause, "plural", False))


def _system_subject(clause: Clause) -> str:
    subject = clause.system or "die Anwendung"
    return subject[:1].lower() + subject[1:] if _first_word(subject) in {
        "der", "die", "das", "ein", "eine", "alle", "jede", "jeder", "jedes",
    } else subject  # fmt: skip


def _product(clause: Clause) -> str:
    system = clause.system or ""
    if system and grammar.is_product(_head(system)):
        return grammar.accusative(_system_subject(clause))
    return "die Anwendung"


def _behaviour(clause: Clause) -> str:
    """What the product does, after "dann": "speichert das System alle Eingaben"."""
    finite, end = grammar.verb_second(clause.verb, _plural(clause))
    after = f", {_after(clause)}" if _after(clause) else ""
    return (
        " ".join(part for part in (finite, _system_subject(clause), clause.rest, end) if part)
        .replace(",,", ",")
        .rstrip(",")
        + after
    )


def _system_title(clause: Clause) -> str:
    """What the product or thing does, as a main clause: "Das System speichert alle Eingaben
    automatisch", "Die Daten werden verschlüsselt gespeichert", "Geld fließt in den nächsten
    Monat ein"."""
    subject = (clause.system or "").split(",")[0].split()
    subject = _capitalise(" ".join(subject[:3])).split()
    finite, end = grammar.verb_second(clause.verb, _plural(clause))
    if end in _DANGLING_PARTICLES:  # "Geld fließt ... ein" would end on "ein"
        lets = [] if grammar.is_product(_head(clause.system or "")) else ["lassen"]
        if not lets:
            subject = []  # "Wetterdaten vom Server abrufen": the product is understood
        else:
            subject = grammar.drop_article(
                [w.lower() if w in {"Der", "Die", "Das"} else w for w in subject]
            )
        words = clause.verb.split() + lets
        room = _MAX_TITLE_WORDS - len(subject) - len(words)
        rest = _cut(_phrase_words(clause.rest, keep_numbers=True, keep_article=True), [], room)
        return " ".join(part for part in (*subject, rest, *words) if part)
    room = _MAX_TITLE_WORDS - len(subject) - 1 - len(end.split())
    rest = _cut(_phrase_words(clause.rest, keep_numbers=True, keep_article=True), [], room)
    return " ".join(part for part in (*subject, finite, rest, end) if part)


def _phrase_words(phrase: str, keep_numbers: bool = False, keep_article: bool = False) -> list[str]:
    """A phrase's words for a title: no leading article or possessive, "mich" -> "sich",
    nothing in brackets and, unless ``keep_numbers``, no limit with a number."""
    words = [w for w in re.findall(r"\([^()]*\)|\S+", phrase) if not w.startswith("(")]
    out = []
    listed = True  # the first phrase, or one after a comma, is a noun phrase of the list
    for chunk in _chunks(words):
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


def _cut(words: list[str], verb: list[str], limit: int = _MAX_TITLE_WORDS) -> str:
    """The phrase and its verb in at most ``limit`` words, cut only where a phrase ends."""
    room = limit - len(verb)
    chunks = _chunks(words)
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
_DANGLING_PARTICLES = {"ein", "an", "zu", "mit", "auf", "aus", "vor", "nach", "ab", "bei", "um"}
_LIMIT_WORDS = {
    "maximal", "mindestens", "höchstens", "spätestens", "frühestens", "nur", "innerhalb",
    "binnen", "weniger", "mehr",
}  # fmt: skip


def _chunks(words: list[str]) -> list[list[str]]:
    """The phrase split where a phrase may end: before a preposition, a genitive after a
    noun, or after a comma."""
    chunks: list[list[str]] = []
    for index, word in enumerate(words):
        low = word.lower()
        previous = words[index - 1] if index else ""
        starts = (
            low in grammar.PREPOSITIONS | _LIMIT_WORDS
            and previous.lower() not in grammar.PREPOSITIONS | _LIMIT_WORDS
        ) or (low in {"des", "der", "eines", "einer"} and previous[:1].isupper())
        starts = starts or (
            low in {"ein", "eine", "einen", "die", "das", "den"} and previous[:1].isupper()
        )
        if not chunks or starts or previous.endswith(","):
            chunks.append([word])
        else:
            chunks[-1].append(word)
    return chunks


_TIME = re.compile(
    r"(?P<when>(?:\d+|eine[nm]?|zwei|drei|vier|fünf|sechs|sieben|zehn|zwölf)\s+"
    r"(?:Minuten?|Stunden?|Tagen?|Tag|Wochen?|Monaten?|Monat)\s+(?:vor|nach)\s+"
    r"(?:(?:de[mnr]|die|das|einer?|einem|meine[mnr]?)\s+)?[A-ZÄÖÜ][\w-]*)"
)


#: "bei neuen Nachrichten": the occasion a notification comes on.
_OCCASION = re.compile(r"\bbei\s+(?P<adj>(?:[a-zäöüß]+en\s+)*)(?P<noun>[A-ZÄÖÜ][\w-]*)")


def _received(clause: Clause) -> str:
    """What I receive, after "dann": "erhalte ich eine Erinnerung per E-Mail mit allen
    Einzelheiten", "werde ich per E-Mail benachrichtigt"."""
    rest = _OCCASION.sub("", _TIME.sub("", clause.rest))
    rest = " ".join(_with_article(_without(rest, clause.constraint)).split())
    words = clause.verb.split()
    if words[-1] == "werden":
        return " ".join(["werde ich", rest, *words[:-1]]).replace("  ", " ")
    thing = _from_noun_phrase(rest)
    if not thing or thing.split()[0].lower() in grammar.PREPOSITIONS:
        return ""
    return f"{grammar.first_person(clause.verb)} ich {thing} mit allen Einzelheiten"


def _moment(rest: str) -> str:
    """When what I receive comes: "es einen Tag vor dem Termin ist" for a time the text
    names, else the occasion for it ("der Anlass für eine Erinnerung eintritt")."""
    found = _TIME.search(rest)
    if found:
        return f"es {found.group('when')} ist"
    occasion = _OCCASION.search(rest)
    if occasion and grammar.is_plural(occasion.group("noun")):
        adjectives = [w[:-1] if w.endswith("en") else w for w in occasion.group("adj").split()]
        return " ".join(["es", *adjectives, occasion.group("noun"), "gibt"])
    thing = _from_noun_phrase(rest)
    words = thing.split()
    if not words or words[0].lower() in grammar.PREPOSITIONS or words[0][:1].isdigit():
        return "der Anlass dafür eintritt"
    return f"der Anlass für {thing} eintritt"


def _from_noun_phrase(rest: str) -> str:
    """The rest from its first noun phrase on, when it starts with a time or a place ("24
    Stunden vor Abholung eine Erinnerung per E-Mail" -> "eine Erinnerung per E-Mail")."""
    chunks = _chunks(rest.split())
    for index, chunk in enumerate(chunks):
        if index and chunk[0].lower() in {"ein", "eine", "einen", "die", "das", "den"}:
            return " ".join(word for later in chunks[index:] for word in later)
    return rest


def _with_after(title: str, after: str) -> str:
    """ "Angeben" + "wann der Monat wirklich für mich startet" -> "Angeben, wann der Monat
    startet": the clause's opener, its subject and its verb, when all of it does not fit."""
    words = after.split()
    if len(title.split()) + len(words) <= _MAX_TITLE_WORDS:
        return f"{title}, {after}"
    subject = []
    for word in words[1:-1]:
        if subject and subject[-1][:1].isupper():
            break
        subject.append(word)
    short = [words[0], *subject, words[-1]]
    if len(title.split()) + len(short) <= _MAX_TITLE_WORDS:
        return f"{title}, {' '.join(short)}"
    return title


def _condition_parts(condition: str | None, role: str | None = None) -> tuple[str, str]:
    """A condition as a phrase before the object ("bei der Registrierung") or as a clause
    after the verb ("wenn eine Zahlung fehlschlägt"), in the first person."""
    if not condition:
        return "", ""
    words = grammar.first_person_words(condition.split())
    words[0] = words[0].lower()
    text = " ".join(words)
    if words[0] in _CLAUSE_OPENERS:
        return "", _first_person_clause(text, role)
    return text, ""


def _first_person_clause(text: str, role: str | None = None, pronouns: bool = False) -> str:
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


def _reason(purpose: str, role: str | None = None) -> str:
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
    reason = _first_person_clause("damit " + " ".join(words), role, pronouns=True)
    return reason.removeprefix("damit ")


def _limit(constraint: str | None) -> tuple[str, str, str] | None:
    """A numeric limit as the situation it allows, the one it refuses, and what I see."""
    if not constraint:
        return None
    for pattern, allowed, refused, told in _LIMITS:
        match = pattern.search(constraint)
        if match:
            raw = match.group("n").strip(" .")
            number = _nominative(raw)
            return (
                allowed.format(n=number),
                refused.format(n=number),
                told.format(n=number, raw=raw, constraint=constraint),
            )
    return None


def _nominative(number: str) -> str:
    amount, _, unit = number.partition(" ")
    return f"{amount} {_NOMINATIVE_UNITS.get(unit.lower(), unit)}".strip()


def _without(rest: str, constraint: str | None) -> str:
    if constraint and constraint in rest:
        rest = rest.replace(constraint, "")
    return " ".join(rest.split()).strip(" ,")


def _role(role: str, default: str) -> str:
    """The role as "Als ..." names it; a product or a group is no role."""
    if not role:
        return default
    head = role.split()[-1].lower()
    if grammar.is_product(head) or head in {"zielgruppe", "gruppe", "rolle", "zielgruppen"}:
        return default
    return grammar.role_form(role)


def _pick(clause: Clause, count: int, salt: str = "") -> int:
    """A stable choice among ``count`` phrasings, so that stories of one kind vary."""
    text = f"{salt}{clause.verb} {clause.obj} {clause.rest} {clause.system}"
    return zlib.crc32(text.encode()) % count


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].lower() if words else ""


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


WRITER = GermanWriter
