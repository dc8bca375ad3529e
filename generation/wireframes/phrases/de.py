"""German: chrome, sentences and story patterns (the user is addressed as "Sie").

A German goal ends in its verb ("einen Tisch reservieren") and its nouns are capitalised,
which is how the object is found; labels keep their capitals.
"""

import re

from generation.languages import pack_for
from generation.wireframes.phrases import Phrases

WORDS = {
    # Chrome
    "Product": "Produkt",
    "user": "Nutzer",
    "Home": "Start",
    "Help": "Hilfe",
    "Account": "Konto",
    "account": "konto",
    "Privacy": "Datenschutz",
    "Terms": "AGB",
    "url": "adresse",
    "logo": "logo",
    "footer": "fußzeile",
    "image": "bild",
    "back": "zurück",
    "Back to": "< Zurück: {activity}",
    "Signed in as": "Angemeldet als {role}",
    "status bar": "statusleiste",
    "Ready": "Bereit  -  {product}  -  angemeldet als {role}",
    "menu": "Datei  Bearbeiten  Ansicht  Hilfe",
    "Recent": "Zuletzt",
    "Settings": "Einstellungen",
    "Search...": "Suchen...",
    "nav": "menü",
    "btn": "knopf",
    "button": "knopf",
    # Buttons
    "Cancel": "Abbrechen",
    "Continue": "Weiter",
    "Save": "Speichern",
    "Search": "Suchen",
    "Apply": "Anwenden",
    "View": "Öffnen",
    "Refresh": "Aktualisieren",
    "Pay now": "Jetzt bezahlen",
    "Send": "Senden",
    "Upload": "Hochladen",
    "Book": "Buchen",
    "Choose file": "Datei wählen",
    "Clear search": "Suche zurücksetzen",
    "Notification settings": "Benachrichtigungen",
    "Contact support": "Support kontaktieren",
    "Retry": "Erneut versuchen",
    # Forms
    "Details": "Details",
    "Note (optional)": "Notiz (optional)",
    "Enter": "{label} eingeben",
    "disabled": "(„{action}“ ist aktiv, sobald alle Felder gültig sind.)",
    "choose": "Auswählen",
    # Lists
    "search": "suche",
    "Search for": "{obj} suchen…",
    "items": "Einträge",
    "item": "Eintrag",
    "Name": "Name",
    "Detail": "Detail",
    "row": "{noun} {id}",
    "row ids": "1 2 3",
    "row details": "Heute, 10:00|Gestern, 18:30|Mo, 09:15",
    "filter": "filter: {filter:lower} v",
    "Any": "{filter}: [ Alle v ]",
    "list of": "liste: {obj}",
    "pagination": "seiten",
    "Previous": "< Zurück",
    "Next": "Seite 1 von 3   Weiter >",
    # Status
    "status": "status",
    "progress bar": "fortschritt",
    "map": "karte",
    "updates": "neuigkeiten",
    "refresh": "aktualisieren",
    "request": "Anfrage",
    "Status": "Status: {step}",
    "order steps": "Bestellt|In Vorbereitung|Unterwegs|Zugestellt",
    "steps": "Eingereicht|In Bearbeitung|In Prüfung|Erledigt",
    "step": "Schritt 3 von 4",
    "Latest update": "Neuestes: {text}",
    "Courier": "Karte: Kurier 1,2 km entfernt, kommt gegen 18:40",
    "Last updated": "Vor 2 Min. aktualisiert",
    # Error states below the screen
    "Error state": "Fehlerzustand",
    "Something went wrong": "Das hat nicht geklappt. Bitte versuchen Sie es erneut.",
    "card": "eine andere Karte",
    "card words": r"karte",
    "email words": r"e-?mail",
    "results": "Ergebnisse",
    "Card": "Kartenzahlung",
    "Payment": "Zahlung",
    "payment method": "eine andere Zahlungsart",
    "email": "Die E-Mail-Adresse",
    "name": "Der Benutzername",
    "the highlighted field": "das markierte Feld",
    # Map
    "Search nearby": "Adresse oder Ort…",
    "Map": "Karte",
    "you are here": "(*) Sie sind hier",
    "distances": "350 m|800 m|1.2 km",
    "Distance": "Entfernung",
    "place": "Ort",
    # Calendar
    "Free times": "Freie Zeiten",
    "Selected": "Gewählt: {day}, {time}",
    "slot legend": "[>10:00<] gewählt   [ ----- ] belegt",
    "date picker": "datumsauswahl",
    "time slots": "freie zeiten",
    # Checkout
    "Your order": "Ihre Bestellung",
    "Article": "Artikel",
    "Total": "Gesamt",
    "order summary": "bestellübersicht",
    # Dashboard
    "Period": "Zeitraum: [ Diese Woche v ]",
    "figure": "kennzahl",
    "chart": "diagramm",
    "By day": "Pro Tag",
    "figure names": "Gesamt|Diese Woche|Heute",
    "figure values": "12 480|342|27",
    "figure change": "+8% zur Vorwoche",
    # Chat
    "Support": "Support",
    "You": "Sie",
    "chat lines": "Hallo! Wie können wir helfen?|Hallo, ich habe eine Frage.|Gern, schreiben Sie.",
    "Type a message": "Nachricht schreiben…",
    "messages": "nachrichten",
    "type a message": "nachricht",
    # Upload
    "Drop files": "Dateien hierher ziehen oder",
    "Accepted": "{formats}, bis {size}",
    "size": "10 MB",
    "drop zone": "ablagebereich",
    "file list": "dateiliste",
    # Settings
    "toggle names": "E-Mail|SMS|Push-Mitteilungen",
    "Language": "Sprache:  [ Deutsch v ]",
    # Markdown: Layout
    "layout component": "- Eine Komponente für sich: {component}, mit ihren Zuständen.",
    "top web": "- Oben: Browserleiste und Navigation ({places}).",
    "top mobile": "- Oben: Statusleiste und App-Leiste mit Zurück-Knopf und „{task}“.",
    "top desktop": "- Oben: Titelleiste, Menü ({menu}) und Werkzeugleiste.",
    "left": "- Links: Seitenleiste mit „{activity}“ und „{task}“.",
    "heading": "- Überschrift: „{title}“.",
    "main": "- Mitte: {component}.",
    "image placeholder": "- Über der Hauptkomponente: Platz für ein Bild (Kasten aus X).",
    "bottom": "- Unten: Zurück-Link, dann {bottom}.",
    "bottom web": "die Fußzeile",
    "bottom mobile": "die Tab-Leiste ({home}, {activity}, {account})",
    "bottom desktop": "die Statusleiste",
    "below": "- Unter dem Bildschirm, für sich: ein Fehlerzustand mit „{message}“",
    "form words": "ein Formular mit {fields} und dem Knopf „{action}“",
    "list words": "ein Suchfeld, Filter und eine Tabelle „{obj}“ mit Beispielzeilen",
    "status words": "eine Statuskarte mit Fortschritt, den bisherigen Schritten und dem Neuesten",
    "checkout words": "die Bestellübersicht, dann ein Zahlungsformular mit {fields} und dem "
    "Knopf „{action}“",
    "map words": "ein Suchfeld, eine Karte mit Markierungen und die nächsten Orte („{obj}“) "
    "mit Entfernung",
    "calendar words": "eine Tagesauswahl, freie Zeiten und der Knopf „{action}“",
    "dashboard words": "Kennzahl-Karten ({figures}), ein Diagramm pro Tag und eine Zeitraumauswahl",
    "chat words": "ein Nachrichtenverlauf und ein Eingabefeld mit dem Knopf „{action}“",
    "upload words": "ein Ablagebereich mit Dateiauswahl und die Dateien mit ihrem Fortschritt",
    "settings words": "Schalter ({toggles}) und der Knopf „{action}“",
    # Markdown: UI elements
    "el choice": "Auswahl ({choices}): wie genau; die erste ist gewählt.",
    "el input": "Eingabefeld „{label}“: Angabe für „{goal}“.",
    "el search": "Suchfeld und Knopf „{label}“: grenzen die Liste ein.",
    "el row button": "Knopf „{action}“ in jeder Zeile: wirkt auf diese Zeile.",
    "el filter": "Filter „{filter}“: zeigt nur passende Zeilen.",
    "el table": "Tabelle „{obj}“: Beispielzeilen; die gewählte Zeile ist mit „>“ markiert.",
    "el pagination": "Seiten: vorherige und nächste Seite.",
    "el status card": "Statuskarte mit Fortschrittsbalken: wo alles gerade steht.",
    "el steps": "Schritte: erledigt [x], aktuell [>], offen [ ].",
    "el refresh": "Knopf „Aktualisieren“: lädt den neuesten Status.",
    "el primary": "Hauptknopf „{action}“: inaktiv, bis alle Felder gültig sind.",
    "el cancel": "Knopf „Abbrechen“: verlässt die Seite ohne zu speichern.",
    "el summary": "Bestellübersicht: Artikel, Preise und Gesamtsumme.",
    "el map": "Karte: wo Sie sind (*) und die nächsten Orte („{obj}“), nummeriert wie in der "
    "Liste darunter.",
    "el map rows": "Liste „{obj}“: Entfernung und Knopf „{action}“ in jeder Zeile.",
    "el days": "Tagesauswahl: die Wochentage; der gewählte Tag steht in Klammern.",
    "el slots": "Zeiten: freie sind wählbar, belegte durchgestrichen, die gewählte markiert.",
    "el pick": "Auswahl „{label}“: grenzt die freien Zeiten ein.",
    "el confirm": "Knopf „{action}“: bestätigt die gewählte Zeit.",
    "el figures": "Kennzahl-Karten: {figures}, jeweils mit der Veränderung im Zeitraum.",
    "el chart": "Diagramm: ein Balken pro Tag des Zeitraums.",
    "el period": "Zeitraumauswahl: welche Tage die Zahlen umfassen.",
    "el thread": "Nachrichtenverlauf: Nachrichten des Gegenübers links, Ihre rechts, mit Uhrzeit.",
    "el compose": "Eingabefeld und Knopf „{action}“: senden die Nachricht.",
    "el drop": "Ablagebereich: Dateien hierher ziehen oder auswählen; er nennt die erlaubten "
    "Dateien.",
    "el files": "Dateiliste: jede Datei mit Fortschritt und einem Knopf zum Entfernen [ x ].",
    "el upload": "Knopf „{action}“: sendet die Dateien.",
    "el toggles": "Schalter: {toggles}; [x] ist an.",
    "el save": "Knopf „{action}“: speichert die Änderungen; „{cancel}“ lässt alles, wie es war.",
    "el message": "Meldung „{message}“: erscheint im Fall „{given}“.",
    "el nav": "{nav}: führt von „{activity}“ zu anderen Teilen von {product}.",
    "nav web": "Obere Navigation",
    "nav mobile": "Untere Tab-Leiste",
    "nav desktop": "Seitenleiste und Menü",
    # Markdown: Navigation
    "via web": "die obere Navigation",
    "via mobile": "die Tab-Leiste",
    "via desktop": "die Seitenleiste",
    "comes from": "- Kommt von: „{activity}“ (über {via}), Aufgabe „{task}“.",
    "leads to": "- „{action}“ führt zu {next}.",
    "next form": "einer Bestätigung, dann zum nächsten Schritt",
    "next list": "den Details der gewählten Zeile ({noun})",
    "next status": "derselben Seite mit dem neuesten Status",
    "next checkout": "einer Quittung mit der Bestellnummer",
    "next map": "dem gewählten Ort mit Wegbeschreibung",
    "next calendar": "der Bestätigung der gewählten Zeit",
    "next dashboard": "denselben Kennzahlen für den gewählten Zeitraum",
    "next chat": "demselben Verlauf mit der neuen Nachricht",
    "next upload": "den hochgeladenen Dateien",
    "next settings": "derselben Seite mit den gespeicherten Änderungen",
    "back returns": "- Zurück führt zu „{activity}“; Eingaben gehen nicht verloren.",
    "unhappy stay": "- Fehler bleiben auf dieser Seite und zeigen ihre Meldung an Ort und Stelle.",
    # Markdown: Notes
    "note unhappy": "- Fehlerfall: „{message}“",
    "note criteria": "- Abgedeckte Akzeptanzkriterien:",
    "note assumes": "- Angenommen wird eine angemeldete Sitzung ({role}); Namen und Werte sind "
    "Beispiele.",
    "note wide": "- Breite Zeichen (CJK, Emoji) aus der Story erscheinen als „?“.",
}

_YOU = {"ich": "Sie", "mich": "Sie", "mir": "Ihnen", "mein": "Ihr", "meine": "Ihre",
        "meinen": "Ihren", "meinem": "Ihrem", "meiner": "Ihrer", "meines": "Ihres",
        "bin": "sind", "habe": "haben", "kann": "können", "darf": "dürfen", "muss": "müssen",
        "will": "wollen", "weiß": "wissen", "mag": "mögen", "soll": "sollen"}  # fmt: skip
_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines mein meine meinen meinem "
    "meiner dieser diese dieses diesen".split()
)
_LINKS = frozenset({"der", "des", "von"})
_STOPS = pack_for("de").stopwords


def _you(text: str) -> str | None:
    """A situation told to the user: "ich habe keinen Zugriff" -> "Sie haben keinen Zugriff"."""
    words = text.split(" ")
    out, after = [], False
    for word in words:
        core = re.sub(r"\W", "", word)
        lowered = core.lower()
        if lowered in _YOU:
            out.append(word.replace(core, _YOU[lowered]))
            after = lowered == "ich"
        elif after and lowered.endswith("e") and core.islower():  # "verliere" -> "verlieren"
            out.append(word.replace(core, core + "n"))
            after = False
        elif after and core.islower() and lowered not in _STOPS:
            return None  # a verb form this table does not know
        else:
            out.append(word)
            after = after and lowered in _STOPS
    return " ".join(out)


PHRASES = Phrases(
    code="de",
    words=WORDS,
    headings=("Aufbau", "UI-Elemente", "Navigation", "Hinweise"),
    kinds=(
        (
            "settings",
            r"einstellung|präferenz|aktivieren oder deaktivieren|"
            r"benachrichtigungen? (?:aus|ab)schalten|deaktivier",
        ),
        ("status", r"verfolg|\bstatus|benachrichtig|erinnerung|sendungsverfolgung"),
        (
            "checkout",
            r"bezahl|zahlung|\bzahlen\b|warenkorb|\bkasse\b|\bkaufen|\bkauf\b|checkout|"
            r"kreditkarte",
        ),
        (
            "map",
            r"\bkarte\b|landkarte|standort|in der nähe|\broute\b|\bgps\b|umgebung|"
            r"wegbeschreibung",
        ),
        (
            "calendar",
            r"\btermin|zeitfenster|kalender|\bslots?\b|uhrzeit|\bbuchen|buchung|"
            r"reservier|verfügbarkeit|dienstplan|\bschicht",
        ),
        (
            "chat",
            r"\bchat|nachricht(?:en)? (?:an|schreiben|senden)|konversation|unterhaltung|"
            r"messenger",
        ),
        (
            "upload",
            r"hochlad|upload|anhäng|\banhang|\bfotos?\b|\bbilder?\b|\bdatei|"
            r"dokument\w* hoch",
        ),
        (
            "dashboard",
            r"dashboard|statistik|analyse|\bbericht|kennzahl|umsatz|diagramm|"
            r"auswertung|einnahmen",
        ),
    ),  # fmt: skip
    list_verbs=r"^(?:suchen|finden|sehen|ansehen|anzeigen|durchsuchen|filtern|sortieren|"
    r"vergleichen|stöbern|durchblättern|einsehen|auflisten)$",
    status_verbs=r"^(?:verfolgen|erhalten|bekommen|überwachen|beobachten)$",
    form_verbs=r"^(?:erstellen|anlegen|registrieren|hinzufügen|senden|schreiben|bearbeiten|"
    r"ändern|ausfüllen|eintragen|beantragen|anmelden|abmelden|einreichen|bewerten|bestätigen|"
    r"einladen|zurücksetzen)$",
    meta_verbs=r"^(?:nutzen|benutzen|verwenden|haben|zugreifen)$",
    browse_words=r"ergebnis|katalog",
    tool_words=r"dokument|tabelle|\bexport|\bimport|editor|bericht|vorlage|rechnung",
    containers=r"^(?:liste|übersicht|katalog|verlauf)\s+(?:der|aller|von|meiner)\s+",
    role_frame=r"^\W*als\s+(?:ein|eine|der|die)?\s*(?P<role>[^,.;:]{1,80}?)\s*,?\s+"
    r"(?:möchte|will|muss|brauche)\s+ich",
    subordinators=r"^,?\s*(?:dass|daß)\b",
    fields=(
        (r"\bname\b|registrier|\bkonto", "Name", "Anna Schmidt"),
        (r"e-?mail", "E-Mail", "anna@example.com"),
        (r"telefon|\bsms\b|handy", "Telefon", "+49 151 2345678"),
        (r"passwort|registrier|\bkonto", "Passwort", "********"),
        (r"karte|bezahl|zahlung", "Kartennummer", "4242 4242 4242 4242"),
        (r"karte|bezahl|zahlung", "Ablauf / CVC", "12/27  123"),
        (r"adresse|liefer", "Adresse", "Hauptstraße 12"),
        (r"datum|\btermin|\bslot|\bbuch|reservier", "Datum und Uhrzeit", "Fr 18:00–19:00"),
        (r"menge|anzahl|artikel|warenkorb", "Menge", "2"),
        (r"preis|betrag|kosten", "Preis", "12,50"),
        (r"bewert|sterne", "Bewertung", "4 von 5"),
        (r"rezension|kommentar|feedback", "Kommentar", "Schnell und freundlich, danke!"),
    ),
    messages=(
        ("declined", r"abgelehnt|nicht gedeckt", "{payment} abgelehnt. Versuchen Sie {method}."),
        (
            "nomatch",
            r"keine (?:treffer|ergebnisse)|nichts gefunden|nichts passt",
            "Keine Treffer. Versuchen Sie andere Suchbegriffe.",
        ),
        (
            "stale",
            r"nicht geladen|veraltet|antwortet nicht",
            "Es werden die zuletzt bekannten Daten gezeigt; sie können veraltet sein.",
        ),
        (
            "offline",
            r"verbindung|offline|kein internet|kein netz",
            "Keine Verbindung. Ihre Eingaben bleiben erhalten.",
        ),
        (
            "busy",
            r"(?:termin|zeit|slot|platz|tisch)\w* (?:ist )?(?:bereits |schon )?"
            r"(?:vergeben|belegt|gebucht)",
            "Dieser Termin ist bereits vergeben. Bitte wählen Sie einen anderen.",
        ),
        (
            "taken",
            r"bereits registriert|schon registriert|(?:e-?mail|benutzername)\w* "
            r"(?:ist )?(?:bereits|schon)",
            "{login} ist bereits registriert.",
        ),
        (
            "invalid",
            r"ungültig|\bfehlt|fehlend|falsch|pflichtfeld|\bleer|format|unvollständig",
            "Bitte prüfen Sie „{field}“: fehlt oder ist ungültig.",
        ),
        (
            "denied",
            r"keine (?:berechtigung|rechte)|kein zugriff|nicht berechtigt|"
            r"zugriff verweigert",
            "Sie haben keine Berechtigung dafür.",
        ),
        (
            "muted",
            r"benachrichtigungen? (?:sind |ist )?(?:aus|deaktiviert)",
            "Benachrichtigungen sind ausgeschaltet.",
        ),
    ),  # fmt: skip
    given=r"\s*angenommen,?\s+(.+?),?\s+wenn\b",
    unhappy=r"\bnicht\b|\bkein|\bfehl|ungültig|falsch|storniert|abgelehnt|verloren|weniger als|"
    r"ausverkauft|überschritten|zu viele|abgelaufen|verweigert|\bleer|bereits (?:vergeben|"
    r"registriert|belegt|vorhanden)",
    trying=r"\bversuche\b|\bversucht\b",
    first_person=r"(?<!\w)(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|meines)(?!\w)",
    choice_preps=r"mit|per|über|via",
    joiners=r"oder",
    ands=r"und",
    leading=_STOPS | _ARTICLES,
    stops=_STOPS - _LINKS - _ARTICLES,
    links=_LINKS,
    articles=_ARTICLES,
    days=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    decimal=",",
    verb_last=True,
    you=_you,
    lower=lambda text: text,  # nouns keep their capitals
)
