"""The French writer: requirements read into clauses, and stories written back in French.

Each test reads as Given (a French requirement, often a real one from
tests/data/real/fr-garage-parrot.md) / When (the writer reads or writes it) / Then (the
exact French a product manager would read on the map).
"""

from pathlib import Path

import pytest

from generation.languages.categories import CATEGORIES
from generation.languages.fr import grammar
from generation.languages.fr.phrases import BENEFITS, HAPPY, UNHAPPY
from generation.languages.fr.writing import FrenchWriter
from generation.quality import is_given_when_then, is_unhappy_path
from generation.stories import draft_map
from generation.story_text import read_story_line

REAL = Path(__file__).parents[2] / "data" / "real" / "fr-garage-parrot.md"
WRITER = FrenchWriter()


def read(text: str) -> list[tuple[str | None, str, str]]:
    """(role, verb, rest) of each clause the writer reads in ``text``."""
    return [(c.role, c.verb, c.rest) for c in WRITER.clauses(text)]


def written(text: str, role: str | None = None) -> tuple[str, str, list[str]]:
    """The title, story line and criteria of the first clause of ``text``."""
    clause = WRITER.clauses(text)[0]
    category = WRITER.category(clause)
    role = role or clause.role or WRITER.default_role
    line = WRITER.story_line(role, clause, WRITER.benefit(clause, category))
    return WRITER.title(clause), line, WRITER.criteria(clause, category, role)


# --- Reading requirements -------------------------------------------------------------------


@pytest.mark.parametrize(
    "requirement, clauses",
    [
        (
            "L'utilisateur doit pouvoir annuler ou reporter son rendez-vous jusqu'à 24 heures "
            "avant.",
            [("utilisateur", "annuler ou reporter", "mon rendez-vous jusqu'à 24 heures avant")],
        ),
        (
            "Le système doit permettre aux administrateurs d'ajouter, de modifier et de "
            "supprimer des véhicules.",
            [("administrateur", "ajouter, modifier et supprimer", "des véhicules")],
        ),
        (
            "Il doit être possible de filtrer les produits par catégorie et par prix.",
            [(None, "filtrer", "les produits par catégorie et par prix")],
        ),
        (
            "Le client choisit un créneau, reçoit une confirmation par SMS et un rappel "
            "24 heures avant le rendez-vous.",
            [
                ("client", "choisir", "un créneau"),
                ("client", "recevoir", "une confirmation par SMS"),
                ("client", "recevoir", "un rappel 24 heures avant le rendez-vous"),
            ],
        ),
        ("Exporter les factures en PDF", [(None, "exporter", "les factures en PDF")]),
        ("Mode sombre", [(None, "utiliser", "le mode sombre")]),
        (
            "Les utilisateurs doivent pouvoir s'inscrire, se connecter et se déconnecter.",
            [
                ("utilisateur", "s'inscrire", ""),
                ("utilisateur", "se connecter", ""),
                ("utilisateur", "se déconnecter", ""),
            ],
        ),
        (
            "Le système envoie un e-mail de confirmation au client après chaque réservation.",
            [("client", "recevoir", "un e-mail de confirmation après chaque réservation")],
        ),
        # the real document's sentences
        (
            "Formulaire de contact : Permet aux visiteurs de contacter le garage en ligne.",
            [("visiteur", "contacter", "le garage en ligne")],
        ),
        (
            "Les visiteurs pourront effectuer un tri des véhicules qu'ils souhaitent voir "
            "affichés.",
            [("visiteur", "effectuer", "un tri des véhicules que je souhaite voir affichés")],
        ),
        (
            "Le directeur pourra également modifier les horaires d'ouverture du garage depuis "
            "le tableau de bord, ainsi que les services proposés aux clients.",
            [
                (
                    "directeur",
                    "modifier",
                    "les horaires d'ouverture du garage depuis le tableau de bord",
                ),
                ("directeur", "modifier", "les services proposés aux clients"),
            ],
        ),
        (
            "Gestion du personnel : Ajout et suppression des membres du personnel, ainsi que "
            "l'attribution du statut de modérateur.",
            [
                (None, "ajouter et supprimer", "les membres du personnel"),
                (None, "attribuer", "le statut de modérateur"),
            ],
        ),
        (
            'Avis client : Possibilité de déposer un avis dans l\'espace "Avis client". Les '
            "avis seront validés par le modérateur avant d'apparaître sur le site.",
            [
                (None, "déposer", "un avis dans l'espace « Avis client »"),
                ("modérateur", "valider", "les avis avant qu'ils apparaissent sur le site"),
            ],
        ),
        (
            "Accueil : Présentation du garage, services proposés par l'enseigne, horaires "
            "d'ouverture et espace pour les avis clients.",
            [
                (
                    None,
                    "consulter",
                    "la présentation du garage, les services proposés par l'enseigne, les "
                    "horaires d'ouverture et l'espace pour les avis clients",
                )
            ],
        ),
        (
            "Ajout/Suppression et Édition des véhicules : Ajout, édition et suppression de "
            "véhicules stockés dans la base de données, et affichage sur le site web.",
            [
                (
                    None,
                    "ajouter, éditer et supprimer",
                    "des véhicules stockés dans la base de données",
                ),
                (None, "afficher", "les véhicules stockés sur le site web"),
            ],
        ),
    ],
)
def test_given_a_requirement_when_read_then_each_action_is_a_clause(requirement, clauses):
    assert read(requirement) == clauses


def test_given_a_product_that_must_not_do_something_when_read_then_it_is_the_systems_clause():
    # Given a real sentence: a reason, then a rule about a thing, then a technical detail
    text = (
        "Pour une expérience utilisateur plus dynamique, la page ne devra pas se recharger ; "
        "la liste des voitures affichées sera modifiée en fonction de la réponse de l'appel "
        "AJAX ou Fetch effectué à la base de données."
    )

    page = WRITER.clauses(text)[0]

    assert (page.system, page.verb, page.role) == ("la page", "ne pas se recharger", None)
    assert page.purpose == "bénéficier d'une expérience utilisateur plus dynamique"


def test_given_a_person_who_must_not_act_when_read_then_it_is_a_rule_the_product_enforces():
    clause = WRITER.clauses("L'utilisateur ne doit pas pouvoir voir les commandes des autres.")[0]

    assert (clause.system, clause.verb, clause.role) == (
        "aucun utilisateur",
        "ne pouvoir voir",
        None,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Date limite : 21/09/23 ; 23h59.",
        "Pas d'interface graphique pour la génération du code SQL.",
    ],
)
def test_given_a_line_that_asks_for_nothing_when_read_then_it_makes_no_story(line):
    assert [(c.verb, c.rest) for c in WRITER.clauses(line)] == [("", "")]


@pytest.mark.parametrize(
    "requirement, purpose",
    [
        (
            "En tant que client, je veux prendre rendez-vous en ligne afin d'éviter d'appeler "
            "le garage.",
            "éviter d'appeler le garage",
        ),
        (
            "Le client peut annuler sa réservation pour que le créneau soit proposé à d'autres "
            "clients.",
            "que le créneau soit proposé à d'autres clients",
        ),
        (
            "Il permettra également aux employés de gérer les véhicules à vendre de manière "
            "efficace, en évitant les erreurs de saisie et les doublons.",
            "éviter les erreurs de saisie et les doublons",
        ),
        (
            "Le directeur du site pourra gérer la liste des employés inscrits sur le site, ce "
            "qui lui permettra de sélectionner le personnel responsable de la gestion des "
            "véhicules.",
            "sélectionner le personnel responsable de la gestion des véhicules",
        ),
        (
            "Les adhérents laissent un avis pour aider les autres lecteurs.",
            "aider les autres lecteurs",
        ),
    ],
)
def test_given_the_documents_own_reason_when_read_then_it_is_the_purpose(requirement, purpose):
    assert WRITER.clauses(requirement)[0].purpose == purpose


def test_given_a_written_user_story_when_read_then_its_role_goal_and_reason_are_kept():
    clause = WRITER.clauses(
        "En tant qu'administrateur, je souhaite pouvoir bloquer un compte utilisateur pour que "
        "les abus cessent."
    )[0]

    assert (clause.role, clause.verb, clause.rest, clause.purpose) == (
        "administrateur",
        "bloquer",
        "un compte utilisateur",
        "que les abus cessent",
    )


# --- Writing the story line -----------------------------------------------------------------


@pytest.mark.parametrize(
    "requirement, line",
    [
        (
            "En tant que client, je veux prendre rendez-vous en ligne afin d'éviter d'appeler "
            "le garage.",
            "En tant que client, je veux prendre rendez-vous en ligne afin d'éviter d'appeler "
            "le garage.",
        ),
        (
            "Il permettra également aux employés de gérer les véhicules à vendre de manière "
            "efficace, en évitant les erreurs de saisie et les doublons.",
            "En tant qu'employé, je veux gérer les véhicules à vendre de manière efficace afin "
            "d'éviter les erreurs de saisie et les doublons.",
        ),
        (
            "Le client peut annuler sa réservation pour que le créneau soit proposé à d'autres "
            "clients.",
            "En tant que client, je veux annuler ma réservation afin que le créneau soit "
            "proposé à d'autres clients.",
        ),
        (
            "Pour une expérience utilisateur plus dynamique, la page ne devra pas se recharger.",
            "En tant qu'utilisateur, je veux que la page ne se recharge pas afin de bénéficier "
            "d'une expérience utilisateur plus dynamique.",
        ),
        (
            "Les clients doivent pouvoir se connecter avec leur adresse e-mail pour retrouver "
            "leurs commandes.",
            "En tant que client, je veux me connecter avec mon adresse e-mail afin de retrouver "
            "mes commandes.",
        ),
        (
            "Lorsque la commande est expédiée, le client reçoit un SMS pour suivre sa livraison.",
            "En tant que client, je veux recevoir un SMS lorsque la commande est expédiée afin "
            "de suivre ma livraison.",
        ),
    ],
)
def test_given_a_requirement_when_written_then_the_story_line_is_french(requirement, line):
    assert written(requirement)[1] == line


def test_given_a_system_that_sends_when_written_then_the_person_receives():
    _, line, _ = written(
        "Le système doit notifier le client lorsque sa commande est expédiée afin qu'il "
        "puisse s'organiser."
    )

    assert line == (
        "En tant que client, je veux être informé lorsque ma commande est expédiée afin qu'il "
        "puisse s'organiser."
    )


def test_given_no_reason_when_written_then_the_benefit_comes_from_the_kind_of_action():
    clause = WRITER.clauses("Le client peut annuler sa commande jusqu'à 2 heures avant.")[0]

    benefit = WRITER.benefit(clause, WRITER.category(clause))

    assert WRITER.category(clause) == "cancel"
    assert benefit == "que je puisse changer d'avis sans frais ni appel"  # the verb's own gain
    assert benefit == WRITER.benefit(clause, "cancel")  # the same story, the same benefit


def test_every_kind_of_action_offers_two_benefits_or_more_and_stories_of_a_kind_vary():
    assert set(BENEFITS) == set(CATEGORIES)
    assert all(len(options) >= 2 for options in BENEFITS.values())
    objects = ["le profil", "la fiche", "les horaires", "le statut", "l'adresse", "le tarif"]
    clauses = [WRITER.clauses(f"Le client peut modifier {o}.")[0] for o in objects]

    assert len({WRITER.benefit(c, "change") for c in clauses}) >= 2


# --- Titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "requirement, title",
    [
        (
            "Remplir le formulaire de contact et prendre rendez-vous pour l'achat d'un "
            'véhicule particulier à partir de la page "Fiche technique du véhicule".',
            "Remplir le formulaire de contact",
        ),
        (
            "L'utilisateur doit pouvoir annuler ou reporter son rendez-vous jusqu'à 24 heures "
            "avant.",
            "Annuler ou reporter mon rendez-vous",
        ),
        (
            "Pour une expérience utilisateur plus dynamique, la page ne devra pas se recharger.",
            "La page ne se recharge pas",
        ),
        (
            "Fiche technique du véhicule : Page de description complète du véhicule "
            "sélectionné dans la galerie des ventes.",
            "Consulter la page de description complète du véhicule",
        ),
        ("Paiement en ligne des consultations", "Payer les consultations en ligne"),
    ],
)
def test_given_a_requirement_when_titled_then_the_title_is_a_whole_phrase(requirement, title):
    assert written(requirement)[0] == title


def test_given_a_long_requirement_when_titled_then_it_stops_before_a_modifier():
    labelled = (
        "Rendez-vous : Prendre rendez-vous pour l'achat d'un véhicule particulier à partir de "
        "la page Fiche technique du véhicule"
    )

    title = written(labelled)[0]

    assert title == "Prendre rendez-vous pour l'achat d'un véhicule particulier"
    assert len(title.split()) <= 8 and "…" not in title


def test_given_an_item_the_title_would_only_repeat_when_titled_then_it_names_the_action():
    # A title of six words or more that the item starts with reads as the item cut short
    item = (
        "Prendre rendez-vous pour l'achat d'un véhicule particulier à partir de la page "
        "Fiche technique du véhicule"
    )

    assert written(item)[0] == "Prendre rendez-vous"


# --- Criteria -------------------------------------------------------------------------------


def test_given_a_time_limit_when_criteria_are_written_then_the_unhappy_path_crosses_it():
    _, _, criteria = written(
        "L'utilisateur doit pouvoir annuler ou reporter son rendez-vous jusqu'à 24 heures avant."
    )

    assert criteria == [
        "Étant donné qu'il reste 25 heures avant mon rendez-vous, quand j'annule ou "
        "reporte mon rendez-vous, alors mon rendez-vous est annulé ou déplacé, et je reçois la "
        "confirmation.",
        "Étant donné qu'il reste 23 heures avant mon rendez-vous, quand j'essaie "
        "d'annuler ou de reporter mon rendez-vous, alors je vois que ce n'est possible que "
        "jusqu'à 24 heures avant, et rien n'est modifié.",
    ]


def test_given_a_size_limit_when_criteria_are_written_then_the_file_is_refused_above_it():
    _, _, criteria = written(
        "Les patients pourront téléverser des documents d'une taille maximale de 10 Mo."
    )

    assert criteria[1] == (
        "Étant donné que la limite de 10 Mo est dépassée, quand j'essaie de téléverser des "
        "documents, alors je vois que la limite est de 10 Mo, et la demande n'est pas acceptée."
    )


def test_given_a_booking_when_criteria_are_written_then_the_unhappy_path_is_a_booking_one():
    _, _, criteria = written(
        "En tant que client, je veux prendre rendez-vous en ligne afin d'éviter d'appeler le "
        "garage."
    )

    assert criteria[0].startswith("Étant donné que ")
    assert ", quand je prends rendez-vous en ligne, alors " in criteria[0]
    assert ", quand j'essaie de prendre rendez-vous en ligne, alors " in criteria[1]
    assert any(word in criteria[1] for word in ("créneau", "place", "réservation"))


def test_given_a_rule_the_product_enforces_when_criteria_are_written_then_both_refuse():
    _, _, criteria = written("L'utilisateur ne doit pas pouvoir voir les commandes des autres.")

    assert criteria == [
        "Étant donné qu'un utilisateur est connecté, quand il essaie de voir les commandes des "
        "autres, alors l'action est refusée et il voit pourquoi.",
        "Étant donné qu'un utilisateur ouvre directement l'adresse de la page, quand il essaie "
        "de voir les commandes des autres, alors l'accès est également refusé.",
    ]


def test_given_a_condition_when_criteria_are_written_then_it_is_the_moment_they_check():
    _, _, criteria = written("Si le paiement échoue, le client reçoit un message d'erreur.")

    assert all(", quand le paiement échoue, alors " in criterion for criterion in criteria)


@pytest.mark.parametrize("category", [*CATEGORIES, "access", "signup", "logout", "reset"])
def test_every_kind_of_action_has_criteria_in_given_when_then_with_an_unhappy_path(category):
    givens, thens = HAPPY[category]

    for given in givens:
        for then in thens:
            assert is_given_when_then(f"Étant donné que {given}, quand j'agis, alors {then}.")
    for given, then in UNHAPPY[category]:
        criterion = f"Étant donné que {given}, quand j'agis, alors {then}."
        assert is_given_when_then(criterion) and is_unhappy_path(criterion)


# --- Verb forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "form, verb",
    [
        ("choisit", "choisir"),
        ("permettra", "permettre"),
        ("gère", "gérer"),
        ("achètent", "acheter"),
        ("reçoivent", "recevoir"),
        ("validés", "valider"),
        ("évitant", "éviter"),
        ("pourront", "pouvoir"),
        ("envoie", "envoyer"),
    ],
)
def test_given_a_verb_form_when_read_then_its_infinitive_is_found(form, verb):
    assert grammar.infinitive(form) == verb


@pytest.mark.parametrize(
    "verb, je, subjunctive",
    [
        ("ajouter", "ajoute", "ajoute"),
        ("choisir", "choisis", "choisisse"),
        ("prendre", "prends", "prenne"),
        ("recevoir", "reçois", "reçoive"),
        ("appeler", "appelle", "appelle"),
        ("gérer", "gère", "gère"),
        ("pouvoir", "peux", "puisse"),
        ("vendre", "vends", "vende"),
    ],
)
def test_given_an_infinitive_when_conjugated_then_the_forms_are_french(verb, je, subjunctive):
    assert (grammar.first_person(verb), grammar.subjunctive(verb)) == (je, subjunctive)


# --- Through the whole map ------------------------------------------------------------------


def test_given_the_real_french_document_when_mapped_then_every_story_is_a_french_story():
    draft = draft_map(REAL.read_text(encoding="utf-8")).draft

    for story in draft.stories:
        line = read_story_line(story.description, "fr")
        assert line.frame == "fr" and line.role and line.benefit, story.description
        assert len(story.title.split()) <= 8
        assert 2 <= len(story.acceptance_criteria) <= 5
        assert all(c.startswith("Étant donné ") for c in story.acceptance_criteria)
        assert is_unhappy_path(story.acceptance_criteria[-1])
    titles = {story.title for story in draft.stories}
    assert "Déposer un avis" in titles
    assert "Attribuer le statut de modérateur" in titles
    assert not any(story.title.startswith("Date limite") for story in draft.stories)


# --- Criteria and benefits from the requirement itself ------------------------------------------


def test_given_a_panel_and_its_purpose_when_written_then_the_criteria_name_what_it_is_for():
    _, _, criteria = written(
        "L'administrateur peut accéder au panneau de contrôle « admin » afin de gérer les employés."
    )

    assert criteria[0].endswith("alors le panneau de contrôle « admin » s'ouvre et je peux "
                                "gérer les employés.")  # fmt: skip
    assert "mon compte ne permet pas de gérer les employés" in criteria[1]


def test_given_opening_hours_when_changed_then_the_unhappy_path_is_an_inconsistent_time():
    _, line, criteria = written(
        "L'administrateur peut modifier les horaires d'ouverture du garage depuis le tableau "
        "de bord."
    )

    assert "l'heure de fermeture saisie précède l'heure d'ouverture" in criteria[1]
    assert line.endswith("afin que les clients ne trouvent jamais porte close.")


def test_given_a_list_of_parts_when_consulted_then_one_missing_part_leaves_no_gap():
    _, _, criteria = written(
        "Les visiteurs peuvent consulter la présentation du garage, les services proposés, "
        "les horaires d'ouverture et l'espace pour les avis clients."
    )

    assert any(c.endswith("alors le reste s'affiche sans case vide à sa place.") for c in criteria)


def test_at_the_latest_is_a_limit_not_a_later_release():
    drafted = draft_map(
        "Le patient peut annuler ou déplacer un rendez-vous au plus tard 12 heures avant. "
        "À l'avenir : paiement en ligne."
    ).draft
    stories = {story.title: story for story in drafted.stories}

    assert stories["Annuler ou déplacer un rendez-vous"].priority != "Later"
    assert (
        "au plus tard 12 heures avant" in stories["Annuler ou déplacer un rendez-vous"].description
    )
    assert stories["Payer en ligne"].priority == "Later"


def test_a_list_of_one_day_and_a_plural_agree_and_leave_no_placeholder():
    _, _, day = written("Le médecin voit la liste des patients du jour.")
    _, line, _ = written("L'administrateur gère le planning des médecins.")

    assert day[0].startswith("Étant donné que la liste des patients du jour contient plusieurs")
    assert not any("{" in criterion for criterion in day)
    assert "afin que le planning des médecins soit toujours à jour" in line
