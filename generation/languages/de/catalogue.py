"""Deutsche Wörter des Katalogs üblicher Abläufe (``generation.stories.catalogue``)."""

from generation.languages.journeys import CatalogueWords, KindWords, RoleWords, step


def story_line(role: str, goal: str, benefit: str) -> str:
    return f"Als {role} möchte ich {goal}, damit {benefit}."


BOOKING = KindWords(
    cues=r"\b(?:termin\w*|buch\w*|praxis|arztpraxis|klinik\w*|ärzt\w*|arzt\w*|patient\w*|"
    r"friseur\w*|sprechstunde\w*|zeitfenster\w*|reservier\w*|behandlung\w*)\b",
    roles={
        "client": RoleWords(
            "Kunde",
            (
                (r"\bpatient\w*", "Patient"),
                (r"\bkund\w*", "Kunde"),
            ),
        ),
        "specialist": RoleWords(
            "Fachkraft",
            (
                (r"\bärzt\w*|\barzt\w*", "Arzt"),
                (r"\bzahnärzt\w*|\bzahnarzt\w*", "Zahnarzt"),
                (r"\bfriseur\w*", "Friseur"),
                (r"\btherapeut\w*", "Therapeut"),
            ),
        ),
        "admin": RoleWords(
            "Verwalter",
            (
                (r"\bempfang\w*|\brezeption\w*", "Empfangsmitarbeiter"),
                (r"\badministrator\w*|\bverwalt\w*", "Verwalter"),
                (r"\bpraxismanager\w*|\bmanager\w*", "Praxismanager"),
            ),
        ),
    },
    activities={
        "find": "Fachkraft finden",
        "book": "Termin buchen",
        "visit": "Termin verwalten",
        "work": "Termine wahrnehmen",
        "schedule": "Terminplan führen",
    },
    steps={
        "find": step(
            "Fachkraft und Leistung wählen",
            "eine Fachkraft nach Leistung und Namen finden",
            "ich bei jemandem buche, der das macht, was ich brauche",
            "Angenommen, zwei Fachkräfte bieten die Leistung an, die ich brauche, wenn ich sie "
            "wähle, dann sehe ich beide mit ihrem nächsten freien Termin.",
            "Angenommen, niemand bietet die Leistung in diesem Monat an, wenn ich sie wähle, dann "
            "sehe ich, dass es keinen freien Termin gibt, und kann meine Nummer für einen "
            "Rückruf hinterlassen.",
            "arzt wählen|fachkraft wählen|arzt finden|leistung wählen",
        ),
        "profile": step(
            "Profil einer Fachkraft ansehen",
            "Erfahrung, Leistungen und Preise einer Fachkraft sehen",
            "ich weiß, zu wem ich gehe und wofür ich bezahle",
            "Angenommen, eine Fachkraft hat ein Profil, wenn ich es öffne, dann sehe ich ihre "
            "Erfahrung, Leistungen und Preise.",
            "Angenommen, die Fachkraft arbeitet nicht mehr hier, wenn ich einen alten Link öffne, "
            "dann sehe ich, dass sie keine Termine annimmt.",
            "profil|erfahrung|preisliste",
        ),
        "book": step(
            "Freien Termin buchen",
            "einen freien Termin wählen und buchen",
            "ich komme, wann es mir passt, ohne anzurufen",
            "Angenommen, am Dienstag sind 10:00 und 10:30 frei, wenn ich 10:30 buche, dann ist der "
            "Termin angelegt und 10:30 wird niemandem mehr angeboten.",
            "Angenommen, jemand anderes hat 10:30 gebucht, während ich das Formular ausgefüllt "
            "habe, wenn ich bestätige, dann sehe ich, dass der Termin vergeben ist, und die "
            "nächsten freien Zeiten; es wird kein Termin angelegt.",
            "termin buchen|freier termin|zeit wählen|buchen",
        ),
        "prepay": step(
            "Online im Voraus bezahlen",
            "den Termin beim Buchen online bezahlen",
            "ich am Termin nicht am Empfang anstehen muss",
            "Angenommen, der Termin kostet 40 €, wenn ich mit Karte bezahle, dann ist der Termin "
            "als bezahlt markiert.",
            "Angenommen, die Zahlung schlägt fehl, wenn ich bezahlen will, dann bleibt der Termin "
            "unbezahlt und ich kann vor Ort zahlen.",
            "bezahlen|zahlung",
        ),
        "confirm": step(
            "Terminbestätigung erhalten",
            "eine Bestätigung mit Datum, Uhrzeit und Adresse erhalten",
            "ich sicher bin, dass die Buchung geklappt hat",
            "Angenommen, ich habe Dienstag 10:30 gebucht, wenn der Termin angelegt ist, dann "
            "erhalte ich eine Nachricht mit Fachkraft, Adresse und Uhrzeit.",
            "Angenommen, meine Telefonnummer hat einen Tippfehler, wenn die Nachricht nicht "
            "zugestellt wird, dann sehe ich den Termin online mit dem Hinweis, die Nummer zu "
            "prüfen.",
            "bestätigung|bestätigen",
        ),
        "remind": step(
            "Erinnerung am Vortag erhalten",
            "am Tag vor dem Termin eine Erinnerung erhalten",
            "ich den Termin nicht vergesse",
            "Angenommen, mein Termin ist am Mittwoch um 10:00, wenn Dienstag 10:00 erreicht ist, "
            "dann erhalte ich eine Erinnerung mit Uhrzeit und Adresse.",
            "Angenommen, ich habe den Termin abgesagt, wenn die Zeit der Erinnerung kommt, dann "
            "wird keine Erinnerung gesendet.",
            "erinnerung|erinnern",
        ),
        "change": step(
            "Termin absagen oder verschieben",
            "meinen Termin absagen oder auf eine andere Zeit verschieben",
            "die Zeit frei wird, wenn sich meine Pläne ändern",
            "Angenommen, der Termin ist in zwei Tagen, wenn ich ihn auf Freitag 9:00 verschiebe, "
            "dann zeigt er die neue Zeit und die alte ist wieder frei.",
            "Angenommen, die Absagefrist ist vorbei, wenn ich absagen will, dann sehe ich die "
            "Frist und eine Telefonnummer; der Termin wird nicht geändert.",
            "absagen|verschieben|stornieren",
        ),
        "review": step(
            "Fachkraft bewerten",
            "die Fachkraft nach dem Termin bewerten",
            "andere ihre Fachkraft nach echten Erfahrungen wählen",
            "Angenommen, ich war gestern beim Termin, wenn ich fünf Sterne und einen Kommentar "
            "gebe, dann erscheint die Bewertung im Profil.",
            "Angenommen, ich war nie bei dieser Fachkraft, wenn ich ihr Profil öffne, dann kann "
            "ich keine Bewertung abgeben.",
            "bewerten|bewertung",
        ),
        "day": step(
            "Termine des Tages sehen",
            "die heutigen Termine nach Uhrzeit sehen",
            "ich mich auf jeden Termin vorbereiten kann",
            "Angenommen, ich habe heute vier Termine, wenn ich meinen Plan öffne, dann sehe ich "
            "sie nach Uhrzeit mit Namen und Leistung.",
            "Angenommen, heute Morgen wurde ein Termin abgesagt, wenn ich meinen Plan öffne, dann "
            "ist diese Zeit frei und kein Termin.",
            "termine des tages|tagesplan|patientenliste",
        ),
        "visit-notes": step(
            "Notizen zum Termin anlegen",
            "nach einem Termin Notizen dazu anlegen",
            "der nächste Termin dort anfängt, wo dieser aufgehört hat",
            "Angenommen, der Termin ist vorbei, wenn ich eine Notiz anlege, dann ist sie beim "
            "Termin gespeichert und nur für das Personal sichtbar.",
            "Angenommen, der Termin hat noch nicht stattgefunden, wenn ich eine Notiz anlegen "
            "will, dann kann ich sie nicht speichern.",
            "notiz",
        ),
        "hours": step(
            "Arbeitszeiten festlegen",
            "die Arbeitszeiten und freien Tage jeder Fachkraft festlegen",
            "niemand außerhalb der Arbeitszeit gebucht wird",
            "Angenommen, ich lege Montag 9:00-13:00 für eine Fachkraft fest, wenn ich speichere, "
            "dann sind am Montag nur diese Zeiten bei ihr buchbar.",
            "Angenommen, um 12:00 ist ein Termin gebucht, wenn ich den Tag auf 11:00 kürze, dann "
            "sehe ich den Termin, der wegfallen würde, und die Zeiten werden nicht geändert.",
            "arbeitszeit|terminplan|dienstplan",
        ),
        "no-show": step(
            "Nichterscheinen vermerken",
            "vermerken, dass zu einem Termin niemand gekommen ist",
            "wir sehen, wer Termine versäumt",
            "Angenommen, zum Termin um 10:30 ist niemand gekommen, wenn ich das Nichterscheinen "
            "vermerke, dann steht es im Verlauf dieser Person.",
            "Angenommen, der Termin hat noch nicht begonnen, wenn ich Nichterscheinen vermerken "
            "will, dann ist das nicht möglich.",
            "nichterscheinen|nicht erschienen",
        ),
    },
)

WORDS = CatalogueWords(story_line=story_line, kinds={"booking": BOOKING})
