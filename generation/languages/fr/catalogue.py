"""Mots français du catalogue des parcours courants (``generation.stories.catalogue``)."""

from generation.languages.journeys import CatalogueWords, KindWords, RoleWords, step


def story_line(role: str, goal: str, benefit: str) -> str:
    que = "qu'" if _elides(role) else "que "
    de = "d'" if _elides(benefit) else "de "
    return f"En tant {que}{role}, je veux {goal} afin {de}{benefit}."


def _elides(word: str) -> bool:
    return word[:1].lower() in "aeiouhéèêà"


BOOKING = KindWords(
    cues=r"\b(?:rendez-vous|réserv\w*|cliniques?|cabinets?|médecins?|docteurs?|patients?|"
    r"coiffeur\w*|créneaux|créneau|consultations?|agendas?|dentistes?|planning)\b",
    roles={
        "client": RoleWords(
            "client",
            (
                (r"\bpatient\w*", "patient"),
                (r"\bclient\w*", "client"),
            ),
        ),
        "specialist": RoleWords(
            "praticien",
            (
                (r"\bmédecin\w*|\bdocteur\w*", "médecin"),
                (r"\bdentiste\w*", "dentiste"),
                (r"\bcoiffeu\w*", "coiffeur"),
                (r"\bpraticien\w*", "praticien"),
            ),
        ),
        "admin": RoleWords(
            "administrateur",
            (
                (r"\badministrat\w*", "administrateur"),
                (r"\bsecrétair\w*|\baccueil\b", "secrétaire"),
            ),
        ),
    },
    activities={
        "find": "Trouver un praticien",
        "book": "Prendre rendez-vous",
        "visit": "Gérer le rendez-vous",
        "work": "Assurer les rendez-vous",
        "schedule": "Tenir le planning",
    },
    steps={
        "find": step(
            "Choisir un praticien et un soin",
            "trouver un praticien par soin et par nom",
            "réserver auprès de quelqu'un qui fait ce dont j'ai besoin",
            "Étant donné que deux praticiens proposent le soin dont j'ai besoin, quand je "
            "choisis ce soin, alors je vois les deux avec leur prochain créneau libre.",
            "Étant donné que personne ne propose ce soin ce mois-ci, quand je le choisis, alors "
            "je vois qu'aucun créneau n'est libre et je peux laisser mon numéro pour être "
            "rappelé.",
            "choisir médecin|choisir praticien|trouver médecin|trouver praticien",
        ),
        "profile": step(
            "Voir le profil d'un praticien",
            "voir l'expérience, les soins et les tarifs d'un praticien",
            "savoir chez qui je vais et ce que je paie",
            "Étant donné qu'un praticien a un profil, quand je l'ouvre, alors je vois son "
            "expérience, ses soins et ses tarifs.",
            "Étant donné que le praticien ne travaille plus ici, quand j'ouvre un ancien lien, "
            "alors je vois qu'il ne prend pas de rendez-vous.",
            "profil|expérience|tarif",
        ),
        "book": step(
            "Réserver un créneau libre",
            "choisir un créneau libre et le réserver",
            "venir quand cela m'arrange sans téléphoner",
            "Étant donné que 10 h et 10 h 30 sont libres mardi, quand je réserve 10 h 30, alors "
            "le rendez-vous est créé et 10 h 30 n'est plus proposé à personne.",
            "Étant donné qu'une autre personne a pris 10 h 30 pendant que je remplissais le "
            "formulaire, quand je confirme, alors je vois que le créneau est pris et les "
            "créneaux libres les plus proches ; aucun rendez-vous n'est créé.",
            "réserver|créneau libre|prendre rendez-vous|choisir créneau",
        ),
        "prepay": step(
            "Payer en ligne à l'avance",
            "payer le rendez-vous en ligne en réservant",
            "ne pas faire la queue à l'accueil le jour venu",
            "Étant donné que la consultation coûte 40 €, quand je paie par carte, alors le "
            "rendez-vous est marqué payé.",
            "Étant donné que le paiement échoue, quand j'essaie de payer, alors le rendez-vous "
            "n'est pas payé et je peux payer sur place.",
            "payer|paiement",
        ),
        "confirm": step(
            "Recevoir une confirmation",
            "recevoir une confirmation avec la date, l'heure et l'adresse",
            "être sûr que la réservation est passée",
            "Étant donné que j'ai réservé mardi 10 h 30, quand le rendez-vous est créé, alors "
            "je reçois un message avec le praticien, l'adresse et l'heure.",
            "Étant donné que mon numéro contient une faute, quand le message n'est pas "
            "distribué, alors je vois le rendez-vous en ligne avec un avertissement.",
            "confirmation|confirmer",
        ),
        "remind": step(
            "Recevoir un rappel la veille",
            "recevoir un rappel la veille du rendez-vous",
            "ne pas oublier le rendez-vous",
            "Étant donné que mon rendez-vous est mercredi à 10 h, quand mardi 10 h arrive, "
            "alors je reçois un rappel avec l'heure et l'adresse.",
            "Étant donné que j'ai annulé le rendez-vous, quand l'heure du rappel arrive, alors "
            "aucun rappel n'est envoyé.",
            "rappel|rappeler",
        ),
        "change": step(
            "Annuler ou déplacer le rendez-vous",
            "annuler mon rendez-vous ou le déplacer à une autre heure",
            "libérer le créneau si mes projets changent",
            "Étant donné que le rendez-vous est dans deux jours, quand je le déplace à vendredi "
            "9 h, alors il affiche la nouvelle heure et l'ancien créneau est de nouveau libre.",
            "Étant donné que le délai d'annulation est dépassé, quand j'essaie d'annuler, alors "
            "je vois le délai et un numéro de téléphone ; le rendez-vous ne change pas.",
            "annuler|déplacer|reporter",
        ),
        "review": step(
            "Noter le praticien",
            "laisser un avis sur le praticien après le rendez-vous",
            "aider les autres à choisir sur des expériences réelles",
            "Étant donné que j'ai vu le praticien hier, quand je donne cinq étoiles et un "
            "commentaire, alors l'avis apparaît sur son profil.",
            "Étant donné que je n'ai jamais consulté ce praticien, quand j'ouvre son profil, "
            "alors je ne peux pas laisser d'avis.",
            "avis|noter",
        ),
        "day": step(
            "Voir les rendez-vous du jour",
            "voir les rendez-vous du jour dans l'ordre des heures",
            "préparer chaque consultation",
            "Étant donné que j'ai quatre rendez-vous aujourd'hui, quand j'ouvre mon planning, "
            "alors je les vois par heure avec le nom et le soin de chacun.",
            "Étant donné qu'un rendez-vous a été annulé ce matin, quand j'ouvre mon planning, "
            "alors ce créneau apparaît libre et pas comme un rendez-vous.",
            "rendez-vous du jour|planning du jour|liste des patients",
        ),
        "visit-notes": step(
            "Ajouter des notes à la consultation",
            "ajouter des notes à une consultation terminée",
            "reprendre la prochaine consultation là où celle-ci s'est arrêtée",
            "Étant donné que la consultation est terminée, quand j'ajoute une note, alors elle "
            "est enregistrée avec la consultation et visible du seul personnel.",
            "Étant donné que la consultation n'a pas encore eu lieu, quand j'essaie d'ajouter "
            "une note, alors je ne peux pas l'enregistrer.",
            "note",
        ),
        "hours": step(
            "Fixer les horaires des praticiens",
            "fixer les horaires et les jours de repos de chaque praticien",
            "éviter toute réservation hors des heures de travail",
            "Étant donné que je fixe lundi 9 h-13 h pour un praticien, quand j'enregistre, "
            "alors seuls ces créneaux du lundi sont réservables chez lui.",
            "Étant donné qu'un rendez-vous est pris à 12 h, quand je raccourcis la journée à "
            "11 h, alors je vois le rendez-vous qui serait perdu et les horaires ne changent "
            "pas.",
            "horaire|planning|gérer planning",
        ),
        "no-show": step(
            "Signaler une absence",
            "signaler un rendez-vous auquel personne n'est venu",
            "voir qui manque ses rendez-vous",
            "Étant donné que personne n'est venu au rendez-vous de 10 h 30, quand je signale "
            "l'absence, alors elle apparaît dans l'historique de cette personne.",
            "Étant donné que le rendez-vous n'a pas encore commencé, quand j'essaie de signaler "
            "une absence, alors c'est impossible.",
            "absence|pas venu",
        ),
    },
)

WORDS = CatalogueWords(story_line=story_line, kinds={"booking": BOOKING})
