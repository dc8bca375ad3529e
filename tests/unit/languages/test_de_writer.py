"""The German writer: requirements read into clauses, stories written back in German.

Each test reads as Given (a requirement as documents write it) / When (the writer reads or
words it) / Then (the German a reader of the map sees).
"""

import pytest

from generation.languages.categories import CATEGORIES
from generation.languages.de import grammar
from generation.languages.de.writing import _BENEFITS, GermanWriter
from generation.quality import is_given_when_then, is_unhappy_path

WRITER = GermanWriter()


def read(text: str) -> list[tuple]:
    return [(c.role, c.system, c.verb, c.rest) for c in WRITER.clauses(text)]


def story(text: str, role: str | None = None) -> tuple[str, str, list[str]]:
    """The title, story line and criteria of the one clause ``text`` is read into."""
    (clause,) = WRITER.clauses(text)
    category = WRITER.category(clause)
    role = role or clause.role or WRITER.default_role
    line = WRITER.story_line(role, clause, WRITER.benefit(clause, category))
    return WRITER.title(clause), line, WRITER.criteria(clause, category, role)


# -- reading requirements ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Modal constructions, the verb at the end.
        ("Der Benutzer muss Buchungen stornieren können.",
         [("Benutzer", None, "stornieren", "Buchungen")]),
        ("Patienten können ihre Termine bis zu 24 Stunden vorher stornieren oder verschieben.",
         [("Patient", None, "stornieren oder verschieben",
           "meine Termine bis zu 24 Stunden vorher")]),
        ("Der Kunde muss Termine buchen und Rechnungen herunterladen können.",
         [("Kunde", None, "buchen", "Termine"), ("Kunde", None, "herunterladen", "Rechnungen")]),
        ("Der Kunde kann Termine buchen, verschieben oder stornieren.",
         [("Kunde", None, "buchen", "Termine"),
          ("Kunde", None, "verschieben oder stornieren", "Termine")]),
        ("Nutzer:innen sollen Rezepte suchen und filtern können.",
         [("Nutzer", None, "suchen und filtern", "Rezepte")]),
        ("Das System muss dem Nutzer ermöglichen, Buchungen zu stornieren.",
         [("Nutzer", None, "stornieren", "Buchungen")]),
        ("Es muss möglich sein, Rechnungen als PDF herunterzuladen.",
         [(None, None, "herunterladen", "Rechnungen als PDF")]),
        ("Der Nutzer hat die Möglichkeit, seine Ausgaben als CSV zu exportieren.",
         [("Nutzer", None, "exportieren", "meine Ausgaben als CSV")]),
        # The present tense, the verb second and its particle at the end.
        ("Der Fahrer wählt ein Auto aus und bucht es.",
         [("Fahrer", None, "auswählen", "ein Auto"), ("Fahrer", None, "buchen", "ein Auto")]),
        ("Lehrkräfte können Aufgaben erstellen und Schülern zuweisen.",
         [("Lehrkraft", None, "erstellen", "Aufgaben"),
          ("Lehrkraft", None, "zuweisen", "Aufgaben Schülern")]),
        # What the product does for a person is that person's wish.
        ("Das System sendet dem Patienten eine Bestätigung per SMS und eine Erinnerung einen Tag "
         "vor dem Termin.",
         [("Patient", None, "erhalten", "eine Bestätigung per SMS"),
          ("Patient", None, "erhalten", "eine Erinnerung einen Tag vor dem Termin")]),
        ("Die Bezahlung erfolgt per Kreditkarte oder PayPal.",
         [(None, None, "bezahlen", "per Kreditkarte oder PayPal")]),
        # A product or a thing as the subject is never a role.
        ("Die Daten müssen verschlüsselt gespeichert werden.",
         [(None, "die Daten", "gespeichert werden", "verschlüsselt")]),
        # Templates of German requirements writing: "die Möglichkeit bieten, ... zu ...",
        # "fähig sein, ... zu ...", "Es soll ... geben", what a thing can have done to it.
        ("Das System muss dem Kunden die Möglichkeit bieten, Bestellungen zu stornieren.",
         [("Kunde", None, "stornieren", "Bestellungen")]),
        ("Das System muss fähig sein, Wetterdaten vom Server abzurufen.",
         [(None, "das System", "abrufen", "Wetterdaten vom Server")]),
        ("Es soll eine Übersicht über alle offenen Rechnungen geben.",
         [(None, None, "", "eine Übersicht über alle offenen Rechnungen")]),
        ("Eine Reservierung kann bis zu 15 Minuten vor Beginn kostenlos storniert werden.",
         [(None, None, "stornieren", "eine Reservierung bis zu 15 Minuten vor Beginn kostenlos")]),
        # A story already written keeps its role.
        ("Als Fahrer möchte ich ein Auto buchen, damit ich sofort losfahren kann.",
         [("Fahrer", None, "buchen", "ein Auto")]),
        # A feature named by a noun, and a noun of action that becomes its verb.
        ("Dunkelmodus", [(None, None, "", "Dunkelmodus")]),
        ("Verwaltung der Benutzerkonten durch den Administrator",
         [("Administrator", None, "verwalten", "die Benutzerkonten")]),
        # Real items of tests/data/real/de-budget-binder.md.
        ("Eintragung von regelmäßigen und einmaligen Einnahmen",
         [(None, None, "eintragen", "regelmäßige und einmalige Einnahmen")]),
        ("Ausgaben eintragen, regelmäßige und einmalige",
         [(None, None, "eintragen", "regelmäßige und einmalige Ausgaben")]),
        ("Ausgaben Kategorisieren", [(None, None, "kategorisieren", "Ausgaben")]),
        ("Budgets für einzelne Kategorien angeben",
         [(None, None, "angeben", "Budgets für einzelne Kategorien")]),
        ("Synchronisierung der Clients (möglicherweise in Echtzeit)",
         [(None, None, "synchronisieren", "die Clients (möglicherweise in Echtzeit)")]),
        ("Geld was am Ende über ist, kann entweder in den nächsten Monat einfließen, oder als "
         "gespart angesehen werden",
         [(None, "Geld, was am Ende über ist,", "einfließen", "in den nächsten Monat"),
          (None, "Geld, was am Ende über ist,", "angesehen werden", "als gespart")]),
    ],
)  # fmt: skip
def test_given_a_requirement_when_read_then_each_action_is_a_clause(text, expected):
    assert read(text) == expected


def test_given_a_modal_after_und_when_read_then_the_first_wish_is_kept_too():
    assert read("Trainer sehen die Teilnehmerliste und können ein Training absagen.") == [
        ("Trainer", None, "sehen", "die Teilnehmerliste"),
        ("Trainer", None, "absagen", "ein Training"),
    ]


def test_given_a_confirmation_and_a_reminder_when_read_then_they_are_two_wishes():
    assert read(
        "Der Patient erhält eine SMS-Bestätigung und eine Erinnerung einen Tag vor dem Termin."
    ) == [
        ("Patient", None, "erhalten", "eine SMS-Bestätigung"),
        ("Patient", None, "erhalten", "eine Erinnerung einen Tag vor dem Termin"),
    ]
    assert len(read("Der Nutzer gibt den Namen und die E-Mail ein.")) == 1  # a form's fields


def test_given_a_plural_with_an_umlaut_when_written_then_the_verb_agrees():
    _, line, _ = story("Der Administrator pflegt die Dienstpläne der Ärzte.")

    assert "damit die Dienstpläne in Ordnung sind" in line


def test_given_signing_up_for_a_class_when_written_then_it_is_a_place_not_a_login():
    _, line, criteria = story("Mitglieder können sich für Trainings anmelden.")
    _, login_line, login = story("Nutzer melden sich mit E-Mail an.")

    assert line.endswith("damit ich mir einen Platz sichere, ohne anrufen zu müssen.")
    assert criteria[0].startswith("Angenommen, bei dem Training sind noch Plätze frei,")
    assert "ausgebucht" in criteria[1]
    assert not any("Passwort" in criterion for criterion in criteria)
    assert "nur ich an meine Daten komme" in login_line


def test_given_a_verb_with_a_clause_as_object_when_read_then_the_clause_follows_the_verb():
    (clause,) = WRITER.clauses("angeben, wann der Monat wirklich für einen selbst startet")

    assert (clause.verb, clause.rest) == ("angeben", "")
    assert clause.after == "wann der Monat wirklich für mich selbst startet"


def test_given_a_condition_and_a_limit_when_read_then_both_are_kept_apart():
    (condition,) = WRITER.clauses(
        "Wenn eine Zahlung fehlschlägt, muss das System den Nutzer per E-Mail benachrichtigen."
    )
    (limit,) = WRITER.clauses("Benutzer können Dateien bis zu 25 MB hochladen.")

    assert (condition.role, condition.verb, condition.rest) == (
        "Nutzer",
        "benachrichtigt werden",
        "per E-Mail",
    )
    assert condition.condition == "Wenn eine Zahlung fehlschlägt"
    assert limit.constraint == "bis zu 25 MB"


# -- the story line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Als Fahrer möchte ich ein Auto buchen, damit ich sofort losfahren kann.",
         "Als Fahrer möchte ich ein Auto buchen, damit ich sofort losfahren kann."),
        ("Der Kunde lädt Belege hoch, um Zeit zu sparen.",
         "Als Kunde möchte ich Belege hochladen, damit ich Zeit sparen kann."),
        ("Der Nutzer soll seine Ausgaben eintragen, damit er den Überblick behält.",
         "Als Nutzer möchte ich meine Ausgaben eintragen, damit ich den Überblick behalte."),
        ("Registrierte Kunden können sich mit E-Mail und Passwort anmelden, damit ihre Daten "
         "geschützt sind.",
         "Als registrierter Kunde möchte ich mich mit E-Mail und Passwort anmelden, damit meine "
         "Daten geschützt sind."),
        ("Das System speichert alle Eingaben automatisch, damit keine Daten verloren gehen.",
         "Als Nutzer möchte ich, dass das System alle Eingaben automatisch speichert, damit keine "
         "Daten verloren gehen."),
        ("Die App zeigt dem Nutzer seine Ausgaben des aktuellen Monats an, damit er sparen kann.",
         "Als Nutzer möchte ich meine Ausgaben des aktuellen Monats sehen, damit ich sparen "
         "kann."),
        ("Der Nutzer soll benachrichtigt werden, wenn sein Budget überschritten wird, damit er "
         "gegensteuern kann.",
         "Als Nutzer möchte ich benachrichtigt werden, wenn mein Budget überschritten wird, damit "
         "ich gegensteuern kann."),
        ("Angeben, wann der Monat wirklich für einen selbst startet, damit die Übersicht stimmt.",
         "Als Nutzer möchte ich angeben, wann der Monat wirklich für mich selbst startet, damit "
         "die Übersicht stimmt."),
    ],
)  # fmt: skip
def test_given_a_requirement_when_written_then_the_story_line_is_german(text, line):
    assert story(text)[1] == line


def test_given_a_feature_named_by_a_noun_when_written_then_it_is_wished_for_with_its_article():
    _, dark, _ = story("Dunkelmodus")
    _, dashboard, _ = story(
        "Ein Dashboard mit der aktuellen finanziellen Situation des jetzigen Monats"
    )

    assert dark.startswith("Als Nutzer möchte ich den Dunkelmodus nutzen, damit ")
    assert dashboard.startswith(
        "Als Nutzer möchte ich ein Dashboard mit der aktuellen finanziellen Situation des "
        "jetzigen Monats sehen, damit "
    )


def test_given_a_product_as_the_subject_when_written_then_the_role_is_the_main_role():
    (clause,) = WRITER.clauses("Die Daten müssen verschlüsselt gespeichert werden.")

    line = WRITER.story_line("System", clause, "ich mich auf die Anwendung verlassen kann")

    assert line == (
        "Als Nutzer möchte ich, dass die Daten verschlüsselt gespeichert werden, damit ich mich "
        "auf die Anwendung verlassen kann."
    )


# -- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Patienten können ihre Termine bis zu 24 Stunden vorher stornieren oder verschieben.",
         "Termine stornieren oder verschieben"),
        ("Ein Dashboard mit der aktuellen finanziellen Situation des jetzigen Monats",
         "Dashboard mit der aktuellen finanziellen Situation sehen"),
        ("Eintragung von regelmäßigen und einmaligen Einnahmen",
         "Regelmäßige und einmalige Einnahmen eintragen"),
        ("angeben, wann der Monat wirklich für einen selbst startet",
         "Angeben, wann der Monat startet"),
        ("Synchronisierung der Clients (möglicherweise in Echtzeit)", "Clients synchronisieren"),
        ("Registrierte Benutzer können sich mit E-Mail und Passwort anmelden.",
         "Sich mit E-Mail und Passwort anmelden"),
        ("Der Patient wählt einen Arzt, eine Leistung und einen freien Termin.",
         "Arzt, Leistung und freien Termin wählen"),
        ("Das System speichert alle Eingaben automatisch.",
         "Das System speichert alle Eingaben automatisch"),
        ("Geld was am Ende über ist, kann in den nächsten Monat einfließen",
         "Geld in den nächsten Monat einfließen lassen"),
    ],
)  # fmt: skip
def test_given_a_requirement_when_titled_then_the_title_is_short_and_whole(text, title):
    assert story(text)[0] == title
    assert len(title.split()) <= 8


# -- criteria ---------------------------------------------------------------------------------


def test_given_a_time_limit_when_criteria_are_written_then_both_sides_of_it_are_tested():
    _, _, criteria = story(
        "Patienten können ihre Termine bis zu 24 Stunden vorher stornieren oder verschieben."
    )

    assert criteria == [
        "Angenommen, bis zum Beginn sind es noch 25 Stunden, wenn ich meine Termine storniere "
        "oder verschiebe, dann sind die Termine storniert und ich erhalte eine Bestätigung.",
        "Angenommen, bis zum Beginn sind es nur noch 23 Stunden, wenn ich versuche, meine Termine "
        "zu stornieren oder zu verschieben, dann sehe ich, dass das nur bis zu 24 Stunden vorher "
        "möglich ist, und es wird keine Änderung gespeichert.",
    ]


def test_given_a_limit_before_a_named_event_when_criteria_are_written_then_it_is_that_event():
    _, _, (happy, unhappy) = story(
        "Mitglieder können eine Reservierung spätestens 2 Stunden vor Kursbeginn absagen."
    )

    assert happy.startswith("Angenommen, bis zum Kursbeginn sind es noch 3 Stunden, wenn ich ")
    assert unhappy.startswith("Angenommen, bis zum Kursbeginn sind es nur noch 1 Stunde, ")


def test_given_a_size_limit_when_criteria_are_written_then_one_more_is_too_large():
    _, _, (happy, unhappy) = story("Benutzer können Dateien bis zu 25 MB hochladen.")

    assert happy == (
        "Angenommen, die Datei ist 25 MB groß, wenn ich Dateien hochlade, dann sind die Dateien "
        "hochgeladen und mit Namen in der Liste zu sehen."
    )
    assert unhappy == (
        "Angenommen, die Datei ist 26 MB groß, wenn ich versuche, Dateien hochzuladen, dann sehe "
        "ich, dass höchstens 25 MB erlaubt sind, und es wird nicht übernommen."
    )


def test_given_a_period_when_criteria_are_written_then_the_days_either_side_are_tested():
    _, _, (happy, unhappy) = story(
        "Kunden können ihre Bestellung innerhalb von 14 Tagen zurückgeben."
    )

    assert happy.startswith("Angenommen, seitdem sind 13 Tage vergangen, wenn ich meine ")
    assert unhappy.startswith("Angenommen, seitdem sind 15 Tage vergangen, ")
    assert "die Frist von 14 Tagen abgelaufen ist" in unhappy


def test_given_listed_fields_when_criteria_are_written_then_one_is_left_empty():
    _, _, (happy, unhappy) = story(
        "Nutzer können Aufgaben mit Titel, Fälligkeitsdatum und Priorität anlegen."
    )

    assert happy.endswith(
        "dann werden die Aufgaben gespeichert und erscheinen sofort in der Liste."
    )
    assert unhappy.startswith("Angenommen, das Feld „Priorität“ ist leer, wenn ich versuche, ")
    assert unhappy.endswith("dann sehe ich, dass „Priorität“ fehlt, und es wird nicht gespeichert.")


def test_given_filters_when_criteria_are_written_then_each_is_named():
    _, _, (happy, unhappy) = story("Kunden können Produkte nach Sorte, Preis und Herkunft filtern.")

    assert happy.startswith("Angenommen, ich wähle eine bestimmte Sorte, wenn ich Produkte ")
    assert happy.endswith("dann sehe ich nur Produkte mit einer bestimmten Sorte.")
    assert unhappy.startswith("Angenommen, für eine bestimmte Herkunft gibt es keine Produkte, ")


def test_given_a_stated_condition_when_criteria_are_written_then_it_is_the_situation():
    _, _, (happy, unhappy) = story(
        "Kunden können eine Bestellung aufgeben, wenn alle Artikel vorrätig sind."
    )

    assert happy.startswith("Angenommen, alle Artikel sind vorrätig, wenn ich eine Bestellung ")
    assert unhappy.startswith("Angenommen, nicht alle Artikel sind vorrätig, wenn ich versuche, ")


@pytest.mark.parametrize(
    ("text", "then"),
    [
        ("Trainer können Kurse anlegen.",
         "dann werden die Kurse gespeichert und erscheinen sofort in der Liste."),
        ("Mitglieder können einen Platz in einem Kurs reservieren.",
         "dann ist der Platz auf meinen Namen reserviert und wird niemandem mehr angeboten."),
        ("Kunden können Produkte in den Warenkorb legen.",
         "dann liegen die Produkte im Warenkorb und der Gesamtbetrag wird aktualisiert."),
        ("Nutzer können erledigte Aufgaben archivieren.",
         "dann verschwinden die erledigten Aufgaben aus der aktiven Liste und sind im Archiv "
         "weiter auffindbar."),
    ],
)  # fmt: skip
def test_given_a_verb_and_its_object_when_criteria_are_written_then_they_agree(text, then):
    assert story(text)[2][0].endswith(then)


@pytest.mark.parametrize(
    ("text", "unhappy"),
    [
        ("Der Kunde bezahlt seine Bestellung per Kreditkarte.",
         "Angenommen, die Zahlung wird abgelehnt, wenn ich versuche, meine Bestellung per "
         "Kreditkarte zu bezahlen, dann sehe ich den Grund der Ablehnung, und es wird nicht "
         "abgebucht."),
        ("Der Patient bucht einen freien Termin.",
         "Angenommen, jemand anderes hat den freien Termin reserviert, während ich das Formular "
         "ausgefüllt habe, wenn ich versuche, einen freien Termin zu buchen, dann sehe ich, dass "
         "er vergeben ist, und es wird keine Buchung angelegt."),
        ("Nutzer:innen sollen Rezepte suchen und filtern können.",
         "Angenommen, nichts passt zu meinem Suchbegriff, wenn ich versuche, Rezepte zu suchen "
         "und zu filtern, dann sehe ich, dass es keine Treffer gibt, und kann die Suche ändern."),
        ("Nutzer können sich mit ihrer E-Mail-Adresse registrieren.",
         "Angenommen, meine E-Mail-Adresse ist bereits registriert, wenn ich versuche, mich mit "
         "meiner E-Mail-Adresse zu registrieren, dann sehe ich einen Hinweis zur Anmeldung, und "
         "es wird kein zweites Konto angelegt."),
    ],
)  # fmt: skip
def test_given_a_kind_of_action_when_criteria_are_written_then_its_own_failure_is_tested(
    text, unhappy
):
    assert story(text)[2][1] == unhappy


def test_given_a_notification_at_a_named_time_when_criteria_are_written_then_it_comes_then():
    (_, reminder) = WRITER.clauses(
        "Das System sendet dem Patienten eine Bestätigung per SMS und eine Erinnerung einen Tag "
        "vor dem Termin."
    )

    happy, unhappy = WRITER.criteria(reminder, WRITER.category(reminder), "Patient")

    assert happy == (
        "Angenommen, ich habe Benachrichtigungen eingeschaltet, wenn es einen Tag vor dem Termin "
        "ist, dann erhalte ich eine Erinnerung mit allen Einzelheiten."
    )
    assert unhappy == (
        "Angenommen, ich habe den Termin abgesagt, wenn es einen Tag vor dem Termin ist, dann "
        "wird keine Nachricht gesendet."
    )


def test_given_a_system_rule_when_criteria_are_written_then_the_product_does_it():
    _, _, (happy, _) = story(
        "Wenn eine Zahlung fehlschlägt, muss das System den Nutzer per E-Mail benachrichtigen."
    )
    _, _, (rule, _) = story("Die Daten müssen verschlüsselt gespeichert werden.")
    _, _, (month, _) = story("Geld was am Ende über ist, soll in den nächsten Monat einfließen")

    assert ", wenn eine Zahlung fehlschlägt, dann " in happy
    assert rule.endswith(", dann werden die Daten verschlüsselt gespeichert.")
    assert month == (
        "Angenommen, die Anwendung ist in Betrieb, wenn der Monat endet, dann fließt Geld, was am "
        "Ende über ist, in den nächsten Monat ein."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Der Benutzer muss Buchungen stornieren können.",
        "Dunkelmodus",
        "Ausgaben Kategorisieren",
        "Die App muss offline funktionieren.",
        "Der Nutzer soll benachrichtigt werden, wenn sein Budget überschritten wird.",
        "Verwaltung der Benutzerkonten durch den Administrator",
        "Passwörter müssen mindestens 8 Zeichen lang sein.",
    ],
)
def test_given_any_requirement_when_criteria_are_written_then_one_happy_and_one_unhappy(text):
    _, _, criteria = story(text)

    assert len(criteria) == 2
    assert all(is_given_when_then(criterion) for criterion in criteria)
    assert all(criterion.startswith("Angenommen, ") for criterion in criteria)
    assert is_unhappy_path(criteria[1])


# -- benefits ---------------------------------------------------------------------------------


def test_given_no_reason_in_the_text_when_benefits_are_written_then_they_name_the_object():
    clauses = [
        WRITER.clauses(f"Der Nutzer kann {thing} anlegen.")[0]
        for thing in ("Kategorien", "Rezepte", "Termine")
    ]

    benefits = [WRITER.benefit(clause, "create") for clause in clauses]

    assert set(_BENEFITS) == set(CATEGORIES)
    assert benefits == [
        "ich die Kategorien an einem Ort beisammen habe",
        "ich die Rezepte an einem Ort beisammen habe",
        "ich die Termine an einem Ort beisammen habe",
    ]


@pytest.mark.parametrize(
    ("text", "benefit"),
    [
        # The text's own reason comes first: "damit", "um ... zu", "weil ... wollen".
        ("Kunden können Produkte bewerten, weil andere Kunden sich auf ehrliche Meinungen "
         "verlassen wollen.", "andere Kunden sich auf ehrliche Meinungen verlassen können"),
        ("Nutzer können Aufgaben einem Teammitglied zuweisen, um die Arbeit im Team zu verteilen.",
         "ich die Arbeit im Team verteilen kann"),
        # Else what this verb does to this object.
        ("Mitglieder können einen Platz in einem Kurs reservieren.",
         "ich den Platz sicher habe, ohne anrufen zu müssen"),
        ("Nutzer können erledigte Aufgaben archivieren.",
         "in meiner Liste nur steht, was noch offen ist"),
        ("Der Administrator kann Bewertungen löschen, die gegen die Richtlinien verstoßen.",
         "die Plattform ein respektvoller Ort bleibt"),
        ("Nutzer erhalten eine Benachrichtigung, wenn ihnen eine Aufgabe zugewiesen wird.",
         "ich sofort erfahre, wenn mir eine Aufgabe zugewiesen wird"),
    ],
)  # fmt: skip
def test_given_a_requirement_when_its_benefit_is_written_then_it_is_this_requirements(
    text, benefit
):
    (clause,) = WRITER.clauses(text)

    assert WRITER.benefit(clause, WRITER.category(clause)) == benefit


def test_given_a_reason_that_is_no_goal_when_read_then_it_is_left_out_of_the_story():
    (clause,) = WRITER.clauses("Kunden können Tee bestellen, weil sie tagsüber arbeiten.")

    assert "weil" not in clause.rest
    assert clause.purpose is None


# -- verb forms, roles and names --------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "infinitive"),
    [("bucht", "buchen"), ("ändert", "ändern"), ("sammelt", "sammeln"), ("rechnet", "rechnen"),
     ("bearbeitet", "bearbeiten"), ("kategorisiert", "kategorisieren"), ("sieht", "sehen"),
     ("erhält", "erhalten"), ("lädt", "laden"), ("sind", "sein"), ("spielt", "spielen")],
)  # fmt: skip
def test_given_a_third_person_verb_when_read_then_its_infinitive_is_found(written, infinitive):
    assert grammar.finite_infinitive(written) == infinitive


@pytest.mark.parametrize(
    ("infinitive", "first", "third", "with_zu"),
    [("hochladen", "hochlade", "hochlädt", "hochzuladen"),
     ("stornieren oder verschieben", "storniere oder verschiebe", "storniert oder verschiebt",
      "zu stornieren oder zu verschieben"),
     ("sammeln", "sammle", "sammelt", "zu sammeln"),
     ("benachrichtigt werden", "benachrichtigt werde", "benachrichtigt wird",
      "benachrichtigt zu werden"),
     ("durchsuchen", "durchsuche", "durchsucht", "zu durchsuchen"),
     ("sein", "bin", "ist", "zu sein")],
)  # fmt: skip
def test_given_an_infinitive_when_conjugated_then_each_person_gets_its_form(
    infinitive, first, third, with_zu
):
    assert grammar.first_person(infinitive) == first
    assert grammar.third_person(infinitive) == third
    assert grammar.zu_infinitive(infinitive) == with_zu


@pytest.mark.parametrize(
    ("written", "role"),
    [("registrierte Kunden", "registrierter Kunde"), ("junge erwachsene", "junger Erwachsener"),
     ("Die Kundinnen", "Kundin"), ("Administratoren", "Administrator"), ("Ärzte", "Arzt"),
     ("neue Mitglieder", "neues Mitglied")],
)  # fmt: skip
def test_given_people_in_the_plural_when_named_as_a_role_then_one_person_is_named(written, role):
    assert grammar.role_form(written) == role


def test_given_stories_of_a_task_and_an_activity_when_named_then_they_are_german_verb_phrases():
    clauses = [
        *WRITER.clauses("Der Nutzer kann Ausgaben eintragen."),
        *WRITER.clauses("Ausgaben Kategorisieren"),
        *WRITER.clauses("Der Nutzer kann Ausgaben löschen."),
    ]

    assert WRITER.task_title(clauses[:1], "create") == "Ausgaben eintragen"
    assert WRITER.task_title(clauses, "create") == "Einträge anlegen"
    assert WRITER.activity_title(clauses) == "Ausgaben eintragen"
