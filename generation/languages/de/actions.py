"""What each action a German requirement names does, how it fails, and what it gives.

    "reservieren": Angenommen, der Platz ist noch frei -> dann ist der Platz auf meinen
                   Namen reserviert; Angenommen, jemand anderes hat den Platz gerade
                   reserviert -> dann sehe ich, dass er vergeben ist.

Placeholders agree with the requirement's object (``criteria.Thing``): {der}, {den} and
{dem} are the object with its article in the nominative, accusative and dative ("der
Platz", "den Platz", "dem Platz"), {er} and {ihn} its pronoun, {bare} the object without
an article ("Aufgaben"); "{ist|sind}" is the singular or the plural form. "then" and
"bad_then" follow "dann", their verb first; the benefit follows "damit", its verb last.
"""

from __future__ import annotations

import re

from generation.languages.actions import Action

__all__ = ["ACTIONS", "MODERATED", "THINGS", "Action", "action_of"]


_BOOK = Action(
    "{der} {ist|sind} zum gewünschten Zeitpunkt noch frei",
    "{ist|sind} {der} auf meinen Namen reserviert und {wird|werden} niemandem mehr angeboten",
    "jemand anderes hat {den} reserviert, während ich das Formular ausgefüllt habe",
    "sehe ich, dass {er} vergeben {ist|sind}, und es wird keine Buchung angelegt",
    "ich {den} sicher habe, ohne anrufen zu müssen",
)
#: A place in a class, a course, an event: many take part, and it can be full.
_ENROL_ACTION = Action(
    "bei {dem} sind noch Plätze frei",
    "bin ich für {den} angemeldet und sehe {ihn} in meiner Übersicht",
    "{der} {ist|sind} bereits ausgebucht",
    "sehe ich, dass kein Platz mehr frei ist, und werde nicht angemeldet",
    "ich mir einen Platz sichere, ohne anrufen zu müssen",
)
_CANCEL = Action(
    "{der} {ist|sind} noch gültig",
    "{ist|sind} {der} storniert und ich erhalte eine Bestätigung",
    "die Frist zum Stornieren ist abgelaufen",
    "sehe ich, dass das nicht mehr möglich ist, und {der} {bleibt|bleiben} bestehen",
    "ich {den} nicht unnötig blockiere, wenn sich meine Pläne ändern",
)
_MOVE = Action(
    "zum neuen Zeitpunkt ist noch etwas frei",
    "gilt {der} zum neuen Zeitpunkt und der alte Zeitpunkt wird wieder frei",
    "der neue Zeitpunkt ist bereits vergeben",
    "sehe ich die nächsten freien Zeiten, und {der} {wird|werden} nicht verschoben",
    "ich {den} nicht absagen muss, wenn mir der Zeitpunkt nicht mehr passt",
)
_ORDER = Action(
    "alle gewählten Artikel sind vorrätig",
    "ist die Bestellung aufgegeben und ich sehe ihre Nummer und den Gesamtbetrag",
    "ein Artikel ist ausverkauft, während ich bestelle",
    "sehe ich, welcher Artikel fehlt, und es wird nicht bestellt und nicht abgebucht",
    "ich bekomme, was ich brauche, ohne in ein Geschäft zu gehen",
)
_PAY = Action(
    "meine Zahlungsart ist gültig und gedeckt",
    "wird die Zahlung ausgeführt und ich erhalte einen Beleg mit dem Betrag",
    "die Zahlung wird abgelehnt",
    "sehe ich den Grund der Ablehnung, und es wird nicht abgebucht",
    "ich nicht vor Ort bezahlen muss",
)
_CREATE = Action(
    "alle Pflichtangaben sind ausgefüllt",
    "{wird|werden} {der} gespeichert und {erscheint|erscheinen} sofort in der Liste",
    "ein Pflichtfeld ist leer",
    "sehe ich, welches Feld fehlt, und {der} {wird|werden} nicht gespeichert",
    "ich {den} an einem Ort beisammen habe",
)
_CART = Action(
    "{der} {ist|sind} vorrätig",
    "{liegt|liegen} {der} im Warenkorb und der Gesamtbetrag wird aktualisiert",
    "{der} {ist|sind} ausverkauft",
    "sehe ich, dass {er} nicht lieferbar {ist|sind}, und der Warenkorb bleibt unverändert",
    "ich in Ruhe sammle, was ich kaufen möchte, und erst am Ende bestelle",
)
_EDIT = Action(
    "der neue Wert ist gültig",
    "{wird|werden} {der} mit dem neuen Stand gespeichert und ich sehe die Änderung sofort",
    "ein neuer Wert ist ungültig",
    "sehe ich, was ich korrigieren muss, und {der} {behält|behalten} den bisherigen Stand",
    "{der} immer aktuell {ist|sind}",
)
_DELETE = Action(
    "ich bestätige, dass ich {den} löschen möchte",
    "{ist|sind} {der} überall verschwunden",
    "ich breche im Bestätigungsdialog ab",
    "{wird|werden} {der} nicht gelöscht und alles bleibt, wie es war",
    "mir {der} nicht mehr im Weg {steht|stehen}, wenn {er} nicht mehr gebraucht {wird|werden}",
)
_ARCHIVE = Action(
    "{der} {ist|sind} abgeschlossen",
    "{verschwindet|verschwinden} {der} aus der aktiven Liste und {ist|sind} im Archiv "
    "weiter auffindbar",
    "ich habe {den} versehentlich archiviert",
    "kann ich {ihn} aus dem Archiv wiederherstellen, und keine Angabe geht verloren",
    "in meiner Liste nur steht, was noch offen ist",
)
_SEARCH = Action(
    "es gibt {bare}, die zu meinem Suchbegriff passen",
    "sehe ich nur die passenden Treffer, die besten zuerst",
    "nichts passt zu meinem Suchbegriff",
    "sehe ich, dass es keine Treffer gibt, und kann die Suche ändern",
    "ich passende {bare} finde, ohne alles durchzusehen",
)
_FILTER = Action(
    "es gibt {bare} unterschiedlicher Art",
    "sehe ich nur {bare}, die zum gewählten Filter passen",
    "nichts passt zum gewählten Filter",
    "sehe ich, dass es keine Treffer gibt, und kann den Filter mit einem Klick entfernen",
    "ich nur {bare} sehe, die mich interessieren",
)
_SORT = Action(
    "es gibt mehrere {bare}",
    "stehen {der} sofort in der neuen Reihenfolge, ohne dass die Seite neu lädt",
    "zwei {bare} haben denselben Wert",
    "bleibt ihre Reihenfolge stabil und keiner springt beim Neuladen um",
    "ich zuerst sehe, welche {bare} am dringendsten sind",
)
_VIEW = Action(
    "für {den} liegen Daten vor",
    "sehe ich {den} vollständig und auf dem aktuellen Stand",
    "es gibt noch keine Daten",
    "sehe ich einen Hinweis, dass noch nichts vorliegt, statt einer leeren Seite",
    "ich {den} im Blick habe, ohne nachfragen zu müssen",
)
_UPLOAD = Action(
    "die Datei hat ein erlaubtes Format",
    "{ist|sind} {der} hochgeladen und mit Namen in der Liste zu sehen",
    "die Datei hat ein nicht unterstütztes Format",
    "sehe ich die erlaubten Formate, und es wird nichts hochgeladen",
    "ich {den} nicht per E-Mail schicken muss",
)
_EXPORT = Action(
    "es gibt Daten für den gewählten Zeitraum",
    "erhalte ich eine Datei mit {dem}, die sich ohne Fehler öffnen lässt",
    "für den gewählten Zeitraum gibt es keine Daten",
    "sehe ich einen Hinweis, und es wird keine leere Datei erstellt",
    "ich mit {dem} auch in meinen eigenen Programmen arbeiten kann",
)
_WRITE = Action(
    "mein Text ist nicht leer",
    "{erscheint|erscheinen} {der} mit meinem Namen und der Uhrzeit",
    "mein Text ist leer",
    "wird der Text nicht veröffentlicht und ich sehe, dass er fehlt",
    "Fragen dort geklärt werden, wo sie entstehen",
)
_SEND = Action(
    "meine Nachricht ist vollständig",
    "wird die Nachricht zugestellt und ich sehe, dass sie gesendet wurde",
    "meine Nachricht ist leer",
    "wird sie nicht gesendet und ich sehe, was fehlt",
    "ich Fragen klären kann, ohne anzurufen",
)
_RATE = Action(
    "ich kenne {den} aus eigener Erfahrung",
    "fließt meine Bewertung in den Durchschnitt ein und ist für andere sichtbar",
    "ich habe {den} bereits bewertet",
    "wird keine zweite Bewertung gezählt, sondern meine bisherige aktualisiert",
    "andere {den} mit mehr Wissen auswählen",
)
_ASSIGN = Action(
    "die gewählte Person ist im Team aktiv",
    "{ist|sind} {der} ihr zugewiesen und sie sieht {ihn} in ihrer Liste",
    "die gewählte Person ist nicht mehr im Team",
    "sehe ich, dass die Zuweisung nicht möglich ist, und {der} {bleibt|bleiben} "
    "ohne neue Zuständigkeit",
    "für {den} klar ist, wer sich darum kümmert",
)
_MARK = Action(
    "{der} {ist|sind} noch offen",
    "{ist|sind} {der} markiert und alle Beteiligten sehen den neuen Stand",
    "{der} {ist|sind} bereits markiert",
    "wird {der} nicht doppelt markiert, und ich kann die Markierung zurücknehmen",
    "jeder sieht, wie es um {den} steht, ohne nachzufragen",
)
_INVITE = Action(
    "die E-Mail-Adresse der Person ist gültig",
    "erhält die Person eine Einladung und ist nach ihrer Zusage dabei",
    "die Person ist bereits dabei",
    "sehe ich das, und es wird keine zweite Einladung verschickt",
    "wir gemeinsam daran arbeiten können",
)
_SHARE = Action(
    "{der} {darf|dürfen} geteilt werden",
    "sieht die eingeladene Person {den} genauso wie ich",
    "der Zugriff wurde inzwischen widerrufen",
    "sieht die Person, dass sie keinen Zugriff mehr hat",
    "andere {den} ohne Umwege sehen",
)
_TRACK = Action(
    "der Stand hat sich geändert",
    "sehe ich den aktuellen Stand und wann er sich zuletzt geändert hat",
    "die Verbindung bricht ab",
    "sehe ich den letzten bekannten Stand mit Uhrzeit und den Hinweis, dass er nicht aktuell ist",
    "ich ohne Nachfrage weiß, wie es um {den} steht",
)
_SETTINGS = Action(
    "der gewählte Wert ist erlaubt",
    "gilt die Einstellung sofort und bleibt auch nach dem nächsten Anmelden erhalten",
    "der gewählte Wert liegt außerhalb des erlaubten Bereichs",
    "sehe ich die erlaubten Werte, und der neue Wert wird nicht übernommen",
    "die Anwendung so funktioniert, wie es zu mir passt",
)
_MANAGE = Action(
    "ich habe die nötigen Rechte",
    "sehe ich alle {bare} und kann jede Änderung sofort speichern",
    "mir fehlen die nötigen Rechte",
    "sehe ich die Verwaltung nicht, und es wird nicht geändert",
    "{der} in Ordnung {ist|sind}, ohne dass ich auf andere warten muss",
)
_RETURN = Action(
    "die Ware ist unbenutzt",
    "ist die Rücksendung angemeldet und ich erhalte ein Rücksendeetikett",
    "die Ware wurde bereits zurückgeschickt",
    "sehe ich den Stand der ersten Rücksendung, und es wird keine zweite angelegt",
    "ich ohne Risiko bestellen kann",
)
_REGISTER = Action(
    "meine E-Mail-Adresse ist noch nicht registriert",
    "ist mein Konto angelegt und ich bin angemeldet",
    "meine E-Mail-Adresse ist bereits registriert",
    "sehe ich einen Hinweis zur Anmeldung, und es wird kein zweites Konto angelegt",
    "ich ein eigenes Konto habe, ohne jemanden fragen zu müssen",
)
_SIGN_IN = Action(
    "meine Zugangsdaten sind korrekt",
    "bin ich angemeldet und sehe mein Konto",
    "mein Passwort ist falsch",
    "sehe ich eine Fehlermeldung und bleibe auf der Anmeldeseite",
    "nur ich an meine Daten komme",
)
_SIGN_OUT = Action(
    "ich bin angemeldet",
    "bin ich abgemeldet und sehe die Startseite",
    "ich gehe nach dem Abmelden im Browser zurück",
    "sehe ich meine Daten nicht ohne neue Anmeldung",
    "niemand an einem geteilten Gerät mein Konto nutzt",
)
_RESET = Action(
    "der Link zum Zurücksetzen ist noch gültig",
    "kann ich mich mit dem neuen Passwort anmelden",
    "der Link zum Zurücksetzen ist nicht mehr gültig",
    "sehe ich einen Hinweis und kann einen neuen Link anfordern; das alte Passwort gilt weiter",
    "ich wieder in mein Konto komme, wenn ich das Passwort vergessen habe",
)

#: Deleting others' content, as a person who keeps the product in order does it.
MODERATED = Action(
    "{der} {verstößt|verstoßen} gegen die Regeln",
    "{ist|sind} {der} nicht mehr sichtbar und der Verfasser erhält einen Hinweis mit dem Grund",
    "jemand anderes hat {den} bereits gelöscht",
    "sehe ich, dass {er} nicht mehr {existiert|existieren}, und es wird kein zweiter Hinweis "
    "verschickt",
    "die Plattform ein respektvoller Ort bleibt",
)

#: Verbs (infinitive) and what their action does.
ACTIONS: dict[str, Action] = {
    **dict.fromkeys("buchen reservieren vormerken umbuchen".split(), _BOOK),
    **dict.fromkeys("stornieren absagen kündigen zurücktreten".split(), _CANCEL),
    "verschieben": _MOVE,
    **dict.fromkeys("bestellen kaufen erwerben".split(), _ORDER),
    **dict.fromkeys("bezahlen zahlen begleichen überweisen".split(), _PAY),
    **dict.fromkeys(
        "erstellen anlegen hinzufügen eintragen erfassen eingeben hinterlegen notieren".split(),
        _CREATE,
    ),
    **dict.fromkeys("ändern bearbeiten aktualisieren anpassen korrigieren".split(), _EDIT),
    **dict.fromkeys("löschen entfernen".split(), _DELETE),
    "archivieren": _ARCHIVE,
    **dict.fromkeys("suchen finden durchsuchen recherchieren".split(), _SEARCH),
    "filtern": _FILTER,
    "sortieren": _SORT,
    **dict.fromkeys("sehen ansehen einsehen anzeigen aufrufen abrufen betrachten".split(), _VIEW),
    **dict.fromkeys("hochladen anhängen importieren".split(), _UPLOAD),
    **dict.fromkeys("exportieren herunterladen drucken ausdrucken".split(), _EXPORT),
    **dict.fromkeys("schreiben verfassen kommentieren".split(), _WRITE),
    **dict.fromkeys("senden schicken kontaktieren".split(), _SEND),
    **dict.fromkeys("bewerten rezensieren benoten".split(), _RATE),
    **dict.fromkeys("zuweisen zuordnen".split(), _ASSIGN),
    "markieren": _MARK,
    "einladen": _INVITE,
    **dict.fromkeys("teilen freigeben weiterleiten".split(), _SHARE),
    **dict.fromkeys("verfolgen nachverfolgen".split(), _TRACK),
    **dict.fromkeys(
        "einstellen konfigurieren festlegen personalisieren angeben".split(), _SETTINGS
    ),
    **dict.fromkeys("verwalten pflegen".split(), _MANAGE),
    **dict.fromkeys("zurückgeben zurückschicken zurücksenden".split(), _RETURN),
    "registrieren": _REGISTER,
    **dict.fromkeys("anmelden einloggen".split(), _SIGN_IN),
    **dict.fromkeys("abmelden ausloggen".split(), _SIGN_OUT),
    "zurücksetzen": _RESET,
}

#: What a thing is for, whatever is done with it: the benefit its head noun says.
THINGS = {
    "passwort": "nur ich an mein Konto komme",
    "profil": "andere mich an den richtigen Angaben erkennen",
    "konto": "meine Daten an einem Ort und auf jedem Gerät verfügbar sind",
    "bestellung": "ich bekomme, was ich brauche, ohne anzurufen",
}


_ENROL = re.compile(
    r"\b(?:für|zu|zum|zur)\s+(?!(?:dem|der|die|das)?\s*(?:konto|app|system|"
    r"plattform|portal|website|seite|dienst|anwendung)\b)\w",
    re.I,
)


def enrols(verb: str, rest: str) -> bool:
    """ "sich für Trainings anmelden": a place in something, not a login."""
    words = [w for w in verb.split() if w not in {"und", "oder", "zu", "sich", "lassen"}]
    return words[:1] == ["anmelden"] and bool(_ENROL.search(rest))


def action_of(verb: str, rest: str) -> tuple[str, Action | None]:
    """The verb that decides the action ("stornieren oder verschieben" -> "stornieren") and
    its action; "legen" into the shopping cart, "aufgeben" an order are their own; signing
    up for a class books a place in it."""
    words = [w for w in verb.split() if w not in {"und", "oder", "zu", "sich", "lassen"}]
    first = words[0] if words else ""
    low = rest.lower()
    if enrols(verb, rest):
        return "buchen", _ENROL_ACTION
    if "warenkorb" in low and first in {"legen", "hinzufügen", "packen", "ablegen"}:
        return "in-den-warenkorb", _CART
    if first == "aufgeben" and "bestellung" in low:
        return "bestellen", _ORDER
    return first, ACTIONS.get(first)
