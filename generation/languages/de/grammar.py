"""German grammar for writing stories: verb forms, roles and noun phrases, by rule.

Requirements say "Der Kunde lädt Belege hoch"; a story says "Als Kunde möchte ich Belege
hochladen" and a criterion "wenn ich Belege hochlade" or "wenn ich versuche, Belege
hochzuladen". No dictionary is loaded; what the rules cover:

- Verbs. Which lower-case words are verbs: the about 330 of ``_VERBS`` and ``_BASE_VERBS``
  with any prefix or particle ("be-", "ver-", "hoch", "zurück", ...), every "-ieren" verb,
  and an "-en" word that closes its clause. The infinitive of a 3rd-person present form
  ("bucht", "ändert", "sammelt", "bearbeitet", "rechnet", "kategorisiert") by the regular
  endings, of the strong verbs whose vowel changes ("sieht", "lädt", "erhält") from
  ``_STRONG``, of the subjunctive of indirect speech ("Das System sende" -> "senden") and of
  a past participle ("angezeigt" -> "anzeigen", strong ones from ``_STRONG_PARTICIPLES``).
  Separable particles join their verb in the infinitive and take "zu" in between
  ("hochzuladen"). First and third person singular of any infinitive: regular endings, the
  strong verbs' vowel change, and ``_IRREGULAR`` (sein, haben, werden, wissen, tun and the
  modals). Past tenses are not read.
- Roles. A subject that names people ("Die registrierten Kunden", "dem Patienten",
  "Nutzer:innen") in the nominative singular a story starts with ("registrierter Kunde",
  "Patient", "Nutzer"): people nouns from ``_PEOPLE`` (compounds by their last part,
  "Systemadministratoren"; short ones such as "Kunde" only whole, so that "Sekunde" is
  nobody), feminine "-in(nen)", nominalised adjectives ("Erwachsene" -> "Erwachsener"), and
  a handful of irregular plurals ("Ärzte" -> "Arzt").
- Noun phrases. Gender by ``_GENDER`` (its words also as the end of a compound) or the
  noun's ending, so that a phrase in the nominative ("ein schneller Filter") goes into the
  accusative ("einen schnellen Filter"), a bare noun gets its article ("den Dunkelmodus"),
  and a title drops its article with the adjective's ending fixed ("das neue Konto" ->
  "Neues Konto"). The plural of a noun is told by its ending only; a plural the endings miss
  is treated as a singular of the gender its ending suggests.
- Possessives and "man" move to the first person ("seine Daten" -> "meine Daten").

A word the rules do not know keeps the form it is written in.
"""

from __future__ import annotations

import re

__all__ = [
    "ADJECTIVE_ENDINGS",
    "ARTICLES",
    "NOT_VERBS",
    "PREPOSITIONS",
    "accusative",
    "drop_article",
    "finite_infinitive",
    "first_person",
    "first_person_words",
    "gender",
    "is_adjective",
    "is_infinitive",
    "is_known_verb",
    "is_noun",
    "is_participle",
    "is_person",
    "is_plural",
    "is_product",
    "join",
    "known_singular",
    "participle_infinitive",
    "role_form",
    "separable",
    "third_person",
    "unzu",
    "verb_second",
    "zu_infinitive",
]

ARTICLES = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner keines jeder jede jedes jeden jedem alle allen aller diese dieser dieses diesen
    diesem sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres mein meine
    meinen meinem meiner meines unser unsere unseren unserem unserer dein deine deinen deinem
    deiner beide beiden mehrere einige viele welche""".split()
)
PREPOSITIONS = frozenset(
    """an am ans auf aus bei beim bis durch für fürs gegen hinter in im ins mit nach neben
    ohne per pro seit über um unter von vom vor während wegen zu zum zur zwischen innerhalb
    außerhalb anhand mittels samt statt trotz via ab gemäß laut inklusive inkl. inkl
    bezüglich hinsichtlich""".split()
)
#: Endings an adjective takes before a noun ("neu-en", "groß-e").
ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")
_ADJECTIVE_SUFFIXES = (
    "ig", "lich", "isch", "bar", "sam", "los", "haft", "al", "ell", "iv", "är", "ös", "end",
    "iert", "frei", "voll", "weit", "fähig", "mäßig", "artig", "reich",
)  # fmt: skip
_ADJECTIVES = frozenset(
    """neu alt groß klein eigen einzeln gesamt ganz letzt nächst erst zweit dritt weit lang
    kurz hoch voll leer gut schlecht schnell langsam privat öffentlich ander bestimmt
    gewünscht frei offen geschlossen aktiv inaktiv jung mittler einfach sicher wichtig
    verschieden weiter kommend vergangen früh spät heutig jetzig aktuell monatlich wöchentlich
    täglich jährlich regelmäßig einmalig digital mobil lokal global intern extern persönlich
    gemeinsam zentral manuell automatisch verfügbar gültig ungültig richtig falsch hell dunkel
    rot grün blau schwarz weiß klar genau direkt mehrer wenig viel beid beliebig relevant
    transparent intelligent konsistent permanent elegant effizient kompetent
    verständlich""".split()
)
_PARTICLES = (
    "wiederher", "zusammen", "herunter", "hinunter", "zurück", "heraus", "herein", "hinaus",
    "hinein", "vorbei", "weiter", "bereit", "hinzu", "voran", "nach", "fest", "frei", "hoch",
    "fort", "dar", "auf", "aus", "ein", "mit", "vor", "weg", "los", "her", "hin", "ab", "an",
    "bei", "zu", "teil", "um", "durch",
)  # fmt: skip
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "wider")
#: Verbs with "durch"/"um"/"über" that do separate ("führt ... durch").
_SEPARATE_ANYWAY = frozenset(
    "durchführen umbenennen umstellen umbuchen umschalten umwandeln umziehen umsteigen".split()
)
#: Verbs that "durch", "um", "über" and "unter" stay on ("durchsuchen", "übertragen").
_NEVER_SEPARATE = ("durch", "um", "über", "unter", "wider")

#: Base verbs: what a prefix or particle is put before, and what tells a verb.
_BASE_VERBS = frozenset(
    """
    arbeiten bauen beten bieten binden bitten blenden brauchen brechen bringen buchen checken
    danken decken denken drucken drücken fahren fallen fangen fassen fehlen feiern filtern
    finden fließen folgen fordern fragen freuen führen füllen fügen geben gehen gelten
    gewinnen glauben greifen haben halten handeln hängen heben heißen helfen holen hören
    kaufen kennen klicken kommen können laden lassen laufen legen leiten lesen liefern
    loggen lösen machen malen melden merken messen nehmen nennen nutzen nützen öffnen
    ordnen packen passen planen prüfen rechnen regeln reichen reisen richten rufen sagen
    sammeln schaffen schalten schauen schicken schieben schlagen schließen schreiben sehen
    senden setzen sichern sorgen sparen speichern sperren spielen sprechen stehen stellen
    stimmen streichen suchen tauschen teilen tippen tragen treffen treten tun wählen wandeln
    warten waschen wechseln weisen wenden werben werfen wissen zahlen zählen zeichnen zeigen
    ziehen ändern achten bilden blättern buchen drehen erben fahren funktionieren gießen
    kleben kehren kochen lernen leben lieben mischen nähen pflegen raten räumen reden
    scannen schauen schätzen schneiden schützen sitzen starten stoppen surfen tanken
    testen trennen üben wachsen wagen wohnen wünschen zwingen laden loggen tragen
    """.split()
)
#: Whole verbs a requirement commonly names, beyond the prefixed base verbs.
_VERBS = frozenset(
    """
    anmelden abmelden einloggen ausloggen registrieren hochladen herunterladen anzeigen
    ansehen einsehen auswählen eintragen erfassen erstellen anlegen hinzufügen bearbeiten
    ändern löschen entfernen speichern stornieren absagen verschieben buchen reservieren
    bestellen kaufen bezahlen zahlen suchen filtern sortieren durchsuchen finden teilen
    freigeben einladen exportieren importieren drucken bewerten kommentieren verwalten
    zuweisen genehmigen ablehnen sperren entsperren verfolgen überwachen erhalten bekommen
    empfangen senden versenden verschicken schicken benachrichtigen informieren erinnern
    festlegen einstellen konfigurieren anpassen personalisieren angeben eingeben auswerten
    vergleichen kategorisieren zuordnen markieren synchronisieren aktualisieren öffnen
    schließen starten beenden abschließen abbrechen bestätigen prüfen kontrollieren
    verwenden nutzen benutzen navigieren wechseln umschalten zurücksetzen wiederherstellen
    einrichten erstellen planen organisieren dokumentieren archivieren abonnieren
    kündigen verlängern berechnen anfordern beantragen einreichen hinterlegen verknüpfen
    zusammenfassen kopieren verschlüsseln authentifizieren anpassen darstellen einblenden
    ausblenden aufrufen abrufen bereitstellen anbieten unterstützen ermöglichen erlauben
    gestatten speichern einfließen ansehen vormerken merken notieren chatten antworten
    beantworten kontaktieren schreiben lesen hören sehen zeigen übermitteln übertragen
    weiterleiten zustellen liefern abholen zurückgeben ausleihen verleihen mieten vermieten
    bewerben einsenden hochstufen upgraden downgraden sichern laden scannen fotografieren
    aufnehmen abspielen streamen abfragen einschränken begrenzen verhindern protokollieren
    """.split()
)
#: Strong verbs whose 3rd person singular changes its vowel (also after a prefix).
_STRONG = {
    "sehen": "sieht", "geben": "gibt", "nehmen": "nimmt", "lesen": "liest", "laden": "lädt",
    "halten": "hält", "fahren": "fährt", "tragen": "trägt", "lassen": "lässt",
    "laufen": "läuft", "fangen": "fängt", "fallen": "fällt", "schlafen": "schläft",
    "schlagen": "schlägt", "helfen": "hilft", "sprechen": "spricht", "brechen": "bricht",
    "treffen": "trifft", "werfen": "wirft", "vergessen": "vergisst", "messen": "misst",
    "essen": "isst", "treten": "tritt", "gelten": "gilt", "empfehlen": "empfiehlt",
    "befehlen": "befiehlt", "stehlen": "stiehlt", "sterben": "stirbt", "werben": "wirbt",
    "stoßen": "stößt", "raten": "rät", "waschen": "wäscht", "wachsen": "wächst",
    "graben": "gräbt", "blasen": "bläst", "geschehen": "geschieht", "stechen": "sticht",
}  # fmt: skip
#: Verbs whose present is irregular beyond a vowel: (1st person, 3rd person singular).
_IRREGULAR = {
    "sein": ("bin", "ist"), "haben": ("habe", "hat"), "werden": ("werde", "wird"),
    "wissen": ("weiß", "weiß"), "tun": ("tue", "tut"), "können": ("kann", "kann"),
    "müssen": ("muss", "muss"), "dürfen": ("darf", "darf"), "sollen": ("soll", "soll"),
    "wollen": ("will", "will"), "mögen": ("mag", "mag"), "möchten": ("möchte", "möchte"),
}  # fmt: skip
_FINITE_IRREGULAR = {third: verb for verb, (_, third) in _IRREGULAR.items()} | {
    "sind": "sein",
    "seid": "sein",
    "hast": "haben",
    "weißt": "wissen",
    "möchte": "möchten",
    "kannst": "können",
    "musst": "müssen",
    "darfst": "dürfen",
}
_FINITE_STRONG = {third: verb for verb, third in _STRONG.items()}
_PLURAL_FINITE = {"sind": "sein", "haben": "haben", "werden": "werden", "tun": "tun"}

#: Strong participles whose stem differs from the infinitive's.
_STRONG_PARTICIPLES = {
    "geschrieben": "schreiben", "gefunden": "finden", "genommen": "nehmen",
    "geschlossen": "schließen", "geboten": "bieten", "gezogen": "ziehen",
    "getroffen": "treffen", "geworfen": "werfen", "gesandt": "senden", "gebracht": "bringen",
    "gedacht": "denken", "gekannt": "kennen", "genannt": "nennen", "gewusst": "wissen",
    "gesprochen": "sprechen", "gebrochen": "brechen", "gestrichen": "streichen",
    "gewiesen": "weisen", "gegriffen": "greifen", "gehoben": "heben", "gestanden": "stehen",
    "gegangen": "gehen", "geblieben": "bleiben", "gewonnen": "gewinnen", "gebunden": "binden",
    "geschoben": "schieben", "gegolten": "gelten", "getan": "tun", "gewesen": "sein",
    "geworden": "werden", "gehabt": "haben", "gebeten": "bitten", "geflossen": "fließen",
}  # fmt: skip

# -- verbs ------------------------------------------------------------------------------------


def _split_prefix(verb: str) -> tuple[str, str]:
    """ "hochladen" -> ("hoch", "laden"); "bearbeiten" -> ("", "bearbeiten")."""
    if verb in _SEPARATE_ANYWAY:
        for particle in _PARTICLES:
            if verb.startswith(particle):
                return particle, verb[len(particle) :]
    for particle in _PARTICLES:
        if particle in _NEVER_SEPARATE or not verb.startswith(particle):
            continue
        base = verb[len(particle) :]
        if len(base) >= 3 and _is_base(base):
            return particle, base
    return "", verb


def _is_base(verb: str) -> bool:
    """A verb a particle can go before: a known base verb, itself maybe prefixed."""
    if verb in _BASE_VERBS or verb.endswith("ieren") and len(verb) > 6:
        return not verb.endswith("ieren") or verb in _BASE_VERBS
    return any(
        verb.startswith(prefix) and verb[len(prefix) :] in _BASE_VERBS for prefix in _INSEPARABLE
    )


def separable(verb: str) -> tuple[str, str]:
    """The particle and the rest of a separable verb ("zurücksetzen" -> "zurück", "setzen");
    ("", verb) for one that does not separate."""
    return _split_prefix(verb.lower())


def is_known_verb(word: str) -> bool:
    """Whether ``word`` is an infinitive the rules know: listed, "-ieren", or a prefix on one."""
    low = word.lower()
    if low in _VERBS or low in _BASE_VERBS or low in _IRREGULAR or low in _STRONG:
        return True
    if low.endswith("ieren") and len(low) > 6:
        return True
    particle, base = _split_prefix(low)
    if particle:
        return True
    return any(
        low.startswith(prefix) and (low[len(prefix) :] in _BASE_VERBS | _VERBS)
        for prefix in _INSEPARABLE
    )


def is_infinitive(word: str, final: bool = False) -> bool:
    """Whether ``word`` can be an infinitive: lower case (or "-ieren") with its ending;
    ``final``: it closes the clause, where an "-en" word is a verb, not an adjective."""
    if not word.isalpha():
        return False
    low = word.lower()
    if word[:1].isupper() and not (low.endswith("ieren") or is_known_verb(low)):
        return False
    if low in {"sein", "tun"}:
        return True
    if low in ARTICLES or low in PREPOSITIONS or low in NOT_VERBS:
        return False
    if is_adjective(low) and not (final and low.endswith("en") and not word[:1].isupper()):
        return False
    return low in _IRREGULAR or low in {"sein", "tun"} or low.endswith(("en", "ern", "eln"))


def is_participle(word: str) -> bool:
    """Whether ``word`` reads as a past participle ("gespeichert", "angezeigt", "verschickt")."""
    low = word.lower()
    if not low.isalpha() or low in NOT_VERBS or low in ARTICLES or low in PREPOSITIONS:
        return False
    if low in _STRONG_PARTICIPLES or low.endswith("iert"):
        return True
    rest = low
    for candidate in _PARTICLES:
        if low.startswith(candidate + "ge") and len(low) > len(candidate) + 4:
            rest = low[len(candidate) :]
            break
    if rest.startswith("ge") and rest.endswith(("t", "en")) and len(rest) > 4:
        return True
    return any(low.startswith(p) for p in _INSEPARABLE if p != "ge") and low.endswith("t")


def participle_infinitive(word: str) -> str:
    """ "gespeichert" -> "speichern", "angezeigt" -> "anzeigen"; unknown forms unchanged."""
    low = word.lower()
    if low in _STRONG_PARTICIPLES:
        return _STRONG_PARTICIPLES[low]
    for particle in ("", *_PARTICLES):
        if not low.startswith(particle):
            continue
        rest = low[len(particle) :]
        if particle and not rest.startswith("ge"):
            continue
        if rest in _STRONG_PARTICIPLES:
            return particle + _STRONG_PARTICIPLES[rest]
        if rest.startswith("ge") and len(rest) > 4:
            stem = rest[2:]
            if stem.endswith("en"):
                return particle + stem
            return particle + _regular_infinitive(stem)
    if low.endswith("t"):
        return _regular_infinitive(low)
    return low


def _regular_infinitive(third: str) -> str:
    """The infinitive of a regular 3rd person singular ("bucht", "ändert", "sammelt")."""
    if third.endswith("iert"):
        return third[:-1] + "en"
    if len(third) > 4 and third.endswith(("elt", "ert")) and third[-4] not in "aeiouäöü":
        return third[:-1] + "n"
    if third.endswith("et") and len(third) > 4 and _needs_e(third[:-2]):
        return third[:-2] + "en"
    if third.endswith("t"):
        stem = third[:-1]
        syllabic = stem.endswith(("el", "er")) and len(stem) > 4 and stem[-3] not in _VOWELS
        return stem + ("n" if syllabic else "en")
    return third


_VOWELS = "aeiouäöüy"


def _needs_e(stem: str) -> bool:
    """Whether a verb stem takes "-et" ("sendet", "rechnet", "öffnet"), not "-t"."""
    if stem.endswith(("d", "t")):
        return True
    if len(stem) < 3 or stem[-1] not in "mn":
        return False
    before = stem[-2]
    if before == "h":
        return stem[-3] == "c"  # "rechnet", "zeichnet", but "wohnt"
    return before not in _VOWELS and before not in "lrm"


def finite_infinitive(word: str) -> str:
    """The infinitive of a present form: "bucht" -> "buchen", "erhält" -> "erhalten",
    "buchen" -> "buchen"; the particle a separable verb left at the end is not known here."""
    low = word.lower()
    if low in _FINITE_IRREGULAR:
        return _FINITE_IRREGULAR[low]
    if low in _PLURAL_FINITE:
        return _PLURAL_FINITE[low]
    for third, verb in _FINITE_STRONG.items():
        if low.endswith(third):
            prefix = low[: -len(third)]
            if not prefix or prefix in _INSEPARABLE or prefix in _PARTICLES:
                return prefix + verb
    if low.endswith(("en", "ern", "eln")) and not low.endswith("iert"):
        return low
    if low.endswith("e") and is_known_verb(low + "n"):
        return low + "n"  # the subjunctive of indirect speech: "Das System sende ..."
    return _regular_infinitive(low)


def _stem(verb: str) -> str:
    if verb.endswith(("eln", "ern")):
        return verb[:-1]
    if verb.endswith("en"):
        return verb[:-2]
    return verb[:-1] if verb.endswith("n") else verb


def _conjugate(verb: str, person: int) -> str:
    """The present singular of one verb in the 1st or 3rd person, particle kept in front
    (the form a subordinate clause uses: "wenn ich Belege hochlade")."""
    low = verb.lower()
    particle, base = _split_prefix(low)
    if not particle:
        for prefix in ("", *_INSEPARABLE):
            if low.startswith(prefix) and low[len(prefix) :] in _IRREGULAR | _STRONG:
                particle, base = prefix, low[len(prefix) :]
                break
    if base in _IRREGULAR:
        return particle + _IRREGULAR[base][0 if person == 1 else 1]
    if person == 3 and base in _STRONG:
        return particle + _STRONG[base]
    if not base.endswith("n"):
        return low
    if person == 1:
        if base.endswith("eln"):
            return particle + base[:-3] + "le"
        return particle + _stem(base) + "e"
    stem = _stem(base)
    if base.endswith(("eln", "ern")):
        return particle + stem + "t"
    if _needs_e(stem):
        return particle + stem + "et"
    return particle + stem + "t"


def _each_verb(phrase: str, change) -> str:
    """Apply ``change`` to the finite word of every verb in "stornieren oder verschieben",
    "gespeichert werden": the last word before each conjunction."""
    words = phrase.split()
    out = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        last = following is None or following.strip(",") in {"und", "oder", "bzw."}
        bare = word.rstrip(",")
        if last and bare not in {"und", "oder", "bzw."}:
            out.append(change(bare) + ("," if word.endswith(",") else ""))
        else:
            out.append(word)
    return " ".join(out)


def first_person(phrase: str) -> str:
    """ "stornieren oder verschieben" -> "storniere oder verschiebe", "benachrichtigt werden"
    -> "benachrichtigt werde", "hochladen" -> "hochlade" (verb-final: "wenn ich ...")."""
    return _each_verb(phrase, lambda word: _conjugate(word, 1))


def third_person(phrase: str, plural: bool = False) -> str:
    """ "speichern" -> "speichert" ("dass die App ... speichert"); plural keeps the
    infinitive, but for "sein" -> "sind"."""
    if plural:
        return _each_verb(phrase, lambda word: "sind" if word == "sein" else word)
    return _each_verb(phrase, lambda word: _conjugate(word, 3))


def verb_second(phrase: str, plural: bool = False) -> tuple[str, str]:
    """The finite verb that comes second in a main clause, and what goes to its end:
    "anzeigen" -> ("zeigt", "an"), "gespeichert werden" -> ("wird", "gespeichert")."""
    words = phrase.split()
    if len(words) > 1 and words[-2] not in {"und", "oder"}:
        finite = third_person(words[-1], plural)
        return finite, " ".join(words[:-1])
    if len(words) != 1:
        return third_person(phrase, plural), ""
    particle, base = _split_prefix(words[0])
    if particle:
        return third_person(base, plural), particle
    return third_person(words[0], plural), ""


def zu_infinitive(phrase: str) -> str:
    """ "stornieren" -> "zu stornieren", "hochladen" -> "hochzuladen", "gespeichert werden"
    -> "gespeichert zu werden", for "wenn ich versuche, ... zu ..."."""

    def with_zu(word: str) -> str:
        particle, base = _split_prefix(word)
        return f"{particle}zu{base}" if particle else f"zu {word}"

    return _each_verb(phrase, with_zu)


def unzu(word: str) -> str | None:
    """The infinitive inside a "zu" form ("hochzuladen" -> "hochladen"), else None."""
    low = word.lower()
    for particle in _PARTICLES:
        if low.startswith(particle + "zu") and len(low) > len(particle) + 5:
            base = low[len(particle) + 2 :]
            if _is_base(base) or is_known_verb(particle + base):
                return particle + base
    return None


# -- nouns and roles --------------------------------------------------------------------------

NOT_VERBS = frozenset(
    """oben unten eben gegen morgen zwischen trotzdem außen innen hinten vorne wegen
    eigenen unseren ihren seinen meinen allen einen keinen diesen jeden welchen denen
    deren dessen wenn dann denn wann ob selbst jetzt zuletzt erst zuerst meist bereits
    sonst längst oft insgesamt direkt sofort stets nicht nichts gut weit bereit spät
    zuvor bisher mindestens höchstens spätestens frühestens maximal einmal zweimal""".split()
)

#: People a subject can name, singular nominative (compounds match by their last part).
_PEOPLE = frozenset(
    """
    benutzer nutzer anwender kunde käufer verkäufer händler admin administrator mitarbeiter
    manager leiter fahrer patient arzt pfleger lehrer schüler student dozent teilnehmer
    besucher gast mitglied spieler trainer autor redakteur moderator leser abonnent mieter
    vermieter eigentümer besitzer inhaber bewerber personaler recruiter entwickler tester
    betreiber kurier bote fahrgast passagier veranstalter organisator sachbearbeiter
    disponent berater coach elternteil kind bürger einwohner empfänger absender person
    mensch koch kellner kassierer verwalter prüfer gutachter interessent kollege experte
    tutor mentor lehrkraft pflegekraft fachkraft führungskraft hilfskraft assistent
    praktikant auszubildender azubi lieferant dienstleister handwerker techniker
    mechaniker therapeut apotheker sekretär buchhalter steuerberater anwalt richter
    beamter sportler athlet fan zuschauer hörer zuhörer künstler musiker fotograf
    designer analyst ingenieur architekt planer makler vertreter vertriebler spender
    helfer freiwilliger ehrenamtlicher senior rentner jugendlicher erwachsener kollegin
    reisender studierender lehrender angestellter beschäftigter mitarbeitender
    teilnehmender interessierter versicherter beteiligter verantwortlicher
    vorgesetzter gründer partner team supporter agent operator owner user führer
    geschäftsführer einkäufer lagerist disponent pilot vermittler auftraggeber
    auftragnehmer kontoinhaber kassenwart schriftführer vorstand trainerin
    """.split()
)
#: Short people nouns match only as a whole word or after a hyphen or a linking "s"
#: ("Geschäftskunde"), so that "Sekunde" and "Angebote" name no one.
_SHORT_PEOPLE = frozenset(w for w in _PEOPLE if len(w) <= 5)
_PEOPLE_PREFIXES = (
    "end", "stamm", "neu", "privat", "firmen", "fach", "haupt", "ober", "chef", "bestands",
    "groß", "einzel", "zahn", "tier", "haus", "fahr", "park", "kinder",
)  # fmt: skip
_THINGS = frozenset(
    """server computer browser filter drucker kalender ordner container parameter header
    footer banner marker zähler timer regler fehler speicher router player controller
    layer cluster poster sticker fenster zimmer wasser meter liter theater muster register
    charakter koffer nummer kammer rechner scanner finder newsletter button slider
    zeiger schalter adapter manager-tool""".split()
)
_PRODUCTS = frozenset(
    """system app anwendung applikation plattform website webseite webapp web-app software
    programm portal dienst service tool server backend frontend bot modul oberfläche ui
    gui schnittstelle api datenbank seite lösung webanwendung webapplikation tool
    client""".split()
)
#: Plurals and case forms the ending rules do not reach.
_IRREGULAR_PEOPLE = {
    "ärzte": "arzt", "ärztinnen": "ärztin", "gäste": "gast", "mitglieder": "mitglied",
    "kinder": "kind", "eltern": "elternteil", "köche": "koch", "leute": "person",
    "anwälte": "anwalt", "beamte": "beamter", "teams": "team", "kräfte": "kraft",
}  # fmt: skip
#: Nominalised adjectives: "die Erwachsenen" -> "Erwachsener".
_NOMINALISED = (
    "erwachsene", "studierende", "lehrende", "angestellte", "beschäftigte", "mitarbeitende",
    "teilnehmende", "reisende", "interessierte", "versicherte", "beteiligte", "jugendliche",
    "verantwortliche", "vorgesetzte", "auszubildende", "freiwillige", "ehrenamtliche",
    "berufstätige", "pflegebedürftige", "lernende", "nutzende", "kaufende", "beamte",
)  # fmt: skip
_UMLAUTS = str.maketrans("äöü", "aou")
_NEUTER_PEOPLE = ("mitglied", "kind", "elternteil", "team")
_GROUPS = frozenset("zielgruppe gruppe rolle zielgruppen akteur akteure stakeholder".split())


def _inclusive(word: str) -> str:
    """ "Nutzer:innen", "Nutzer*innen", "NutzerInnen" -> "Nutzer"."""
    return (
        re.sub(r"(?:[:*_/]|(?<=[a-zäöüß]))(?:-?[Ii]nnen|[Ii]n)$", "", word)
        if re.search(r"[:*_/][Ii]n(?:nen)?$|[a-zäöüß]Innen$", word)
        else word
    )


def _person_base(word: str) -> str | None:
    """The nominative singular of a people noun in any case or number, or None."""
    low = _inclusive(word).lower()
    if any(low.endswith(thing) for thing in _THINGS) or low in _PRODUCTS or low in _GROUPS:
        return None
    for plural, singular in _IRREGULAR_PEOPLE.items():
        if low.endswith(plural):
            return low[: len(low) - len(plural)] + singular
    for nominal in _NOMINALISED:
        for ending in ("n", "r", ""):
            if low.endswith(nominal + ending):
                return low[: len(low) - len(nominal + ending)] + nominal + "r"
    if low.endswith(("innen", "in")) and not low.endswith(("ein", "admin")):
        stem = low[:-5] if low.endswith("innen") else low[:-2]
        plain = stem.translate(_UMLAUTS)
        if any(_person_base(form) for form in (stem, stem + "e", plain, plain + "e")):
            return stem + "in"
    candidates = [low]
    for ending in ("en", "n", "e", "s", "ern", "er"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            candidates.append(low[: -len(ending)])
    for candidate in candidates:
        for person in _PEOPLE:
            if not candidate.endswith(person):
                continue
            prefix = candidate[: len(candidate) - len(person)]
            if (
                not prefix
                or person not in _SHORT_PEOPLE
                or prefix.endswith(("-", "s"))
                or prefix in _PEOPLE_PREFIXES
            ):
                return candidate
    return None


def is_person(word: str) -> bool:
    """Whether a noun (any case or number) names people: "Kunden", "Administratorinnen"."""
    return _person_base(word) is not None


def is_product(word: str) -> bool:
    return word.lower() in _PRODUCTS or word.lower().rstrip("s") in _PRODUCTS


def is_noun(word: str, first: bool = False) -> bool:
    """Whether ``word`` is a noun by its capital; the sentence's first word only when it is
    no article, adjective or verb."""
    if not word[:1].isupper() or not any(ch.isalpha() for ch in word):
        return False
    low = word.lower()
    if low in ARTICLES or low in PREPOSITIONS or low in _FUNCTION:
        return False
    if first and (is_adjective(low) or low in _VERBS) and not (is_person(low) or low in _PRODUCTS):
        return False
    return True


_FUNCTION = frozenset(
    """und oder aber sowie bzw als wie wenn falls sobald dass damit um zu es er sie wir ich
    man du ihr nicht nur auch noch schon sehr mehr zusätzlich außerdem optional ebenso zudem
    weiterhin darüber so dann dort hier zum zur jederzeit immer""".split()
)


def is_adjective(word: str) -> bool:
    """Whether a lower-case word reads as an inflected adjective or participle ("neuen",
    "regelmäßige", "gespeicherten", "ausgewählte")."""
    low = word.lower()
    if low in _ADJECTIVES:
        return True
    if is_known_verb(low) or low.endswith("igen") and low.startswith(_INSEPARABLE):
        return False
    if low.endswith("e") and is_known_verb(low + "n"):
        return False  # "sende", "melde": a verb's form, not an adjective's
    for ending in ADJECTIVE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            base = low[: -len(ending)]
            if base in _ADJECTIVES or base.endswith(_ADJECTIVE_SUFFIXES):
                return True
            if is_participle(base) and base.endswith("t"):
                return True
    return False


def gender(noun: str) -> str:
    """ "m", "f" or "n" for a singular noun, by its last part's ending or ``_GENDER``."""
    low = noun.lower().rsplit("-", 1)[-1]
    for size in range(len(low), 2, -1):
        if low[-size:] in _GENDER:
            return _GENDER[low[-size:]]
    base = _person_base(low)
    if base:
        if base.endswith("in"):
            return "f"
        return "n" if base.endswith(_NEUTER_PEOPLE) else "m"
    if low.endswith(_FEMININE):
        return "f"
    if low.endswith(_NEUTER):
        return "n"
    if low.endswith("e"):
        return "f"
    return "m"


_FEMININE = (
    "ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ie", "ei", "enz", "anz", "ur",
    "age", "ade", "ine", "ose", "ät", "in", "itis", "ette",
)  # fmt: skip
_NEUTER = ("chen", "lein", "um", "ment", "nis", "o", "ma", "tum", "ing", "ett", "ial", "il")
_GENDER = {
    word: kind
    for kind, words in (
        (
            "n",
            """konto profil passwort kennwort dokument formular bild dashboard ergebnis
            protokoll system menü fenster feld datum ticket produkt projekt modul budget
            geld limit update backup feedback postfach gerät team ziel spiel angebot abo
            abonnement foto video logo auto fahrzeug programm portal tool theme design
            layout icon element objekt thema konto-passwort gehalt einkommen guthaben
            kapital vermögen login konzept verzeichnis archiv handy telefon smartphone
            tablet fahrrad buch rezept produkt training kalenderblatt plugin widget
            interface zertifikat ereignis event meeting ranking rating tagebuch
            notizbuch""".split(),
        ),
        (
            "m",
            """termin bericht eintrag filter export import kalender warenkorb kommentar
            beitrag status zugang zugriff vertrag auftrag artikel dienst modus mode chat
            link ordner betrag monat tag preis plan text name code schlüssel account
            verlauf überblick inhalt wert zeitraum standort wagen platz raum kurs test
            beleg tarif rabatt gutschein einkauf verkauf versand newsletter button upload
            download screen kontostand saldo umsatz überschuss rest zeitpunkt slot
            benutzername nachname vorname server client bot service support alarm hinweis
            schritt fortschritt prozess workflow vorgang fall antrag kontakt anruf
            ort weg grund zweck dark-mode light-mode darkmode lightmode dunkelmodus
            hellmodus verlauf pin standort browser monatsbeginn anfang beginn start
            zeitplan dienstplan stundenplan speiseplan fahrplan lieferant tisch sitzplatz
            parkplatz""".split(),
        ),
        (
            "f",
            """app datei kategorie rechnung nachricht liste e-mail email mail seite ansicht
            übersicht karte adresse buchung bestellung zahlung benachrichtigung erinnerung
            suche funktion einnahme ausgabe aufgabe frage antwort bewertung statistik
            sprache farbe gruppe rolle summe woche zeit uhrzeit nummer telefonnummer pin
            tabelle grafik spalte zeile notiz schicht fahrt route strecke reise anfrage
            reservierung stornierung lieferung quittung kasse sitzung session website
            webseite plattform oberfläche ui api anwendung software datenbank
            schnittstelle lösung sms push-nachricht situation einstellung option auswahl
            vorschau historie bestätigung möglichkeit anzeige eingabe maske
            filterfunktion suchfunktion kamera galerie herkunft""".split(),
        ),
    )
    for word in words
}


def is_plural(noun: str) -> bool:
    """Whether a noun reads as a plural by its ending ("Nachrichten", "Apps")."""
    return _plural_noun(noun)


def known_singular(noun: str) -> bool:
    """Whether a noun is one the gender table knows, in the singular ("Passwort",
    "Benutzerkonto"), so that a sentence can give it its article."""
    low = noun.lower().rsplit("-", 1)[-1]
    if _plural_noun(noun):
        return False
    return any(low.endswith(key) for key in _GENDER if len(key) >= 3)


def _plural_noun(noun: str) -> bool:
    """Whether a noun reads as a plural ("Einnahmen", "Buchungen", "Apps")."""
    low = noun.lower().rsplit("-", 1)[-1]
    if low in _GENDER:
        return False
    if low.endswith(("ungen", "heiten", "keiten", "ionen", "täten", "schaften", "ien")):
        return True
    if low.endswith(("nahmen", "gaben", "daten", "nachrichten", "listen", "dateien")):
        return True
    return low.endswith("s") and not low.endswith(("us", "is", "ss", "os", "as")) and len(low) > 3


_TO_ACCUSATIVE_MASCULINE = {
    "der": "den", "ein": "einen", "kein": "keinen", "jeder": "jeden", "dieser": "diesen",
    "mein": "meinen", "sein": "seinen", "ihr": "ihren", "unser": "unseren", "dein": "deinen",
}  # fmt: skip


def accusative(phrase: str) -> str:
    """A noun phrase from the nominative into the accusative: only the masculine singular
    changes ("ein schneller Filter" -> "einen schnellen Filter"); a bare singular noun
    gets its definite article ("Dunkelmodus" -> "den Dunkelmodus")."""
    words = phrase.split()
    if not words:
        return phrase
    head = _head(words)
    if head is None:
        return phrase
    noun = words[head].strip(",;")
    following = words[head + 1].lower() if head + 1 < len(words) else ""
    plural = (
        _plural_noun(noun)
        or any(w in {"und", "oder"} for w in words[: head + 1])
        or following in {"und", "oder", "sowie"}
    )
    kind = gender(noun)
    first = words[0].lower()
    if first in ARTICLES or first in _TO_ACCUSATIVE_MASCULINE:
        if kind == "m" and not plural and first in _TO_ACCUSATIVE_MASCULINE:
            words[0] = _same_case(words[0], _TO_ACCUSATIVE_MASCULINE[first])
            for index in range(1, head):
                if words[index].endswith(("e", "er")) and is_adjective(words[index]):
                    words[index] = _stem_adjective(words[index]) + "en"
        return " ".join(words)
    if plural or head > 0 and not is_adjective(words[0]):
        return " ".join(words)
    article = "die" if plural else {"m": "den", "f": "die", "n": "das"}[kind]
    if kind == "m" and not plural:
        for index in range(head):
            if is_adjective(words[index]):
                words[index] = _stem_adjective(words[index]) + "en"
    return " ".join([article, *words])


def _head(words: list[str]) -> int | None:
    """The first noun of a phrase, before any preposition or comma."""
    for index, word in enumerate(words):
        low = word.lower().strip(",;")
        if index and (low in PREPOSITIONS or word.startswith("(")):
            return None
        if is_noun(word.strip(",;")) and not (index == 0 and is_adjective(low)):
            return index
    return None


def _stem_adjective(word: str) -> str:
    low = word.lower()
    for ending in ADJECTIVE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return word[: -len(ending)]
    return word


def drop_article(words: list[str]) -> list[str]:
    """A noun phrase without its leading article or possessive, for a title: "das neue
    Konto" -> "neues Konto", "die neuen Termine" -> "neue Termine", "seine Daten" -> "Daten"."""
    if not words or words[0].lower() not in ARTICLES:
        return words
    article = words[0].lower()
    rest = list(words[1:])
    head = _head(rest)
    if head is None:
        return rest
    noun = rest[head]
    for index in range(head):
        word = rest[index]
        if not is_adjective(word) or word[:1].isupper():
            continue
        stem = _stem_adjective(word)
        low = word.lower()
        if article in {"das", "dieses", "jedes"}:
            rest[index] = stem + "es"
        elif article in {"der", "dieser", "jeder"} and low.endswith("e"):
            rest[index] = stem + ("er" if gender(noun) == "m" else "e")
        elif article in _PLURAL_DETERMINERS and low.endswith("en"):
            rest[index] = stem + "e"
        elif article in {"sein", "ihr", "mein", "ein", "kein", "unser", "dein"}:
            rest[index] = stem + ("es" if gender(noun) == "n" else "er")
    return rest


_PLURAL_DETERMINERS = frozenset(
    "die diese alle seine ihre meine keine unsere deine welche beide beiden".split()
)


def _restore_case(original: str, base: str) -> str:
    """ "Support-Mitarbeitern", "support-mitarbeiter" -> "Support-Mitarbeiter"."""
    return "".join(
        original[i] if i < len(original) and original[i].lower() == ch else ch
        for i, ch in enumerate(base)
    )


def role_form(role: str) -> str:
    """A role as "Als ..." names it: head noun in the nominative singular and capitalised,
    adjectives before it in the strong ending ("registrierte kunden" -> "registrierter
    Kunde", "junge erwachsene" -> "junger Erwachsener")."""
    words = [_inclusive(w) for w in role.split()]
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words:
        return role
    head = len(words) - 1
    for index, word in enumerate(words):
        low = word.lower()
        if low == "bis" and 0 < index < len(words) - 1 and is_adjective(words[index + 1]):
            continue  # "junge bis mittlere Erwachsene"
        if index and low in PREPOSITIONS | {"des", "der"}:
            head = index - 1
            break
    base = _person_base(words[head])
    noun = words[head]
    if base:
        noun = _restore_case(noun, base)
    noun = noun[:1].upper() + noun[1:]
    kind = gender(noun) if base else "m"
    ending = {"m": "er", "f": "e", "n": "es"}[kind]
    before = []
    for word in words[:head]:
        low = word.lower()
        if low == "bis":
            before.append(low)
        elif is_adjective(low) or low.endswith(ADJECTIVE_ENDINGS) and not word[:1].isupper():
            stem = _stem_adjective(low) if low.endswith(ADJECTIVE_ENDINGS) else low
            before.append(stem + ending)
        else:
            before.append(word)
    return " ".join([*before, noun, *words[head + 1 :]])


#: Possessives and pronouns of the role, and what a story in the first person says.
_FIRST_PERSON = {
    "sein": "mein", "seine": "meine", "seinen": "meinen", "seinem": "meinem",
    "seiner": "meiner", "seines": "meines", "ihr": "mein", "ihre": "meine",
    "ihren": "meinen", "ihrem": "meinem", "ihrer": "meiner", "ihres": "meines",
    "dein": "mein", "deine": "meine", "deinen": "meinen", "deinem": "meinem",
    "deiner": "meiner", "sich": "mich", "man": "ich", "euch": "mich",
    "eure": "meine", "euren": "meinen", "eurem": "meinem",
}  # fmt: skip


def first_person_words(words: list[str]) -> list[str]:
    """ "sein Profil", "für einen selbst", "sich" -> "mein Profil", "für mich selbst",
    "mich"."""
    out = []
    for index, word in enumerate(words):
        low = word.lower()
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if low in {"einen", "einem"} and following == "selbst":
            out.append("mich" if low == "einen" else "mir")
        elif low in _FIRST_PERSON:
            out.append(_FIRST_PERSON[low])
        else:
            out.append(word)
    return out


def _same_case(original: str, form: str) -> str:
    return form[:1].upper() + form[1:] if original[:1].isupper() else form


def join(tokens: list[str]) -> str:
    """Tokens back into text, without spaces before punctuation or inside quotes."""
    text = " ".join(tokens)
    text = re.sub(r"\s+([,.;:!?)“”»])", r"\1", text)
    text = re.sub(r"([(„«])\s+", r"\1", text)
    return re.sub(r'"\s+(.*?)\s+"', r'"\1"', text).strip()
