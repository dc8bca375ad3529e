"""What each action a French requirement names does, how it fails, and what it gives.

    "prendre rendez-vous": Étant donné que le créneau est libre -> le rendez-vous est
    enregistré à mon nom; Étant donné qu'un autre client a pris le créneau -> je vois qu'il
    n'est plus libre.

Placeholders agree with the requirement's object (``criteria.Thing``): {o} is the object
with its article ("les avis clients"), {e} a participle's ending ("", "e", "s", "es"),
{est} "est" or "sont", {a} "a" or "ont", {le} its pronoun ("le", "la", "les").
"""

from __future__ import annotations

import re

from generation.languages.actions import Action

__all__ = ["ACTIONS", "Action", "action_of"]


_MANAGE = Action(
    "j'ai les droits d'administration",
    "je vois {o} et je peux en ajouter, modifier ou retirer",
    "je n'ai pas les droits d'administration",
    "je ne vois pas les actions de gestion et rien n'est modifié",
    "que {o} {soit} toujours à jour sans passer par un tiers",
)
_EDIT = Action(
    "je remplace une valeur de {o} par une valeur valide",
    "les modifications sont enregistrées et {o} {est} affiché{e} à jour aussitôt",
    "je saisis une valeur invalide",
    "je vois quoi corriger et {o} garde{nt} les valeurs précédentes",
    "que les visiteurs voient {o} à jour",
)
_VIEW = Action(
    "{o} {est} publié{e}",
    "je vois {o} en entier, sans avoir à me connecter",
    "une partie de {o} n'est pas encore renseignée",
    "le reste s'affiche sans case vide à sa place",
    "que je me fasse une idée de {o} avant de me déplacer",
)
_CONTACT = Action(
    "mon message et mes coordonnées sont renseignés",
    "le message arrive au garage et je vois qu'il est envoyé",
    "mon adresse e-mail est invalide",
    "rien n'est envoyé et je vois quoi corriger",
    "que j'obtienne une réponse sans me déplacer",
)
_REVIEW = Action(
    "je saisis une note et un commentaire",
    "mon avis est enregistré en attente de validation",
    "je n'ai pas mis de note",
    "rien n'est enregistré et je vois qu'une note est nécessaire",
    "que les futurs clients profitent de mon expérience",
)
_APPROVE = Action(
    "{o} {est} en attente de validation",
    "{o} validé{e} {apparait} sur le site avec la date",
    "{o} {contient} des propos injurieux",
    "je {le} rejette et {o} n'{apparait} jamais sur le site",
    "que seuls des avis respectueux apparaissent sur le site",
)
_BOOK = Action(
    "le créneau choisi est libre",
    "le rendez-vous est enregistré à mon nom et je reçois la confirmation",
    "un autre client a pris le créneau pendant que je remplissais le formulaire",
    "je vois qu'il n'est plus libre et aucun rendez-vous n'est créé",
    "que je vienne au garage à une heure qui me convient",
)
_FILL = Action(
    "tous les champs obligatoires sont remplis",
    "le formulaire est envoyé et je vois un accusé de réception",
    "un champ obligatoire est vide",
    "je vois quel champ remplir et rien n'est envoyé",
    "que ma demande arrive complète du premier coup",
)
_ADD_DELETE = Action(
    "les données de {o} sont complètes",
    "{o} {apparait} dans la liste et sur le site dès l'enregistrement",
    "je supprime {o} par erreur",
    "une confirmation m'est demandée et rien n'est supprimé sans elle",
    "que le site montre toujours {o} réellement disponibles",
)
_ASSIGN = Action(
    "la personne a un compte actif",
    "{o} est attribué et la personne obtient les droits correspondants",
    "la personne n'a pas encore de compte",
    "je vois qu'il faut d'abord créer son compte et rien n'est attribué",
    "que chacun ait exactement les droits dont il a besoin",
)
_SORT_LIVE = Action(
    "la liste contient plusieurs véhicules",
    "la liste se réordonne aussitôt, sans recharger la page",
    "la connexion est lente",
    "rien ne disparaît : la liste actuelle reste affichée jusqu'à l'arrivée de la nouvelle",
    "que je trouve plus vite {o} qui m'intéressent, sans attendre",
)
_LIST = Action(
    "{o} {contient} plusieurs éléments",
    "chaque élément de {o} s'affiche et je peux parcourir toute la liste",
    "{o} est vide pour le moment",
    "je vois un message qui le dit, pas une page vide",
    "que je voie d'un coup d'œil tout ce qui est proposé",
)
_FILTERED = Action(
    "j'ai choisi des filtres",
    "seuls les éléments qui correspondent aux filtres choisis s'affichent",
    "aucun élément ne correspond aux filtres choisis",
    "je vois qu'il n'y a aucun résultat et je peux effacer les filtres",
    "que je ne voie que ce qui correspond à ma recherche",
)
_PUBLISH = Action(
    "{o} {est} enregistré{e} dans la base",
    "{o} {apparait} sur le site public dès l'enregistrement",
    "{o} n'a pas encore de photo",
    "une image par défaut s'affiche et la mise en page n'est pas cassée",
    "que les visiteurs voient le stock réel du garage",
)
_HOURS = Action(
    "je saisis une heure d'ouverture avant l'heure de fermeture",
    "les nouveaux horaires s'affichent aussitôt sur toutes les pages du site",
    "l'heure de fermeture saisie précède l'heure d'ouverture",
    "je vois l'incohérence et rien n'est enregistré",
    "que les clients ne trouvent jamais porte close",
)
_STAFF = Action(
    "la personne n'a pas encore de compte",
    "son compte est créé avec les droits d'employé, et je peux les retirer à son départ",
    "un compte existe déjà avec cette adresse e-mail",
    "je vois le compte existant et aucun doublon n'est créé",
    "que seules les personnes de l'équipe accèdent au tableau de bord",
)
_CANCEL = Action(
    "{o} {est} toujours prévu{e}",
    "{o} {est} annulé{e} ou déplacé{e}, et je reçois la confirmation",
    "le délai pour changer {o} est passé",
    "je vois que ce n'est plus possible et rien n'est modifié",
    "que je puisse changer d'avis sans frais ni appel",
)
_SORT = Action(
    "la liste contient plusieurs véhicules",
    "la liste se réordonne aussitôt, sans recharger la page",
    "aucun véhicule ne correspond aux critères",
    "je vois qu'il n'y a aucun résultat et je peux effacer les critères",
    "que je trouve plus vite {o} qui m'intéressent",
)
_ACCESS = Action(
    "je suis connecté avec le bon rôle",
    "{o} s'ouvre avec les actions de mon rôle",
    "mon compte n'a pas ce rôle",
    "l'accès m'est refusé et je reste sur la page d'accueil",
    "que je travaille sans dépendre de quelqu'un d'autre",
)
_LEAVE = Action(
    "le client m'a donné son avis de vive voix",
    "{o} est enregistré au nom du client, en attente de validation",
    "le texte est vide",
    "rien n'est enregistré et je vois qu'il manque le texte",
    "que l'avis des clients de passage soit aussi visible",
)
_ENTER = Action(
    "je saisis une adresse correcte",
    "la page demandée s'ouvre",
    "je saisis une adresse erronée",
    "je vois une page d'erreur avec un lien vers l'accueil",
    "que j'arrive directement là où je veux aller",
)

#: Verbs (infinitive) and what their action does.
ACTIONS: dict[str, Action] = {
    **dict.fromkeys("gérer administrer".split(), _MANAGE),
    **dict.fromkeys("modifier éditer changer mettre-à-jour corriger".split(), _EDIT),
    **dict.fromkeys("consulter voir afficher visualiser".split(), _VIEW),
    **dict.fromkeys("contacter écrire".split(), _CONTACT),
    **dict.fromkeys("déposer noter".split(), _REVIEW),
    **dict.fromkeys("valider approuver modérer".split(), _APPROVE),
    **dict.fromkeys("prendre réserver".split(), _BOOK),
    **dict.fromkeys("remplir compléter".split(), _FILL),
    **dict.fromkeys("ajouter supprimer".split(), _ADD_DELETE),
    **dict.fromkeys("attribuer accorder".split(), _ASSIGN),
    **dict.fromkeys("trier effectuer utiliser filtrer".split(), _SORT),
    "accéder": _ACCESS,
    **dict.fromkeys("annuler reporter déplacer".split(), _CANCEL),
    "laisser": _LEAVE,
    "saisir": _ENTER,
}


def action_of(verb: str, rest: str = "") -> tuple[str, Action | None]:
    """The key and action of a verb as a wish names it ("ajouter, éditer et supprimer")."""
    words = verb.lower().replace(",", " ").split()
    first = words[0] if words else ""
    if first == "prendre" and "rendez-vous" not in rest.lower():
        return first, None
    if first in {"effectuer", "utiliser"} and not any(w in rest.lower() for w in ("tri", "filtr")):
        return first, None
    low = rest.lower()
    if first in {"modifier", "éditer", "changer"} and re.search(r"\b(?:horaires|heures)\b", low):
        return first, _HOURS
    if first in {"gérer", "ajouter"} and re.search(r"\b(?:employés|personnel)\b", low):
        return first, _STAFF
    if first == "gérer" and re.search(r"\bavis\b", low):
        return first, ACTIONS["valider"]
    if first in {"effectuer", "utiliser", "trier"} and "rechargement" in low:
        return first, _SORT_LIVE
    if first in {"voir", "consulter"} and re.search(r"\bfiltres?\b", low):
        return first, _FILTERED
    if first in {"voir", "consulter"} and re.match(r"(?:la\s+)?liste\b", low):
        return first, _LIST
    if first == "afficher" and re.search(r"\bstock|base\s+de\s+données", low):
        return first, _PUBLISH
    return first, ACTIONS.get(first)
