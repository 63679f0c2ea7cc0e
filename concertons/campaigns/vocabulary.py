"""The field's own words (see docs/domain.md): professions, services and employers, shared by every form."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Profession(models.TextChoices):
    EDUCATEUR = "educateur", _("Éducateur·rice spécialisé·e")
    ASSISTANT_SOCIAL = "assistant_social", _("Assistant·e de service social")
    CESF = "cesf", _("Conseiller·e en économie sociale et familiale (CESF)")
    PUERICULTRICE = "puericultrice", _("Puéricultrice")
    INFIRMIER = "infirmier", _("Infirmier·e")
    PSYCHOLOGUE = "psychologue", _("Psychologue")
    SECRETAIRE = "secretaire", _("Secrétaire médico-sociale")
    SAGE_FEMME = "sage_femme", _("Sage-femme")
    MEDECIN_PMI = "medecin_pmi", _("Médecin de PMI")
    TISF = "tisf", _("Technicien·ne de l'intervention sociale et familiale (TISF)")
    ASSISTANT_FAMILIAL = "assistant_familial", _("Assistant·e familial·e")
    ANIMATEUR = "animateur", _("Animateur·rice")
    CONSEILLER_CONJUGAL = "conseiller_conjugal", _("Conseiller·e conjugal·e et familial·e")
    REFERENT_INSERTION = "referent_insertion", _("Référent·e insertion")
    CADRE = "cadre", _("Cadre / chef·fe de service")
    OTHER = "autre", _("Autre")


class Service(models.TextChoices):
    PMI = "pmi", _("PMI (protection maternelle et infantile)")
    ASE = "ase", _("ASE (aide sociale à l'enfance, CRIP, accueil familial)")
    POLYVALENCE = "polyvalence", _("Polyvalence de secteur / service social départemental")
    INSERTION = "insertion", _("Insertion (RSA)")
    AUTONOMIE = "autonomie", _("APA, personnes âgées / handicapées")
    MDPH = "mdph", _("MDPH")
    SANTE = "sante", _("Centre de santé / planification")
    CCAS = "ccas", _("CCAS / CIAS")
    ETABLISSEMENT = "etablissement", _("Établissement")
    OTHER = "autre", _("Autre")


class Employer(models.TextChoices):
    DEPARTEMENT = "departement", _("Conseil départemental")
    CCAS = "ccas", _("CCAS / CIAS")
    ETABLISSEMENT = "etablissement", _("Établissement")
    ASSOCIATION = "association", _("Association")
    OTHER = "autre", _("Autre")


class Theme(models.TextChoices):
    """The constat themes, from the users' own texts."""

    MANAGEMENT = "management", _("Management et contrôle")
    PROCEDURES = "procedures", _("Procédures et chiffres")
    PUBLIC_KEPT_AWAY = "public_eloigne", _("Le public éloigné des services")
    STAFFING = "effectifs", _("Effectifs : postes supprimés, gelés, vacants, absences non remplacées")
    MEANS = "moyens", _("Moyens et budgets")
    DISTANCE = "distance", _("Télétravail et travail à distance")
    HEALTH = "sante_travail", _("Santé au travail")
    TEAM = "equipe", _("Équipe et pratiques")
    FOSTER_CARERS = "assistants_familiaux", _("Assistant·es familiaux·les")
    PARTNERS = "partenaires", _("Partenaires institutionnels")
    POLICY = "politiques", _("Politiques publiques")
