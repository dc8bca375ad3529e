"""German."""

from generation.languages import LanguagePack, pattern, snowball, words

PACK = LanguagePack(
    code="de",
    name="German",
    release_names=("MVP", "Release 1", "Später"),
    untitled_map="Story Map",
    stopwords=words(
        """
        der die das den dem des ein eine einen einem einer eines und oder aber sondern denn
        dass daß als wie wenn ob weil damit um zu zum zur im in an am auf aus bei mit nach von
        vom vor über unter durch für gegen ohne bis seit zwischen ist sind war waren sein
        wird werden wurde wurden hat haben hatte kann können konnte muss müssen musste soll
        sollen sollte darf dürfen möchte möchten will wollen es er sie wir ihr ich du man
        sich sein seine ihre ihr unser unsere euer jede jeder jedes alle alles auch nur noch
        schon sehr mehr weniger nicht kein keine keinen dies diese dieser dieses jener welche
        welcher welches so dann dort hier etwa bzw usw z.b
        """
    ),
    story_frame=pattern(
        r"""^\W*als\s+(?:ein|eine|der|die)?\s*(?P<role>[^,.;:]{1,80}?)\s*,?\s+
        (?:möchte|will|muss|kann|wünsche|brauche|benötige)\s+ich(?:\s*,\s*|\s+)(?P<goal>.+?)
        (?:(?:\s*,\s*(?:damit|um|sodass|so\s+dass|weil)|\s+(?:damit|sodass|so\s+dass))\s+
        (?P<benefit>.+?))?\s*[.!]?\s*$"""
    ),
    requirement_cues=pattern(
        r"""\b(?:muss|müssen|soll|sollen|sollte|sollten|kann|können|darf|dürfen|wird|werden|
        ermöglicht|ermöglichen|erlaubt|unterstützt|benötigt|erforderlich)\b"""
    ),
    priority_words=(
        (r"muss(?:-?kriterien?|-?anforderung(?:en)?)?|hoch|kritisch|pflicht|mvp|must", "MVP"),
        (r"soll(?:-?kriterien?|-?anforderung(?:en)?)?|mittel|wichtig|should", "Release 1"),
        (
            r"kann(?:-?kriterien?|-?anforderung(?:en)?)?|wunsch(?:-?kriterien?)?|niedrig|"
            r"optional|could",
            "Later",
        ),
    ),
    wont=pattern(r"\bnicht\s+(?:umgesetzt|implementiert|enthalten|vorgesehen)\b"),
    future=pattern(
        r"""\b(?:in\s+zukunft|zukünftig|künftig|später(?:en)?\s+(?:versionen?|phasen?|ausbaustufen?)|
        in\s+einer\s+späteren|perspektivisch)\b"""
    ),
    priority_label="priorität",
    phase_word=r"phase|stufe|ausbaustufe|version|release|meilenstein|iteration|sprint",
    toc_headings=pattern(r"inhalt|inhaltsverzeichnis"),
    non_goal_headings=pattern(
        r"""abgrenzungskriterien|abgrenzung|nicht[- ]ziele|nicht\s+im\s+umfang|
        außerhalb\s+des\s+(?:umfangs|projekts)|nicht\s+enthalten|ausschlüsse"""
    ),
    context_headings=pattern(
        r"""inhalt|inhaltsverzeichnis|glossar|begriffe|definitionen|abkürzungen|
        referenzen|quellen|literatur|änderungshistorie|änderungsverlauf|versionshistorie|
        risiken|annahmen|abhängigkeiten|offene\s+fragen|metriken|kennzahlen|kpis?|anhang|
        wettbewerb|konkurrenz|budget|zeitplan|team|architektur|datenmodell|datenbank(?:schema)?|
        technologien|lizenz|abnahme\w*|lieferumfang|liefertermin"""
    ),
    role_headings=pattern(
        r"""rollen|akteure|benutzer(?:gruppen|rollen)?|nutzer(?:gruppen)?|zielgruppen?|personas|
        anwender"""
    ),
    background_headings=pattern(
        r"""einleitung|einführung|überblick|übersicht|zusammenfassung|vision|zweck|ziele?|
        zielbestimmung|problem(?:stellung)?|hintergrund|kontext|ausgangssituation|motivation"""
    ),
    requirement_columns=pattern(r"anforderung(?:en)?|beschreibung|funktion|user\s+story|merkmal"),
    priority_columns=pattern(r"priorität|prio|wichtigkeit|phase"),
    metadata_keys=words(
        """liefertermin lieferumfang abnahme ansprechpartner auftraggeber auftragnehmer
        version autor autoren datum status verantwortlich geprüft freigegeben projekt
        stand"""
    ),
    not_people=words(
        """system systeme app anwendung applikation server backend frontend datenbank dienst
        service plattform webseite website modul komponente tabelle seite bildschirm bot
        schnittstelle programm software api wettbewerber konkurrent konkurrenten firma
        unternehmen organisation anbieter gerät browser"""
    ),
    dangling=words("der die das den dem des ein eine und oder zu mit von für auf in an im als"),
    stem=snowball("german"),
)
