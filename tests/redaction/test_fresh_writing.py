"""Shapes that leaked on two batches of fresh, hand-written texts (bench/redaction/train_texts/fresh_*.txt),
each as the class it stands for: a wrapped line, a program's screen, a dictated note, an initial."""

from datetime import date

import pytest

from concertons.redaction import Label

from .helpers import assert_hidden, assert_kept, found, masked

LAST_YEAR = date.today().year - 1


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a table whose header says "Nom": the column holds names, not file numbers ("No" is one)
        (
            "Liste :\nNom\tPrénom\tDDN déclarée\tN° MNA\nAHMADZAI\tBilal\t2009\tMNA-2025-0917\nTrois éducateurs.",
            ("AHMADZAI", "Bilal", "2009", "MNA-2025-0917"),
        ),
        # a program's screen copied with a tab after each field
        (
            "Nom d'usage\tRAHARIMALALA\nPrénom(s)\tVoahangy Hanitra\nNé(e) le\t2005-03-12",
            ("RAHARIMALALA", "Voahangy", "Hanitra", "2005-03-12"),
        ),
        # a line wrapped inside a numbered street, inside an IBAN
        ("cest au 16 ter rue\nde la Liberte, 62110 Henin-Beaumont, 2e sonnette.", ("Liberte", "62110")),
        ("CCAS\n2 rue\nFaidherbe, 59139 Wattignies\n03 20 95 04 17", ("Faidherbe", "59139")),
        ("elle : FR76 1871 9000 8900\n0174 5236 908\nelle : merci", ("1871", "0174 5236 908")),
        # maiden names, widows
        ("Mme Germaine POULAIN, née VASSEUR le 2 novembre 1931", ("POULAIN", "VASSEUR", "1931")),
        ("Mme Dupont née Le Goff, trois enfants", ("Dupont", "Goff")),
        ("chez Mme veuve Kerbrat depuis quatre ans", ("Kerbrat",)),
        # one initial after a word for a person
        ("Synthèse famille B. – présents : moi.", ("B.",)),
        ("Situation de la jeune S., 16 ans, en fugue.", ("S.",)),
        # a month and year in brackets after a name, as a birth
        ("Enfants : Ilyes (04/2014) et Sirine (11/2017).", ("04/2014", "11/2017")),
        # dictated, in lower case
        ("le papa s'appelle jean-claude il travaille de nuit", ("jean-claude",)),
        ("mme rakotomalala prénom hanitra allaitement mixte", ("hanitra",)),
        # phones: the Pacific's eight digits announced as a phone, a number in words
        ("Mobile : 89 54 12 73.", ("89 54 12 73",)),
        ("rappeler au zéro six quarante-deux dix-huit soixante-sept zéro trois", ("quarante-deux",)),
        # a person's plan is a file
        ("Le plan APA (APA-29-2024-11874) ne prévoit que 22 heures.", ("11874",)),
        # a form's address field, whatever its shape, up to the postcode's commune
        ("Adresse : Bât. Lilas, esc. 2, porte 204, 13014 Marseille\nTél : 0", ("Lilas", "porte 204")),
        ("Adresse : La Grange Neuve\n15 rte de Saint-Flour\n43100 Brioude\nTél", ("Grange Neuve",)),
        # the localities of a rural or overseas address, beside its street
        ("Elle habite section Boisvin, chemin des Pitons, 97129 Lamentin.", ("Boisvin", "Pitons")),
        ("la famille vit maison Aranburua, chemin d'Errota, 64250 Espelette.", ("Aranburua",)),
        ("elle vit rue Schœlcher, section Morne-Rouge", ("Morne-Rouge",)),
        # a site's quarter no list knows, a reception site
        ("Joëlle du CMS de Strasbourg-Neudorf, et moi.", ("Neudorf",)),
        ("la fermeture de l'accueil de Saint-Amand-les-Eaux : 1 412 signatures", ("Saint-Amand",)),
        # a list's items under named siblings, with or without bullets
        (
            "- Popescu Ana, n° alloc 2874410\n- MARTINS Paulo, n° alloc 3012876\n- ly sokha, n° alloc 2990413",
            ("sokha",),
        ),
        (
            "Colis :\nMARCHAND – 3 enfants\nBenhaddou – 2 enfants\nNOWAK – 4 enfants\n42 familles",
            ("MARCHAND",),
        ),
        # a name with its birth date in brackets, even a place's name
        ("Fratrie Benali : Yanis (DDN 14.09.2012), Sofia (DDN 22/11/2015).", ("Sofia",)),
        # "NOM Prénom" after a field, the family name unknown
        ("Fiche :\nNom, prénom : AHMADZAI Sardar\nDDN : 01/03/2006", ("AHMADZAI", "Sardar")),
        ("Cofidis (dossier #CF-88120457), bailleur", ("#CF",)),
        # the small words of a name of another language, between parts found apart
        ("Mme María de los Ángeles Quispe Mamani, péruvienne.", ("de los",)),
        ("Nom : MUKENDI wa KALALA Josué\nDate", (" wa ",)),
        # a full date many years back, without any cue, is a birth
        ("Enzo, 07/12/2010, est placé.", ("07/12/2010",)),
        ("M. Diallo 12 mars 1987 à Dakar", ("1987",)),
        # a long number with no keyword is a file's
        ("son numéro 2345678 et celui de sa sœur 2345679", ("2345678", "2345679")),
        ("dossier 14587120365478 ouvert", ("14587120365478",)),
    ],
)
def test_what_fresh_writing_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("REFERENT : DUBOIS A.\nMESURE : AED", ("MESURE : AED",)),
        ("Extraction\nNUMIND     NOM     PRENOM     DATNAIS\n", ("PRENOM     DATNAIS",)),
        ("née à Lyon en 1990, elle est", ("Lyon",)),
        ("née La Rochelle", ("La Rochelle",)),
        ("la famille X. est suivie", ("X.",)),
        ("le plan B. Ensuite on verra", ("B.",)),
        ("il s'appelle comment déjà ?", ("comment",)),
        ("ça s'appelle la solidarité", ("solidarité",)),
        ("le prénom choisi est beau", ("choisi",)),
        ("tel 12.03.2024", ("12.03.2024",)),
        ("fixe : 40 50 60 70, 80", ("40 50 60 70",)),
        ("le plan pauvreté 2023-PA-0045", ("2023-PA-0045",)),
        ("Madame veuve", ("veuve",)),
        ("Adresse : chez sa tante, 4 allée des Mimosas, 91000 Évry", ("chez sa tante",)),
        ("Adresse : 12 rue des Lilas. Elle vit seule.", ("Elle vit seule",)),
        ("accueillie en famille d'accueil à Koungou.", ("Koungou",)),
        ("Programme :\nAccueil – 9h\nAteliers – 10h\nRepas – 12h", ("Accueil", "Ateliers", "Repas")),
        ("Écran Solis – actions du jour\nAction\tStatut", ("Écran Solis",)),
        ("Logiciel IODAS – fiche individu", ("Logiciel IODAS",)),
        (
            "Le dossier a six ans. Né le 1er janvier 2019, le service fête ses sept ans.",
            ("1er janvier 2019",),
        ),
        ("Identifiant France Travail : 6623081K\nN° allocataire : aucun", ("N° allocataire",)),
        ("Karim et Léa sont venus", (" et ",)),
        # dated texts and things founded keep their dates; recent dates are events
        ("La loi du 2 janvier 2002 a rénové l'action sociale.", ("2 janvier 2002",)),
        ("Loi n° 2007-293 du 5 mars 2007, loi n° 2016-297", ("5 mars 2007",)),
        ("la convention collective date du 15 mars 1966.", ("15 mars 1966",)),
        ("Le service, lui, est né le 1er janvier 2005 de la fusion", ("1er janvier 2005",)),
        (f"réunion le 12/03/{LAST_YEAR} à 14 h", (f"12/03/{LAST_YEAR}",)),
        ("Le tableau affiche 1206458713 euros pour l'exercice", ("1206458713",)),
        ("Le TER 847312 de 7h12 est supprimé", ("847312",)),
        ("(CE, 23 juillet 2023, n° 468790). L'association", ("468790",)),
    ],
)
def test_what_looks_like_it_stays(text, kept):
    assert_kept(text, *kept)


def test_a_widow_keeps_the_word_widow():
    assert masked("chez Mme veuve Kerbrat depuis") == "chez Mme veuve [personne] depuis"


def test_the_spaced_phone_is_one_span():
    assert found("Mobile : 89 54 12 73.") == [("89 54 12 73", Label.PHONE)]


# Two more batches (fresh_c, fresh_d), scored before anyone read them: the classes of what leaked.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "hébergé chez un ami au 11 qu. de la Fosse, 44000 Nantes, sans nouvelles",
            ("Fosse", "44000 Nantes"),
        ),
        (
            "son numéro fiscal, retrouvé sur son avis d'imposition : 30 12 345 678 912.",
            ("30 12 345 678 912",),
        ),
        ("tu px verif la caf ? c 2345871, elle a plus de rsa", ("2345871",)),
        ("notification MDPH (2024-047713), stage concluant", ("2024-047713",)),
        # a Pacific text: local numbers without a keyword, eight figures or six
        ("pas de fixe, seulement le 87 12 34 56. Domicile : PK 12,5, 98719 Taravao.", ("87 12 34 56",)),
        ("Tribu de Tiendanite, 98815 Hienghène. Fixe : 42.17.83, vu le 12.11.24", ("42.17.83",)),
        # addresses: a lower-case building letter, a cité named by a number, Guyane and Kanaky homes
        ("chez mme lopes, 9 rés. les hortensias bat a, pesée ok", ("hortensias", "bat a")),
        ("il dort chez son cousin à Aulnay, cité des 3000, bât. 12\nmerci", ("3000", "bât. 12")),
        ("qui vit écart Mofina, carbet 3 avec ses cinq enfants", ("Mofina", "carbet 3")),
        ("reçues chez elle, lot 12, tribu de Tiendanite, 98815 Hienghène.", ("lot 12", "Tiendanite")),
        # names: "une certaine", compound initials alone, an initial before the role it stands for
        ("la copine de ruben, une certaine fleur. elle a reçu", ("fleur",)),
        ("adopté à l'unanimité moins une abstention (J.-P.).", ("J.-P.",)),
        ("En juin, K., la secrétaire, a été mutée sans explication.", ("K.",)),
    ],
)
def test_what_two_more_fresh_batches_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Courrier du Pr Benchekroun (neuropédiatrie, CHU de Rouen) : suivi", ("neuropédiatrie",)),
        ("ma chef ma dit de tenvoyer le mail de mr kone", ("tenvoyer",)),
        (
            "Horus > Historique\n03/11/2025\tappel de la mère\n07/11/2025\tcourrier envoyé",
            ("courrier envoyé",),
        ),
        ("Nom\tMARTIN\nDate de naissance\t23/02/1986\nAdresse\tLille", ("Date de naissance", "Adresse")),
        ("N° dossier\tNom\tPrénom\tNé(e) le\nIND-1\tMARTIN\tLéa\t2012", ("Prénom", "Né(e) le")),
        ("mr diallo bonjour c'est cindy de l'udaf, votre audience", ("bonjour", "udaf")),
        ("il appelle mon mari papa et ça pose problème ; maman tjrs seule", ("papa", "tjrs")),
        ("face aux menaces répétées de M. Y. Plusieurs participantes", ("M. Y.",)),
        ("il faut un certain temps, une certaine fatigue aussi", ("temps", "fatigue")),
        ("Jules César est mort en 44 av. J.-C. à Rome.", ("44 av. J.-C.",)),
        ("Voir le plan A., le directeur le présente.", ("A.",)),
        ("Charlotte Caubel a lancé les assises de la protection de l'enfance.", ("Charlotte Caubel",)),
        ("Un écart de 300 euros entre les deux aides.", ("écart de 300",)),
    ],
)
def test_what_looks_like_it_stays_in_two_more_batches(text, kept):
    assert_kept(text, *kept)


# Two batches more (fresh_e on file numbers, fresh_f in the everyday voice of a constat).
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("le n° OFII : 25-075-01294 pour madame, 25-075-01295 pour son fils", ("25-075-01295",)),
        ("dossier pch de mr oyelaran : 2026 0772 ou 2026/0772 je sais plus", ("2026 0772", "2026/0772")),
        ("PV n° 2026/004518, NUP 2026-00231874. Mme", ("2026-00231874",)),
        ("numéro fiscal (SPI) 1 23 45 678 901 23, référence", ("1 23 45 678 901 23",)),
        ("d'abord FSL 2026 / 3318, puis FSL-2026-3318-B", ("2026 / 3318",)),
        ("Dossier ASE n° 2026-ASE-\n00417 (la ligne a sauté)", ("00417",)),
        ("son num de dossier fsl c le 59-\n2026-0077 jcrois", ("59-", "2026-0077")),
        ("[14:03] moi : 59 DALO 2026 01 884\n[14:03] Rémy : merci", ("DALO 2026 01 884",)),
        ("n° RG 24/07812 – n° Portalis DBX2-W-B7I-CVKL4 : M. Diakité", ("DBX2-W-B7I-CVKL4",)),
        ("Engie, PRM 0914 2837 5501 62 : le compteur", ("0914 2837 5501 62",)),
        ("IPP : 0045 872 109 / NDA : 2612 004 871\nDate", ("2612 004 871",)),
        ("greffe du juge des enfants, dossier JE 2026 / 1245, c'est", ("JE 2026 / 1245",)),
    ],
)
def test_what_the_file_numbers_batch_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("les dossiers se montent pierre par pierre, et partir la fleur au fusil", ("pierre par pierre",)),
        ("Pour l'ADA il faut le récépissé ; la carte ADA change", ("ADA",)),
        ("à régulariser : EDF, Free, et le loyer ; Engie, référence client", ("Free", "Engie")),
        (
            "Liste des prélèvements rejetés\nNom\tRéf. mandat\tIBAN\nMARTINEZ Claire\tRUM-1\tFR76",
            ("Nom", "Réf"),
        ),
        ("PV n° 2026/004518, NUP 2026-00231874, NDA : 2612 004 871", ("NUP", "NDA")),
        ("le budget 2025 / 2026 du FSL a aidé 12 familles", ("2025 / 2026",)),
    ],
)
def test_what_looks_like_a_file_number_or_a_name_stays_in_the_last_batches(text, kept):
    assert_kept(text, *kept)


# The last two batches: first names that are words (fresh_g), rural and overseas addresses (fresh_h).
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("j'ai vu chance hier a la sortie du college", ("chance",)),
        ("tu previens claire ? moi j'ai plus de credit", ("claire",)),
        ("penser à appeler modeste pour le contrat jeune majeur", ("modeste",)),
        ("sa sœur vient le mercredi, le père (Innocent) ne vient plus", ("Innocent",)),
        ("Bonjour Océane,\npouvez-vous transmettre le compte rendu ?\nMerci,\nAurore", ("Aurore",)),
        ("Le couple Marchand habite rue des Lilas depuis 2019", ("Marchand", "Lilas")),
        ("Mme X, 127 bld Gambetta, esc. 2, 3e ét., porte gauche", ("Gambetta", "esc. 2")),
        ("vit au 6 sent. des Douaniers, 29760 Penmarch", ("Douaniers", "29760")),
        ("elle vit ham. du Lindenhof, 68140 Munster", ("Lindenhof", "68140")),
        ("il dort chemin des Grèves, ld Les Essarts", ("Essarts",)),
        ("sous la bâche, piste Bélizon, PK 4, 97351 Matoury", ("Bélizon", "PK 4")),
        ("il vit à la tribu de Ouaté avec ses oncles", ("Ouaté",)),
        ("Bât. 4 – Esc. B – Apt 23\nRésidence du Parc\n15 AVENUE DU GENERAL LECLERC", ("Bât. 4", "Esc. B")),
        ("chez elle au 3 bis imp. des Ecoles 80000 amiens bat b, elle attend", ("bat b",)),
        ("Mme Aubert, La Croix-Blanche, 03160 Ygrande, 88 ans, seule", ("Croix-Blanche", "03160")),
        ("Mme Guillou vit à Kervenny, 29880 Plouguerneau, son fils passe", ("Kervenny", "29880")),
        ("export : date_naissance=2011-09-23 ; mesure=AEMO", ("2011-09-23",)),
    ],
)
def test_what_the_word_names_and_rural_addresses_batches_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("il faut voir clair ; j'ai vu juste ; reçu hier le courrier", ("clair", "juste")),
        ("Merci,\nL'équipe du CCAS", ("L'équipe",)),
        ("la réunion à Lens, 62300 Lens, mardi", ("62300 Lens",)),
        ("un hameau de 40 habitants, une piste cyclable, un îlet", ("hameau", "piste", "îlet")),
    ],
)
def test_what_looks_like_a_word_name_or_a_place_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # listed with a name found already, whatever the word
        ("Gloire, Heureux et Miracle sont les trois enfants de Mme Kabamba.", ("Gloire", "Heureux")),
        ("Minh (11 ans) s'occupe de ses sœurs Lan et Mai le soir.", ("Mai",)),
        ("souhaite revoir ses enfants Merveille et Précieux, confiés à leur tante.", ("Précieux",)),
        ("Victor (12), Soan (9), Ange (11) : 3 jeunes pour 2 places.", ("Ange",)),
        ("Chance, Merveille et Léa : les enfants de Mme Diallo.", ("Chance",)),
        ("« Florence et Nancy, jumelles de 13 ans, veulent rester ensemble. »", ("Nancy",)),
        # an age or a school class right after the word
        ("Paris, 9 ans, a été envoyé avec sa mère dans un hôtel.", ("Paris",)),
        ("Lourdes, 4e B, m'a dit à demi-mot que le copain de sa mère la frappe.", ("Lourdes",)),
        ("AEMO Papeete – Teva, 15 ans, déscolarisé depuis la 4e.", ("Teva",)),
        # a family word before it
        ("faxer l'info préoccupante de la petite Sagesse a la CRIP", ("Sagesse",)),
        ("mme nsimba rappelée. sa fille chance a rdv pmi mardi.", ("chance",)),
        ("c'est Rose Ndiaye, la maman de Chance, vous pouvez me rappeler", ("Chance",)),
        ("sms de la tante de précieuse : elle vient la chercher vendredi", ("précieuse",)),
        # what people call someone found in the bracket after it
        ("- Bébé (c'est comme ça que tout le monde appelle Samuel) est rentré à 23h.", ("Bébé",)),
        # a signature alone after the message's last sentence
        ("l'acte de naissance n'est pas dans le dossier. Tu l'as ? Claire", ("Claire",)),
        # a surname that is also a small commune of the Pacific
        ("Visite à domicile chez Aminata Koné, accouchée il y a dix jours.", ("Koné",)),
        # a scheme's capitals written inside the file number
        ("dossier n° MSA 62 17 048 223. Sept mois sans revenu.", ("MSA 62",)),
        ("Dossier CARSAT RA 0571 2248 93, bloqué.", ("RA 0571",)),
        # lower-case words that end a street's name, before its floor and postcode
        ("au 3 rue des Jardins ouvriers, 1er étage, 54000 Nancy", ("ouvriers", "54000")),
        # a name listed before a found one that is also a small commune
        ("Aide ASE pour la rentrée de Chance et Prince, 240 € au total.", ("Chance",)),
        # "la petite" before a first name in lower case, where the writer types names so
        ("j ai la synthese de la petite chance a 14h\nkarima tu vois avec mr tessier ?", ("chance",)),
        # a département, a year and an order
        ("un dossier de logement social (93-2023-0471265). Aucune proposition.", ("0471265",)),
        # a street named after someone, typed in lower case, where someone is
        ("la mere dit qu il est chez son pote momo rue jules ferry\njappelle ?", ("jules ferry",)),
        # a colleague's post or leave
        ("il n'a pas dit un mot du poste de Lorraine jamais remplacé.", ("Lorraine",)),
        # a file number spelt out on the phone
        ("Mme Yilmaz m'épelle son numéro CAF : « zéro huit sept, un deux, quatre cinq ».", ("huit sept",)),
        # a name spelt another way
        ("rdv annulé avec mme ouazani (ou ouazzani, c'est écrit des deux façons).", ("ouazzani",)),
        # what someone is called, said as such
        ("Pépette, c'est ainsi que tout le quartier appelle Mme Rivière.", ("Pépette",)),
        ("Caramel, c'est le surnom de Kenza au foyer.", ("Caramel",)),
        ("Pierre — oui c'est son vrai prénom — dort dehors.", ("Pierre",)),
        ("Adélaïde (Adé pour les intimes) a 17 ans.", ("Adé",)),
        # who a message speaks to, at its start
        ("slt cam tu px passer chez mr benali demain ?", ("cam",)),
        ("claire tu peux prendre le rdv de 14h ?", ("claire",)),
        # a building or a lodging, then a postcode and its commune, with no street
        (
            "M. Ferracci, intérimaire, Les Flamants, bât. C3, 13014 Marseille. Dette.",
            ("Flamants", "C3", "13014"),
        ),
        ("Mme Lagier, 91 ans, Habitation Grand-Fond, case 3, 97225 Le Marigot.", ("case 3", "97225")),
        # figures in groups of three after a word for a number, or opening on a zero
        ("Son mari, écrou n° 998 412, est en détention provisoire.", ("998 412",)),
        ("mettre a jour le dossier INDIV 00 458 722 stp", ("00 458 722",)),
        # initials and nicknames in a list of who attended
        ("Synthèse – présents : AM (ASE), JP (PMI), Dr Cohen, moi. Enfants : Ilyes.", ("AM", "JP")),
        ("Présent·es : Nadège, Yacine B., jp, Mme Tchakounté", ("jp",)),
        # a birth date after a bracket that names an office
        ("Mme Yao (la CAF a mis YAO Adjoua), DDN 23.06.1984, CAF 7719024.", ("23.06.1984",)),
    ],
)
def test_what_the_everyday_batches_of_december_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Marseille, 8 mois d'attente pour un premier rendez-vous au CMPP.", ("Marseille",)),
        ("Lille, 3 ans après l'ouverture, le centre ferme.", ("Lille",)),
        ("« Dieu merci », disait une grand-mère de Mamoudzou.", ("Mamoudzou",)),
        ("On s'est vus avec Mme Diallo, Lens, Arras et Douai : même manque.", ("Lens", "Arras", "Douai")),
        ("Cordialement,\nAurore Petit, Lens", ("Cordialement",)),
        ("n° allocataire CAF 3654128, dossier CAF 5590127", ("allocataire CAF", "dossier CAF")),
        ("la direction de la Petite Enfance ferme deux crèches", ("Petite Enfance",)),
        ("Présents : CAF, CPAM, ASE, le maire et moi. Les AS ont dit non.", ("CAF", "CPAM", "ASE", "AS")),
        ("slt ok tu passes demain ? bon tu peux venir ?", ("ok", "bon")),
        ("une dette n° 12 000 € ; un dossier de 120 000 personnes", ("12 000", "120 000")),
        ("Mayotte, Mme Madi a appelé. Espelette, Mme Etxeberria aussi.", ("Mayotte", "Espelette")),
        ("« Bonjour, Noé n'est pas venu depuis 3 semaines. »", ("Bonjour",)),
        ("Le dossier fait trente-deux pages et vingt-deux annexes.", ("trente-deux", "vingt-deux")),
        (
            "Aimé, Désiré, Fortuné, Modeste : ailleurs, les prénoms disent ce qu'on espère.",
            ("Désiré", "Modeste"),
        ),
        ("Rose, Chance, Merveille, Prince : des prénoms qu'on voit souvent.", ("Chance", "Prince")),
        ("la salle 204, bâtiment B de l'hôtel du département", ("salle 204", "bâtiment B")),
    ],
)
def test_what_looks_like_the_everyday_batches_classes_stays(text, kept):
    assert_kept(text, *kept)


# Batches M and N (2026-12-04), scored before anyone read them: the classes they leaked.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # initials typed without a blank, and one initial before its role in brackets
        ("M.K. et S.B. ont été vus par le médecin scolaire le 14/11.", ("M.K.", "S.B.")),
        ("En réunion, C. (la CESF du secteur nord) a dit tout haut ce qu'on pense.", ("C.",)),
        # a name set apart after the role it is, a month included
        ("Ma binôme, Avril, est partie en arrêt en septembre. Personne ne l'a remplacée.", ("Avril",)),
        ("Sa fille, Chance, a quatre ans et ne parle pas.", ("Chance",)),
        # who a message speaks to, "t'es" typed without its apostrophe
        ("pierre t es la ? faut la voiture pour la vad", ("pierre",)),
        # bare years after a plural birth marker
        ("2 enfants (nés en 2019 et 2023), un adulte", ("2019", "2023")),
        # a family's name in capitals after the word of its file, no determiner
        ("Objet : RE: expulsion GHEDIRA – le concours de la force publique est accordé", ("GHEDIRA",)),
        # a locality of the Antilles where someone lives; a Breton street; a car as a home
        ("elle habite section Bellevue à Sainte-Rose, sans voiture", ("Bellevue",)),
        ("lun 9h VAD Kerbrat (3 Hent ar Feunteun, 29270 Carhaix-Plouguer)", ("Hent ar Feunteun", "29270")),
        (
            "Lieu de vie : véhicule personnel, stationné rue Paul Vaillant-Couturier à Montreuil",
            ("Vaillant",),
        ),
    ],
)
def test_what_batches_m_and_n_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("D.N. : voir la fiche. N.B. : le dossier est complet, payé par C.B.", ("D.N.", "N.B.", "C.B.")),
        ("On reprend en Avril, avec ma collègue.", ("Avril",)),
        ("bon t es la ? ok t as vu ?", ("bon", "ok")),
        ("né en 2019, et en 2023 il entre à l'école", ("2023",)),
        (
            "situation URGENTE, dossier MDPH, situation IOE, dossier COMPLET",
            ("URGENTE", "MDPH", "IOE", "COMPLET"),
        ),
        ("la section syndicale de la rue Gambetta se réunit jeudi", ("section syndicale", "rue Gambetta")),
    ],
)
def test_what_looks_like_batches_m_and_n_classes_stays(text, kept):
    assert_kept(text, *kept)


# Batch P (2026-12-04), scored before anyone read it: the classes it leaked.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Pour le syndicat : F. Ait-Ahmed, Manon Lesage, Ti-Jo. Contact : le local.", ("Ti-Jo",)),
        ("Fratrie placée : Nassim (2011), Sofia (05/2014), Adam (né le 30.01.19).", ("Sofia", "05/2014")),
        ("Il part en janvier. Coco, la maîtresse de maison, organise une collecte.", ("Coco",)),
        ("l'école demande la notification MDPH de Lisandra, née en mai 2017, et son NIR.", ("mai 2017",)),
        ("Caroline Vermeersch\nÉducatrice PJJ, UEMO de Maubeuge", ("Maubeuge",)),
    ],
)
def test_what_batch_p_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On est allés à Lille (2019) puis à Sofia (2021) pour le congrès.", ("Lille", "Sofia")),
        ("Lille, la ville la plus touchée. Lundi, la cheffe de service a dit non.", ("Lille", "Lundi")),
        ("Le service d'AEMO du Nord, né en 1990, ferme ses portes.", ("1990",)),
        ("la PMI est née en 1945 ; le SPIP du Nord recrute", ("1945", "Nord")),
    ],
)
def test_what_looks_like_batch_p_classes_stays(text, kept):
    assert_kept(text, *kept)


# Batch O (2026-12-04), scored before anyone read it: two of the classes it leaked.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "maraude nuit 3/12 : vu Bison, il dort tjrs quai de la Loire sous sa bâche",
            ("Bison", "quai de la Loire"),
        ),
        ("[08:15] moi : elle est tjrs chemin Summer à Bois-de-Nèfles ?", ("chemin Summer",)),
    ],
)
def test_what_batch_o_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("vu France Travail hier, puis appelé Pôle emploi", ("France Travail", "Pôle emploi")),
        ("la réunion est rue Gambetta ; reçu Lundi", ("rue Gambetta", "Lundi")),
    ],
)
def test_what_looks_like_batch_o_classes_stays(text, kept):
    assert_kept(text, *kept)


# Batches Q and R (2026-12-04), scored before anyone read them: the classes they leaked or over-masked.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("renouvellement d'agrément de Mme Sylvie Printemps (assistante maternelle)", ("Printemps",)),
        ("Mme R. est venue à la consultation avec S., 7 mois, sans carnet.", ("S.",)),
        ("Mme veuve Morin, née Cazals le 9 octobre 1936 à Aurillac.", ("Cazals",)),
        ("1. Situation Fontaine : la mère refuse toujours la TISF.", ("Fontaine",)),
        ("Le père, « Pépette », est incarcéré à Corbas.", ("Pépette",)),
        ("M. Wassissi KALOÏ, originaire de Lifou, tribu de Wedrumel. Pas de CAFAT.", ("tribu de Wedrumel",)),
        (
            "Province Nord : joignable au (+687) 78.45.12 ou au fixe de la chefferie, 42 61 03.",
            ("78.45.12", "42 61 03"),
        ),
        ("Tél. (+596) 696 44 20 17.", ("696 44 20 17",)),
        ("Le matricule de Grâce à l'aide sociale à l'enfance est en attente.", ("Grâce",)),
        ("Mme Tehani et son fils, PK 15,2 côté montagne, servitude Tavana, Punaauia.", ("PK 15,2", "Tavana")),
    ],
)
def test_what_batches_q_and_r_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Prudence avec les écrits, et grâce à nos efforts la victoire est annoncée.", ("grâce à nos",)),
        ("Dossier Logement : rien de neuf, la situation Covid : finie.", ("Logement", "Covid")),
        ("elle est née à Lyon le 3 mars, sur la côte Est les tribus vivent loin", ("Lyon", "tribus")),
        ("à la demande de ma cadre : « Famille Durand, logement »", ("Famille",)),
        ("M. Jean Toussaint, arrivé à la Toussaint 2022, repart.", ("la Toussaint 2022",)),
        ("En 2023 (+12) 45 000 euros de budget", ("45 000",)),
        ("accident au PK 12 de l'A7, côté montagne", ("PK 12",)),
    ],
)
def test_what_looks_like_batches_q_and_r_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # dictated: a house number and a birth year said in words
        (
            "madame la ferrière virgule née le quatre juillet dix-neuf cent quarante virgule vit seule au neuf "
            "rue du Moulin à Vitré point",
            ("cent quarante", "neuf rue", "Moulin"),
        ),
        ("il habite au vingt-trois bis avenue Foch depuis dix ans", ("vingt-trois", "bis", "Foch")),
        # a kilometre point on a named road, overseas
        ("tel M. Lo : 0694 55 72 18. domicile : PK 62 route de Kaw", ("PK 62", "route", "Kaw")),
        # a Corsican name's article, in capitals
        ("sa fille Letizia vit résidence A Marina, bât. 2, 20090 Ajaccio.", ("résidence", "A Marina")),
        # a residence with its article, then its building
        ("[14:06] Hugo: Samia Bouzid, 3 enfants, Les Tilleuls bât 5", ("Tilleuls", "bât 5")),
        # a family name that is a town, in a list of who attended with their functions
        ("Présents : C. Boulanger (ergothérapeute), Sandrine Lyon (évaluatrice), moi-même.", ("Lyon",)),
        # a family name with its particle, said again
        (
            "Mme Anne-Marie du Plessis de Kervéguen refuse : « les de Kervéguen n'ont jamais demandé la charité ».",
            ("les de", "Kervéguen"),
        ),
        # a family name that is a word, surname first, opening a numbered line
        ("distribution colis\n1. Fontaine Jean-Claude ✓\n2. Nativel (mme) ✓", ("Fontaine",)),
        # a street with no number where someone is known to be
        ("maraude 21h : Momo toujours rue Paradis sous le porche de la banque.", ("Paradis",)),
        ("moi je prends Mme B. (la dame de la rue des Lilas) et après", ("Lilas",)),
        # workplaces: an antenna with its service, a local employment agency in a signature
        ("À l'antenne autonomie de Quimperlé on est deux évaluatrices APA.", ("Quimperlé",)),
        ("Cordialement\nL. Thiebaut\nFrance Travail Lunel", ("Lunel",)),
        # who speaks in a chat, in lower case, is named all the same
        ("[22:11] hugo: ok\n[22:12] rose: je prends", ("hugo", "rose")),
        ("Un Monsieur Benali est passé, puis un monsieur benali", ("Benali",)),
    ],
)
def test_what_batches_s_and_t_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("on passe au deux rue plus loin pour la maraude", ("deux rue plus loin",)),
        ("au neuf rue sans nom, on attend", ("neuf rue",)),
        ("accident au PK 12 de la RN1 ce matin", ("PK 12 de la RN1",)),
        ("il vit rue A Paris depuis", ("Paris",)),
        # a team or a post speaks in a group chat; a man not named; a feast; slang
        (
            "[17:03] équipe de jour: plus de couches\n[22:10] veille: RAS, 18 présents",
            ("équipe de jour", "veille"),
        ),
        ("03h un monsieur frappe à la porte, orienté 115", ("frappe",)),
        ("Même chose pour l'Aïd et pendant le Ramadan.", ("Aïd", "Ramadan")),
        ("dsl chuis bloquee sur la route", ("chuis",)),
        ("La Poste bât 2 est fermée le samedi", ("La Poste bât 2",)),
        ("Sandrine, Lyon (stage) puis Marie à Lyon (vacances)", ("Lyon (stage)", "Lyon (vacances)")),
        ("Jean Dupont est né à Dupont-sur-Mer, le fils de Dupont aussi", ("le fils de",)),
        ("France Travail a changé les règles, comme France Travail du Nord", ("France Travail a", "du Nord")),
        ("À faire :\n- Voilà Karima à rappeler\n1. Pourquoi Marie ne vient plus", ("Voilà", "Pourquoi")),
        ("La manif passe rue Paradis. Toujours rue Paradis demain ?", ("rue Paradis. Toujours rue Paradis",)),
    ],
)
def test_what_looks_like_batches_s_and_t_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a reference announced a few words before, an acronym with a figure among them
        ("CPAM : réf. de votre demande de C2S : 2025 003 874 12, rien depuis.", ("2025 003 874 12",)),
        # a month and a year in brackets after a name
        ("Le fils de Mme Haddad, Ilyès (mars 2009), a besoin de 6h par jour.", ("mars 2009",)),
        # a year, a letter, then an order of five figures or more
        ("trésor public (cantine) titre 2024-T-001587, bailleur : arriéré", ("2024-T-001587",)),
        # a scheme, then the year on two figures and the order
        ("rdv annulé avec la famille B. (aemo 25-178), le père a menacé", ("25-178",)),
        # a list of file numbers
        (
            "dossiers en souffrance :\n- 0387451\n- MDPH 62-24-11873\n- 2024/0912\nSans réponse.",
            ("2024/0912",),
        ),
        # a nickname after "de", though a village bears it
        ("virement sur le compte perso de Véro, la direction a refusé", ("Véro",)),
        # a street with no number: a house ("case") just before it, or someone sleeping there after the commune
        ("Avant, c'était une case en tôle chemin Bœuf-Mort, au Chaudron.", ("Bœuf-Mort",)),
        ("sous l'auvent de la rue du Commerce, à Passamaïnty, où il dormait", ("Commerce",)),
        # people listed after a place or an office stay people
        (
            "À Lyon, Karine et Paul sont venus ; à la CAF, Corinne, partie depuis.",
            ("Karine", "Paul", "Corinne"),
        ),
        ("- Ilyes, DN 06.06.2019\n- Nawel, DN 30.01.1993", ("Ilyes", "Nawel")),
        # a first name no list knows as a place or a famous name stays a person's, whatever it is listed with
        ("Marseille, Maëlys et Kylian sont partis ; Nancy, Inès et Lidl aussi", ("Maëlys", "Kylian", "Inès")),
    ],
)
def test_what_batches_u_and_v_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ANGE OU DÉMON ? Le travailleur social vu par l'IGAS.", ("ANGE OU DÉMON",)),
        ("Petit déj offert par le CSE.", ("déj",)),
        ("on a lu un chapitre de Cyrulnik sur la résilience", ("Cyrulnik",)),
        ("Florence, Venise, Rome : le voyage du CSE cette année.", ("Venise, Rome",)),
        ("Fantine, Cosette, Jean Valjean : ils s'y reconnaissaient.", ("Fantine", "Jean Valjean")),
        ("Menu du foyer : colin pané, purée, compote.", ("colin",)),
        # born of a merger or a law, or opened on a date: no person
        ("Né le 1er janvier 2019, l'accueil de jour a fermé ses portes.", ("1er janvier 2019",)),
        ("Né le 1er janvier 2006 de la loi du 2 janvier, le dispositif…", ("1er janvier 2006",)),
    ],
)
def test_what_looks_like_batches_u_and_v_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_a_breton_family_name_that_is_a_particle_is_masked():
    assert_hidden("Yann Le Du est passé, puis Mme Le Du.", "Le Du", "Yann")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La direction annonce 1,8 % au titre des NAO ; le double dans certains IRIS.", ("NAO", "IRIS")),
        ("On se retrouve à 9h45 place de la Préfecture, on a le camion sono.", ("place de la Préfecture",)),
        ("Mon cousin germain bosse à la CAF, côté instruction.", ("germain",)),
        (
            "Wesh on fait comment ? Bisous habibis. Yallah on lâche rien, wallah.",
            ("Wesh", "habibis", "Yallah"),
        ),
        ("Le Directeur Enfance-Famille", ("Enfance-Famille",)),
        ("AUJOURD'HUI GRÈVE ! CONSTANCE, SOLIDARITÉ, VICTOIRE. PAS UN POSTE DE MOINS.", ("VICTOIRE",)),
        ("La photocopieuse est en panne (ticket n° 45871 au support).", ("45871",)),
        ("Appel d'offres n° 2024-0614 pour l'hébergement des MNA", ("2024-0614",)),
    ],
)
def test_what_looks_like_batch_w_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_capital_words_beside_a_name_leave_it_masked():
    assert_hidden("URGENT ROSE A FUGUÉ CE MATIN", "ROSE")
    assert_hidden("MARINE EST EN ARRET ; la LEA du foyer ; KARINE AVEC SON FILS", "MARINE", "LEA", "KARINE")


def test_batch_w_look_alike_rules_keep_people():
    assert_hidden(
        "son cousin Germain est venu ; le logiciel attendait « DE LA CRUZ » ; Mme LÉA est là",
        "Germain",
        "CRUZ",
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a bare floor before the flat or the door
        ("elle est chez sa mere res les acacias bat d 3eme porte 31 a creil", ("3eme", "porte 31")),
        ("hébergés chez Mme Ferreira, res. St-Exupéry esc. D 5e apt 57, 31200 Toulouse", ("5e", "apt 57")),
        # a numbered village between the street and the postcode; a neighbourhood before the street
        ("dans une case en tôle, rue Mbiwi, Tsoundzou 1, 97600 Mamoudzou, sans eau", ("Tsoundzou 1",)),
        ("Ils habitent quartier Morne-Pitault, chemin Bellevue, 97232 Le Lamentin.", ("Morne-Pitault",)),
        ("dort chez un oncle à Cavani Sud, rue des Manguiers, 97600 Mamoudzou", ("Cavani Sud",)),
        # an elided particle glued to a family name
        ("Jean-Baptiste d'Hérouville-Saint-Clair, 82 ans, refuse tout", ("d'",)),
        # the nickname someone goes by
        ("Le jeune Bacar dit « Chouchou », 13 ans, dort chez un oncle", ("Chouchou",)),
        # an initial that acts, set apart before "qui", or before a family word
        ("A. a parlé de son ex, J., qui la suit ; L., la cadette, reste au domicile", ("A.", "J.", "L.")),
    ],
)
def test_what_batch_x_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("domiciliée au CCAS, 3 place de la Mairie, 59230 Saint-Amand-les-Eaux", ("CCAS",)),
        ("domicile à Sélestat, 3 rue des Cigognes, 67600 Muttersholtz", ("Sélestat",)),
        ("Il dit « amma » en montrant la photo ; Karim dit « Non » et part.", ("amma", "Non")),
        ("Annexe A. Le budget ; le bâtiment B. a été refait ; plan B. est prêt", ("A.", "B. a", "B. est")),
    ],
)
def test_what_looks_like_batch_x_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # works and their authors where the sentence speaks of films, songs or books
        (
            "on a projeté « Moi, Daniel Blake » de Ken Loach, puis chanté « Bella ciao »",
            ("Daniel Blake", "Bella"),
        ),
        ("Lectures : « Les Naufragés » de Patrick Declerck, à la pause du jeudi", ("Patrick Declerck",)),
        # a first name after "des": a type
        ("on a toujours des Cosette dans les hôtels sociaux", ("Cosette",)),
    ],
)
def test_what_looks_like_batch_w_works_stays(text, kept):
    assert_kept(text, *kept)


def test_a_title_in_quotes_keeps_its_people_hidden():
    assert_hidden(
        "j'ai relu l'écrit « synthèse » de Karine Dupont ; la note « situation de Karim Benali » de Mme Durand ; "
        "auteur présumé : un voisin surnommé « Nono »",
        "Karine Dupont",
        "Karim Benali",
        "Durand",
        "Nono",
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Harry Potter, Tintin, Astérix : la bibliothèque du foyer date.",
            ("Harry Potter", "Tintin", "Astérix"),
        ),
        ("Blanche-Neige, Hansel et Gretel au programme du conte.", ("Blanche-Neige", "Gretel")),
        ("Florence Nightingale aurait démissionné.", ("Florence Nightingale",)),
        ("C'est Jean qui rit et Jean qui pleure dans l'équipe.", ("Jean qui rit et Jean qui pleure",)),
        ("Née le 1er janvier 2019 dans la douleur, la plateforme a changé de nom.", ("1er janvier 2019",)),
    ],
)
def test_what_looks_like_batch_y_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Florence, Venise, Rome : le voyage du CSE cette année.", ("Florence",)),
        ("Saint-Brieuc, Lannion, Dinan : partout pareil.", ("Dinan",)),
        ("Florence, Nancy, Valence : elles ont fait un exposé sur les villes.", ("Florence", "Nancy")),
        ("Il vient de l'île Maurice, sa femme de la Dominique.", ("Maurice", "Dominique")),
        ("Elle est originaire de Lorraine et a vécu à Sofia.", ("Lorraine", "Sofia")),
    ],
)
def test_places_listed_with_places_stay(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a first name beside people, or only beside places that are first names too
        ("Marseille, Florence et Kylian sont partis en séjour.", ("Florence", "Kylian")),
        ("Nancy, Florence, Victoria sont venues.", ("Florence", "Victoria")),
        # a country that is a frequent first name, where a person is meant
        ("Maurice est venu hier avec sa mère.", ("Maurice",)),
        ("Fils de Mme Auclair : Dominique, 06 20 33 47 81.", ("Dominique",)),
        ("Pour Lorraine : le JAP a accordé l'aménagement.", ("Lorraine",)),
        ("- Sofia, 04.01.2011, INE 0987654321G", ("Sofia",)),
    ],
)
def test_first_names_that_are_places_stay_hidden_where_a_person_is_meant(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("elle est seule a la maison 9 rue pasteur. elle a pas de portable", ("9 rue pasteur",)),
        ("mr ionescu a dormi dehors rue de Brest encore", ("rue de Brest",)),
        ("Sous le pont du quai de la Deûle il y avait Marek.", ("quai de la Deûle", "Marek")),
        ("Steph : la VAD des Renard demain ?\nmoi : ceux de la rue des Lilas ?", ("Renard", "rue des Lilas")),
        ("[14:02] Marine ASE: la petite a été confiée\n[14:03] moi: où ?", ("Marine",)),
        ("Mélo: t'as le num du papi ?\nmoi: 02 98 21 47 60", ("Mélo",)),
        ("Réunion : C. (CESF) absente. La cheffe parle des arrêts de C. sans cesse.", ("C.",)),
        ("le numéro de dossier de Mathis : c'est le ASE 62 2023 00471, envoyé", ("ASE 62 2023 00471",)),
        ("Composition familiale :\n- Fatoumata, née le 2/9/1987\n- Awa, mai 2015\n- Moussa", ("mai 2015",)),
    ],
)
def test_what_batches_z_and_aa_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On a manifesté dehors place de la République.", ("place de la République",)),
        ("La permanence ferme le vendredi, celle de la rue Gambetta le mercredi.", ("rue Gambetta",)),
        ("Objet: réunion\nmoi: je viens", ("Objet",)),
        ("Rappel: réunion demain\nmoi: ok", ("Rappel",)),
        ("Réunion avec Karine, mai 2015. Elle est née le 3 mars 1980.", ("mai 2015",)),
        ("le dossier des Français de l'étranger ; la situation des Comoriens", ("Français", "Comoriens")),
        ("L'ASE 62 a 2023 mineurs confiés.", ("62", "2023")),
    ],
)
def test_what_looks_like_batches_z_and_aa_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "sms du syndicat : rdv devant l'hôpital, tram T2 coupé à partir de Grange-Blanche, prévoir de marcher",
            ("Grange-Blanche",),
        ),
        (
            "Espérance, Providence, Bon-Secours : les noms des anciennes cliniques disent qui soignait.",
            ("Bon-Secours",),
        ),
        ("Mme Jean-Baptiste et M. Saint-Fleur ont fui Port-au-Prince en 2023.", ("Port-au-Prince",)),
        (
            "Vingt ans de la loi du 11 février 2005. Née le 11 février 2005, la compensation du handicap est majeure.",
            ("11 février 2005",),
        ),
    ],
)
def test_places_named_with_hyphens_and_a_law_s_date_stay(text, kept):
    assert_kept(text, *kept)


def test_hyphenated_names_beside_a_name_and_a_birth_on_a_law_s_date_stay_hidden():
    assert_hidden("À transmettre au JAF : LUNDI Fils-Aimé demande un droit de visite.", "Fils-Aimé")
    assert_hidden("Synthèse avec Yann-Ber Le Du et son éducateur.", "Yann-Ber", "Le Du")
    assert_hidden(
        "Lina est née le 11 février 2005, l'année de la loi du 11 février 2005.", "Lina", "11 février 2005"
    )
    assert_hidden("Ordonnance de placement provisoire – Tiago, DDN 09-12-2017, confié.", "09-12-2017")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On a lu du Molière, du Zola et du Pétain dans le texte, hélas.", ("Molière", "Zola", "Pétain")),
        (
            "Don Quichotte et Sancho Panza contre les moulins de la direction.",
            ("Don Quichotte", "Sancho Panza"),
        ),
        ("Scarface, Tony Montana, Antoine Doinel : les ados ont choisi leurs héros.", ("Tony Montana",)),
        ("Plateau-repas Sodexo et Goldorak à la télé.", ("Sodexo", "Goldorak")),
    ],
)
def test_famous_names_cited_alone_stay(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # someone who bears a famous name: a title, a role, a family word or a first name before it
        ("Le juge Lacan a tranché ; le juge Lhermitte aussi.", ("Lacan", "Lhermitte")),
        ("AEMO renouvelée pour la fratrie Zola ; trois jours sur la situation Lacan.", ("Zola", "Lacan")),
        ("Mme Renée Moulin veuve Chabrol habite seule.", ("Chabrol",)),
        ("c'est l'adjudant Perrault qui m'a appelée.", ("Perrault",)),
        ("Rendez-vous avec Joëlle Saint-Just ; Mme Saint-Just refuse.", ("Joëlle Saint-Just", "Saint-Just")),
        ("MARTIN Ange-Gabriel, DDN 11/04/2019, GS.", ("Ange-Gabriel",)),
        ("Le père, Marcel Pagnol (oui, comme l'écrivain), m'appelle dix fois.", ("Marcel Pagnol",)),
        # nicknames of the street, not the cartoon or the footballer
        (
            "Le grand Zizou et Tchoupi ont été contrôlés. Rambo toujours sous l'arcade.",
            ("Zizou", "Tchoupi", "Rambo"),
        ),
    ],
)
def test_people_who_bear_a_famous_name_stay_hidden(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Note PJJ – jeune M'Bemba Lassana, 14/06/2008, placé en CEF.", ("M'Bemba Lassana",)),
        ("Le jeune Victor Hugo Mbala (oui, ce sont ses prénoms) est accueilli.", ("Victor Hugo Mbala",)),
        ("Réunion de synthèse ASE — fratrie NWOSU : les trois enfants.", ("NWOSU",)),
        ("Ordre du jour : situation B. (fratrie de 4), planning.", ("B.",)),
        ("DDN de monsieur : 1976 (« vers le mois de la mousson »).", ("1976",)),
        ("VAD chez Mme Madi, quartier Cavani, rue du Stade (case en tôle bleue).", ("rue du Stade",)),
    ],
)
def test_what_batch_ab_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le match a lieu rue du Stade (maison des sports).", ("rue du Stade",)),
        ("Les éducs ont été reçus à l'Élysée, puis à Matignon, puis place Beauvau.", ("Élysée", "Matignon")),
        ("On a lu Victor Hugo et Harry Potter cet été.", ("Victor Hugo", "Harry Potter")),
    ],
)
def test_what_looks_like_batch_ab_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Bien reçu. Je tente une VAD jeudi.\nClémence, éducatrice PJJ", ("Clémence",)),
        ("- Ch. 21 : RAS, dort.\nJ-P, ASH de nuit", ("J-P",)),
        ("NOM USAGE : MOREAU\tNOM NAISSANCE : HADDAD", ("MOREAU", "HADDAD")),
        ("Pépette et son chien dans la tente ; Bouboule traîne devant le city.", ("Pépette", "Bouboule")),
    ],
)
def test_what_batch_ac_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_last_line_that_is_no_signature_stays():
    assert_kept("Ordre du jour :\nBudget, RAS", "Budget")
    assert_kept("Merci.\nParis, le 3 mars", "Paris")


def test_a_person_s_plan_number_is_masked_a_departement_s_plan_stays():
    assert_hidden("Réévaluation APA, plan n° APA-67-0045219 : M. Aloyse GEWINNER, 91 ans.", "APA-67-0045219")
    assert_kept("Le plan n° 2025-0412 du département prévoit 12 postes.", "2025-0412")


def test_a_brand_that_is_a_frequent_first_name_is_a_girl_where_she_acts():
    assert_hidden(
        "Zara a fugué du foyer. Sephora est venue avec sa mère. Mercedes a repris le lycée.",
        "Zara",
        "Sephora",
        "Mercedes",
    )
    assert_kept(
        "Elle s'habille chez Zara, il rêve d'une Mercedes. Zidane a marqué, Zola a écrit.",
        "Zara",
        "Mercedes",
        "Zidane",
        "Zola",
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("jsuis devant chez la famille dos santos mais personne repond", ("dos ",)),
        ("c bien au 3 ter chemin du moulin a vent ? ou ils ont demenagé", ("a vent",)),
        ("semaine 38 : Stéphanie M. ; semaine 39 : Florence Paris. Les échanges se font.", ("Paris",)),
    ],
)
def test_what_batch_ad_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Personne au ministère n'a mis les pieds dans un foyer du Pas-de-Calais.", ("Pas-de-Calais",)),
        ("La permanence avenue Foch a déménagé, celle de la rue Jean-Jaurès aussi.", ("rue Jean-Jaurès",)),
        ("L'épicerie solidaire est installée rue Victor Hugo, à côté de la mairie.", ("rue Victor Hugo",)),
        ("Le monsieur dort dans une vieille Mercedes garée sur le parking.", ("Mercedes",)),
        ("son fils est hospitalisé a robert debré depuis mardi", ("robert debré",)),
        ("Suivie au CMP de Charles-Perrens, puis à Henri Mondor.", ("Charles-Perrens", "Henri Mondor")),
        ("Le train Florence Paris a du retard ; rdv avec Karim Paris 15e.", ("Paris 15e",)),
    ],
)
def test_what_looks_like_batch_ad_ae_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_a_family_that_moved_a_girl_after_an_adjective_and_a_bearer_of_a_hospital_s_name_stay_masked():
    assert_hidden("La famille a déménagé 12 rue Jean-Jaurès en mars.", "12 rue Jean-Jaurès")
    assert_hidden("la petite Zara a fugué hier soir", "Zara")
    assert_hidden("M. Henri Mondor est venu ce matin.", "Henri", "Mondor")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Bilan des 4 ans\nJade M., née le 03/05/2021 : vision OK.", ("Jade",)),
        (
            "Extrait :\nMARTIN Jade | 17/09/2014 | CE2\nMARTIN Enzo | 28/01/2019 | maternelle",
            ("17/09/2014", "28/01/2019"),
        ),
        (
            "la fiche apparaît deux fois, avec deux dates de naissance, 07/02/2014 et 02/07/2014.",
            ("02/07/2014",),
        ),
        ("la CPAM écrit « Assuré né le 1er mars 89 » sous le nom de M. Loïc Tanguy", ("1er mars 89",)),
        ("M. Almeida Correia : né au Portugal en février 1965, arrivé en 1988", ("février 1965",)),
        ("adresse : 27 rue jules ferry bat b 3eme a Saint-Priest\nle digicode", ("3eme",)),
        ("tu as l'adresse du nouveau foyer de Rayan ?", ("Rayan",)),
        ("« Romain de chez vous » a donné un avis. Romain, c'est mon responsable depuis un an.", ("Romain",)),
        ("Mon chef, P.-Y. Le Du, a signé le rapport à ma place.", ("Du",)),
        ("« je sais que t'habites rue des Acacias, je vais venir »", ("Acacias",)),
        ("Mutée du CMS de Lunel à celui de Castelnau-le-Lez sans entretien.", ("Castelnau-le-Lez",)),
    ],
)
def test_what_batches_af_ag_ah_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Un enfant désiré, un enfant aimé, un parent soutenu : c'est le slogan.", ("désiré",)),
        ("Mbappé est moins populaire que Zidane chez les éducs de plus de 40 ans.", ("éducs",)),
        ("ORDRE DU JOUR\nI. Bilan Activité\nII. Renfort Estival", ("Bilan",)),
        ("Lorraine, Alsace, Champagne-Ardenne : depuis la fusion des régions.", ("Lorraine",)),
        ("On a lu CE, 10 février 2012, n° 356456, sur l'hébergement d'urgence.", ("10 février 2012",)),
        ("une collègue a dit : « Jërëjëf, waaye dafa metti » (merci, mais c'est dur).", ("Jërëjëf",)),
        (
            "Bowlby, Ainsworth, puis Saul Alinsky ; Ambroise Croizat pour la Sécu.",
            ("Ainsworth", "Alinsky", "Croizat"),
        ),
        ("Fier comme Artaban, le jeune est sorti de la commission.", ("Artaban",)),
    ],
)
def test_what_looks_like_batches_af_ag_ah_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_a_nickname_in_quotes_and_initials_on_their_own_still_are_people():
    assert_hidden("Le jeune dit « Ti Kev » à tout le monde.", "Kev")
    assert_hidden("Présents :\nA. Martin (CGT)\nB. Durand", "A.", "B.")
    assert_hidden("Le Portugal, né le 3 mars 2015 en France, Lina va bien.", "3 mars 2015")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Numéro unique de demande de logement social de Mme Fofana : 059112500418735.",
            ("059112500418735",),
        ),
        ("Tonio dort toujours sous le pont des Tanneurs, côté quai, avec ses chiens.", ("Tanneurs",)),
        (
            "M. Girard dort dans sa voiture au parking des Tilleuls, niveau -2 depuis mars.",
            ("Tilleuls", "-2"),
        ),
        ("Lieu de vie : caravane, chemin rural n° 12, lieu-dit Le Pâtis. La mairie refuse.", ("rural",)),
        (
            "Famille Attoumani à Kawéni, rue Mchangamé, la banga bleue après le terrain de foot.",
            ("Mchangamé",),
        ),
        ("une dizaine de familles. ordonnance n° 24/02219, expulsion possible dès le 15.", ("24/02219",)),
        ("Numéro de dossier 115 : 115-31-240871. Son portable est coupé.", ("240871",)),
        ("Logement : Bât. Les Mimosas, entrée 3, 2 r. Henri Barbusse, 94400 Vitry-sur-Seine.", ("Bât.",)),
        (
            "Synthèse\n- Morin : expulsion reportée\n- Haddad : à l'hôtel\n- Petit : orientation SAVS",
            ("Morin", "Petit"),
        ),
        ("Avril a 15 ans et refuse de retourner chez sa mère, à Valence.", ("Avril",)),
        ("msg à caro 8h12 : tu peux passer chez les traore à ma place ?", ("caro",)),
    ],
)
def test_what_batches_ai_aj_ak_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Code APE : 8899B, numéro FINESS 590 817 263, numéro RNA W595012345.",
            ("590 817 263", "W595012345"),
        ),
        ("Référence de l'appel d'offres : DCE-2025-SOL-FR-0032-LOT1, date limite le 30 juin.", ("DCE-2025",)),
        ("Convention pluriannuelle d'objectifs n° CPOM-2023-DS-08 signée : 41 places.", ("CPOM-2023-DS-08",)),
        ("Ça fait 20 ans que je suis dans le service, arrivée le 3 septembre 2005.", ("3 septembre 2005",)),
        ("Le RSA est né le 1er juin 2009, il a remplacé le RMI né en 1988.", ("1988",)),
        ("On nous déménage rue de la Gare, dans les anciens locaux de la CPAM.", ("rue de la Gare",)),
        ("Le centre de vaccination a déménagé place Charles-de-Gaulle.", ("place Charles-de-Gaulle",)),
        ("Je suis conseillère ESF en polyvalence.", ("ESF",)),
        ("On a fait le pont de l'Ascension ; la route départementale n° 12 est fermée.", ("pont", "n° 12")),
    ],
)
def test_what_looks_like_batches_ai_aj_ak_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_a_family_that_moved_is_masked_whoever_was_called_before():
    assert_hidden(
        "Elle a appelé le CCAS car elle a déménagé rue Gambetta. On a déménagé la famille rue Pasteur.",
        "Gambetta",
        "Pasteur",
    )
    assert_hidden("Le centre-ville, elle a emménagé rue Paul Bert.", "Paul Bert")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("je passerai lundi pr le dossier mdph de moussa, pensez au certificat", ("moussa",)),
        ("on a besoin de ton avis sur la situation rahmani, tu peux me joindre", ("rahmani",)),
        ("tof 19:02\nvad chez les mendy ok\ntof 19:03\nnouveau num\ncathy 19:15\nmerci", ("tof", "cathy")),
        ("notes vad 12/03\n- jade 4 ans va bien, scolarisee\n- pere absent", ("jade",)),
        ("ddn 030415 nom sylla prenom awa adresse 5 rue pasteur", ("sylla",)),
        ("l'IP concernant Gabin R. (IP-2024-0931) est passée en évaluation.", ("IP-2024-0931",)),
        ("Dettes : EDF 6009287451 1 204 €, eau EAU-451873 318 €.", ("6009287451",)),
        ("le jeune Ilyes K., que les autres appellent « Bébé », a été frappé.", ("Bébé",)),
        ("Le grand-père écrit depuis le manoir de la Motte, 35300 Fougères.", ("Motte",)),
    ],
)
def test_what_batches_al_am_an_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("la vad, jsais pas qd je rentre", ("jsais",)),
        ("il m'appelle « akka », grande sœur, ce qui fait rire", ("akka",)),
        ("la petite aura 3 ans en mai", ("aura",)),
        ("madame bonjour je suis yasmina de la CAF", ("bonjour",)),
        ("On a visité le château de Versailles et le manoir de la Motte.", ("château", "manoir de la Motte")),
        ("Budget : 1 284 500 000 €, article L. 226-3 du CASF, art. R. 221-1.", ("L. 226-3", "R. 221-1")),
    ],
)
def test_what_looks_like_batches_al_am_an_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        (
            "rappelle-la : zéro sept, trente-deux, quatorze, soixante-huit, quatre-vingt-dix.",
            "zéro sept, trente-deux, quatorze, soixante-huit, quatre-vingt-dix",
        ),
        ("appelle au zéro six 12 quarante 55 08 stp", "zéro six 12 quarante 55 08"),
    ],
)
def test_a_phone_dictated_with_commas_or_figures_is_one_phone(text, phone):
    assert (phone, Label.PHONE) in found(text)


@pytest.mark.parametrize(
    "email",
    [
        "nadia point benhaddou arobase laposte point net",
        "k tiret lambert arobase sfr point fr",
        "mehdi.zerrouki [at] free [dot] fr",
    ],
)
def test_an_address_spelt_out_is_one_email(email):
    assert (email, Label.EMAIL) in found(f"écris-lui à {email} ce soir")


def test_how_an_address_is_written_stays():
    assert_kept("le format c'est prénom point nom arobase fournisseur point fr", "prénom point nom arobase")
    assert_kept("il a zéro six ans et deux mois", "zéro six ans")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # nicknames and initials signing or opening a message
        ("envoie moi le rapport sur le mail pas sur ma boite perso stp\nmerci\nju", ("ju",)),
        ("vad annulee chez rania, jai laissé un avis de passage. je repasse vendredi 10h. ML", ("ML",)),
        ("mel jai eu la maman de timeo au tel elle veut pas de la tisf", ("mel",)),
        ("jerem tes dispo pr accompagner mr carpentier chez le notaire ?", ("jerem",)),
        ("kevin: non il est chez bea\nsandrine: ok", ("bea",)),
        ("voiture 1 : thierry (conducteur), avec nat, samia et cheikh", ("nat",)),
        # a title or a role, then one letter for the family name
        ("mr h (suivi psy) a encore arreté son traitement", ("h (",)),
        ("mme R a envoyé un sms bizarre, jai appelé le 3114", ("R a",)),
        ("la psy S. a été mutée sans prévenir", ("S.",)),
        # a name spelt out letter by letter
        ("le nom ça s'écrit M comme Marcel B comme Bernard A Y E voilà", ("Marcel", "Bernard", "A Y E")),
        ("son nom c'est I O U R T C H E N K O, il est ukrainien", ("I O U R T C H E N K O",)),
        # a phone typed with a letter O, or a digit short
        ("tel de la tatie : O7 81 22 35 64 (elle a tapé des O)", ("O7 81 22 35 64",)),
        ("il manque un chiffre jcrois: 06 47 18 9 05, tu l'as ?", ("06 47 18 9 05",)),
        # an address said again by its number alone
        (
            "un technicien au 8 rue des Carriers, 02100 Saint-Quentin ; au 8, les moisissures sont revenues",
            ("au 8,",),
        ),
        (
            "L'ARS est passée au 41 bd de la Liberté, 13001 Marseille, puis de nouveau au 41 en janvier.",
            ("au 41 en",),
        ),
    ],
)
def test_what_batches_aq_ar_as_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("la dame de l'aile Azur a chuté sans gravité, prévenir le fils", ("Azur",)),
        ("les groupes Topaze et Opale dînent ensemble au réfectoire", ("Topaze", "Opale")),
        ("le groupe Émeraude finit à 17h, l'aile Jade est complète", ("Émeraude", "Jade")),
        ("Mme a appelé hier, madame c Nancy qui a rappelé", ("Mme a", "c Nancy")),
        ("GIR 2 pour monsieur. N° APA 74-APA-23", ("N°",)),
        ("dossier M D P H numéro 974 déposé il y a 11 mois", ("M D P H",)),
        ("Mme X a dit que M. Y viendrait", ("X", "Y")),
        ("jsuis devant chez mr lefebvre au 18 bis rue de l'eglise, j appelle le 18 ?", ("le 18 ?",)),
        (
            "on habite au 25 rue Lebas. RDV le 25 janvier, du 25 au 30, au 25 %.",
            ("25 janvier", "25 au 30", "25 %"),
        ),
        ("on se voit demain pour la réunion de la section\nmerci\nok", ("ok",)),
        ("la réunion est reportée au mois prochain faute de salle. RSA", ("RSA",)),
    ],
)
def test_what_looks_like_batches_aq_ar_as_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # homes in the countryside, and a form's address field without a postcode
        ("M. Roumégoux vit seul au moulin de la Grave, au bout d'un chemin", ("Grave",)),
        ("Kévin a planté sa tente dans le bois de la Garenne, derrière le stade", ("Garenne",)),
        ("Exploitation de M. Bonnafoux Pierre, ferme du Puech Haut : 12 vaches", ("Puech Haut",)),
        ("Domicile : route de Thiézac, km 4 (maison en crépi jaune)", ("km 4",)),
        ("SDF, il dort résidence Les Bleuets, bât. D, cave n°11", ("cave n°11",)),
        ("Nom : GRIMAL\nAdresse : Le Meynial\nCP/Ville : 15130 Ytrac", ("Meynial", "15130", "Ytrac")),
        (
            "la mère a été vue ce week-end chemin des Prés à Outreau, elle dormirait dans sa voiture.",
            ("Prés",),
        ),
        # a file number after "formulaire", when another like it is the person's
        ("Le formulaire APA indique 062-2019-004571 mais le bon numéro est 062-2021-011230", ("004571",)),
        # a family in a table, and a speaker whose name is also a word
        ("Nom\tPrénom\tDDN\nLAPIN\tRosine\t03/09/2012", ("Rosine",)),
        ("[08:12] Céline : qqn a le num ?\n[08:14] Ravi : 07 52 93 10 46, c'est M. Selvarajah", ("Ravi",)),
    ],
)
def test_what_batches_au_av_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Le chien s'appelle Sultan, le chat Grisou, le perroquet Coco ; elle refuse l'EHPAD.",
            ("Sultan", "Coco"),
        ),
        (
            "ici on fête les saints, demain c'est la Sainte-Constance, jeudi la Saint-Aimé",
            ("Sainte-Constance",),
        ),
        ("Fonds de solidarité logement 2025 : 4 312 587,00 € au total", ("logement 2025",)),
        ("La délibération n° 2025-03-117 fixe le tarif ; la n° 2024-11-208 l'avait gelé.", ("2025-03-117",)),
        (
            "Marcel Jaeger, Saül Karsz, Joseph Rouzel : les auteurs de la formation d'AS",
            ("Marcel Jaeger", "Karsz"),
        ),
        (
            "[12:05] Secrétariat section : on amène quoi ?\n[12:06] Accueil MDS : rien",
            ("Secrétariat", "Accueil"),
        ),
        ("Le campement du bois de Vincennes a été évacué ce matin", ("bois de Vincennes",)),
        (
            "Dettes : Cofidis 2 300 €, Sofinco 1 100 €, loyer Vilogia 4 mois",
            ("Cofidis", "Sofinco", "Vilogia"),
        ),
        ("on a perdu le dossier de wassim ds le demenagement, ça fait 3 sem", (" ds ", "sem")),
        ("Tout le monde est né un 1er janvier dans ce logiciel", ("1er janvier",)),
        (
            "La permanence avenue de la République a déménagé, celle de la rue Jean-Jaurès aussi",
            ("Jean-Jaurès",),
        ),
        ("Mme Martin, ferme pédagogique ouverte le mardi", ("ferme pédagogique",)),
    ],
)
def test_what_looks_like_batches_au_av_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a spreadsheet exported with ";", the address's postcode and town in columns of their own
        (
            "nom;adresse;cp;ville;tel\nhamidi;8 rue louis blanc;59400;cambrai;0327814520",
            ("hamidi", "louis blanc", "59400", "cambrai"),
        ),
        (
            "NOM;Prénom;DDN;Adresse;CP;Ville\nCHAUMEIL;Inès;03/05/2011;La Vialle Basse;15140;Salers",
            ("Vialle", "Salers"),
        ),
        # floors and flats written around the street
        ("la dame est au 9 bd de l'Industrie, 2e sans ascenseur, elle ne peut pas venir", ("2e sans",)),
        ("elle habite au 34 rue victor hugo 3eme etage la porte a droite, sonnez fort", ("porte a droite",)),
        ("Logement : T2, 3e étage, 7 rue Roger Salengro, 62800 Liévin", ("T2",)),
        # dictated
        (
            "je dicte : la maman habite douze rue des Écoles appartement trois à Bort",
            ("douze", "appartement trois"),
        ),
        ("il habite euh trente et un ou trente-trois rue de la gare je sais plus", ("trente-trois",)),
        ("M. Fabre et sa compagne occupent le moulin du Batut ; l'eau monte à chaque crue", ("Batut",)),
    ],
)
def test_what_batches_ar_au_left_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ville;postes vacants;absences\nLille;12;4\nArras;3;1", ("Lille", "Arras")),
        ("Elle occupe un T2 au 41 bd de la Liberté, humide", ("un T2 au",)),
        ("il vit deux rues plus loin, elle vit trois ans chez sa mère", ("deux rues", "trois ans")),
        ("Les collègues ont déménagé au 2e étage du bâtiment C, bureau 214.", ("2e étage du",)),
        (
            "Elle vit seule lieu-dit La Cense Rouge. Le seul passage de la semaine, c'est l'aide à domicile.",
            ("passage",),
        ),
    ],
)
def test_what_looks_like_batches_ar_au_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secret", "label"),
    [
        (
            "elle est née le vingt juin quatre-vingt-cinq à Paris point",
            "vingt juin quatre-vingt-cinq",
            Label.DATE_OF_BIRTH,
        ),
        (
            "né le trois trois deux mille dix-neuf la maman",
            "trois trois deux mille dix-neuf",
            Label.DATE_OF_BIRTH,
        ),
        ("il me dit qu'il est né en soixante-sept je crois", "soixante-sept", Label.DATE_OF_BIRTH),
        (
            "son numéro de sécurité sociale à M. Rinaldi un quatre-vingt-douze zéro deux treize zéro cinquante-cinq "
            "zéro quarante-huit clé vingt et un voilà",
            "un quatre-vingt-douze zéro deux treize zéro cinquante-cinq zéro quarante-huit clé vingt et un",
            Label.NIR,
        ),
    ],
)
def test_a_birth_date_or_a_nir_dictated_in_words_is_one_span(text, secret, label):
    assert (secret, label) in found(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "la loi est née en soixante-dix, la sécu rembourse trois ou quatre fois par an",
            ("soixante-dix", "trois"),
        ),
        ("le foyer Saint-Exupéry et l'IME Les Iris demandent un échange de places", ("Iris",)),
        (
            "à l'atelier musique on travaille Pierre et le loup ; gâteau de chez Lenôtre",
            ("Pierre et le loup", "Lenôtre"),
        ),
        ("la séance Snoezelen est annulée", ("Snoezelen",)),
    ],
)
def test_what_looks_like_batch_as_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Les AES de l'unité Orion et de l'unité Cassiopée ne tiendront pas sept nuits",
            ("Orion", "Cassiopée"),
        ),
        (
            "Atelier mémoire : on chante Étoile des neiges, puis quiz sur Intervilles et Guy Lux.",
            ("Guy Lux",),
        ),
        (
            "les bébés ont adoré Sophie la girafe et les comptines d'Henri Dès",
            ("Sophie la girafe", "Henri Dès"),
        ),
        ("Karaoké du jeudi : Dalida et Claude François, comme chaque semaine", ("Claude François",)),
        (
            "distribution Doliprane et Movicol ; piluliers Medissimo ; certification Qualiopi",
            ("Movicol", "Medissimo"),
        ),
        ("Amendement Creton : 14 jeunes adultes maintenus à l'IME faute de place", ("Creton",)),
        ("madame la maison du département elle est fermée ? jai sonné personne", ("maison",)),
        (
            "merci infiniment, que Dieu vous garde, Jésus Marie Joseph 🙏 ; Eid Mubarak",
            ("Jésus Marie Joseph", "Eid"),
        ),
    ],
)
def test_what_looks_like_batches_ay_az_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_a_family_word_given_as_a_nickname_typed_without_apostrophe_is_masked():
    assert_hidden("bon alors Bébé (cest son surnom hein, il a 17 ans) s'est fait embarquer hier soir", "Bébé")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the small site a testimony's author works at
        ("À la maison départementale de Fourmies, l'accueil est assuré par une seule agente", ("Fourmies",)),
        ("Éducatrice au foyer de l'enfance de Saint-Omer, je travaille de nuit seule", ("Saint-Omer",)),
        # a social network's handle
        ("son insta c'est @lyna.du.93 et elle poste tout", ("du.93",)),
        ("son pseudo c yanel_lz59, il a posté une arme en story", ("lz59",)),
        # homes told by the place and what stands next to them, overseas and in the hills
        (
            "vit à Kawéni Mahabourini, banga en tôle bleue contre le mur du stade.",
            ("Mahabourini", "contre le mur"),
        ),
        ("chez sa manman chemin Bassin Plat, case au fond de la cour, St-Pierre.", ("au fond de la cour",)),
        (
            "vit dans un banga en tôle au village de Bandrajou, chemin de la Rivière à Kani-Kéli",
            ("Bandrajou",),
        ),
        ("La famille Calixte est section Fonds-Cacao, à Capesterre-Belle-Eau.", ("Fonds-Cacao",)),
        ("Mme Santoni vit seule au hameau de Pietralba, route de Ponte-Leccia, 20218, NIR", ("20218",)),
        ("terrain familial, parcelle ZB 112, lieu-dit La Pâture aux Loups", ("ZB",)),
        ("Il répète « rue Victor Hugo, numéro 30 » parce qu'il ne sait pas l'écrire", ("numéro 30",)),
        ("il dort chez sa tante tour 12, esc. B, 7e depuis 3 nuits", ("7e",)),
    ],
)
def test_what_batches_ba_bb_bc_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("la fermeture du foyer de l'enfance Saint-Exupéry au 1er septembre", ("Saint-Exupéry",)),
        ("@tous la reunion de service est decalee a 14h. @cheffe tu confirmes ?", ("@tous", "@cheffe")),
        ("La Réunion, maison créole au bord de la mer : un rêve de touristes", ("maison créole",)),
        ("Cochez la case, une case à cocher après le nom", ("à cocher",)),
        ("à Saint-Denis, maison de quartier ouverte le lundi derrière la gare", ("maison de quartier",)),
        ("elle vit au village de Murat depuis 20 ans", ("Murat",)),
        (
            "Depuis Chido, à Kawéni et à Majicavo les familles dorment sous des bâches ; le Grand Raid",
            ("Majicavo",),
        ),
        (
            "« Dalon » veut dire ami, « gramoun » veut dire vieux, les Touloulous sortent le samedi",
            ("gramoun",),
        ),
        ("Tonton Fred pa lé tann anyen : « Sé pa zafè aw, sé pitit an mwen ! »", ("zafè",)),
    ],
)
def test_what_looks_like_batches_ba_bb_bc_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_teenagers_verlan_and_their_idols_stay():
    assert_kept(
        "reuf ça sert à rien ; il posait trop de questions sur la bicrave ; skam et drake ; c karim de la prev",
        "reuf",
        "bicrave",
        "skam",
        "de la prev",
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the complements of a city address, and its postcode alone
        ("- Traoré | 12 r. Léon Frot, 75011 | 07 62 18 45 93", ("75011",)),
        ("au 2 allée Gabriel Fauré, esc 5, 3e, porte face, code 72B49, sonner fort", ("72B49",)),
        ("Résidence du Lac – bât B2 – esc 1 – 11e – appt 1104 – 94000 Créteil", ("11e",)),
        (
            "au 16, allée des Bleuets – Bât. Lilas – Esc. A – 2ème étage – Porte 21 – 93140 Bondy",
            ("Lilas", "Esc. A"),
        ),
        ("elle vit au 28 rue Emile Zola bâtiment C escalier gauche 6e, seule", ("escalier gauche", "6e")),
        ("au 9, rue des Bons-Enfants, 2e étage fond de couloir, la porte ferme mal", ("fond de couloir",)),
        # a legal aid office's number; a nickname then "t ou ?"
        ("voir avec Maître Roussel-Vidal qui a l'aide juridictionnelle (BAJ 2024/003518).", ("003518",)),
        ("sev t ou ? mme bah t'attend a l'accueil depuis 20 min", ("sev",)),
    ],
)
def test_what_batches_bd_be_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Source : DREES, Études et résultats n° 1268, février 2024.", ("1268",)),
        ("retour à domicile impossible sans passage d'une aide à domicile matin et soir", ("passage d'une",)),
        ("t ou ? jsuis devant la porte", ("t ou",)),
    ],
)
def test_what_looks_like_batches_bd_be_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "M. Ziani, sans domicile stable, domiciliation au CCAS, dort quai de Valmy à hauteur de l'écluse",
            ("Valmy",),
        ),
        ("couple polonais : sous le pont de Crimée\n- inconnu, 50 ans", ("Crimée",)),
        ("Léna fugue vers le square de la Chapelle où dort son copain ; l'éducatrice", ("Chapelle",)),
        ("M. Lefebvre habite r. de Lannoy à Roubaix, au-dessus du kebab", ("Lannoy",)),
    ],
)
def test_where_someone_sleeps_or_lives_without_a_number_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_motorway_bridge_and_a_meeting_under_a_marquee_stay():
    assert_kept(
        "ils dorment sous le pont de l'A7 ; la réunion a lieu sous le chapiteau place de la République",
        "pont de l'A7",
        "place de la République",
    )


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("signataires : Thomas Nguyen – polyvalence Avion ; N. Belkacem – PMI Carvin", "Avion"),
        ("la direction annonce la fusion des MECS de Sains-du-Nord et d'Avesnelles", "Sains-du-Nord"),
        ("témoignage 1 : Marion, AS polyvalence à Outreau, seule sur son secteur", "Outreau"),
        ("cas individuel : Irène Wojcik, AS à Oignies, refus de temps partiel", "Oignies"),
    ],
)
def test_a_small_site_a_signatory_or_a_colleague_works_at_is_masked(text, secret):
    assert (secret, Label.WORKPLACE) in found(text)


def test_a_worker_in_a_departement_or_a_service_without_a_town_stays():
    assert_kept(
        "il y a une AS à Mayotte pour 3000 familles ; la polyvalence est débordée", "Mayotte", "polyvalence"
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("L'assistante sociale scolaire a reçu Fidèle et sa sœur Sagesse, 4e B et 6e A", ("Sagesse",)),
        ("M. Prince Mavoungou, père de Sagesse et de Fidèle, demande un droit d'hébergement", ("Sagesse",)),
        (
            "MJIE pour les enfants Leroy : Noa, né le 11 novembre 2015, et Juin, née le 1er juin 2018",
            ("Juin,",),
        ),
    ],
)
def test_what_batch_bf_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_place_before_a_birth_or_a_son_in_paris_stays():
    assert_kept(
        "Mme Saint-Louis, originaire d'Haïti, née le 14 juillet 1979 à Jacmel. Son fils, à Paris, ne le sait pas.",
        "Haïti",
        "Paris",
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # initials of children, each with its year of birth in brackets
        (
            "les enfants de Mme K. — D. (2015), L. (03/2018) — dorment dans la voiture",
            ("D.", "2015", "L.", "03/2018"),
        ),
        # a birth year set apart after the name, or after a maiden name
        ("Mme Suzanne Delcroix, 1935, vit seule au 3e étage", ("1935",)),
        ("M. Scarpa, 88 ans, et son épouse Lina, née Moretti en 1938, vivent à Aubagne", ("Moretti", "1938")),
        # a mail header's display name before its address
        ("renvoyez vos signatures à Lorraine <lorraine.kessler@cd54.fr> avant vendredi", ("Lorraine",)),
        # a form's field, the family name first, though it is a word too
        ("Bulletin d'adhésion reçu : Moreau Jessica, née le 12/09/1991", ("Moreau", "Jessica")),
    ],
)
def test_what_batches_bi_and_bj_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_staff_number_opening_on_its_letter_is_masked_whole():
    assert ("M0045873", Label.CASE_ID) in found(
        "agent BENALI Farid, matricule M0045873, affecté CMS Moulins-Sud"
    )


def test_a_territorial_direction_is_a_small_site():
    assert ("Montreuil-sur-Mer", Label.WORKPLACE) in found(
        "Conseillère technique enfance, DTPAS de Montreuil-sur-Mer"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("J'ai revu Mme Dupont puis M. Martin, 2021, enfin.", ("2021",)),  # a recent year dates a meeting
        ("Contact : le secrétariat (secretariat@cd59.fr)", ("secrétariat",)),
        ("Objet : Bravo Julie !", ("Bravo",)),
        ("La DDASS était née en 1964. Aucune des deux ne pensait finir en plateforme.", ("1964",)),
        ("réf. de votre demande de C2S : 2025 003 874 12", ("C2S",)),
    ],
)
def test_what_looks_like_batches_bi_and_bj_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a bare house number after a home's street, with its suffix
        ("elle habite rue pasteur 12 bis depuis mai", ("pasteur", "12 bis")),
        ("elle habite rue Pasteur 12 bis, au fond de la cour", ("Pasteur", "12 bis")),
    ],
)
def test_a_house_number_after_the_street_is_masked_with_its_suffix(text, secrets):
    assert_hidden(text, *secrets)


def test_a_lower_case_street_ends_before_the_sentence_goes_on():
    assert ("rue pasteur", Label.ADDRESS) in found("elle habite rue pasteur depuis mai")


def test_a_number_after_a_street_that_is_no_home_stays():
    assert_kept(
        "la réunion rue Pasteur 12 personnes présentes, la voiture garée place faute de mieux", "12", "faute"
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch BK: quick notes typed in lower case, streets typed in a hurry, the number after the street
        ("elle est tjs au rue pasteur 12 bis mais dit que l'interphone marche pas", ("pasteur", "12 bis")),
        ("appart boulvard de lyon 88 3e etage 59100 roubaix", ("lyon", "88", "59100")),
        ("son ex vit encore allee des peupliers 9 bat b et passe devant l'ecole", ("peupliers", "9 bat b")),
        ("la tata l'a recupere, elle habite bd gambetta 117 apt 8, tourcoing", ("gambetta", "117")),
        ("qqun dispo pr une vad en urgence rue kuhlmann 21 ? mme menace", ("kuhlmann", "21")),
        ("elle habitait chemin du halage 3 a marquette, on demande un fsl", ("halage", "3 a")),
        ("adresse 14 ter ru victor hugo a hellemmes", ("victor hugo",)),
        ("vit chez sa tante resid les acacias esc 2 apt 11 a lomme", ("acacias", "apt 11")),
        ("lundi 9h vad binome chez les moreau, mercredi perm au ccas", ("moreau",)),
        ("pierre du ccas a appele, il a une place en residence sociale", ("pierre",)),
    ],
)
def test_what_batch_bk_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_berber_particle_in_lower_case_belongs_to_the_name():
    assert ("ait ouali", Label.PERSON) in found("tu peux me voir mme ait ouali ? elle a rappele 4 fois")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("on a pris la route nationale 12, bouchée jusqu'à Lens", ("12",)),
        ("le ru de la vallée déborde chaque hiver", ("ru de la vallée",)),
        ("La conseillère de la mission accompagnement santé de la CPAM a rappelé", ("santé",)),
        ("le classeur rose des IP est où ? Permanence le mardi midi salle du CSE", ("rose", "salle")),
        ("je passe chez les voisins ce soir", ("voisins",)),
        ("cours référence 24045871 hébergés au CADA", ("cours référence",)),
    ],
)
def test_what_looks_like_batch_bk_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch BL: file numbers of letters and forms
        ("Référence de l'avis : 24 59 A081947 21. Merci", ("24 59", "A081947")),
        ("Nos références : CTX/RA/2024-11-0287", ("CTX/RA/2024-11-0287",)),
        ("cour d'appel de Douai, RG n° 24/03117 - N° Portalis DBVF-V-B7I-VK2P", ("DBVF-V-B7I-VK2P",)),
        ("N° fiscal déclarant 1 : 3067 214 559 018", ("3067 214 559 018",)),
        (
            "c'est fatou la maman de moussa il est né le 22 du 8 2014 pour le papier de la caf",
            ("22 du 8 2014",),
        ),
        # batch BM: initials of a person named in full, a sibling's birth year, a name addressed with "votre"
        ("Notre DGA, Jean-Marc Delacroix-Vial, a décidé. Quand elle l'a signalé, JMDV a répondu.", ("JMDV",)),
        ("Youssef dit être né le 3 septembre 2007, son frère en 2010.", ("2010",)),
        ("« Clémence, votre visite chez les Haddou n'était pas validée. »", ("Clémence",)),
    ],
)
def test_what_batches_bl_and_bm_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_reference_after_an_acronym_and_a_slash_is_masked_whole():
    assert ("LOG/004/118 752", Label.CASE_ID) in found("Réf. locataire : LOG/004/118 752\nLogement : T3")


def test_a_code_of_capitals_without_its_court_or_a_service_s_initials_stay():
    assert_kept(
        "Le code DBVF-V-B7I-VK2P du logiciel ; la CAF et la MSA ont répondu, Jean Dupont aussi.",
        "DBVF",
        "CAF",
        "MSA",
    )


def test_a_word_a_completed_name_holds_is_masked_where_it_stands_alone():
    assert_hidden(
        "Le placement de Fortuné et Noël Adjovi est renouvelé. Les garçons ne savent rien : Noël croit que son papa "
        "est en voyage.",
        "Noël",
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch BO: overseas localities after their postcode, a commune without its article, a courée
        (
            "Madame BOYER Marie-Annick\n27 chemin Mutel, 97432 Ravine des Cabris\nObjet : suspension",
            ("Ravine des Cabris",),
        ),
        (
            "le courrier doit arriver au 8 rue Schœlcher, 97220 Trinité et plus chez sa sœur",
            ("97220", "Trinité"),
        ),
        (
            "ses cinq enfants dans une maison au 12 courée Vanhoutte, rue de Wasquehal. Le plafond",
            ("12 courée",),
        ),
    ],
)
def test_what_batch_bo_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le 976 reste le département le plus jeune de France : la moitié a moins de 18 ans.", ("France",)),
        ("Les marches blanches passent par le cours Julien et la Canebière chaque novembre.", ("Julien",)),
        ("La départementalisation est née en 1946, notre service en 2002.", ("1946",)),
        ("La mission Laforcade… Michel Laforcade a rendu son rapport.", ("Laforcade",)),
        ("Gerty Archimède a donné son nom à une rue de Basse-Terre.", ("Gerty Archimède",)),
    ],
)
def test_what_looks_like_batches_bn_and_bo_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a house number said in words with no "au" or "habite" right before it
        ("adresse pour la collègue qui me remplace onze rue de la fonderie c'est au quatrième", ("onze",)),
        ("elle habite toujours quarante deux avnue de la liberte a tourcoing", ("quarante deux",)),
    ],
)
def test_a_house_number_in_words_is_masked_anywhere(text, secrets):
    assert_hidden(text, *secrets)


def test_a_street_typed_in_lower_case_ends_before_c_est():
    assert ("3 rue de la fonderie", Label.ADDRESS) in found("elle habite 3 rue de la fonderie c est loin")


def test_a_mill_named_neuf_is_no_house_number():
    assert_kept("M. Ledoux – seul, 79 ans – Le Moulin Neuf, route de Sées", "route de Sées")


@pytest.mark.parametrize(
    "text",
    [
        "Une ancienne collègue partie vivre à Florence nous envoie encore des cartes postales.",
        "Les CM2 partent à Florence en mai pour le voyage de fin d'année.",
        "Séminaire européen à Florence sur le placement familial, trois jours en mai.",
        "Son fils rêve d'aller étudier à Sydney, il a trouvé un programme.",
    ],
)
def test_a_town_abroad_named_like_a_person_stays_where_someone_travels_to_it(text):
    assert found(text) == []


def test_a_person_spoken_to_with_a_town_s_name_is_still_masked():
    assert_hidden("J'ai parlé à Florence ce matin, elle est d'accord pour la réunion.", "Florence")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a farm's or a hamlet's name, then its postcode and commune: an address line, whatever comes before
        (
            "mme mattei marie-ange née le 16/10/1939, U Castagnetu, 20218 Morosaglia, vit seule",
            ("Castagnetu", "20218 Morosaglia"),
        ),
        ("Il vit seul à U Pughjolu, 20250 Corte depuis 1970.", ("Pughjolu", "20250")),
        (
            "chez ses parents Kevin et Morgane Tanguy, Kerfloc'h, 56110 Roudouallec. Maison humide.",
            ("Kerfloc'h",),
        ),
        (
            "NIR 2 36 08 22 070 005 27, Penn ar Hoat, 22160 Callac. Elle ne parle que breton.",
            ("Penn ar Hoat",),
        ),
        ("berger à la borde Iturraldea, 64130 Mauléon-Licharre. NIR à venir.", ("Iturraldea", "64130")),
    ],
)
def test_a_place_s_name_before_a_postcode_and_its_commune_is_an_address(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    "text",
    [
        "La réunion a lieu à Aurillac, 15000 Aurillac, salle 3.",
        "Mende, Florac, Marvejols, Langogne : quatre centres médico-sociaux pour tout un département.",
        "Entre Florac et Mende, le col de Montmirat ; entre Florac et Sainte-Enimie, les gorges du Tarn.",
        "Un car par jour vers Aurillac, et le train de Neussargues supprimé.",
        "Versement sur le compte ouvert à la banque de Tardets.",
        "La MSA a fermé l'accueil physique de Mirande : il reste une permanence par mois.",
    ],
)
def test_communes_called_by_their_short_name_stay(text):
    assert found(text) == []


def test_a_family_named_like_a_commune_s_short_name_is_still_masked():
    assert_hidden("J'ai vu Florac hier, il est furieux contre le service.", "Florac")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("qui a les chiffres des arrêts maladie a l'UTPAS d'Hénin ??", "Hénin"),
        ("Assistant socio-éducatif – Pôle enfance de Ruffec", "Ruffec"),
        ("je suis TISF au pôle de Louviers depuis huit mois", "Louviers"),
        ("du coup on sera 2 sur la circo de bruay pour 14000 habitants", "bruay"),
        # a site named after its quarter
        ("menacées à l'accueil de l'antenne de Fives par un usager", "Fives"),
        ("Elle a fait 35 ans à la PMI de Wazemmes.", "Wazemmes"),
        ("Au CMS des Minguettes on n'a plus d'agent d'accueil depuis août.", "Minguettes"),
    ],
)
def test_a_site_named_by_its_commune_s_short_name_or_its_quarter_is_a_workplace(text, site):
    assert (site, Label.WORKPLACE) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "la PMI du Nord recrute",
        "l'antenne de la Creuse ferme",
        "le pôle de Santé publique",
        "le CMS de Mme Durand",
    ],
)
def test_a_departement_a_word_or_a_person_after_a_site_is_no_quarter(text):
    assert not [label for _text, label in found(text) if label == Label.WORKPLACE]


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("En réunion de cadres, J-M. D. a dit que les AS se plaignent trop.", ("J-M. D.",)),
        (
            "À l'antenne on est cinq. Quand B. est partie en congé maternité, personne n'a été recruté.",
            ("B.",),
        ),
        ("14:02 Pat: le chef veut voir Laeti a 15h\n14:03 Laeti: pk\n14:03 Pat: ton mail au DGA", ("Pat",)),
    ],
)
def test_what_batch_bq_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On était plus de 300 place de la République à Arras jeudi.", ("300 place de la République",)),
        ("il habite 9 r. de la forge, 68200 mulhouse, logement T4, travaille en intérim.", ("logement T4",)),
        ("Les gamins arrivent en Jordan neuves et repartent en pleurs.", ("Jordan",)),
    ],
)
def test_what_looks_like_batch_bp_s_classes_stays(text, kept):
    assert_kept(text, *kept)


def test_a_maison_de_la_metropole_is_a_workplace():
    text = "Rédigé par C. Tessier, AS, Maison de la Métropole de Villeurbanne-Tonkin."
    assert ("Villeurbanne-Tonkin", Label.WORKPLACE) in found(text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a hotel where the 115 houses a family: its name, its street and the room
        (
            "Mme Sow et ses jumelles dorment à l'hôtel Ibis Budget de Villepinte, chambre 314 depuis mars.",
            ("Ibis", "Villepinte", "314"),
        ),
        (
            "MNA hébergé depuis sept mois à l'hôtel Le Rivage, 45 avenue de Lens, chambre 17.",
            ("Rivage", "45 avenue", "17"),
        ),
        (
            "5 personnes dans une chambre du formule 1 de la zone des dunes, ch. 108",
            ("zone des dunes", "108"),
        ),
        # lower-case messages: a name typed in lower case is the person's at each mention
        ("vu pierre et olive lemaire a leur domicile, isole depuis que olive ne conduit plus", ("olive",)),
        ("visite faite ac marine la tisf. mme kouassi a peur de son ex", ("marine",)),
        ("msg de fortune le voisin de mme ginette bertin: elle a pas ouvert", ("fortune",)),
        ("mme k. (je mets pas son nom) victime de violences. k. a appele le 3919", ("k.",)),
        ("il habite dix-huit rue pasteur à croix point son téléphone", ("dix-huit rue pasteur",)),
        ("adresse 15 bd de la republique bat a 3e etage 59800 lille", ("bat a 3e etage",)),
    ],
)
def test_what_batches_bs_and_bt_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La famille Daoudov est à l'hôtel social depuis 14 mois, chambre 12.", ("hôtel social",)),
        ("La réunion a lieu salle 204 de l'hôtel du département.", ("hôtel du département",)),
        ("pour le colis de noel la maman de Hawa a laissé son mail", ("noel",)),
        ("dictée : madame ben salah point elle habite à vierzon point à la ligne", ("à la ligne",)),
        ("la rose la plus belle du jardin", ("rose",)),
    ],
)
def test_what_looks_like_batches_bs_and_bt_classes_stays(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    "text",
    [
        "L'association s'appelle Espérance, ce qui fait sourire jaune les familles.",
        "À l'IME il y a un âne de médiation qui s'appelle Parfait.",
        "Une Cosette moderne, c'est la gamine placée qui fait le ménage chez l'assistante familiale.",
        "Un Tanguy à 32 ans, ça fait rire au cinéma ; chez nous les jeunes majeurs n'ont pas ce luxe.",
        "Les gars ont été réorientés au CHRS Émile Zola, qui avait déjà une liste d'attente.",
        "Une stagiaire partie en échange à Florence puis à Sydney ; même problème de recrutement.",
    ],
)
def test_what_looks_like_batch_bu_s_people_stays(text):
    assert not [label for _text, label in found(text) if label == Label.PERSON]


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("la fille du foyer qui s'appelle Inès est partie", ("Inès",)),
        ("Demande à la ferme Tanguy. Les Tanguy connaissent tout le monde.", ("Tanguy",)),
        ("Elle part en vacances demain, j'ai confié le dossier à Margaux.", ("Margaux",)),
    ],
)
def test_people_beside_batch_bu_s_look_alikes_are_still_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_the_farm_a_named_caller_calls_from_is_an_address():
    text = "Message vocal : « Oui bonjour c'est Girod, de la ferme du Crêt-Bouvier, pour ma mère. »"
    assert ("ferme du Crêt-Bouvier", Label.ADDRESS) in found(text)


def test_a_file_of_an_office_names_its_holder():
    assert_hidden("Dossier MDPH de Noé (MDPH-62-0241877) bloqué depuis 7 mois.", "Noé")
    assert_kept("La MDPH de Noé est fermée le lundi.", "Noé")


def test_a_foster_care_service_is_a_workplace():
    assert ("Loudéac", Label.WORKPLACE) in found(
        "Le service d'accueil familial de Loudéac m'a confié Enzo, 9 ans."
    )


def test_an_amount_in_pairs_of_digits_is_no_phone_number():
    assert found("budget ASE 2026 : 06 82 00 00 00 € dans l'export du logiciel financier") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("il vit au lieu-dit La Grange aux Loups depuis 20 ans", "lieu-dit La Grange aux Loups"),
        ("elle habite 4 rue Pasteur aux Mureaux depuis mai", "4 rue Pasteur"),
        ("vit seule au 7 impasse du Moulin à Bailleul ; retour à domicile impossible", "7 impasse du Moulin"),
    ],
)
def test_au_and_aux_inside_a_place_s_name_not_before_its_commune(text, address):
    assert (address, Label.ADDRESS) in found(text)


def test_compound_initials_without_their_first_dot_and_the_family_name_after():
    assert_hidden("Signé J-P. Mercier, chef de service.", "J-P. Mercier")


# Batches CA to CC (2026-12-05, sixth session).


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("sa fille ines nee le 3 juillet 2011 n'a pas d'AESH", "ines", "nee"),
        ("mme sylla nir 2 91 11 93 066 214 30 refus CSS", "sylla", "nir"),
        ("le mari de mme lopes tjrs pas de titre de sejour", "lopes", "tjrs"),
    ],
)
def test_a_lower_case_name_stops_before_a_note_s_abbreviation(text, name, word):
    assert (name, Label.PERSON) in found(text)
    assert_kept(text, word)


def test_a_family_name_in_capitals_heading_a_line_beside_other_names_is_one_too():
    text = "Point :\nGARCIA : retour au domicile.\nMOREAU : audience reportée.\nLAMBERT : rien de neuf."
    assert_hidden(text, "GARCIA", "MOREAU", "LAMBERT")
    assert_kept(
        "CR :\nDIALLO : vu ce matin.\nURGENT : relancer la CAF.\nMARTIN : rdv jeudi.", "URGENT", "CAF"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Notre petite asso d'aide aux devoirs a attendu 9 mois la subvention.", "asso"),
        ("Ordre du jour : bilan de la grève, NAO, préparation du rassemblement.", "NAO"),
        ("Les accords Laforcade ont donné 183 euros à certains, rien aux autres.", "Laforcade"),
        ("110 situations par AS à Saint-Étienne, 130 à Saint-Denis.", "Saint-Étienne"),
        ("On nous a dit que France Travail est né le 1er janvier 2024, d'une fusion.", "1er janvier 2024"),
        ("Première grève de la PMI depuis sa naissance en 1945, d'après les anciennes.", "1945"),
        ("L'Olive, c'est le surnom du minibus du service, vert et cabossé.", "Olive"),
        ("voté par délibération du conseil d'administration n° 2022-CA-014, jamais revu", "2022-CA-014"),
    ],
)
def test_what_looks_like_batches_ca_to_cc_classes_stays(text, kept):
    assert_kept(text, kept)


def test_a_nickname_is_a_person_s_unless_a_thing_bears_it():
    assert_hidden("Bouboule, c'est le surnom du petit dernier.", "Bouboule")
    assert_hidden("Caramel, c'est le surnom de Kenza.", "Caramel", "Kenza")
    assert_hidden("l'arrêté de placement provisoire n° OPP-2024-112 concerne Léa", "OPP-2024-112")


def test_a_local_coordination_centre_is_a_workplace():
    assert ("Carhaix", Label.WORKPLACE) in found("Le CLIC de Carhaix n'a plus d'infirmière coordinatrice.")
    assert_hidden("Le suivi de Léa depuis sa naissance en 2015 est compliqué.", "Léa", "2015")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Notre voiture de service s'appelle Titine, une Clio de 2009.", "Titine"),
        ("Le chien de la famille d'accueil s'appelle Victor, il aboie.", "Victor"),
        ("Le jardin partagé du CCAS, baptisé « Clémentine », a été inauguré.", "Clémentine"),
        ("Océane, c'est le nom de la vedette qui fait la traversée vers l'île.", "Océane"),
        ("Depuis janvier la section Capucine est fermée faute d'auxiliaires.", "Capucine"),
        ("Ligne budgétaire des secours d'urgence : 0651 0473 22, à citer partout.", "0651 0473 22"),
        ("Le budget est inscrit à la ligne 06 52 41 87 30 du document budgétaire.", "06 52 41 87 30"),
        ("Le dispositif FLORE (Formation, Logement, Orientation) est né en 2020 dans l'agglo.", "2020"),
        ("Réponse du service informatique : le ticket 2024-06-0412 est ouvert, priorité 2.", "2024-06-04"),
        ("La réunion du 2024-06-04 avait déjà posé la question des postes.", "2024-06-04"),
        ("on va « bien vieillir chez soi » grâce à la loi du 8 avril 2024", "soi"),
        ("le 01/10, je suis en formation CNFPT (session n° 24-0917).", "24-0917"),
        ("« Ti Punch », c'est le surnom du vieux photocopieur : il faut le taper.", "Ti Punch"),
        ("Rapport IGAS n° 2023-045R sur l'accueil familial, 187 pages.", "2023-045R"),
    ],
)
def test_what_looks_like_batch_cd_s_people_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Le chien de la voisine qui s'appelle Paula aboie la nuit.", ("Paula",)),
        ("Dans le bus la dame s'appelle Josiane, elle pleure.", ("Josiane",)),
        ("Je la connais car elle s'appelle Fatou comme ma sœur.", ("Fatou",)),
        ("Kouyouri, c'est le nom de la grand-mère. Mme Yvette Kouyouri a rappelé.", ("Kouyouri",)),
        ("Elle appelle la ligne directe 06 52 41 87 30 de la cheffe.", ("06 52 41 87 30",)),
        ("Mme Rakotomalala, interphone au nom RAKOTO, 3e étage.", ("Rakotomalala", "RAKOTO")),
        ("Mme Diallo 1961-05-02 vit seule au 4e sans ascenseur.", ("Diallo", "1961-05-02")),
        ("Dédé, c'est le surnom du vieux du 3e, il ne sort plus.", ("Dédé",)),
        ("Bouboule, c'est le surnom du petit dernier.", ("Bouboule",)),
        ("le rapport JE n° 2024/0871 pour Enzo est parti", ("2024/0871", "Enzo")),
    ],
)
def test_people_beside_batch_cd_s_look_alikes_are_still_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Je suis AS à la mairie annexe de Grand-Camp depuis dix ans.", "Grand-Camp"),
        ("À : équipe AS Châteaulin\nObjet : absence de Gwen", "Châteaulin"),
    ],
)
def test_a_town_hall_annex_and_a_team_of_social_workers_are_workplaces(text, site):
    assert (site, Label.WORKPLACE) in found(text)


def test_a_colleague_s_initials_opening_a_sentence_where_she_acts():
    assert_hidden("Vasseur a été promue. ML est revenue à mi-temps thérapeutique.", "ML")
    assert_hidden("JP a appelé ce matin pour la réunion.", "JP")
    assert_kept("La DSI est revenue vers nous. RH a appelé. CAF a rappelé.", "DSI", "RH", "CAF")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "sa fille Marie-Josée, que tout le quartier appelle Zozo. Zozo, 15 ans, fugue.",
            ("Marie-Josée", "Zozo"),
        ),
        ("Madame veuve Lemoine, née Dumortier en mars 1935, GIR 2.", ("Lemoine", "Dumortier", "mars 1935")),
    ],
)
def test_batch_cf_s_people_and_births(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ce que les collègues appellent Bercy, c'est le ministère", "Bercy"),
        ("Sur Insta, #TravailSocialEnColère et #SocialWorkersStrike cumulent 48 000 vues.", "48 000"),
        ("Le jugement rappelle l'article L. 1111-2 du CGCT et le principe de continuité.", "1111-2"),
    ],
)
def test_what_looks_like_batches_cf_and_cg_s_people_stays(text, kept):
    assert_kept(text, kept)


def test_a_nickname_others_give_keeps_the_family_word_out():
    assert ("Jo", Label.PERSON) in found("la voisine, que tout le monde appelle Mamie Jo, passe le soir")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # two colleagues' initials or nicknames opening a sentence, then what they do
        ("ML et jb ont fait le compte rendu, je le colle ici", ("ML", "jb")),
        ("LD et FK ne seront pas remplacees cet ete, on est 3 au lieu de 7.", ("LD", "FK")),
        ("je t ajoute dans le groupe. jp et yas sont admins. regles : pas de noms", ("jp", "yas")),
        # greeted, then a comma; spoken to after a sentence
        ("coucou elo, la mere de kylian a rappele en pleurs", ("elo", "kylian")),
        ("yo raf, jte passe le num du delegue", ("raf",)),
        ("ma fille est malade. jb tu peux prendre les notes stp ?", ("jb",)),
        # initials in brackets after the name they shorten, a nickname after "moi"
        ("salle 3. francois (FG) presente le tract.", ("francois", "FG")),
        ("contactez Fatou ou moi (jb) sur la boite perso", ("Fatou", "jb")),
    ],
)
def test_batch_cj_s_colleagues_named_in_a_chat(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Marie A la crèche ce matin, vitamine D, plan B.", "A la"),
        ("RH et DG ont décidé. CAF et MSA ont dit non. AS et ES sont épuisées.", "RH et DG"),
        ("le et la sont des articles", "le et la"),
        ("coucou tout le monde, hello team, salut les filles ! hey guys, coucou toutes,", "team"),
        ("Hello madam, my name is Abdirahman", "madam"),
        ("Mme Durand (MDS) a vu Paul (PJJ) et moi (AS).", "(MDS)"),
        ("Mme Durand (MDS) a vu Paul (PJJ) et moi (AS).", "(PJJ)"),
        ("Mme Durand (MDS) a vu Paul (PJJ) et moi (AS).", "(AS)"),
    ],
)
def test_what_looks_like_batch_cj_s_colleagues_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("groupe grève :\nThibaut K 7h05 : 14 sûrs\nLola 7h12 : ok", ("Thibaut K",)),
        ("J'ai vu Sarah B, l'AS du secteur, hier.", ("Sarah B",)),
        ("Merci à Nadia L et à Paul D pour leur aide.", ("Nadia L", "Paul D")),
    ],
)
def test_a_family_name_s_initial_without_its_dot_after_a_first_name(text, names):
    for name in names:
        assert (name, Label.PERSON) in found(text)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a chat copied from a phone: the name, the time, then the message
        (
            "steph 08:42 : qqn peut passer ?\nnico 08:45 : moi pas avant 11h\nfafa 08:47 : je m en occupe",
            ("steph", "nico", "fafa"),
        ),
        # a signature in lower case after the last sentence, or after a kiss on the same line
        ("le pere veut voir kylian samedi. rappelle le avant 17h. sb", ("kylian", "sb")),
        ("il faut la carte vitale\nrien de neuf pour les Petit\ncg", ("cg",)),
        ("je te revaudrai ca mercredi soir si tu veux 🙏 ju", ("ju",)),
        ("Bon courage a toutes, tu peux la rappeler au plus vite ? bisous mel", ("mel",)),
        # whom a note is for
        ("fiche copiée pour romu : DIALLO Aminata, née le 12/06/1985", ("romu", "DIALLO")),
        # initials in lower case that act, files handed from one colleague to another, a list of who was there
        ("pour info mlb est en arret 3 semaines.", ("mlb",)),
        ("transmission MT -> VG : famille Chevalier, placement ce soir", ("MT", "VG")),
        ("pv comite de greve : presents AM, FK, sophie. decision : rassemblement", ("AM", "FK")),
        # a storm and a boy share a name: the boy's stays masked
        (
            "Pendant la tempête Alex, le jeune Alex Roussel a été mis à l'abri. Alex se fait appeler Lexou.",
            ("Alex", "Roussel", "Lexou"),
        ),
    ],
)
def test_batch_cl_s_colleagues_in_notes_and_chats(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("je viens demain avec les dossiers, on en parle. mdr", "mdr"),
        ("on se voit demain pour la greve devant la mairie. cgt", "cgt"),
        ("Pour info : rien. Pour Lille : 3 postes. Pour AG : salle 3. note pour l'ase : rien", "Lille"),
        ("Pour info : rien. Pour Lille : 3 postes. Pour AG : salle 3. note pour l'ase : rien", "AG"),
        ("Pour info : rien. Pour Lille : 3 postes. Pour AG : salle 3. note pour l'ase : rien", "ase"),
        ("CAF -> MDPH -> ASE, le parcours du combattant", "MDPH"),
        ("Rose, Violette, Capucine : c'est le nom des trois unités de vie de l'EHPAD", "Violette"),
        ("Rose, Claire, Pierre : ce sont les noms des trois salles de réunion", "Claire"),
        ("Le fax qu'on appelle Gérard depuis 1998 a enfin rendu l'âme.", "Gérard"),
        ("Une collègue a appelé sa plante Espérance. Elle est toujours vivante.", "Espérance"),
        ("Pendant la tempête Ciaran on a maintenu les VAD. Ciaran a arraché le toit.", "Ciaran a"),
        ("« J'ai rdv avec France », m'a dit un monsieur. Il avait pas tort.", "Il avait"),
        ("Là-bas c'est 15 situations max par travailleur, et les bons à 50€ max par foyer.", "max"),
        ("Le bon de commande n° 06 24 113 587 a été rejeté par le service financier.", "06 24 113 587"),
    ],
)
def test_what_looks_like_batches_cl_to_cn_s_people_stays(text, kept):
    assert_kept(text, kept)


def test_children_listed_by_name_are_no_things():
    assert_hidden("Léa, Marc et Nadia : ce sont les noms des enfants de Mme Durand.", "Léa", "Marc", "Nadia")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # initials acting after a colon, a participle alone, "peut me remplacer"; a list of initials told what to do
        ("post-it sur ton bureau : JB a appelé pour la famille Lemaire", ("JB", "Lemaire")),
        ("DL passé à 11h pour toi, repasse demain.", ("DL",)),
        ("je ne pourrai pas y aller. MN peut me remplacer ?", ("MN",)),
        ("PL, MC, AB : vous etes d astreinte ce we", ("PL", "MC", "AB")),
        # spoken to across an emoji; a short nickname signing after the last sentence
        ("GR 👋 tu as le dossier mdph de la petite Lou-Anne ?", ("GR", "Lou-Anne")),
        ("tu as pu voir les Goncalves ? on en parle a la synthese ? delph", ("Goncalves", "delph")),
        # phones typed loosely
        (
            "tel 06 . 78 . 21 . 49 . 03 ou fixe 03 27 . 88 . 10 . 45, sinon 06.31.7245.08 ou 0645\n129873",
            ("06 . 78", "49 . 03", "03 27", "10 . 45", "06.31.7245.08", "0645", "129873"),
        ),
        # a lower-case name after a title, then a note's cue for a detail
        ("mme da costa maria ddn 1er/08/1952", ("costa", "maria")),
        ("mme sandrine olive tel 06 42 18 77 31 veut contester", ("sandrine", "olive")),
        ("avec l interprete, mme zhang li nee en 1964, travaille", ("zhang", " li ")),
    ],
)
def test_batches_cl_and_cp_s_hurried_notes(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("RH, DG et CAF ont décidé. AS, ES : vous êtes convoquées.", "RH"),
        ("on se voit demain a la reunion du service. thx", "thx"),
        ("le 01.02.2023 12:30 reunion au siège", "01.02.2023"),
        ("Dossier MDPH 093-24-08812 en attente.", "MDPH"),
        ("m. haddad nouvelle adresse 17 rue de la chapelle", "nouvelle adresse"),
        ("mme durand tel 06 12 34 56 78. mr petit ddn 12/03/1950", "tel"),
        ("mme durand tel 06 12 34 56 78. mr petit ddn 12/03/1950", "ddn"),
    ],
)
def test_what_looks_like_batches_cl_and_cp_s_details_stays(text, kept):
    assert_kept(text, kept)


def test_a_file_number_cut_by_hyphens_is_no_phone():
    assert ("093-24-08812", Label.CASE_ID) in found("Dossier MDPH 093-24-08812 en attente.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "les salles du nouveau bâtiment s'appellent Lilas, Glycine et Capucine. synthèse dans Capucine à 12.",
            "Glycine",
        ),
        (
            "les salles du nouveau bâtiment s'appellent Lilas, Glycine et Capucine. synthèse dans Capucine à 12.",
            "dans Capucine",
        ),
        ("20 ans de lois sur les droits des usagers, et un bouquet de lilas.", "lois"),
        ("20 ans de lois sur les droits des usagers, et un bouquet de lilas.", "lilas"),
        ("Je suis arrivée à l'ASE en 2009, Claire comme de l'eau de roche : je voulais protéger.", "Claire"),
        (
            "Joyeux anniversaire au RSA, né le 1er juin 2009 sur les cendres du RMI (né en 1988).",
            "1er juin 2009",
        ),
        ("Joyeux anniversaire au RSA, né le 1er juin 2009 sur les cendres du RMI (né en 1988).", "1988"),
        ("Valence me manque, l'équipe surtout. C'est le métier d'avant qui me manque.", "manque"),
    ],
)
def test_what_looks_like_batches_cq_and_ct_s_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Mme Bénédicte Lemaire-Dujardin, née le 4 avril (elle ne sait plus l'année)",
            ("Dujardin", "4 avril"),
        ),
        ("Mme Ruiz, « Encarna » pour tout le quartier, née en 1937 à Almería", ("Encarna", "1937")),
        ("le chien de la voisine qui s'appelle Paula, Léa et Marc sont venus.", ("Léa", "Marc")),
        ("l'avocate de la famille, me morel, au 07 12 34 56 78", ("morel",)),
    ],
)
def test_people_beside_batches_cq_and_ct_s_look_alikes_are_still_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Teranga, l'hospitalité en wolof. Les familles me reçoivent toujours avec le thé.", "Teranga"),
        ("Kolay gelsin, me dit le papa : « que ton travail soit facile » en turc.", "Kolay"),
        ("on fait une collecte pour le pot : envoyez à maryse par lydia ou en liquide.", "lydia"),
        ("réunion CSE mardi, salle 1.12 bâtiment C. Point 4 : les risques psychosociaux.", "C. Point"),
    ],
)
def test_what_looks_like_batches_cu_and_cv_s_people_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a nickname in a sentence that translates something else is still someone's
        ("On a Mme Jadwiga Nowak (dite « Jadzia ») qui compte en polonais.", ("Nowak", "Jadzia")),
        ("Mme Diallo m'a parlé en wolof. Aminata Keita, sa fille, traduit en bambara.", ("Diallo", "Keita")),
        ("- secteur centre : Romain + Julie", ("Romain", "Julie")),
        ("Signatures : C. Arnaud, Y. Le Goff, Samia", ("Arnaud", "Y.", "Le Goff", "Samia")),
    ],
)
def test_people_beside_batches_cu_and_cv_s_look_alikes_are_still_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an old date after what happened that day, a few words between, is no birth
        ("Assistante familiale depuis 14 ans, mon agrément date du 3 avril 2011.", "3 avril 2011"),
        ("Partie en retraite, entrée au Département le 2 mai 1988.", "2 mai 1988"),
        ("Le rapport que je rédigeai le 14 novembre 1985 est resté sans suite.", "14 novembre 1985"),
        ("J'ai 23 ans de maison, j'ai commencé le 3 septembre 2001.", "3 septembre 2001"),
    ],
)
def test_an_old_date_after_the_event_it_dates_stays(text, kept):
    assert_kept(text, kept)


def test_an_old_date_beside_a_name_is_still_a_birth():
    assert_hidden("Enzo, 07/12/2010, placé chez Mme Colin.", "07/12/2010")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a household named by its family name after a plural article: the singular shows the name
        ("les Petit ont enfin eu leur logement !! T4 au 27 av. Jean Moulin.", ("Petit",)),
        (
            "aide alimentaire accordée aux Roux (3 bons de 50 €), refus pour M. Boulanger.",
            ("Roux", "Boulanger"),
        ),
        (
            "Les Berger, les Meunier et les Charpentier ont tous des punaises de lit.",
            ("Berger", "Meunier", "Charpentier"),
        ),
        ("je t'envoie le num de la mère des Rivière : 06 52 30 17 89.", ("Rivière", "06 52 30 17 89")),
        ("rdv 14h chez la juge pour les Fontaine, tu prends le dossier ?", ("Fontaine",)),
        # a file named by its measure and the family's name
        ("AEMO Chaouch : Adam accepte enfin de me voir seul.", ("Chaouch", "Adam")),
        # a colleague by the desk she holds, when she acts
        ("Claire de l'accueil a vu passer M. Pierre Constant ce matin.", ("Claire", "Pierre Constant")),
        # an initial after a job's acronym ("M." before a capitalised word is a title)
        ("le compte rendu dit « l'AS M. n'a pas respecté le protocole ».", ("M.",)),
        ("l'AS M. Dupont est venu.", ("Dupont",)),
        # a quarter's site, named without "de"; a childminders' relay; a hospital's acronym
        ("Interventions de Nadège (MDS Wazemmes) et de Youssef (PMI).", ("Nadège", "Wazemmes", "Youssef")),
        ("ma collègue du relais assfam de Saint-Amand-Montrond a démissionné.", ("Saint-Amand-Montrond",)),
        ("Secrétaire adjoint CGT – CHS de Saint-Ylie", ("Saint-Ylie",)),
        # a tax number in brackets after its cue
        ("son numéro fiscal sur le formulaire (3012456789123) n'est pas le bon.", ("3012456789123",)),
        ("il s'appelle Napoléon Grisard et se prend pour un empereur.", ("Napoléon Grisard",)),
    ],
)
def test_batches_cy_to_dc_s_people_and_places(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Les Français sont inquiets, les Verts et les Républicains aussi.", "Français"),
        ("Bonne fête à toutes les Claire ! C'est le 11 août.", "Claire"),
        ("Les jeunes voulaient des Jordan, ils ont eu des chocolats.", "Jordan"),
        ("quartier prioritaire des Chartreux, le dimanche des Rameaux.", "Chartreux"),
        ("le dimanche des Rameaux, la messe est à 10h.", "Rameaux"),
        ("l'IME Les Iris demande un échange de places.", "Iris"),
        ("la salle Rose de l'accueil est fermée.", "Rose"),
        ("Sainte-Claire, la maison de retraite tenue par les sœurs, ferme 40 lits.", "Sainte-Claire"),
        ("Le foyer maternel Sainte-Madeleine accueille jusqu'aux trois ans de l'enfant.", "Sainte-Madeleine"),
        ("Claire Vasseur (éducatrice MECS Saint-Joseph) était là.", "MECS Saint-Joseph"),
        ("Le FJT Clément-Ader affiche complet jusqu'en juin.", "Clément-Ader"),
        ("Grâce au club Léo-Lagrange, les enfants sont partis en colonie.", "Léo-Lagrange"),
        ("ceux de l'unité Matisse ont des chambres simples.", "Matisse"),
        ("jsuis a lhopital edouard herriot au urgences", "edouard herriot"),
        ("Inès a été retrouvée à la gare de Perrache à 2h du matin.", "Perrache"),
        ("Assfam dans le Cantal, je suis à 55 km de la référente.", "Assfam"),
        ("Perm accueil 14h : M. Abdi, titre de séjour expiré.", "Perm"),
        ("1 800 km en septembre pour les visites mediatisées, toujours rien.", "mediatisées"),
        ("passe voir nadège demain", "demain"),
    ],
)
def test_what_looks_like_batches_cy_to_dc_s_people_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a year beside the age it gives: the year of birth (not a duration's start)
        ("Le grand-père, M. Vasseur, 81 ans (1943), est sous oxygène.", ("Vasseur", "1943")),
        ("Mme Gisèle Fournier (92 ans, 1932), résidence Les Tilleuls.", ("Fournier", "1932")),
        # some children's births, listed, are theirs
        ("Mme K. a deux fils. Les enfants nés en 2015 et 2017 sont placés.", ("2015", "2017")),
        ("la VAD des Courtois ? ma fille a 39 de fievre", ("Courtois",)),
        ("Maison du Département Solidarité de Bapaume\n2 rue de la Gare, 62450 Bapaume", ("Bapaume",)),
        ("appelle moi 07 81 45 26 93 ou appelle stef direct", ("07 81 45 26 93", "stef")),
        # a house's number after another figure that is no phone
        ("loyer 620 e pour un t3 41 bd de la liberte 59000 lille", ("41 bd de la liberte",)),
        ("Mme Laval occupe un T4 118 bd de la Liberté, appt 67, 59000 Lille", ("118 bd de la Liberté",)),
    ],
)
def test_batches_dd_to_df_s_details(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("un CDD de 3 ans (2021), jamais renouvelé.", "2021"),
        ("Les enfants nés en 2020 entrent en grande section cette année.", "2020"),
        ("La famille Martin a été reçue le jour de la Saint-Martin.", "Saint-Martin"),
        ("Le 7 décembre on était 300 place de la République pour dire non.", "300 place de la République"),
        ("alors qu'il vit dans un village de l'Alta Rocca sans bus.", "village de"),
        # the last figures of a phone are no house number before "mail" (a street's word too)
        ("Tel de la tutrice : +33 6 52 18 77 40, mail tutelles.secteur3@udaf62.fr ; merci", ", mail"),
    ],
)
def test_what_looks_like_batches_dd_to_df_s_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("vad Fontaine: tout ok, enfants propres, maison rangee", ("Fontaine",)),
        ("la tisf passe mardi, 34 av de la republique bat B 3eme 93300 aubervilliers. pere", ("3eme 93300",)),
        # one note to a colleague, by her nickname, who is spoken to
        ("Mimi: dossier Robert clos, tu peux archiver.", ("Mimi", "Robert")),
        # a word-name before a job's acronym in brackets; a town's name set apart by a role
        ("Réunion d'équipe : Patience (AS) reprend les situations.", ("Patience",)),
        ("Nancy, la TISF, passe le lundi chez les Oliveira.", ("Nancy", "Oliveira")),
        # a family's name typed in lower case that acts, where it was found as a name
        ("Réunion avec Mme Fontaine hier. fontaine a dit que non.", ("Fontaine", "fontaine")),
    ],
)
def test_batches_dg_and_di_s_people(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("passation w-e: kevin lamouri fugue ven soir", "w-e"),
        ("mr diallo rappeler pr rdv france travail", "france travail"),
        ("Le Boss, c'est comme ça que les jeunes du foyer appellent le directeur.", "Boss"),
        ("Monsieur Propre n'aurait pas fait pire, l'appartement est insalubre.", "Propre"),
        ("Il écoute Stromae en boucle dans sa chambre, « Papaoutai ».", "Papaoutai"),
        ("Lille, la ville, est grande et Valence, le maire a dit non.", "Valence"),
        ("Rose a 4 ans. Sa robe rose est jolie, la rose a fané.", "robe rose"),
    ],
)
def test_what_looks_like_batches_dg_and_di_s_people_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a nickname given in quotes, whoever gives it
        (
            "j'ai emmené Mattéo, qu'on appelle tous « Matou » au foyer. À 16h, à l'école de Matou.",
            ("Mattéo", "Matou"),
        ),
        (
            "un résident connu sous le surnom de « Le Belge ». Le Belge a quitté l'établissement.",
            ("Le Belge",),
        ),
        (
            "un usager a saisi ma collègue à l'espace solidarité de Saint-Jean-de-Braye.",
            ("Saint-Jean-de-Braye",),
        ),
    ],
)
def test_batch_dh_s_nicknames_and_sites(text, secrets):
    assert_hidden(text, *secrets)


def test_whose_nickname_it_is_stays_a_name_and_not_a_quote():
    assert_hidden("Caramel, c'est le surnom de Kenza.", "Kenza")
    assert_kept("il m'appelle « akka » quand il est content.", "akka")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a table's cells stay apart: a family's name, then the address in the next column
        (
            "Date\tHeure\tFamille\tAdresse\nmar. 11/06\t10h\tDUCROCQ\tHameau de Bellifontaine",
            ("DUCROCQ", "Hameau de Bellifontaine"),
        ),
        ("Chambre\tJeune\tPrésent\tObservations\n1\tRyan « Ryry »\toui\tRAS", ("Ryan", "Ryry")),
        ("Nom\tFonction\tSignature\nBERTIN Anne-Sophie\tAS\tprésente", ("BERTIN Anne-Sophie",)),
    ],
)
def test_batch_dn_s_tables(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a column of counts, a header row's words, a model's entity across cells
        ("Mois\tEntretiens\tVAD\tDossiers FSL\nJanvier\t212\t38\t17\nFévrier\t198\t31\t22", "\t17"),
        ("Nom\tFonction\tSignature\nBERTIN Anne-Sophie\tAS\tprésente", "Fonction"),
        ("Chambre\tJeune\tPrésent\tObservations\n1\tRyan\toui\tRAS", "Présent"),
        (
            "Mon agenda :\nDate\tHeure\tFamille\tAdresse\nlun. 10/06\t9h30\tLEROUX\t3 rue Jules Ferry, 80100 Abbeville",
            "Adresse\nlun",
        ),
        # what all children call her, a feast
        ("Les enfants placés chez elle l'appellent tous « Tatie », sur les papiers c'est l'assfam.", "Tatie"),
        ("Noé, né le 25 décembre 2019 — « mon enfant de Noël », dit sa mère.", "Noël"),
    ],
)
def test_what_looks_like_batch_dn_s_tables_stays(text, kept):
    assert_kept(text, kept)


def test_a_screen_s_fields_one_per_line_are_masked_by_their_label():
    text = (
        "Écran, tel quel :\nIdentifiant      ANS-00218745\nNom              LE GOFF\nPrénom           Maëlle\n"
        "Née le           26/10/2001\nSituation        jeune majeure"
    )
    assert_hidden(text, "ANS-00218745", "LE GOFF", "Maëlle", "26/10/2001")
    assert_kept(text, "jeune majeure")


def test_a_field_s_value_is_no_table_header():
    text = "Identifiant   6723451T\nNom           MORVAN\nPrénom        Erwan\nConseiller    A. Daniélou\nDernier contact   il y a 7 mois"
    assert_hidden(text, "MORVAN", "Erwan", "Daniélou")
    assert_kept(text, "Conseiller", "Dernier contact")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a first name signing after the last sentence, though a village bears it too; an initial signing
        ("Je rappelle la maman demain au 06 45 90 27 18. Romain", ("Romain",)),
        ("ok pour la synthèse de mardi, je préviens l'école. à demain. Romain", ("Romain",)),
        ("je passe récupérer le dossier demain matin. Merci. L.", ("L.",)),
        ("Dossier de CSS envoyé à la CPAM ce matin.\nN.", ("N.",)),
        # colleagues speaking by their initials in a copied chat, or one answering with "je"
        ("FK: ya plus de bons alimentaires ?\nMT: si, dans l'armoire du bas\nFK: merci", ("FK", "MT")),
        ("Signalement reçu ce matin.\n--\nJP : je le prends, je vais voir la famille", ("JP",)),
        # a locality of the Antilles, where one lives
        ("Visite APA chez Mme Léonce, 82 ans, section Douville, Sainte-Anne.", ("section Douville",)),
        ("VAD chez Mme Jean-Baptiste à section Bellevue à Capesterre, ça va mieux.", ("section Bellevue",)),
        # a work's title said of someone is still someone's name elsewhere in the text
        ("Mon collègue Renaud adore la chanson de Renaud.", ("collègue Renaud",)),
    ],
)
def test_batch_dq_to_dt_s_signatures_speakers_and_localities(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a known town after the last sentence is a town
        ("On a manifesté devant la préfecture toute la journée. Nancy", "Nancy"),
        # initials that are a message's words, a union's or a service's section, a town after a hamlet
        ("OJ: budget 2025\nCR: envoyé aux élus\nPJ: tableau", "OJ"),
        ("OJ: budget 2025\nCR: envoyé aux élus\nPJ: tableau", "CR"),
        ("Objet : Fwd: Signalement de l'école\nBonjour,", "Fwd"),
        ("La section Roubaix de FO se réunit jeudi.", "Roubaix"),
        ("Je suis à la section Enfance depuis 2019.", "Enfance"),
        ("VAD chez Mme Jean-Baptiste à section Bellevue à Capesterre, ça va mieux.", "Capesterre"),
        # sentences of another language quoted, named before or not
        ('Elle m\'a dit en créole "mwen pa ka dòmi ankò", elle est épuisée.', "dòmi ankò"),
        ('Mme Lucina m\'a dit : "ou pa ka konprann, yo pran timoun an mwen".', "pran timoun"),
        # works, their authors, a type of person named after a film, clinical scores
        (
            "Elle m'a dit « c'est comme la chanson de Renaud, sauf que moi c'est pas Mistral gagnant ».",
            "Renaud",
        ),
        ("Son petit-fils, « c'est un vrai Tanguy, 34 ans et toujours à la maison ».", "Tanguy"),
        ("Tanguy, le film. Sauf que lui n'a pas le choix.", "Tanguy"),
        ("Binta, née le 19/01/2025, Apgar 9/10, Guthrie fait.", "Apgar 9/10, Guthrie"),
        ("Le coach a parlé du burn-out selon Freudenberger et de la roue de Deming.", "Freudenberger"),
        ("Bb Kenzo, né le 02/02/2025, pèse 4,1 kg.", "Bb "),
    ],
)
def test_what_looks_like_batches_dq_to_dt_s_people_stays(text, kept):
    assert_kept(text, kept)


def test_initials_without_their_dots_before_a_family_name():
    assert_hidden("Contacts : Fatou pour l'enfance, J-M Kowalczyk pour l'insertion.", "J-M Kowalczyk")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Veille de nuit\n00h40 : Kévin (ch. 12) sort fumer\n05h30 : Kévin rentre", "ch. 12"),
        (
            "Elle ne vient plus depuis que la PMI a déménagé avenue Jean Jaurès, 2 bus avec la poussette.",
            "avenue Jean Jaurès",
        ),
        ("Toujours pas de réponse pour la CSS. Elle accouche en août.", "août"),
        ("On fait les dossiers ANTS à la place de l'État.", "ANTS"),
        ("quand le juge met 7 mois à statuer, on leur dit quoi ?", "quoi"),
        ("[08:40] salle prise par la formation\n[08:41] bon ben cafète", "bon ben"),
        ("Formation Breizh Aidants à Quimper : intervenante super.", "Breizh"),
        ("Sit-in devant le conseil départemental, 2 lignes dans France-Antilles.", "France-Antilles"),
        ("le psy de l'équipe nous parle de Boszormenyi-Nagy et des loyautés invisibles.", "Boszormenyi-Nagy"),
        ("Domicile : Cité des Aviateurs, bât. F, porte 41, Orly.\nRevenus : RSA", "Orly"),
    ],
)
def test_what_looks_like_batches_dq_to_ds_s_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a generation, not a child: a range of births, or the children of a year
        (
            "Les vaccins obligatoires passent à 11 pour les enfants nés depuis le 1er janvier 2018.",
            "1er janvier 2018",
        ),
        ("Les bilans portent sur la moyenne section, donc cette année les enfants nés en 2021.", "2021"),
        # a service moving, a neighbourhood, an island, a town where one went, places named like people
        ("Le foyer a déménagé de la rue Pasteur à l'avenue Foch.", "rue Pasteur"),
        (
            "Au Havre, les quartiers de Caucriauville et du Mont-Gaillard n'ont plus de permanence CAF.",
            "Caucriauville",
        ),
        ("Entre Anjouan et Mayotte, les kwassas.", "Anjouan et Mayotte, les kwassas"),
        ("Florence, c'est là qu'on était partis avec les jeunes de l'ITEP.", "Florence"),
        ("La halte de nuit s'appelle Le Phare, l'accueil de jour L'Escale.", "Le Phare"),
        # a carnival's king, a poet's day, children with dys- disorders
        ("Le mercredi des Cendres on brûle Vaval.", "Vaval"),
        ("Le 10 juin c'est le jour de Camões, la fête du Portugal.", "Camões"),
        ("une salle de parents d'enfants dys dans les Ardennes", "dys"),
    ],
)
def test_what_looks_like_batches_dw_and_dx_s_details_stays(text, kept):
    assert_kept(text, kept)


def test_a_premature_birth_is_still_a_birth_and_a_person_is_not_a_place():
    assert_hidden("Léa est née avant terme le 3 mars 2015.", "3 mars 2015")
    assert_hidden("Florence, c'est elle qui a appelé hier.", "Florence")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a character standing for a kind of person, after an adjective or in "faire son …"; a motto, a rocket
        ("« Une petite Cosette qui fait tout à la maison » : c'était la phrase de l'AS.", "Cosette"),
        ("il dit lui-même qu'il fait « son Tanguy », comme dans le film.", "Tanguy"),
        ("Marianne sur le courrier, Liberté Égalité Fraternité en en-tête.", "Liberté Égalité Fraternité"),
        ("Kourou : Ariane 6 décolle, tout le monde lève les yeux.", "Ariane 6"),
    ],
)
def test_what_looks_like_batch_dw_s_characters_stays(text, kept):
    assert_kept(text, kept)


def test_a_first_name_after_a_possessive_is_someone_s():
    assert_hidden("Elle me parle de son Tanguy, il a 3 ans.", "Tanguy")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # no place counted is a house number; an article typed without its apostrophe; a département after
        # "l'"; a feast of the families followed
        (
            "astreinte du week-end : 3 appels, 1 mise a l abri, 0 place au foyer, 2 nuits d hotel",
            "0 place au foyer",
        ),
        ("mes collegues sont des anges mais on ne peut pas vivre de l amour du metier", "amour"),
        ("Collègues de l'Aude, pour la grève du 5 : rendez-vous devant la préfecture.", "Aude"),
        (
            "l asso polonaise du bassin minier organise un repas de Wigilia pour les personnes isolees",
            "Wigilia",
        ),
    ],
)
def test_what_looks_like_batches_dy_and_dz_s_details_stays(text, kept):
    assert_kept(text, kept)


def test_a_first_name_that_is_a_departement_is_someone_s_without_the_article():
    assert_hidden("Aude a appelé, elle vient de l'Isère.", "Aude")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a family named by its street; a department's social service by its town
        (
            "la famille Lauret du chemin Ravine Blanche a plus d'eau depuis 3 jours",
            ("chemin Ravine Blanche",),
        ),
        ("Réunion : présents Samia B., Fatou (SSD Montreuil) et moi.", ("Montreuil",)),
    ],
)
def test_batch_dt_and_dz_s_homes_and_sites(text, secrets):
    assert_hidden(text, *secrets)


def test_a_lesson_after_a_name_is_no_street():
    assert_kept("Kimberly du cours d'EPS est absente depuis lundi.", "cours d'EPS")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # words of another language said or glossed in quotes; feasts and towns of the families' countries
        ('elle dit "saha" a chaque phrase, ça veut dire merci', "saha"),
        ('Shimaore : "mwana" = enfant, "koko" = grand-mère.', "koko"),
        ('elle parle polonais avec sa sœur : "babcia" pour la grand-mère.', "babcia"),
        ('Il me dit "Ala ka nɔgɔya" : que Dieu facilite.', "Ala"),
        ('"Haja" (besoin) est le mot que j\'entends le plus.', "Haja"),
        (
            "le calendrier des fêtes (Aïd, Têt, Deepavali, Yom Kippour) affiché à l'accueil",
            "Deepavali, Yom Kippour",
        ),
        ("La famille est de Kayes, au Mali.", "Kayes"),
    ],
)
def test_what_looks_like_batch_ec_s_languages_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # someone named in quotes, and what someone is called
        ("Kevin m'a dit « Léa » quand je lui ai demandé qui l'avait frappé.", ("Léa",)),
        ("Mme Mbuyi (« Maman Nana » pour les voisins) ne comprend pas le courrier.", ("Nana",)),
        ("Mme Oumouri dite « Mama Zouhoura » ne vient plus.", ("Zouhoura",)),
        ("Au village on dit « s'Schmitte Lina » pour Mme Lina Schmitt.", ("Schmitte",)),
    ],
)
def test_names_in_quotes_stay_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a hospital's site, a département that a commune's name shares, a word ending a text with its full stop,
        # a song, a bonus, a town said short, a bay
        (
            "Service social du CHU de Martinique, site Pierre-Zobda-Quitman : 7 AS pour 1 100 lits.",
            "Pierre-Zobda-Quitman",
        ),
        ("PMI de La Réunion, 2024 : 24 communes, 14 000 naissances.", "La Réunion"),
        ("On apprend la création de 2 postes de chargés de com. Parfait.", "Parfait"),
        ("sur l'air de Bella ciao : « Ô travail social, ciao, ciao, ciao »", "ciao, ciao, ciao"),
        ("Prime Ségur : 183 € nets, versée aux éducs du public.", "Prime Ségur"),
        ("Au temps où Michelin faisait vivre Clermont, les AS d'usine suivaient les familles.", "Clermont"),
        ("Sortie à la plage de Sainte-Anne avec les jeunes du foyer.", "Sainte-Anne"),
    ],
)
def test_what_looks_like_batch_ea_s_details_stays(text, kept):
    assert_kept(text, kept)


def test_a_site_in_a_city_s_quarter_is_still_a_workplace():
    assert_hidden(
        "Sophie M.\nAS polyvalence, MDS Marseille Nord\n48 boulevard de la Padouane", "Marseille Nord"
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches DU and DV (held out last session), then EF to EI: a table's middle row, a birthday since a date,
        # children listed with their birth years, a scheme's short number and its acronym, a bare street where a
        # family lives in so many square metres, a building before its residence, a report or a file named by its
        # family, birth dates after names in lower case, a double family name after "les", a street near someone's
        # home
        (
            "Liste :\nAwa | 12/11/2012 | collège\nMoussa | 04/06/2015 | CE2\nHawa | 21/01/2020 | non scolarisée",
            ("Moussa", "04/06/2015"),
        ),
        ("Jordan, 18 ans depuis le 9 mars, sorti de l'ASE sans contrat jeune majeur.", ("9 mars",)),
        ("Composition : 1 adulte + 2 enfants (Exaucé, 2018 ; Merveille, 2021)", ("2018", "2021")),
        ("Enfant rattaché : Maksym, 2014\nValidité : 1 an", ("2014",)),
        (
            "la fratrie, j'ai mis : Enzo 2009 / Lola 2011 / Nolan 2016 (pas le même père).",
            ("2009", "2011", "2016"),
        ),
        ("Rapport AEMO (AEMO 23/0412) : rien ne se passe.", ("AEMO 23/0412",)),
        ("Ils sont cinq dans 18 m² rue Myrha, la petite dort dans la baignoire.", ("rue Myrha",)),
        (
            "le gardien du bâtiment C de la résidence Les Glycines m'a appelée",
            ("bâtiment C de la résidence",),
        ),
        ("dsl pr le retard, le rapport sow part ce soir", ("sow",)),
        ("rapport Benchikh ok pour moi, juste 2 trucs", ("Benchikh",)),
        ("Situation Sahraoui reportée, la référente étant en congé.", ("Sahraoui",)),
        ("leurs ddn : aminata 09/2011, ousmane 03/2014, khady 12/2018", ("09/2011", "03/2014", "12/2018")),
        ("ddn ok : 11 03 2006", ("11 03 2006",)),
        ("Anaïs dit que les Martin-Lacroix ont encore changé de num", ("Martin-Lacroix",)),
        (
            "seule chez M. Da Costa, tout au bout du chemin des Vignes à Lunel, sans réseau",
            ("chemin des Vignes",),
        ),
    ],
)
def test_what_batches_du_to_ei_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Une IP 12/2024 puis une autre en janvier.", "IP 12/2024"),
        ("Le dispositif a 10 ans depuis le 1er janvier.", "1er janvier"),
        ("Réunion (Karine, 2021) puis bilan.", "2021"),
        ("Un local de 40 m2 rue de la Gare pour la permanence.", "rue de la Gare"),
        ("La Cour des comptes a publié un rapport sévère sur la protection de l'enfance.", "sévère"),
        ("Le rapport Piveteau, puis le rapport El Khomri : tout était écrit.", "Piveteau"),
        ("Le rapport El Khomri de 2019 sur le grand âge.", "El Khomri"),
        ("RAPPORT DE FIN DE MESURE\nJeune : Dylan MERCIER", "DE FIN DE MESURE"),
        ("surendettement (dossier BDF en cours)", "BDF"),
        ("Dossier MaPrimeRénov' en attente", "MaPrimeRénov"),
        ("N° | Famille | Nb pers.\n1 | GUERFI | 5\n2 | PIETRZAK | 2", "1 | "),
        ("Famille | Enfants | DDN\nBENSAÏD | Yanis | 12/01/2016\nWAUQUIER | Enzo | 28/11/2020", "Famille"),
        ("Créanciers : bailleur social, Trésor public (amende).", "Trésor public"),
        ("Papa Noël, Mamie Nova, Oncle Ben's : l'atelier budget passe en revue les marques.", "Oncle Ben's"),
        ("NUR : 093062211847523", "NUR"),
        ("ordre du jour : les chiffres de juin. pfff", "pfff"),
        ("« Nou lé pa kapab ankor », disait la dame en partant.", "Nou"),
        ("il dort dans sa voiture sur le parking d'un Lidl aux Pennes-Mirabeau.", "Pennes-Mirabeau"),
        ("Le quartier de l'Alma, celui des Trois-Ponts : les trois sont classés QPV.", "Trois-Ponts"),
        (
            "Lourdes est accueillie chez Mme Brest depuis mars, à une heure de route de son école.",
            "route de son",
        ),
        (
            "Né le 1er janvier 2019, notre « pôle ressources » devait soutenir les équipes.",
            "1er janvier 2019",
        ),
        ("Besoins : douche.\nErgothérapeute présente : Léna Pautrat", "Ergothérapeute"),
    ],
)
def test_what_looks_like_batches_du_to_ei_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches EJ to EM: a farm, a chalet named like a residence, Corsican streets, where someone lives near "chez
        # vos parents"
        (
            "je monte demain pour la VAD chez vos parents, ferme des Chazeaux, vers 14h si la route est dégagée.",
            ("ferme des Chazeaux",),
        ),
        (
            "Il vit avec sa mère 4 strada di a Funtana, 20218 Ponte-Leccia et ne sort plus.",
            ("4 strada di a Funtana",),
        ),
        ("Accueil d'urgence : l'AF, Mme Bozon, chalet Les Gentianes, Valloire.", ("chalet Les Gentianes",)),
    ],
)
def test_what_batches_ej_to_em_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Son fils i rant pa lakaz depuis 3 nuits.", "lakaz"),
        ("Gramoun i di : « lé pa mon zafèr, lé zafèr le bondié ».", "zafèr"),
        ("A mamma refuse l'EHPAD, « ùn vogliu micca lascià a mo casa ».", "vogliu micca"),
        ("Bom dia madame,\nje vous écris de Porto.", "Bom dia"),
        ("Objet : demande de remise gracieuse", "gracieuse"),
        ("des agents de la direction enfance famille, afin de permettre des actions", "afin"),
        ("le père pêche sur le Maroni, la mère fait l'abattis.", "Maroni"),
        ("Postes vacants :\nHérault 44 ; Gard 27 ; Aude 13 ; Tarn 9", "Aude"),
        ("Marne 17, Ardennes 9, Aube 8, Haute-Marne 4.", "Aube"),
        ("Bonne nouvelle de Lorient : la section du Morbihan a obtenu le remplacement.", "Bonne nouvelle"),
        ("Objet : TR: situation B.\n\nBonjour à tous, pour info", "Bonjour"),
        ("jsuis devant chez mr oukili 12 bis rue jean moulin personne ne repond", "personne ne"),
        ("elle est chez une amie, jla rappelle a 18h.", "jla"),
        ("au greffe, article 1187 du Code de procédure civile.", "1187"),
        ("le séminaire au chalet du CE", "chalet du CE"),
    ],
)
def test_what_looks_like_batches_ej_to_em_details_stays(text, kept):
    assert_kept(text, kept)


def test_colleagues_counted_by_name_stay_masked():
    assert_hidden("présents : Paul 3, Aude 2, Marie 4", "Aude")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches EN to EQ: a name that is a verb once its accent is back, an initial after "la remplaçante de", the
        # street of a household's home, a nickname given with "on l'appelle"
        ("Arben, le père, travaille dans le BTP. Elira, 12 ans, fait ses devoirs sur le lit.", ("Elira",)),
        (
            "Pour info la remplaçante de F. arrive lundi. J'ai laissé les dossiers de F. sur le bureau.",
            ("F.",),
        ),
        ("je suis passée devant chez les nguyen rue du Moulin-Brûlé en rentrant", ("rue du Moulin-Brûlé",)),
        ("jvoulais temoigner pour mamadou (on l'appelle madou), le jeune", ("madou",)),
    ],
)
def test_what_batches_en_to_eq_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("je pars à Florence à la Toussaint, je vous ramène du parmesan", "Florence"),
        ("le dispositif jeunes majeurs est né le 1er janvier 2022 avec la loi Taquet", "1er janvier 2022"),
        ("on a reçu une lettre au père noel au foyer", "noel"),
        ("Fermeture entre Noel et le jour de l'an, joyeux Aid aux familles.", "Noel"),
        ("merhaba ! la famille turcophone de la VAD de lundi", "merhaba"),
        ("xin chào ! le flyer en vietnamien est prêt", "xin chào"),
        ("latcho dives, l'équipe mobile passe sur l'aire", "latcho dives"),
        ("M. Ziani, né en 1938, chibani, vit seul en foyer", "chibani"),
        ("j'ai vu madame chevalier virgule la mamie de lucas et nolan point elle dit", "point elle"),
        ("elle s'occupe seule de son fils polyhandicapé depuis trente ans", "polyhandicapé"),
        ("on fait un pot, max 10 € chacun", "max"),
        ("bailleur Logirep, réf. client 6004518273", "Logirep"),
    ],
)
def test_what_looks_like_batches_en_to_eq_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches EQ to EU: a household in lower case before what it does, a nickname before "stp" though a village
        # bears it, an initial signing after "bon courage", a household in capitals, a numéro unique
        ("les moreau vivent au lieu-dit La Font Basse dans une longère", ("moreau",)),
        ("jsuis a bout, jcrois que je vais pas y aller demain. dis rien a véro stp", ("véro",)),
        ("famille Mendy : AED en cours, voir avec l'educ\nbon courage !! L.", ("L.",)),
        ("Ménage HUBER-MEYER\nMonsieur Fabrice Huber", ("HUBER-MEYER",)),
        (
            "Numéro unique de demande de logement social de Mme Okafor : 0757524004516A21.",
            ("0757524004516A21",),
        ),
    ],
)
def test_what_batches_eq_to_eu_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("tous les quatre sont venus, les jumeaux ont grandi", "quatre"),
        ("les enfants sont là, les petits ont faim", "petits"),
        ("on va à Lens stp", "Lens"),
    ],
)
def test_what_looks_like_batches_eq_to_eu_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches EV to EY: where people live or sleep without a number, a family after "les gamins", a Filipino
        # particle, an initial after "Rédaction :"
        (
            "Au bidonville de la route de Saint-Leu, l'arrêté d'expulsion a été affiché.",
            ("route de Saint-Leu",),
        ),
        (
            "Mme Hoarau ne peut pas rentrer chemin des Anglais à Saint-Paul, la case a été abîmée.",
            ("chemin des Anglais",),
        ),
        ("Maraude : Mimi et Gégé toujours sous l'abri du parking rue de la Gare.", ("rue de la Gare",)),
        ("C'est la voisine du 3e qui nourrit les gamins Moreau le soir.", ("Moreau",)),
        ("Mme Maricel dela Cruz, employée de maison chez un diplomate", ("Maricel dela Cruz",)),
        ("6) Prochaine réunion le 9, salle 2\nRédaction : G.", ("G.",)),
    ],
)
def test_what_batches_ev_to_ey_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le logiciel Gaspard a remplacé Iodas au 1er juillet.", "Gaspard"),
        ("Le nouveau véhicule de service est une Renault Zoé : 300 km d'autonomie.", "Zoé"),
        ("Entre Albert, Péronne et Doullens, le car ne passe que deux fois par jour.", "Albert, Péronne"),
    ],
)
def test_what_looks_like_batches_ev_to_ey_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches FB to FG: the lived-in places of the countryside and overseas, a house's number and name before
        # its postcode, a home at a relative's, a bare birth year after a name, a name written again
        ("la famille Hoarau est redescendue de l'îlet à Calebasses hier soir", ("îlet à Calebasses",)),
        ("elle vit sur le motu Vaiorea de sa belle-famille à Taha'a", ("motu", "Vaiorea")),
        ("elle est plus au morne l'Étoile elle est chez sa fille", ("morne l'Étoile",)),
        ("Visite à l'écart Yalimapo-Pointe avec l'interprète.", ("écart", "Yalimapo-Pointe")),
        ("M. Vigier passe encore l'été au buron de Cabrousse avec ses vaches.", ("buron", "Cabrousse")),
        (
            "Habite habitation Beauséjour-d'en-Bas, Basse-Pointe, avec sa sœur.",
            ("habitation Beauséjour-d'en-Bas",),
        ),
        ("Le père nous dit vivre route de Bastelica dans une caravane.", ("route de Bastelica",)),
        (
            "les quatre enfants toujours chez l'oncle, chemin Ravine-Creuse. IP à envoyer.",
            ("chemin Ravine-Creuse",),
        ),
        (
            "Courrier pour Mme Claudel : 12 La Basse-des-Feignes, 88400 Gérardmer. Tél 03 29 63 18 72.",
            ("12 La Basse-des-Feignes, 88400 Gérardmer",),
        ),
        ("Mère : Jessica Vanhove, 1996\nAdresse : inconnue", ("1996",)),
        ("Man Lucie (Mme BELLEROSE Lucie, 1936) vit seule.", ("1936",)),
        ("04\tEL MANSOURI\tHassan\t1979\tConjoint", ("1979",)),
        (
            "REF\tNOM\tPRENOM\n01\tCHAOUI\tNadia\n02\tCHAOUI\tAdam",
            ("CHAOUI",),
        ),  # a language, and a family name
        ("[14:02] Vai : t'as vu la famille Chung ?\n[14:05] Teva : oui", ("Vai",)),
        (
            "Mme Kabeya veut qu'on écrive « Exaucé » avec l'accent : au logiciel on a saisi EXAUCE.",
            ("Exaucé", "EXAUCE"),
        ),
        ("M. Abdelkader Ould Mohamed : la CAF a collé son nom en « OULDMOHAMED ».", ("OULDMOHAMED",)),
        ("Dossier retraite : Mme Larrieu ép. Saint-Martin, née à Bordeaux.", ("Saint-Martin",)),
        ("Situation RIVIÈRE : les quatre enfants toujours chez l'oncle.", ("RIVIÈRE",)),
        ("cc tu as le mail de l'educ du ptit louis ?", ("louis",)),
        (
            "nouvelle adresse de bouchra : 12r gambetta 2eme etage 59100 roubaix",
            ("12r gambetta", "59100 roubaix"),
        ),
        ("ddn de la gamine? \n> 14.08.2017 je crois, Shaïna avec un tréma", ("14.08.2017",)),
        ("Rose la fille de mr Lenoir passe récupérer les papiers a 15h", ("Rose",)),
        ("Avril et sa mère Constance Leblanc reçues le 4 mai : Avril ne va plus au collège.", ("Avril",)),
    ],
)
def test_what_batches_fb_to_fg_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("elle parle shingazidja et un peu de français point fin de dictée", "shingazidja"),
        ("la tante s'appelle Kadiatou je crois, elle parle soninké", "soninké"),
        (
            "Elle dit « nazali na mbongo te, bana bazali na nzala » : je n'ai pas d'argent.",
            "bana bazali na nzala",
        ),
        ("Le père « akendeki na Kinshasa », il est parti à Kinshasa.", "akendeki"),
        ("Ia ora na,\nje vous transmets la situation.\nMāuruuru,", "Ia ora na"),
        ("Mme Kapanadze, demandeuse d'asile en procédure Dublin, enfant dialysé.", "Dublin"),
        ("La tempête Alex a coupé la vallée. Après le cyclone Belal en 2024, rien.", "Alex"),
        ("Réunion avec M. Martin, 2021, puis rien.", "2021"),
        ("Planning accueil – semaine 22\nLun : Stéphanie\nMer : fermé\nVen : Mourad", "Lun : "),
        ("Planning accueil – semaine 22\nLun : Stéphanie\nMer : fermé\nVen : Mourad", "Ven : "),
        ("SITUATION FAMILIALE : stable. Dossier PETIT ENFANCE à revoir.", "FAMILIALE"),
        ("SITUATION FAMILIALE : stable. Dossier PETIT ENFANCE à revoir.", "PETIT ENFANCE"),
        ("lolo je tenvoie le numero de la CRIP pr l IP, jrappelle demain", "tenvoie"),
        ("lolo je tenvoie le numero de la CRIP pr l IP, jrappelle demain", "jrappelle"),
        ("mwen ka rété lotissement Bellevue, rapélé mwen souplé", "souplé"),
        (
            "12/05/2025, 09:20 - Lætitia : vous pouvez me redonner sa date de naissance ?\n12/05/2025, 09:23 - Mme : oui",
            "12/05/2025, 09:23",
        ),
    ],
)
def test_what_looks_like_batches_fb_to_fg_details_stays(text, kept):
    assert_kept(text, kept)


# Batches FH and FI (2026-12-06, twelfth session): look-alike texts only, written by people who read only the
# evaluation README; what the engine masked in them, as classes.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Après Xynthia et Klaus, la tempête a encore coupé le courant.", "Klaus"),
        ("Irma, Maria, Fiona : les anciennes datent leur carrière par les ouragans.", "Maria"),
        ("apres Garance on a eu 5 jours sans reseau dans les Hauts.", "Garance"),
        ("Tempête Ciaran : deux jours de fermeture, les visites reportées.", "Ciaran"),
        ("Jeu de rôle : Mme Untel, 2 enfants, dette de loyer.", "Untel"),
        ("qqn a la Zoé demain ? non elle est au garage, prends la Clio", "Zoé"),
        ("code couleur du planning : bleu marine = RSA, vert = PMI", "marine"),
        ("Rose, c'est la couleur des chemises des IP, et le vert celle de l'AEMO.", "Rose"),
        ("On nous a passés sur Athéna (le nouveau logiciel) en mars.", "Athéna"),
        ("Export GENESIS 12/03 | CODE_SERVICE : ASE-02", "GENESIS"),
        ("Depuis deux ans on joue les Cassandre en réunion de service.", "Cassandre"),
        ("Je ne suis pas Madame Irma, je ne sais pas combien il y aura de signalements.", "Irma"),
        ("Les stagiaires confondent le code civil et le code Napoléon.", "Napoléon"),
        ("On déshabille Pierre pour habiller Paul entre la PMI et l'ASE.", "Paul"),
        ("Mamie, Papi, Tonton, Tatie : dans les écrits on met la grand-mère.", "Tatie"),
        ("Demi-frère, quasi-sœur, beau-père : le génogramme déborde.", "quasi-sœur"),
        ("Prime Ségur, mesures Laforcade : trois noms pour 183 euros.", "Laforcade"),
        ("RASSEMBLEMENT JEUDI À 12H, PLACE JEAN JAURÈS, DEVANT LA PRÉFECTURE", "JEAN JAURÈS"),
        ("Une AS pour toute la Margeride, une autre pour la Cerdagne.", "Margeride"),
        ("Historique : RMI en 1988, RSA le 1er juin 2009, puis la réforme.", "1er juin 2009"),
        ("Le 101e département est né le 31 mars 2011.", "31 mars 2011"),
        ("La caravane PMI se gare place du Marché le mardi matin.", "place du Marché"),
        ("AS au rez-de-chaussée bureaux 0.14 à 0.19, CESF à l'étage.", "chaussée"),
    ],
)
def test_what_looks_like_batches_fh_fi_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Depuis le cyclone, elle vit avec Hugo, son compagnon, chez sa mère.", ("Hugo",)),
        ("Tchoupi (le petit frère de Samy) n'est pas rentré depuis samedi.", ("Tchoupi",)),
        ("la CSS de Mme Ferreira, la plateforme m'a fait répéter son numéro", ("Ferreira",)),
        ("Mme Tata, la voisine, a gardé les enfants.", ("Tata",)),
        ("le jeune lenoir (oui comme la couleur) dort chez sa copine prune depuis lundi", ("prune",)),
        ("elle dort sous l'abri de bus avenue Salvador Allende à Saint-Denis", ("avenue Salvador Allende",)),
        ("Léa MARTIN le 12/03/2009 au foyer", ("12/03/2009",)),
    ],
)
def test_what_batches_fh_fi_must_still_mask(text, secrets):
    assert_hidden(text, *secrets)


# Batch FL (2026-12-06, twelfth session): look-alikes of numbers, dates, codes and public addresses.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La CIDE a été adoptée le 20 novembre 1989, on fête ça chaque année.", "20 novembre 1989"),
        ("Naissance du service d'accueil familial : 1er avril 1991.", "1er avril 1991"),
        ("La cellule de recueil est née le 1er janvier 2008, après la loi.", "1er janvier 2008"),
        ("Tickets numérotés de 004501 à 004600 pour ce trimestre.", "004501"),
        ("voir l'instruction, ref DGCS/SD2B/2025/88 je crois", "DGCS/SD2B/2025/88"),
        ("Montant TTC : 213,60 €\nN° d'engagement : 2025-00078412", "2025-00078412"),
        ("la commission siège dans le bâtiment de la préfecture, porte C, 3e étage", "porte C"),
        ("le foyer Don Bosco a 22 places, le centre maternel Louise-de-Marillac 9.", "Louise-de-Marillac"),
        ("le foyer Don Bosco a 22 places, le centre maternel Louise-de-Marillac 9.", "Don Bosco"),
    ],
)
def test_what_looks_like_batch_fl_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Mme Diallo, adoptée le 3 mars 2001 selon elle, née le 12 mai 1980.", ("12 mai 1980",)),
        ("dossier CAF n° 2025-1187533 pour Mme Roux", ("2025-1187533",)),
        ("elle habite bâtiment C, 12 rue des Lilas, 59000 Lille", ("12 rue des Lilas, 59000 Lille",)),
    ],
)
def test_what_batch_fl_must_still_mask(text, secrets):
    assert_hidden(text, *secrets)


# Batches FM and FN (2026-12-06, twelfth session): older people and disability; chats and handover notes.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Mme Abadie (ép. Lartigue), 24.06.1939, demeurant à Tarbes.", ("Lartigue",)),
        ('Noa (MNA) se dit né "en 2009" à Conakry.', ("2009",)),
        ("Je suis AS à la plateforme autonomie de Saint-Amand-Montrond.", ("Saint-Amand-Montrond",)),
    ],
)
def test_what_batches_fm_fn_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Orientée par Pascale du PLIE pour le permis.", "PLIE"),
        ('"mdm c lou-ann jpeu pa venir demain jsui malad"', "jpeu"),
        ("il habite le 3 rue des tanneurs aussi, sonnette cassée", "aussi"),
        ("INDIV 00918374 | NOM LEROY | PRENOM Bastien | DN 1987-01-14", "PRENOM"),
        ("c'est pour mr lemaitre la douche à l'italienne", "la douche"),
        ("né le 3.9.41, traitement Kardegic, allergie pénicilline", "Kardegic"),
        ("Le dossier MaPrimeAdapt' de M. et Mme Charpentier est bloqué.", "MaPrimeAdapt'"),
        ("Déplacement à Florence en mai pour le colloque ? refusé.", "Florence"),
        ("- loyer Armor Habitat, IBAN du bailleur", "Armor"),
        ("Le service a été repris en 2024 ; né en 1982, il avait 40 ans d'histoire.", "1982"),
    ],
)
def test_what_looks_like_batches_fm_fn_details_stays(text, kept):
    assert_kept(text, kept)


# Batches FO and FP (2026-12-06, twelfth session): justice and migrants; look-alikes built on people-like words.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            'Pour la plateforme : "U comme Ursule, D comme Désiré, A comme Anatole, F comme François".',
            "Désiré",
        ),
        ("La route entre Le François et Le Robert était coupée hier.", "Robert"),
        ("La direction veut qu'on teste Albert, l'IA de l'État, pour nos synthèses.", "Albert"),
        ("Le monsieur a une enceinte Alexa, il lui demande la météo.", "Alexa"),
        ("quelqu'un a renommé l'imprimante du 2e \"Bernadette\". bernadette est en bourrage", "bernadette"),
        ("Loi Auroux, CHSCT, puis les ordonnances qui ont tout fusionné.", "Auroux"),
        ("Formation Humanitude pour les aides à domicile, et un peu de Makaton au SESSAD.", "Humanitude"),
        ("Crohn, Basedow, Hashimoto : trois maladies qui portent des noms de médecins.", "Hashimoto"),
        ("Le médecin coordonnateur est un vrai Dr Knock.", "Knock"),
        ("On appelle le service RH « Fort Knox » depuis la réorganisation.", "Knox"),
        ("Travail de Pénélope : je refais le dossier chaque mois.", "Pénélope"),
        ("Alternatives : Krys, Optic 2000\nMontant sollicité : 180 €", "Krys"),
        ("En formation on a relu René Lenoir et ses « Exclus » de 1974.", "Lenoir"),
    ],
)
def test_what_looks_like_batches_fo_fp_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Le Robert de la compta a appelé Mme Kaba.", ("Kaba",)),
        ("U. Martin a appelé, puis Désiré, son fils, est passé.", ("Désiré",)),
        ("Rapport Benchikh ok, transmis au juge.", ("Benchikh",)),
        ("CAF 1458720 et 1458721 pour les deux dossiers.", ("1458721",)),
        ("le petit Albert, 4 ans, reste chez sa grand-mère.", ("Albert",)),
    ],
)
def test_what_batches_fo_fp_must_still_mask(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Je suis entrée dans le métier en 1994. Mon premier foyer, lui, est né en 1968.", "1968"),
    ],
)
def test_what_looks_like_batch_fo_thing_born_stays(text, kept):
    assert_kept(text, kept)


def test_a_son_born_is_still_masked_after_a_possessive():
    assert_hidden("Mon fils, lui, est né en 2008.", "2008")


# The held-out pair FJ and FK, once scored (thirteenth session): what they left readable.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Mme Lemoine (Charpentier de naissance), 11/09/1932, vit seule.", ("Charpentier",)),
        ("les grands m'ont dit que Pépito dormait chez tata Zohra.", ("Pépito",)),
        ("le petit frère, celui qu'ils appellent Pépito, traîne en bas.", ("Pépito",)),
        (
            "Mr et Mme Poulain, La Bergerie, lieu-dit Les Combes, 23200 Saint-Pardoux-le-Neuf : pas de bus.",
            ("La Bergerie", "Les Combes", "23200"),
        ),
        ("Mme Poirier habite La Basse Cour, 53410 Port-Brillet.", ("La Basse Cour", "53410")),
        ("VAD chez Mme Anli au village de Kawéni, case 27, 9 personnes.", ("Kawéni", "case 27")),
        ("JM dit que la petite S. a encore des bleus.", ("JM",)),
        ("Anne-Sophie du Plessis d'Argentré, bénévole, m'appelle.", ("Plessis", "Argentré")),
        ("Linh est née un 4 mai, ils m'ont invitée pour ses 10 ans.", ("4 mai",)),
        ("Elle a 26 ans, DDN 03-1999, et a perdu son CDD.", ("03-1999",)),
        ("chez un compatriote qu'il appelle « Grand Ibou ».", ("Grand Ibou",)),
    ],
)
def test_what_batches_fj_fk_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("le fils n'est pas allé au collège depuis la Toussaint, la mère travaille de nuit.", "Toussaint"),
        ("Goûter : un paquet de Pépito et du jus.", "Pépito"),
        ("Tout le monde est né un 1er janvier, et le logiciel trie par âge.", "1er janvier"),
        ("RH dit que le poste est gelé.", "RH"),
        ("il dit que non. on dit que c'est fini.", "on"),
    ],
)
def test_what_looks_like_batches_fj_fk_details_stays(text, kept):
    assert_kept(text, kept)


def test_a_man_named_toussaint_is_still_masked():
    assert_hidden("M. Toussaint, la mère et moi.", "Toussaint")


# Batches FQ (rural addresses), FR (look-alikes only) and FS (names in every writing), thirteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("la famille a quitté l'aire de Bellevue, place 4 en mars", ("Bellevue", "place 4")),
        ("Jojo (aire de la Plaine, emplacement 12) a un nouveau portable.", ("Plaine", "emplacement 12")),
        ("elle est tjrs au mobil home camping les 3 lacs emplacement 40", ("3 lacs", "emplacement 40")),
        ('sms : "on a trouvé un logement !! 3 impasse du Lavoir 63490" elle emménage', ("Lavoir", "63490")),
        ("adresse postale : lieu dit le mas bas, 46160 pas de nom de commune", ("mas bas", "46160")),
        ("Mme Bérard vit seule à la maison Les Genêts, à 3 km du bourg.", ("Les Genêts",)),
        (
            "une chambre chez l'habitant, maison Les Sorbiers, 1er étage, 05350 Molines-en-Queyras.",
            ("Les Sorbiers",),
        ),
        ("M. Pires et sa femme Fátima, nés tous deux en 1948, vivent là depuis 1971.", ("1948",)),
        ("ddn de la petite : 03/2019 d'après la mère, pas d'acte", ("03/2019",)),
        ("Mme Ndiaye : dossier ancien, DDN notée « 06/62 » seulement.", ("06/62",)),
        ("rdv à confirmer avec JM qui a l'agenda de la salle", ("JM",)),
        ("Rose, Blanche et Violette, ce sont les trois filles de Mme Rey.", ("Rose", "Blanche", "Violette")),
        ("Elle dort chez Boulanger, son ex, depuis lundi.", ("Boulanger",)),
        ("Maraude du 28 : Rambo toujours sous l'arcade du 5 place du Marché.", ("Rambo",)),
    ],
)
def test_what_batches_fq_fs_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mme Bérard vit seule, au bout d'un chemin de terre, à 3 km du bourg.", "chemin de terre"),
        ("Rose, Blanche et Violette, ce sont les trois vaches qu'on voit en arrivant au col.", "Violette"),
        ("Il dort avec un maillot floqué Payet, et veut devenir footballeur.", "Payet"),
        ("le plus grand en t-shirt Rambo. Logement propre, frigo vide.", "Rambo"),
        ("Le trois-mâts Belem embarque six jeunes en séjour de rupture cet été.", "Belem"),
        ("Sortie à Rochefort pour visiter l'Hermione : 8 jeunes, 2 éducs.", "Hermione"),
        ("Dons de la semaine : un frigo acheté chez Boulanger, deux lits.", "Boulanger"),
        ("Les jeunes parlent tous de l'Ocean Viking, plusieurs sont arrivés comme ça.", "Ocean Viking"),
        ("On ne confie pas les situations lourdes au premier Pierre, Paul ou Jacques venu.", "Jacques"),
        ("Saint-Nicolas au foyer : manalas offerts, et pas de Hans Trapp, tant mieux.", "Hans Trapp"),
        ("le gamin veut que des Nike TN, la mère a pris un crédit pour ça.", "TN"),
        (
            "Les chambres portent des noms de fleurs depuis la rénovation : Rose, Lilas, Iris. La chambre Iris est froide.",
            "Iris",
        ),
        ("L'aire de jeux, place 4 du classement.", "place 4"),
        ("La Maison Les Lilas (EHPAD) recrute.", "Les Lilas"),
        ("Tout le monde aime les Pépito, un paquet de Pépito par enfant.", "Pépito"),
    ],
)
def test_what_looks_like_batches_fq_fs_details_stays(text, kept):
    assert_kept(text, kept)


# Batches FV (homes outside streets), FW (look-alikes only) and FX (dictation), thirteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "M. Plouzennec vit seul sur la péniche L'Albatros, amarrée quai de la Fosse, ponton 3.",
            ("Albatros", "ponton 3"),
        ),
        ("vit avec ses enfants dans un banga à Kawéni, impasse des Manguiers, sans titre", ("Manguiers",)),
        (
            "vit seul dans la maison familiale, La Ronceraie, route de Pouzauges ; il ne chauffe",
            ("Ronceraie", "Pouzauges"),
        ),
        ("qqn connait la famille Gorgan ? aire du chemin vert empl 6", ("chemin vert", "empl 6")),
        (
            "la famille stationne sur le terrain familial des Rochettes, lot 3 depuis mars.",
            ("Rochettes", "lot 3"),
        ),
        ("chez madame Roussel 27 rue du Moulin, fond de cour, 80100 Abbeville", ("fond de cour", "80100")),
        ("madame schmitt née weber soixante-dix-huit ans vit seule", ("weber",)),
        (
            "lucas et maëlys nés respectivement le deux mars deux mille seize et le trente et un décembre deux mille dix-huit",
            ("deux mars", "trente et un décembre"),
        ),
        ("la jeune fille keziah née le vingt-huit du trois deux mille huit", ("vingt-huit du trois",)),
        (
            "je répète kevin point lambert cinquante-neuf arobase gmail point com fin",
            ("cinquante-neuf", "gmail"),
        ),
        ("hébergement chez un tiers numéro neuf impasse des moulins à saint-omer", ("numéro neuf",)),
        ("il y a trois Exantus dans la maison et personne ne sait qui reçoit quoi", ("Exantus",)),
        ("Son neveu Ti-Jean passe le samedi.", ("Ti-Jean",)),
        ("22h10 Kenza refuse de se coucher, échange avec jul ok", ("jul",)),
    ],
)
def test_what_batches_fv_fx_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("le petit a appelé son poisson rouge griezmann, la mère rit", "griezmann"),
        ("l'égérie était une Salers appelée Oreillette ; le groupe l'a vue à la télé", "Oreillette"),
        ("les veaux sont nés, la classe a voté les noms : Caramel, Tempête et Galette.", "Caramel"),
        ("au retour ils ont chanté du Soprano et du Vianney tout le trajet", "Vianney"),
        ("Quand le Marion Dufresne est à quai, tout le monde va le voir.", "Marion Dufresne"),
        ("Les consultations passent par Halifax ou par visio avec Paris.", "Halifax"),
        ("la mère dit quil faut pas lui parler de foot avant l'école", "quil"),
        ("Spectacle : quatre Elsa, deux Olaf et un seul Kristoff.", "Kristoff"),
        ("Elle est née prématurée, née sourde, et née française.", "sourde"),
        ("Il habite 12 rue des Lilas, au fond de la cour.", "au fond de la cour"),
    ],
)
def test_what_looks_like_batches_fv_fx_details_stays(text, kept):
    assert_kept(text, kept)


# Batches FY (numbers) and FZ (union writing, look-alikes only), thirteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("oncle au Maroc +212 6 61 23 45 78, cousin à Istanbul 0090 532 418 77 63.", ("0090 532 418 77 63",)),
        ('Mail du greffe : "Affaire KALONJI c/ MBUYI, renvoi au 12 décembre."', ("KALONJI", "MBUYI")),
        ("Dossier Martin c/ CAF du Nord.", ("Martin",)),
        ("moi je demande à Bernadette de FO\nMarco : ok moi je vois avec Rémi", ("Marco", "Bernadette")),
        ("la cadre de Lois a appelé", ("Lois",)),
    ],
)
def test_what_batches_fy_fz_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Recrute 20 assistants sociaux, catégorie A. Poste ouvert aux titulaires.", "Poste"),
        ("la mobilisation a réuni 8 000 professionnels entre Montparnasse et le ministère.", "Montparnasse"),
        ("« Ni Ségur au rabais, ni Laforcade à moitié ! » scandait le cortège.", "Laforcade"),
        ("La CCN 51 est née en 1951, la FEHAP l'a dénoncée en 2011.", "1951"),
        ("les fonctionnaires exercent le droit de grève dans le cadre des lois qui le réglementent", "lois"),
        ("les logos : SUD Santé Sociaux, CFDT Santé-Sociaux, UNSA Santé Sociaux.", "Santé-Sociaux"),
        ("Le Conseil d'État, par l'arrêt Dehaene du 7 juillet 1950, a reconnu le droit de grève.", "Dehaene"),
        ("Budget 0012 345 678 euros", "0012 345 678"),
    ],
)
def test_what_looks_like_batches_fy_fz_details_stays(text, kept):
    assert_kept(text, kept)


# Batch FX again: a compound first name typed in lower case is no dictionary word ("pierre" is one).
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("vu jean-pierre dupont au foyer", ("jean-pierre", "dupont")),
        ("jean-pierre le goff dit jp au foyer, né en 1962", ("jean-pierre", "le goff")),
        ("cc steph mais marie-line est en arrêt jusqu'au 20", ("marie-line",)),
    ],
)
def test_a_compound_first_name_in_lower_case_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_marie_jeanne_smoked_stays():
    assert_kept("elle fume de la marie-jeanne tous les soirs", "marie-jeanne")


# Batches GA (child protection), GB (look-alikes of health and overseas) and GC (older people), thirteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Plainte déposée au commissariat, procès-verbal 2025/004518.", ("2025/004518",)),
        ("Quand j'ai parlé de l'arrêt maladie de Pauline, non remplacée depuis septembre", ("Pauline",)),
        ("Le bébé de Mme Roux est né en janvier, dont elle parle peu.", ("janvier",)),
    ],
)
def test_what_batches_ga_gc_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Questionnaire de Conners rempli par l'enseignante et par la mère.", "Conners"),
        ("Échelle de Hoehn et Yahr : stade 4", "Yahr"),
        ("Le petit a une myopathie de Duchenne et marche de moins en moins.", "Duchenne"),
        ("Syndrome de Capgras : la patiente croit que son mari a été remplacé.", "Capgras"),
        ("La pouponnière travaille selon l'approche Pikler-Lóczy : motricité libre.", "Pikler-Lóczy"),
        ("Le CHOG Franck-Joly reçoit des patients qui arrivent en pirogue.", "Franck-Joly"),
        ("La Fondation Père Favron gère une grande partie des établissements du sud.", "Favron"),
        ("Liste de courses : Fortimel, biscottes, Blédine pour les textures mixées.", "Blédine"),
        ("un patient voulait du Kassav', un autre du Danyel Waro.", "Danyel Waro"),
        (
            "l'animatrice fait deviner des prénoms de fleurs : Rose, Violette, Capucine, Marguerite ; on rit.",
            "Capucine",
        ),
        ("la consultation a vu 23 nourrissons, dont 4 nés en janvier.", "janvier"),
        ("le 3114 est le numéro national, joignable 24h/24 depuis les DOM aussi.", "24h/24"),
        ("Le fils appelle depuis Gand sur son portable français.", "Gand"),
    ],
)
def test_what_looks_like_batches_ga_gc_details_stays(text, kept):
    assert_kept(text, kept)


# Batches GD (look-alikes of housing and migrants' services) and GF (insertion, asylum), thirteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Jean-Baptiste Mabiala (dit « JB »), ancien chauffeur à Brazzaville", ("JB",)),
        ("Âge déclaré : 17 ans. Date de naissance déclarée : 2007 (l'année de la sécheresse).", ("2007",)),
        ("Ahmed Said Ali, né vers 1983-1984, Soudan (Darfour).", ("1983-1984",)),
        ("Parfait, notre collègue éduc, a été convoqué par la direction.", ("Parfait",)),
    ],
)
def test_what_batches_gd_gf_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Procédure Dublin : le règlement (UE) n° 604/2013 prévoit un délai de six mois.", "604/2013"),
        ("L'appel de l'abbé Pierre du 1er février 1954 est encore cité à chaque vague de froid.", "1954"),
        ("Parfait, la CAF a enfin versé le rappel d'APL : 1 140 €.", "Parfait"),
        ("la garantie Visale couvre les moins de 30 ans ; l'avance Loca-Pass finance le dépôt.", "Visale"),
        ("Les familles roms sont originaires des environs de Craiova et de Timișoara.", "Timișoara"),
        ("Ils viennent de Kinshasa et de Matadi.", "Matadi"),
    ],
)
def test_what_looks_like_batches_gd_gf_details_stays(text, kept):
    assert_kept(text, kept)


# Batch GE (housing and homelessness), thirteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Maraude : retrouvé Gérard Le Floch, dit Bigoudi, sous le porche, refuse le 115.", ("Bigoudi",)),
        (
            "Mme Soilihi, 3 enfants. Adresse de domiciliation : CCAS, 2 rue Sainte, 13001 Marseille.",
            ("rue Sainte",),
        ),
    ],
)
def test_what_batch_ge_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_disease_after_a_relative_stays():
    assert_kept("Sylvie, 62 ans, aide son père (Parkinson) et sa mère (démence).", "Parkinson")


# A thing's or a pet's word at the end of a line names nothing on the next one (Python's "$" matched before a
# newline: "Bernadette de FO\nMarco :" had left Marco visible).
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Le goûter : un paquet de\nPépito dort chez sa tante.", ("Pépito",)),
        ("On a adopté un chien\nRex et Lina sont passés ce matin.", ("Lina",)),
        ("Réunion avec la CGT\nMarco : ok pour jeudi", ("Marco",)),
    ],
)
def test_a_word_at_a_line_s_end_does_not_name_the_next_line(text, secrets):
    assert_hidden(text, *secrets)


# Batches GG (disability), GI (PMI), GJ (justice), GL (colleagues' chats), fourteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Moniteur d'atelier à l'ESAT de Fougerolles (espaces verts) : plus de jambières.", ("Fougerolles",)),
        ("Accueil de l'antenne MDPH de Lannion : on est deux pour tout le Trégor.", ("Lannion",)),
        (
            "La famille Reinhart stationne sur l'aire d'accueil du chemin de la Gravière depuis septembre.",
            ("chemin de la Gravière",),
        ),
        ("il dort chez sa copine rue joliot curie, le juge le sait pas", ("rue joliot curie",)),
        (
            "CR synthèse\nPrésents : Dumont (chef de service), Lemoine, Rocher (éducs), Bertin (IDE)",
            ("Rocher", "Lemoine"),
        ),
        ("Présents : C. Morel (puéricultrice), A. (SF), Jessica (secrétariat).", ("A.",)),
        ("présents : Aurélie, Bastien, J-P\n- situation Ba : on attend le JE", ("J-P",)),
        ("L'éduc spé S. a démissionné la semaine dernière.", ("S.",)),
        ("ppsmj lamine d. ddn 12/3/03 convoqué 2 fois pas venu", ("lamine d.",)),
        ("Elle est repartie avec Stevenson et Naïka avant la fin de l'audience.", ("Stevenson",)),
        ("Dans le logiciel la fiche de Ilyana est sous HRS0091547.", ("HRS0091547",)),
        ("vocal : j'ai vu le papa Mbappé, il dit que sa femme est partie", ("Mbappé",)),
        ("tu as oublié de m'envoyer le rapport Koné, c'est pour demain 9h", ("Koné",)),
        ("le rapport Traoré est parti chez le juge hier", ("Traoré",)),
    ],
)
def test_what_batches_gg_gl_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("L'ESAT a été créé le 3 mars 1978 par des parents. Il est né d'une colère.", "3 mars 1978"),
        ("L'ordonnance de 1945 est née un 2 février, le code n'a pas eu de fête.", "2 février"),
        ("La Sécu est née en 1945 et Ambroise Croizat se retourne dans sa tombe.", "1945"),
        ("L'APA a été créée par la loi du 20 juillet 2001 et remplaçait la PSD née en 1997.", "1997"),
        ("la branche veut la fondre avec la CCN 51 du 31 octobre 1951.", "31 octobre 1951"),
        (
            '"Un chez-soi d\'abord" est né le 1er janvier 2017 par le décret du 28 décembre 2016.',
            "1er janvier 2017",
        ),
        ("selon le rapport Nicol de 2015, un logement sur dix est indigne.", "Nicol"),
        ("Le rapport Piveteau voulait « zéro sans solution ».", "Piveteau"),
        ("hello mathilde, tu peux envoyer le rapport à la juge ?", "hello"),
        ("voilà bon courage lulu 😘", "courage"),
        ("Maternité de Mamoudzou : Mme Soilihi, 3e grossesse à 19 ans.", "Maternité de Mamoudzou"),
        ("Notre crèche s'appelle Les Petits Loups, celle d'à côté Pirouette.", "Les Petits"),
        ("Dans GAME, la fiche indique encore l'adresse du père.", "GAME"),
        ("Ma mère a connu Lothar et Martin en 99, moi Ciaran en 2023 : on compte les tempêtes.", "Ciaran"),
        ("Ma mère a connu Lothar et Martin en 99 : on compte les tempêtes ici.", "Martin"),
        ("t'as vu la meteo ? Floriane arrive demain sur la Manche, rafales a 120.", "Floriane"),
        ("La Zoé du service est encore en panne, batterie à plat.", "Zoé"),
        ('On a fini l\'atelier mémoire sur "Mistral gagnant" de Renaud, tout le monde chantait.', "Renaud"),
        ("On a lu Aimé Césaire et « Rue Case-Nègres » de Joseph Zobel.", "Joseph Zobel"),
        ("Karaoké : Dalida, Oum Kalthoum, Khaled, Édith Piaf. Une dame chante.", "Khaled"),
        ("les jeunes veulent faire du Aya Nakamura, du Jul et du Ninho ce soir", "Jul"),
    ],
)
def test_what_looks_like_batches_gg_gl_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Kevin, Mbappé et Zidane : il a leurs posters.",
            ("Kevin",),
        ),  # a frequent first name beside two idols
        (
            "J'ai relu le \"Projet pour l'enfant\" de Lucas hier soir.",
            ("Lucas",),
        ),  # a child's file, not a work
        ("Martin arrive demain, il a pris la voiture du service.", ("Martin",)),  # no storm talk
        ("Absents : Néant\nPrésents : Lemoine (AS)", ("Lemoine",)),
        ("Pour info, la nouvelle cheffe de pôle s'appelle Gwenaëlle Le Goff.", ("Gwenaëlle Le Goff",)),
        (
            "Bonjour madame Tessier, c'est le service placement familial, on vous confie Lyna.",
            ("Tessier", "Lyna"),
        ),
    ],
)
def test_guards_of_batches_gg_gl_stay_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Repas au foyer-logement : potjevleesch, frites, maroilles, et une chanson pour finir.",
            "potjevleesch",
        ),
        ("Repas partagé : couscous, bouillabaisse, pierogi, pastels, börek. Et une forêt-noire.", "börek"),
        ("Une dame malgache nous a cuisiné un romazava et du ravitoto.", "romazava"),
    ],
)
def test_a_dish_listed_with_dishes_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("à rendre pour lundi dernier délai !! merci Dom 😅", ("Dom",)),  # a signature, then an emoji
        (
            "karine tu peux regarder le dossier des faure ? la mere dit qu'elle a envoyé les justificatifs",
            ("faure",),
        ),
        ("bjr mme mercier, suite a notre echange voici mon adresse", ("mercier",)),
    ],
)
def test_a_name_beside_words_or_emoji_is_still_masked(text, secrets):
    assert_hidden(text, *secrets)


# Batches GO (older people in the countryside) and GR (union sections), fourteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("- M. Bouvier (Les Granges Basses) : refuse la douche, vu avec sa nièce", ("Les Granges Basses",)),
        ("Situations présentées : Mme L. (Les Escures), M. et Mme Frayssinet.", ("Les Escures",)),
        (
            "M. Rieutort, 88 ans, ferme du Bois Noir, aurait été « aidé » pour vendre ses bêtes.",
            ("ferme du Bois Noir",),
        ),
        ("M. HERVÉ Gilbert, 93 ans, domicile Le Petit Bois, 79130 Secondigny.", ("Le Petit Bois",)),
        ("Livraison : La Croix-Blanche, route de Sancerre, 18300 Bué", ("La Croix-Blanche",)),
        ("L'antenne APA de Mauriac est fermée depuis le 1er septembre.", ("Mauriac",)),
        ("chaine tel greve :\nKader 07 81 05 66 32\nZouzou 06-44-90-18-27\nsi qqn repond pas", ("Zouzou",)),
    ],
)
def test_what_batches_go_gr_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mme Roux (Le Mans) est venue à la permanence.", "Le Mans"),
        ("M. Petit (La Poste) a appelé pour le recommandé.", "La Poste"),
        ("Standard 01 45 67 89 10\nMairie : 05 56 78 90 12", "Standard"),
        (
            "Notes AG :\n- Béa : les AS font 1h de route\n- Nourredine : 2 voitures pour 9\n- vote : 18 pour",
            "vote",
        ),
    ],
)
def test_what_looks_like_batches_go_gr_details_stays(text, kept):
    assert_kept(text, kept)


# Batch GQ (unaccompanied minors and migrant families), fourteenth session: dates of other calendars and passports.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Sur la tazkira, la date est 1387/03/10 en calendrier persan.", ("1387/03/10",)),
        ("L'extrait d'acte soudanais indique une naissance le 15 Chaabane 1428.", ("15 Chaabane 1428",)),
        ("son fils Temuulen, DDN 2010.03.21 sur le passeport.", ("2010.03.21",)),
    ],
)
def test_a_birth_date_of_another_calendar_or_a_passport_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_software_version_stays():
    assert_kept("La version 2024.03.12 du logiciel plante encore.", "2024.03.12")


def test_a_name_before_a_closing_single_quote_is_masked():
    # batch GO: the closing quote was read as an elision's apostrophe ("Sandrine'" is no first name)
    assert_hidden(
        "Elle me tient la main et me dit 'reste encore un peu ma Sandrine'. Je ne peux pas.", "Sandrine"
    )


# Batch GP (look-alikes: places, streets and public figures as topics), fourteenth session.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("En Corse on manque de familles d'accueil entre Porto-Vecchio et Bonifacio.", "Bonifacio"),
        ("Grève jeudi : pas d'intervention à Saint-Étienne, Roanne ni Montbrison.", "Roanne"),
        ("Saint-Malo l'après-midi avec la statue de Surcouf sur les remparts.", "Surcouf"),
        ("en passant par la Savane et la statue de Joséphine sans tête.", "Joséphine"),
        ("Pour le partiel : le rapport Bianco-Lamy de 1980 et la loi du 6 juin 1984.", "Bianco-Lamy"),
    ],
)
def test_what_looks_like_batch_gp_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "La mère de Florence et d'Albert est venue les chercher.",
            ("Florence", "Albert"),
        ),  # two first names
        ("Rendez-vous avec Roanne et Kevin à 10h.", ("Kevin",)),
    ],
)
def test_children_named_like_places_stay_masked(text, secrets):
    assert_hidden(text, *secrets)


# Batches GS (home help), GT (rural and overseas addresses) and GW (look-alikes), fifteenth session.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Convention de New York de 1989 : les enfants ont dessiné leurs droits.", "New York"),
        ("Son frère est parti vivre à Los Angeles l'an dernier.", "Los Angeles"),
        ("La Métropole Aix-Marseille-Provence est née le 1er janvier 2016.", "1er janvier 2016"),
        ('Projection de "The Father" avec Anthony Hopkins au café des aidants.', "The Father"),
        ("Le Real Madrid n'a jamais eu de supporter aussi fidèle.", "Real"),
        ("Un Jean Louis David offre des coupes aux femmes hébergées.", "Jean Louis David"),
        ("imprimante Ricoh en erreur SC-542 depuis 8h", "Ricoh"),
        ("Artus en héros de la salle, ils ont réclamé la suite.", "Artus"),
        ("les packs d'eau achetés au Carrefour de Destreland", "Destreland"),
        ("Depuis l'effondrement du radier, les familles de Régina doivent faire le détour.", "Régina"),
        ("Au bourg la boulangerie a fermé, le bar Chez Nanou aussi.", "Nanou"),
        ("on mange au resto « Chez Fatou » à midi", "Fatou"),
        ("j'ai acheté les piles chez leclerc", "leclerc"),
        ("la dame de la Croix-Rouge est passée avec les colis", "Croix-Rouge"),
        ("le monsieur de la Poste a laissé un avis", "Poste"),
    ],
)
def test_what_looks_like_batches_gs_gw_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("nadège dit que la clé de chez barbier est sous le pot de géranium", ("barbier",)),
        ("Je dors chez Nanou ce soir, elle m'héberge.", ("Nanou",)),
        ("La famille de Régina doit faire le détour par la piste.", ("Régina",)),
        ("Mme York a rappelé pour le dossier.", ("York",)),
        ("pas de km payés entre la dame de la Croix-Blanche et le monsieur d'après", ("la Croix-Blanche",)),
        ("la famille des Quatre Vents a encore appelé pour le portage", ("Quatre Vents",)),
    ],
)
def test_guards_of_batches_gs_gw_stay_masked(text, secrets):
    assert_hidden(text, *secrets)


# Batches GX (older people in the countryside), GY (colleagues' chats) and HB (look-alikes), fifteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "moi : oui au moulin de Peyrelade, la roue tourne plus mais eux y sont tjrs",
            ("moulin de Peyrelade",),
        ),
        (
            "et le couple du moulin de la Sagne (lui 94 ans, elle 90) dont le puits est à sec",
            ("moulin de la Sagne",),
        ),
        (
            "accord pour 1 200 € à M. et Mme Rigaudière (La Grange aux Loups, 1,5 km après l'église)",
            ("La Grange aux Loups",),
        ),
        ("le plateau la semaine prochaine : Mme Guéguen à Kervoalic (chien pas commode)", ("Kervoalic",)),
        (
            "mme Zénon va passer, elle habite section bois-debout, elle a pas de voiture",
            ("section bois-debout",),
        ),
        ("tu peux passer voir granmoun payet a la plaine des cafres ce matin ?", ("payet",)),
        ("cahier chez mamie - mardi : soupe. - mercredi (Mélo) : ok, moral bof", ("Mélo",)),
        (
            "lun 7h45 M. Pasquier (lever) / 11h30 repas Les Quatre Vents / après-midi libre",
            ("Les Quatre Vents",),
        ),
    ],
)
def test_what_batches_gx_gy_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("sortie des enfants au moulin de Daudet jeudi", "Daudet"),
        ("j'ai croisé Mme Perrin à Lourdes, elle va bien", "Lourdes"),
        ("Décembre 1986, rue Monsieur-le-Prince, Malik Oussekine : on en a parlé", "1986"),
        ("la cheffe a cité le décret n° 2022-735 et la circulaire", "le décret"),
        ("L'adresse de la section c'est sud.ase.33@gmail.com, écrivez-y", "c'est"),
        ("bon ben le papi veut pas aller au chu, il dit qu'on le garde", "ben"),
        ("Gramoun Lele en concert sur le parvis samedi", "Lele"),
        ("- jeudi (Toussaint) : fermé. - vendredi (Férié) : rien. - lundi (Grève) : rien", "Férié"),
        ("12h repas Les Restos du Coeur / 14h courses La Poste", "Restos"),
        (
            "le RSA est né en 2009, et le contrat d'engagement jeune est né le 1er mars 2022.",
            "1er mars 2022",
        ),
    ],
)
def test_what_looks_like_batches_gx_hb_details_stays(text, kept):
    assert_kept(text, kept)


# Batches HC (housing), HD (overseas and Corsica) and HE (look-alikes of leaflets), fifteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Cilaos : on est monté à pied jusqu'à Îlet à Cordes pour voir Mme Nativel", ("Îlet à Cordes",)),
        (
            "Mme Orsini, 86 ans, 12 u chjassu di a Funtana, 20200 Bastia. Veuve",
            ("12 u chjassu di a Funtana",),
        ),
        ("Madame Combo (on l'appelle coco Nema à Sada) a 84 ans", ("Nema",)),
        ("Au quartier tout le monde l'appelle P'tit Lu, son vrai nom c'est Lucien.", ("P'tit Lu",)),
    ],
)
def test_what_batches_hc_hd_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le 19 mars 1946, la loi de départementalisation est née ; 65 ans plus tard", "19 mars 1946"),
        ("Tout le quartier l'appelle Tonton Dédé, 78 ans, il ne sort plus.", "Tonton"),
        ("c'est le match France-Maroc, la cheffe a dit qu'on décalait à jeudi", "France-Maroc"),
        ("car au départ d'Albert à 8h, arrêt à Péronne", "Albert"),
        ('Pancarte : "Taquet, Caubel, El Haïry : combien de secrétaires d\'État ?"', "El Haïry"),
        ("Manif à Quimper samedi. Kenavo la précarité !", "Kenavo"),
        ("Le 8 septembre, pèlerinage de la Santa di u Niolu à Casamaccioli", "Santa"),
    ],
)
def test_what_looks_like_batches_hc_he_details_stays(text, kept):
    assert_kept(text, kept)


# Batches HF (rural homes of every region), HG (names of every writing) and HH (look-alikes), fifteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Les volets de la borde de Peyrusse sont fermés et les chiens aboient.", ("borde de Peyrusse",)),
        ("Demande APA pour Mme Irigoyen, 88 ans, maison Haranburua à Hélette.", ("maison Haranburua",)),
        ("FICHE NAVETTE / enfants : Ibrahim 2011, Fatim 2016 / orientée par l'AS", ("2011", "2016")),
    ],
)
def test_what_batches_hf_hg_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Petit-Quevilly et Grand-Quevilly, deux villes collées, deux règlements d'aide", "Grand-Quevilly"),
        ("J'ai ouvert le Petit Robert pour la définition de bienveillance.", "Robert"),
        ("Le séjour au chalet des Flocons est annulé faute d'encadrants.", "Flocons"),
        ("la Maison Pasteur et la Maison Bleue ont fermé leurs portes", "Pasteur"),
    ],
)
def test_what_looks_like_batches_hf_hh_details_stays(text, kept):
    assert_kept(text, kept)


# Batches HI (housing estates), HJ (rural homes of the regions), HK (colleagues' chats), HL (look-alikes) and HM
# (overseas and Corsica), sixteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("le chauffage est coupé dans tout l'escalier 4 de la résidence Victor Schœlcher", ("escalier",)),
        ("reste la dette d'eau (compte client Veolia 4401 228 719) a voir", ("4401 228 719",)),
        ("| mardi | M. Riou | Milin an Traon, 29450 Commana | MDPH |", (" an ",)),
        ("c'est la voisine de Penn ar Hoat qui m'a dit qu'elle est à l'hôpital", (" ar ",)),
        ("hébergée dans l'ancienne bergerie de l'airial de Mounet, 40630 Sabres.", ("airial",)),
        ("Assistante sociale – secteur Bois-de-Nèfles\nLigne directe", ("Nèfles",)),
        ("Travailleuse sociale, pôle autonomie de Ajaccio-Rive Sud", ("Sud",)),
    ],
)
def test_what_batches_hi_hj_hm_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hello Sev, pour l'ouverture des droits de Mme Wallart", "Hello"),
        ("Hey Julie, tu peux rappeler la CAF ?", "Hey"),
        ("[09:14] lulu : Céline de l'ADAR, 03 20 58 71 46 poste 212", "de l'ADAR"),
        ("Versement au fournisseur SARL Bois du Vallespir, 66230 Serralongue, Haut-Vallespir.", "SARL Bois"),
        (
            "Versement au fournisseur SARL Bois du Vallespir, 66230 Serralongue, Haut-Vallespir.",
            "Haut-Vallespir",
        ),
        ("dans le 62 c'est pareil, une collègue de la Somme dit qu'ils ont 5 mois d'attente", "Somme"),
        ("Dossier TJ de Colmar n° 23/01187, autorisation du juge obtenue le 4 juin.", "Colmar"),
        (
            "Les noms de lieux en Ker-, Lan-, Plou- et Tré-, c'est ce qui nous perd",
            "Ker-, Lan-, Plou- et Tré-",
        ),
        ("la grand mere parle que basque, tu peux traduire stp ? eskerrik asko", "eskerrik asko"),
        ("Atelier à la Herriko Etxea (la mairie en basque). On a chanté Txoria txori.", "Txoria txori"),
        (
            "Bénéficiaire : VANDENBUSSCHE Marie-Thérèse\nDDN : 22.08.1939\nObs : ancienne ferme, WC dans la cour.",
            "Obs",
        ),
        ("Mayotte est département depuis le 31 mars 2011 et on parle encore de rattrapage.", "31 mars 2011"),
        (
            "Secours accordé après le passage de Garance (toiture arrachée, matelas trempés) : 450 €",
            "Garance",
        ),
        # the elders' family word before a name is no part of it, at the first masking and at the second
        ("« Mama Anzize » au village, c'est en fait Mme Zaïnaba Attoumani", "Mama"),
        ("visite APA chez Man Léonise, 91 ans, à Saint-Louis", "Man"),
        ("la voisine zia Catalina a les clés", "zia"),
        ("la voisine zia [personne] a les clés", "zia"),
    ],
)
def test_what_looks_like_batches_hi_hm_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # guards: a bracket the address opened closes it; a name's particle before capitals; a storm's name
        # where nothing says storm; a company's name is not every capitalised word after an acronym
        ("Mme D. habite au 3 rue Voltaire (bât. C) depuis mars", ("Voltaire (bât. C)",)),
        ("Mme Marie DE LA FONTAINE passe demain", ("FONTAINE",)),
        ("après le passage de Garance chez sa grand-mère, elle a pleuré", ("Garance",)),
        ("le dossier de Koné est prêt pour la commission", ("Koné",)),
        ("Léa, née le 3 mars 2011, vit depuis le 4 avril 2012 chez sa tante", ("3 mars 2011", "Léa")),
        ("MAMA KEITA, 06 12 34 56 78", ("KEITA",)),
        ("Charlène LE CUNFF a démissionné après 10 ans de service", ("CUNFF",)),
    ],
)
def test_what_batches_hi_hm_fixes_still_mask(text, secrets):
    assert_hidden(text, *secrets)


def test_a_bracket_the_address_did_not_open_stays_outside_it():
    text = "- fam. Gashi (tour Verlaine, 6e, porte 62) : expulsion programmée"
    assert ("tour Verlaine, 6e, porte 62", Label.ADDRESS) in found(text)


# Batches HO (look-alikes of the regions and overseas), HP (home help rounds) and HQ (child protection messages),
# sixteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("planning : je fais M. et Mme Castan a Puech-Redon, l'aprem c'est Sandrine", ("Puech-Redon",)),
        (
            "la fille de madame Carrié aux Granges de Bor, maman m'a dit que personne est venu",
            ("Granges de Bor",),
        ),
        ("Extrait : « Jade (J. dans les écrits antérieurs) a investi sa scolarité. »", ("Jade", "J.")),
        # a round's schedule without a header: a column of names, a column of homes
        (
            "Tournée IDE dimanche\n7h00 | Bonnafous | 12 route de Villefranche | insuline\n7h30 | Trémoulet | "
            "Les Cayres | pilulier\n8h15 | Mercadier | 3 bis rue du Four | pansement\n9h00 | Vidal | ferme de Lherm | "
            "prise de sang",
            ("Trémoulet", "Cayres", "Lherm"),
        ),
        ('on dit "chez la Marthe" pour la maison au bout du hameau, tout le monde connait', ("Marthe",)),
        (
            "le double est dans le boîtier (code 1938, c'est son année de naissance, il l'oublie pas)",
            ("1938",),
        ),
        ("Cahier de liaison – ferme de la Combe, M. Delpech Raymond\n08h15 passage IDE", ("Combe",)),
        (
            "Son fils veut qu'on vienne, il appelle tous les jours au bureau de Naucelle et crie.",
            ("Naucelle",),
        ),
        # batch HT (rural elders): a place lived at near its commune, a farmstead, a nickname with its article
        ("M. Aufrère vit à Lavaud-Bas près de Bourganeuf, dans la maison de sa mère", ("Lavaud-Bas",)),
        ("Il habite Le Bos Grand sur Saint-Martin-Valmeroux, la maison après le calvaire.", ("Bos Grand",)),
        ("métayer toute sa vie, vit dans la maison Lasbordes à côté de Hagetmau.", ("Lasbordes",)),
        ("M. Lartigue (88 ans) vit seul à l'airial de Pouydessus, au bout d'une piste", ("Pouydessus",)),
        ("je passe d abord chez mme riou a Kerandraon puis chez Tanguy au bourg", ("Kerandraon",)),
        ("Mme Chastang, que tout le monde au bourg appelle la Nénette, vit seule.", ("Nénette",)),
        ("Céline Barthélemy\nTravailleuse sociale – agence MSA de Château-Chinon", ("Château-Chinon",)),
    ],
)
def test_what_batches_hp_hq_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Objet : remplacement Aurélie 12-13/10\nBonjour Cathy,", "12-13/10"),
        ("2B nord = Bastia, Cap Corse, Nebbio\n2B centre = Corte, Niolu, Castagniccia", "Niolu"),
        (
            "Mirail, Reynerie, Bellefontaine, Bagatelle, Empalot, Izards : six quartiers, six postes",
            "Reynerie",
        ),
        ("Réunion à l'université Pascal Paoli de Corte sur la précarité étudiante", "Pascal Paoli"),
        ("sortie montagne ensemble, col de Bavella, pique-nique, personne s'est battu", "Bavella"),
        ("je fais la vad d'espelette demain matin a la place. agur", "espelette"),
        ("je fais la vad d'espelette demain matin a la place. agur", "agur"),
        ("Frontaliers : le père travaille à Bâle. Kindergeld d'un côté, prestations CAF de l'autre", "Bâle"),
        (
            "Inondations de l'Aude, 15 octobre 2018 : Trèbes, Villegailhenc. On a relogé au camping.",
            "15 octobre",
        ),
        ("Un numéro en 0692 ou 0693 c'est un portable réunionnais, en 0262 un fixe", "0692 ou 0693"),
        ("Ouragan Hugo en 1989, Irma et Maria en 2017 : les anciens racontent les cyclones", "Irma"),
        ("26 décembre 1999, Lothar. Les forêts couchées, les toits envolés", "26 décembre 1999, Lothar"),
        ("Bonjorn a totes e a totes,\nAmb plaser de vos tornar veire.\nA lèu !", "tornar veire"),
        ("en 2024, son année de naissance a été corrigée par la préfecture", "2024"),
        ("Nom | ville | note\nDurand | Lens | ok\nMartin | Arras | ok\nBenali | Roubaix | ok", "Nom"),
        ("le bureau de vote de Lens ferme à 18h", "Lens"),
        ("elle vit à Marcq près de Lille depuis vingt ans", "Marcq"),
        ("Personne à prévenir : Goulven Kerboriou (fils, Rennes) 06.19.84.27.53", "Rennes"),
        (
            "ARSAC Léon | hospitalisé au Puy | - | -\nROUX Firmin | 7 place de l'Eglise | mar | ok\n"
            "CHAMBON Marcelle | ferme de la Jasserie | jeu | ok",
            "hospitalisé au Puy",
        ),
        ("après la tempête Alex dans la vallée de la Roya on a été 4 AS détachées", "Roya"),
        (
            "Inondations du Pas-de-Calais, novembre 2023 (tempêtes Ciarán puis Domingos) : 247 ménages",
            "Domingos",
        ),
        ("tournoi de futsal le 20 juin au complexe sportif Jesse Owens.", "Jesse Owens"),
        ("Dimanche, course Odyssea au profit de la lutte contre le cancer du sein", "Odyssea"),
    ],
)
def test_what_looks_like_batches_ho_hq_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # guards: people listed with their towns, a title before; a date then a name that acts
        ("Mme Zbigniewska, Roubaix, Lille", ("Zbigniewska",)),
        ("Zbigniewska, Dupont, Lille", ("Zbigniewska",)),
        ("le 3 mars 2010, Maria est venue et il y a eu une tempête", ("Maria",)),
        ("Léa (B. est sa sœur) a appelé", ("Léa",)),
        ("MNA né le 00/00/2008 selon ses dires", ("00/00/2008",)),
        ("Nom | ville | note\nDurand | Lens | ok\nMartin | Arras | ok\nBenali | Roubaix | ok", ("Benali",)),
    ],
)
def test_what_batches_ho_hq_fixes_still_mask(text, secrets):
    assert_hidden(text, *secrets)


# Batches HX (rural homes of the north and west), HY (colleagues' quick messages) and HZ (look-alikes: words that are
# names), sixteenth session.
@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "teams - caro M. 10:42\nqqn a le n° allocataire de mme oukili ? la caf veut 4127865 jsais plus\n"
            "fafa 10:44\noui c 4127865 je l ai dans mes notes",
            ("fafa",),
        ),
        ("ok jai eu le juge, audience lemaire decalee au 12/03 9h30, ref JE 2024/0877.", ("lemaire",)),
        (
            "tata rose a demande l agrement, elle habite hameau de la briqueterie a cote d arras",
            ("briqueterie",),
        ),
        (
            "Le neveu veut l'EHPAD, elle veut rester « chez Fernand » (son mari, décédé en 2009).",
            ("Fernand",),
        ),
    ],
)
def test_what_batches_hx_hy_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("quelqu un a le mail de la referente france travail de m ayadi ? id FT 5483921T", "france travail"),
        ("rdv 14:30 : CAF\nvisite 10:00 : bilan\nlundi 9:00 : réunion", "visite"),
        ("le marché du bd Vincent Auriol c'est là qu'on croise le plus de familles", "Vincent Auriol"),
        (
            "Sortie au musée Fabre avec le groupe de l'accueil de jour : gratuit pour les accompagnants.",
            "Fabre",
        ),
        ("La collègue s'est fait une lésion de Morel-Lavallée en tombant dans l'escalier.", "Morel-Lavallée"),
        ("Depuis l'affaire Vincent Lambert certaines familles posent la question.", "Vincent Lambert"),
        ("On n'est pas la mère Denis, on ne lave pas plus blanc que blanc.", "Denis"),
        ("Un roman à l'eau de rose, notre projet de service : familles partenaires.", "rose"),
        ("Petit Bateau, Jacadi, Cyrillus : les dons du vestiaire viennent des beaux quartiers.", "Cyrillus"),
    ],
)
def test_what_looks_like_batches_hx_hz_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # guards: a street named after someone where one lives; a child whose name is a word
        ("Mme Fabre habite bd Vincent Auriol depuis dix ans", ("Vincent Auriol",)),
        ("la référente claire m'a dit que le dossier était complet", ("claire",)),
    ],
)
def test_what_batches_hx_hz_fixes_still_mask(text, secrets):
    assert_hidden(text, *secrets)


def test_a_title_before_a_masked_name_stays_at_the_second_masking():
    text = "Le chemin n'est plus déneigé depuis le décès de son voisin M. Risch qui passait avec sa lame."
    once = masked(text)
    assert "M. [personne]" in once and masked(once) == once


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a chat's time stamp with its day, or a phone's export; a colleague by her letters or her initial
        (
            "[lun. 08:02] jb: qui recupere mumu ce matin ?\n[lun. 08:04] titi: moi je passe\n"
            "[lun. 08:05] jb: merci, jb te revaudra ça",
            ("jb",),
        ),
        (
            "12/11/2026 09:40 - titi: la caf a debloqué le dossier\n12/11/2026 09:41 - nono: enfin !",
            ("titi", "nono"),
        ),
        ("[sam. 10:12] g.: vous avez vu que l'educ quitte le service ?\n[sam. 10:14] ju: oui", ("g.", "ju")),
        ("[jeu. 16:55] ju: la mere menace de porter plainte\n[jeu. 16:57] lolo: contre ju perso ?", ("ju",)),
        # "Maître" typed "me" after a lawyer; plural civility; a guardianship association's antenne
        ("la mere + son avocat me rousselet ce matin, ça s'est mal passé", ("rousselet",)),
        ("Les résidents (Mmes Lopes, Guérin, MM. Le Goff et Pichon) sont relogés au 3e.", ("Le Goff",)),
        ("À l'antenne UDAF de Montbrison on est 5 délégués pour 268 mesures.", ("Montbrison",)),
        ("[07:02] Sandrine : la MAS de Cuincy est encore à 4 ce matin\n[07:03] Rudy : je viens", ("Cuincy",)),
        # an elder's family word in Alsatian before the name
        ("Lucas veut retourner chez Opa Fridolin, il parle alsacien avec son Opa.", ("Fridolin",)),
        # guards: names that stay names
        ("Mme Santa Maria a appelé pour son fils.", ("Santa Maria",)),
        ("Mme Tata, la voisine, a gardé les enfants.", ("Tata",)),
        # a family in lower case whose name ends like a plural; one called so; a Corsican uncle's name
        ("les dupuis ont encore appelé 5 fois le standard ce matin", ("dupuis",)),
        ("tout le monde l'appelait « la Bronia », jusqu'au curé.", ("Bronia",)),
        ("Mais Ziu Dumenicu (l'oncle) refuse qu'il revienne au village.", ("Dumenicu",)),
        ("Oncle à contacter : Santu Paoli, 06 14 82 37 55.", ("Santu", "Paoli")),
        ("la mère de l'Inès a appelé ; il parle de l'Aïcha du 3e.", ("Inès", "Aïcha")),
        ("Théo est à l'école de Léa, Léa pleure au collège.", ("Léa",)),
        # batch IK: one who helped; a family name with its article
        ("entretien fait en shimaoré grâce à Anfani, l'interprète de l'asso.", ("Anfani",)),
        ("Kerbrat a encore annulé la VAD. le Goff (l'ex) vivrait toujours chez elle.", ("le Goff",)),
        (
            "Mme Leclerc fait toutes ses courses chez Leclerc à crédit avec la carte du magasin.",
            ("Mme Leclerc",),
        ),
        ("Mme Mamie Nzuzi (Mamie est bien son prénom à l'état civil) a appelé.", ("Mamie",)),
        # batch IQ: colleagues by their initials, counted with the writer
        ("qui fait la perm de samedi ? AK, FD ou moi ? sinon c'est FD d'office", ("AK", "FD")),
        ("Jade est à la crèche dans la salle des bébés.", ("Jade",)),
        ("appelle le 06 12 34 56 78 avant midi", ("06 12 34 56 78",)),
        # batch IO: a family's composition, years of birth among full dates; a street named after a sobriquet
        (
            "composition familiale :\n- MUKENDI Bienvenu, 12/02/1984, RDC\n- KAPINGA Grâce, 14/3/1991, épouse\n"
            "- Divine, 2016\n- Emmanuel dit Manu, 2019\n- bébé à naître",
            ("2016", "2019"),
        ),
        ("convoquée à la préfecture du Nord, 12 rue Jean sans Peur, Lille.", ("sans Peur",)),
        (
            "[22:14, 18/07/2025] Dris: les petits ont vu Titi\n[22:15, 18/07/2025] Coralie: je le croise demain",
            ("Dris",),
        ),
        # batch IV: a number with its prefix in brackets
        (
            "le fixe de l'îlet : (0262) 43 85 17, case en bois ; ou le (05) 65 40 19 22.",
            ("(0262) 43 85 17", "(05) 65"),
        ),
        # batch IU: a letter's reference initials, a rank before a name
        ('Copie du courrier du CMPP :\n"N/Réf. : NR/FL – P-2026-1187\nObjet : WAROQUIER Lilou', ("NR", "FL")),
        (
            "Référence parquet : 26.337.000518.\nAdjudant-chef Le Floch\nMaison de protection des familles",
            ("Floch",),
        ),
        # a form in capitals: the field labels typed without accents do not make the family name a shout
        (
            "INDIVIDU : KONATÉ MARIAM\nADRESSE : RES. DU BEFFROI BAT 4 APT 21, 62300 LENS\nREFERENT : DUBOIS A.\n"
            "MESURE : AED",
            ("DUBOIS",),
        ),
        ("IBAN : FR76 3000 4018 2300 0123 4568 72 (il manque un chiffre)", ("3000 4018",)),
    ],
)
def test_what_batches_ic_ie_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("[sam. 10:12] g.: vous avez vu ?\n[sam. 10:14] ju: oui", "sam"),
        ("son avocat me conseille de ne pas venir, l'avocat me relance tous les jours", "conseille"),
        ("une plaie de 5 mm. Le médecin est passé.", "Le médecin"),
        (
            "Le projet ROSE (Réseau d'Orientation et de Soutien Éducatif) est mort. Avant ROSE il y avait PHÉNIX.",
            "ROSE",
        ),
        ("Le Réseau d'Orientation et de Soutien Éducatif (ROSE) est mort en juin.", "ROSE"),
        ("Rose poudré, vert d'eau ou jaune poussin : la direction nous a fait voter.", "Rose"),
        ("Pour un dossier FSL il faut un RIB (IBAN FR76 suivi de 23 caractères, BIC).", "suivi de 23"),
        ("Mathilde et moi on fait les livraisons des Ehpad le midi.", "Ehpad"),
        ("Le SANDIA de Tours nous renvoie vers la CPAM, la CPAM vers le SANDIA.", "SANDIA"),
        ("Notre ESAT est né en 1978, il a fêté ses 45 ans l'an dernier.", "1978"),
        ("Le 23 avril c'est Sant Jordi, on a fait une distribution de livres et de roses.", "Jordi"),
        ("Dort dans sa voiture depuis. Souhaite rester sur le Petit Bayonne.", "Bayonne"),
        ("Salut à tous, c'est clair que ça va être tendu : personne pour reprendre.", "clair"),
        (
            "rappel : greve jeudi, pas besoin de se declarer 48h avant pour nous (c'est pas l'educ nat).",
            "nat",
        ),
        (
            "« C'est la mère Michel qui a perdu son chat » : la seule comptine que tous connaissaient.",
            "Michel",
        ),
        ("Ciné-club du mardi avec les retraités : Tatie Danielle puis Les Vieux de la vieille.", "Danielle"),
        ("Lucas dit qu'il parle alsacien avec son Opa, « pas avec vous ».", "Opa"),
        ("les jumeaux ont rappelé, les parents aussi, les ados sont partis.", "jumeaux"),
        ("j'appelle le Samu, puis on l'appelle la Cimade.", "Samu"),
        ("Mais Ziu Dumenicu (l'oncle) refuse qu'il revienne au village.", "Ziu"),
        # batch IJ: a quarter with its article, a street's name, the probation's and victims' schemes
        ("La mère dit qu'il « traîne à l'Alma » avec des plus grands.", "Alma"),
        (
            "Stage à la maison des associations, rue Jean-Baptiste Lebas : 8 auteurs orientés par le SPIP.",
            "Lebas",
        ),
        ("n° APPI 59-2023-004417, dossier SARVI en cours, AJ totale.", "SARVI"),
        # batch IG: nature's places and buildings named after someone
        ("Les familles descendent des vallées d'Aspe et d'Ossau, deux heures de route l'hiver.", "Ossau"),
        ("Les îlets de Marla et de La Nouvelle sont ravitaillés par hélico.", "Marla"),
        ("Urgences : hôpital Gabriel Martin à Saint-Paul pour l'Ouest.", "Gabriel Martin"),
        # batch IK: a shop where one shops, a town without its hyphen, a Creole word
        ("il est né à Tizi Ouzou en 1979, sa femme aussi.", "Tizi Ouzou"),
        ("Les parents de Léo et Chloé ne se parlent plus, dans le Morvan c'est pareil.", "Les parents de "),
        ("Prince a emprunté Le Prince de Machiavel au CDI.", "emprunté Le "),
        ("Ti-Jean (c'est comme ça que tout le kartié l'appelle) refuse le portage de repas.", "kartié"),
        # batch IL: a saying of pétanque, food brands, the navy, Guadeloupe in Creole
        ("tournoi de pétanque du CSE, l'équipe enfance a embrassé Fanny 13 à 0.", "Fanny"),
        ("yaourts Mamie Nova, du Madame Loïk et du Saint Môret, poulet Maître Coq.", "Madame Loïk"),
        ("point à la ligne Marine nationale et armée de terre recrutent plus vite que nous.", "Marine"),
        ("En 2009 le LKP criait « la Gwadloup sé tan nou, la Gwadloup a pa ta yo ».", "Gwadloup"),
        # batch IR: days counted like a phone, a crowd on a square, a room's name, an establishment's, a heading
        ("mes astreintes de janvier : 02 03 04 05 06, puis 16 17 18 19 20.", "02 03 04 05 06"),
        ("On était au moins 400 place Bellecour mardi, venus de tout le Rhône.", "400 place Bellecour"),
        (
            "salle Ambre, salle Jade, salle Opale. La salle Ambre a fermé, Jade en novembre. Il reste Opale.",
            "Jade en",
        ),
        ("l'EHPAD Le Clos Félicité ferme une aile de 14 lits faute de soignants.", "Clos Félicité"),
        (
            "AG OUVERTE A TOUS LES PERSONNELS LUNDI 9H, SALLE DU CONSEIL, HÔTEL DU DÉPARTEMENT.",
            "SALLE DU CONSEIL",
        ),
        ("réunions de l'année :\n- Martin, 2019\n- point budget, 12/03/2024", "2019"),
        (
            "Référence parquet : 26.337.000518.\nAdjudant-chef Le Floch\nMaison de protection des familles",
            "Adjudant",
        ),
        (
            "Le gendarme référent a rappelé le 17, le 3018 et Pharos ; appel à projets REAAP n° 2026-14.",
            "Pharos",
        ),
        ("V/Réf : CAF/ASE, dossier suivi par le pôle enfance.", "CAF/ASE"),
        # batches IW, IX: a family's chat, a form addressed to whoever, a code's end, the Banque de France
        ("[21/12/2024, 20:14] Maman: tu viens à Noël ?\n[21/12/2024, 20:31] Moi: d'astreinte le 24", "Maman"),
        ("À L'ATTENTION DE MADAME OU MONSIEUR LE JUGE DES ENFANTS\nI. IDENTITÉ", "OU MONSIEUR"),
        ("2025-03-18;09:15;Yasmina B.;dossier DALO 69-2023-DALO-1187 clos du coup", "clos du coup"),
        ("la liste des partenaires : caf, cpam, banque de france (surendettement), point justice.", "france"),
        ("polyphonies au bar, quelqu'un a chanté le Dio vi salvi Regina. Retour à Bastia.", "Regina"),
        (
            "[09:15] Sonia : et Tharshan il a eu sa convoc OFII ?\n[09:21] moi : oui, visite médicale le 19",
            "OFII",
        ),
    ],
)
def test_what_looks_like_batches_ic_if_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches IH to IN (held out last session, read now): a famous name after a title and its particle
        ("Visite chez Mme de Saint-Phalle (Hortense), assistante maternelle.", ("de Saint-Phalle",)),
        ("J'ai vu Mme de Gaulle hier, et M. de Villepin aussi.", ("Gaulle", "Villepin")),
        # the family shortened, a child's birth date after her place in the family
        ("3) fam. Stojanović : toujours sur le terrain chemin des Prés à Hem.", ("Stojanović",)),
        (
            "Composition familiale :\n- GARCIA LOPEZ Ana Isabel, mère, 07/11/1989\n- Lucía, fille, 09/09/2015",
            ("09/09/2015",),
        ),
        # sites: another body's antenna, a second site "avec celle de", a seniors' information point
        ("le gardien de l'antenne CTG de Rémire-Montjoly a été remercié.", ("Rémire-Montjoly",)),
        ("fusion de la MDS de Saint-André avec celle de Bras-Panon.", ("Saint-André", "Bras-Panon")),
        ("Appel à l'accueil du point info seniors de Rezé : la fille rappelle.", ("Rezé",)),
        # batches IY to JB: a message's sender in lower case, a name in a list, a Breton name in lower case
        ("message de wojcik sur le repondeur : agnieszka hospitalisee", ("wojcik",)),
        ("compte rendu :\n- dos santos maria : dossier fsl complet\n- benali : rdv annule", ("maria",)),
        ("marcel veut personne d'autre, c'est le goff d'a cote qui fait les courses", ("goff",)),
        # an address with "résidence" misspelt, a maiden name in capitals, a colleague spoken to
        (
            "pas sure de l'orthographe : 3 allée Françoise Dolto résidance le parc batiment 5 porte 54 - "
            "69200 vénissieux.",
            ("parc", "69200"),
        ),
        ("dossier de Mme Clairette MAILLOT, née RIVIÈRE, mère seule de 3 enfants", ("RIVIÈRE",)),
        ("Bonjour à tous,\nPlacide, peux-tu reprendre la VAD chez Mme Juin ?", ("Placide",)),
        ("famille Lacatus toujours là : Marin le pere, Viorica la mere, et les 3 petits.", ("Marin",)),
    ],
)
def test_what_batches_ih_jb_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mail de FT ce matin : kevin radié encore", "FT"),
        ("message de rappel envoyé, sms de la CAF, message de détresse", "rappel"),
        ("réunion avec la cheffe de service, on a le wifi et le drive, le roux non", "le roux"),
        ("La maman a voulu un prénom de fleur, la grand-mère un prénom de sainte.", "fleur"),
        ("La maman a voulu un bouquet de fleur, la grand-mère aussi.", "fleur"),
        ("la place Charles de Gaulle, le lycée de Gaulle et Mme de la CAF", "Gaulle"),
        ("secret santa max 10 €, ramenez des gilets jaunes", "santa max"),
        ("la hotline dit de redémarrer le poste, merci Capgemini", "Capgemini"),
        ("Plan pauvreté, Contrat d'engagement jeune, SPIE, France Travail", "SPIE"),
        ("On a fait un atelier nutrition, phở maison et bánh chưng.", "bánh chưng"),
        ("Bref, tu peux venir ? Merci, tu as été top. Alors, peux-tu ?", "Alors"),
    ],
)
def test_what_looks_like_batches_ih_jb_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches IY to JL: a territory named after its land, a colleague's initial in lower case
        ("Aurélie Fontaine, CESF\nCLIC du Val de Saône – accueil", ("Val de Saône",)),
        ("Fiche incident SSIAD Cœur de Beauce\nBénéficiaire : M. DUBREUIL Marcel", ("Cœur de Beauce",)),
        ("Cheffe de service ASE – territoire Val de Sambre", ("Val de Sambre",)),
        (
            "presents pour la section : nordine, leila b, jojo et moi. leila b le relance lundi.",
            (" b,", " b le"),
        ),
        # the Polish "Pani" and the Creole "Grann" are no part of the name; nicknames that are family words stay names
        ("Elle appelle sa voisine Pani Basia (Barbara Leclercq de son vrai nom).", ("Basia",)),
        ("On connaît les gens par leur surnom. Jojo, Coco et Nounours viennent tous les matins.", ("Coco",)),
    ],
)
def test_what_batches_iy_jl_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the European helplines; a disease, a lecture hall, a town said so
        ("Numéro pour les victimes : 116 006, gratuit, 7j/7.", "116 006"),
        ("Alzheimer, Parkinson, une maladie à corps de Lewy.", "Lewy"),
        ("Rdv à Nancy, amphi Jean Prouvé, 9h.", "Jean Prouvé"),
        ("On a fini sur Florence, la ville, où une autre était partie en échange.", "Florence"),
        ("IP reçue de l'école élémentaire Paul Langevin concernant Aya, CE1.", "Paul Langevin"),
        ("Rapport adressé au juge, cabinet 5, TPE de Créteil.", "TPE de Créteil"),
        ("Elle appelle sa voisine Pani Basia tous les jours.", "Pani"),
        ("« Yo pran tout lajan Grann », elle répétait.", "Grann"),
        # a verb and its negation after a first name, the shop after "chez", the weekend, "sur tout le territoire"
        ("andre passe plus depuis l'ete", "passe"),
        ("on a fete noel, buche de chez leclerc et musique", "leclerc"),
        ("ana paula peut pas recevoir jessy le weekend du 20", "le weekend"),
        ("sur tout le territoire de Lens, pas un poste pourvu", "Lens"),
    ],
)
def test_what_looks_like_batches_iy_jl_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch JP: a dictated note, its punctuation spoken, a name spelt letter by letter, a date's slashes
        (
            "domiciliée chez sa mère mme moreau céline résidence les peupliers virgule escalier d virgule "
            "appartement 41 à saint-étienne-du-rouvray point à la ligne",
            ("peupliers", "escalier d", "appartement 41"),
        ),
        (
            "mme kowalczyk je sais pas comment ça s'écrit virgule k o w a l c z y k je crois virgule elle garde "
            "ses petits-enfants nikola et zuzia",
            ("k o w a l", "zuzia"),
        ),
        (
            "la maman mme chen li et sa fille mei 7 ans date de naissance 12 slash 04 slash 2019 point à la ligne "
            "la maman travaille de nuit virgule à belleville",
            ("12 slash 04 slash 2019",),
        ),
        ("ici à l'antenne de saint-benoît on a reçu mme payet marie-josée virgule 67 ans", ("saint-benoît",)),
        ("m. ange-mathieu santoni virgule 48 ans virgule sortie d'hospitalisation en psy", ("ange-mathieu",)),
        # batch JO: a birth in a country typed in lower case
        ("m. bouzid rachid né au maroc en mai 1974, son nir c'est sur la carte", ("mai 1974",)),
    ],
)
def test_what_batches_jo_jp_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("sa voisine mme even passe tous les jours heureusement", "passe"),
        ("karim et docs, nadia et wifi, la crip, fanny est d'astreinte", "docs"),
        ("je previens la crip, fanny est d'astreinte. Il parle pular, soussou, un peu français.", "pular"),
        ("Je suis née au travail social en 1998. Mon fils est né en pleine grève de 2019.", "1998"),
        ("il est peut-être là-bas, lui-même", "peut-être"),
        ("on a dit virgule et point, 3 virgule 5 %, le point sur les dossiers", "3 virgule 5"),
        ("Sur les îles, les rotations Penn ar Bed vers Ouessant; on tiendra 20 min grand max", "Penn ar Bed"),
    ],
)
def test_what_looks_like_batches_jo_jp_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch JQ: the names people go by, announced in every way
        ("2h10 : la dame qu'on appelle Gazelle demande une couverture en plus.", ("Gazelle",)),
        ("un garçon plus âgé qu'on connaît que sous le surnom de Sniper.", ("Sniper",)),
        ("Les autres résidents l'appellent aussi Doc parce qu'il était infirmier.", ("Doc",)),
        # batch JR: a table whose rows open on a word of headers, a floor typed short, a quarter after a blank
        (
            "composition familiale :\nLIEN\tNOM\tPRENOM\tDDN\nDEMANDEUR\tBALAN\tIonuț\t22/03/1988\n"
            "CONJOINT\tBALAN\tElena\t09/12/1990",
            ("BALAN",),
        ),
        ("mr kamara, adresse 41 bd de la liberte 4e etg 13003 marseille, dette 612,40e", ("4e etg",)),
        ("Responsable de l'UTPAS Lille Moulins\nTél. standard", ("Moulins",)),
    ],
)
def test_what_batches_jq_jr_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La mère m'a donné son mail pour les convocs : nini@gmail.com.", "convocs"),
        ("entretien annuel :\nNOM\tTRAORE\tPRENOM\tMariam\nDDN\t02/06/1991\tN° INDIV", "DDN"),
        ("l'agence Fontaine Immobilier attend le rappel de loyer", "Immobilier"),
        ("MOTION ADRESSEE A MONSIEUR LE PRESIDENT DU CONSEIL DEPARTEMENTAL", "PRESIDENT DU CONSEIL"),
        ("RASSEMBLEMENT DEVANT L'HOTEL DU DEPARTEMENT PLACE DE LA REPUBLIQUE A 10H", "DEPARTEMENT"),
        (
            "France Travail, né le 1er janvier 2024, c'est la première réforme qui m'empêche de dormir.",
            "2024",
        ),
        ("Direction Enfance Famille : SSE, CRIP, pôle adoption, service MNA, PMI", "SSE"),
        ("les chibanis du foyer, ancienne Sonacotra devenue Adoma, ont tous plus de 70 ans.", "Sonacotra"),
        ("L'enfant dit à l'école \"tata abetaki ngai\" (papa m'a frappé).", "abetaki"),
    ],
)
def test_what_looks_like_batches_jq_js_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch JW: the name someone signs with, a nickname after a family word
        ("Sa fille Soazig (elle signe Solène au travail) appelle de Rennes.", ("Solène",)),
        ("son neveu Ghjuvan Petru (qui signe Jean-Pierre en français) gère ses comptes", ("Jean-Pierre",)),
        ("La maman, Mme Kouadio, dite Maman Lolo à l'église, souhaite qu'on garde Bijou.", ("Lolo",)),
    ],
)
def test_what_batch_jw_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La maman, Mme Kouadio, dite Maman Lolo à l'église.", "dite Maman"),
        ("dépôt de garantie versé au proprio mr lemaire, iban fr76 1660 7000 2141 2375 8910 465", "iban"),
        ("il signe le contrat, un signe de fatigue, le signe de Babinski", "Babinski"),
        ("l'échelle de Hoehn et Yahr, le syndrome de Down", "Yahr"),
    ],
)
def test_what_looks_like_batch_jw_details_stays(text, kept):
    assert_kept(text, kept)


def test_a_file_number_that_opens_like_a_european_helpline_is_masked():
    assert_hidden("Numéro pour les victimes : 116 006. Son dossier n° 116 452 est en cours.", "116 452")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch KC: a family name in brackets after the first name, a colleague asked "peux tu"
        ("urgent !! la petite aïcha (camara) dit que son beau-père la tape", ("camara",)),
        ("fred (diallo) tu peux valider ?", ("diallo",)),
        ("dsl je serai en retard. béa peux tu ouvrir la perm", ("béa",)),
        ("slt. karim as-tu vu la mère ?", ("karim",)),
    ],
)
def test_what_batch_kc_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("vu Mamadou (soninké) et Awa (tisf) hier, puis Moussa (Lyon)", "soninké"),
        ("vu Mamadou (soninké) et Awa (tisf) hier, puis Moussa (Lyon)", "tisf"),
        ("vu Mamadou (soninké) et Awa (tisf) hier, puis Moussa (Lyon)", "Lyon"),
        ("Mme Rose (ASE) et Julie (la voisine)", "ASE"),
        ("demain peux tu ouvrir ? Alors peux tu venir, bref sais tu si c'est fait", "demain"),
        ("demain peux tu ouvrir ? Alors peux tu venir, bref sais tu si c'est fait", "bref"),
    ],
)
def test_what_looks_like_batch_kc_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch KH: someone presented with her role and no comma, a Georgian title, a month in Roman figures
        ("slt c Bijou l'interprete lingala, demain 9h30 chez maman", ("Bijou",)),
        ('batono Revaz (c est comme "monsieur" en géorgien) ne sort plus', ("Revaz",)),
        ("La petite Mariam, DDN 3.III.2018, dialyse trois fois par semaine.", ("3.III.2018",)),
    ],
)
def test_what_batch_kh_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("c'est Lille la ville où elle vit, c Marseille le service", "Lille"),
        ("il faut un interprète Turc, RDV avec interprète Dari", "Turc"),
        ("il faut un interprète Turc, RDV avec interprète Dari", "Dari"),
        ("réunion le 3.III.2018, chapitre 3.IV.2", "3.III.2018"),
        ("écrire à contact(at)snuter93.org en remplaçant (at) par l'arobase", "(at)"),
    ],
)
def test_what_looks_like_batch_kh_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches KG and KJ: signed with two letters, a list opening on em dashes, a login before its role, a
        # table's site column, where someone sleeps in a form, a small housing site, a birth year said again
        ("Pas eu le temps de faire la 3e ronde, seul pour 42 places.\nTh. R.", ("Th. R.",)),
        (
            "Synthèse d'équipe du 4/11.\n— Ratnam : l'aînée refuse d'aller au collège.\n— Özdemir : dette de"
            " loyer.\n— Gelashvili : AME accordée.",
            ("Ratnam",),
        ),
        ("03/11 09:12 – création par mbarry (AS, MDS Tourcoing-Centre)", ("mbarry",)),
        (
            "NOM | PRÉNOM | SITE | PORTABLE\nLE GALL | Erwan | Quimperlé | 06 71 38 20 94\n"
            "ABDELLAOUI | Nora | Concarneau | 07 68 12 55 03",
            ("Quimperlé", "Concarneau"),
        ),
        (
            "IDENTITÉ : HAMIDI Rachid / DORT : rue Bayard, sous un porche / DOMICILIATION : CCAS",
            ("rue Bayard",),
        ),
        ("qqn peut me remplacer jeudi nuit à la pension de famille de Montreuil ?", ("Montreuil",)),
        ("Exaucée est née en 2015 à Kinshasa. Le jugement supplétif dit 23 juin 2015.", ("23 juin",)),
    ],
)
def test_what_batches_kg_kj_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("elle a un Ph. D. en sociologie", "Ph. D."),
        ("1) Situations\n- KONATÉ : amélioration.\n- WOJCIK : RAS.\n2) Divers : pas de remplaçant", "Divers"),
        ("depuis l'entrée d'Awa en CP, la mère se saisit de l'aide", "CP"),
        ("voir le ccas (AS) et la mdph (AS), le sessad (ES)", "ccas"),
        ("Site | postes vacants | absences\nLens | 4 | 12\nArras | 2 | 7", "Lens"),
        ("NOM | PRÉNOM | SITE | PORTABLE\nTANG | Mei-Ling | siège | pas de portable pro", "siège"),
        ("je te colle ce que j'ai dans le dossier parceque j'ai pas le temps", "parceque"),
    ],
)
def test_what_looks_like_batches_kg_kj_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batches KM and KN: a grange one lives at, a house given its name, a lieu-dit before its commune, a maiden
        # name set apart, nicknames given ("on l'appelle tous", "dit" after an initial, in quotes after the name),
        # a child named by "la soeur à", a family name that is a month
        ("j'ai la famille Koné à la Grange du Bouchet puis Mme Roux", ("Grange du Bouchet",)),
        ("elle demeure en sa maison dite « Les Hortensias » à Saint-Sauveur-le-Vicomte", ("Hortensias",)),
        (
            "Tournée jeudi :\n9h00 Mme Guillot, Les Essarts (Saint-Pierre-le-Bost)\n10h15 M. Diarra",
            ("Essarts",),
        ),
        ("Madame veuve Lecœur, née Hamelin, demeure toujours en sa maison", ("Hamelin",)),
        ("L'enfant que j'accueille, Kylian, on l'appelle tous Cacahuète à la maison", ("Cacahuète",)),
        ("22h40 : Mamadou S. dit Pistache (n° MNA) rentré en retard. 23h15 appel de Pistache", ("Pistache",)),
        ("Notre cheffe de service appelle Sandrine « Choupette » devant tout le monde", ("Choupette",)),
        ("slt c Cerise la grande soeur a Titou\nmaman peut pas venir jeudi", ("Titou",)),
        ("Demande FSL énergie pour M. Valentin Janvier, locataire au 58 avenue Jean Moulin", ("Janvier",)),
    ],
)
def test_what_batches_km_kn_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("on a rangé le matériel dans la grange du CCAS", "grange du CCAS"),
        ("M. Durand, Le Havre (Seine-Maritime), nous écrit", "Le Havre"),
        ("sa soeur à Lyon est venue, son frère a Paris un appart", "Lyon"),
        (
            "elle voit sa tante à Lviv. Ils iront chez leur grand-mère à Noël. Il est chez son père à Ivry.",
            "Lviv",
        ),
        (
            "elle voit sa tante à Lviv. Ils iront chez leur grand-mère à Noël. Il est chez son père à Ivry.",
            "Noël",
        ),
        (
            "elle voit sa tante à Lviv. Ils iront chez leur grand-mère à Noël. Il est chez son père à Ivry.",
            "Ivry",
        ),
        ("Bilan de Janvier, Février et Mars ; RDV fin Janvier ; Planning Janvier 2025", "Janvier"),
        ("il appelle Paris « la capitale »", "Paris"),
    ],
)
def test_what_looks_like_batches_km_kn_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch KS: who attended, in lower case with an initial
        ("synthese du lundi\n- oliveira : rien de neuf\npresents : claire m., yannick, moi", ("claire m.",)),
        ("ses 3 enfants, maison dite « Ostal del Pas » à Conques-en-Rouergue", ("Ostal del Pas",)),
    ],
)
def test_what_batch_ks_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # batches KS and KU: what she does after her first name; cars, shops and a mutual insurer named like people
        ("passé chez payet, la grand mere marie-josé garde les 3 petits", "garde les 3 petits"),
        ("la famille a une vieille megane en panne devant chez eux", "megane"),
        ("la famille a une vieille Clio en panne devant chez eux", "Clio"),
        ("acheter leurs vêtements de rentrée chez Kiabi et chez Célio, budget 150 €", "Célio"),
        ("acheter du vin chez Nicolas pour le pot", "Nicolas"),
        ("Sa complémentaire c'est Harmonie Mutuelle, sauf qu'elle ne paie plus", "Harmonie"),
        ("il a oublié son doudou à la crèche", "doudou"),
    ],
)
def test_what_looks_like_batches_ks_ku_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # batch KY: a birth date in brackets after a nickname in quotes, a nickname others give in quotes
        (
            "Enfants concernés : Yanis (14/02/2012), Inès dite « Nenesse » (03/09/2015), Rayan (21/06/2019)",
            ("03/09/2015",),
        ),
        ("l'auxiliaire de nuit, Fatoumata, que les autres surnomment « Toutou ».", ("Toutou",)),
    ],
)
def test_what_batch_ky_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_word_quoted_before_a_date_in_brackets_stays():
    assert_kept("il m'appelle « akka » ; je dis « bonjour » (03/09/2015)", "akka", "bonjour")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # batches KZ, LE and LG: French words written by ear in families' letters are words, not names
        ("bonjour madame l'asistante je vous envoi les papié pour le dossier", "papié"),
        ("bonjour madame l'asistante je vous envoi les papié pour le dossier", "asistante"),
        ("je sui passé a l'acueil mais personne, ma fille a pas été au colege", "acueil"),
        ("je sui passé a l'acueil mais personne, ma fille a pas été au colege", "colege"),
        ("escusé moi je suis tré fatige", "fatige"),
        ("jé bezoin de mé papié pour lassistante, il é absant depuis lundi", "bezoin"),
        ("jé bezoin de mé papié pour lassistante, il é absant depuis lundi", "lassistante"),
        ("jé bezoin de mé papié pour lassistante, il é absant depuis lundi", "absant"),
        ("maintenan je sai pas quoi faire, la semène prochène on verra", "maintenan"),
    ],
)
def test_what_families_write_by_ear_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a first name, a nickname or a family name one slip away from a word stays a name
        ("Anli 25/01/2019\net le bébé Soilihi 8/12/2023", ("Anli",)),
        ("780 107 (compte nickel) merci vaness", ("vaness",)),
        ("vu durand hier au guichet, il attend sa notif", ("durand",)),
        ("Nevada, l'aînée, 13 ans, n'est plus scolarisée", ("Nevada",)),
        ("[09:12] Soso: qui prend la perm ce matin\n[09:13] Raph: moi jsuis la", ("Raph",)),
        ("12/02 10:41 consulté par jmartin\n12/02 10:44 modifié par s.bel", ("jmartin",)),
        ("Senait Tesfaye, demandeuse d'asile, n° AGDREF 7512345678", ("Senait",)),
        ("grosse galère avec mimine (Lamine Rahmouni) : 17 ans et déjà deux fugues", ("mimine",)),
    ],
)
def test_names_near_a_word_written_by_ear_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_birth_month_written_by_ear_is_masked():
    assert_hidden("elle est née le 2 fevrié 1941 à Oran, lui le 3 otobre 2001", "fevrié", "otobre")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a union's and a collective's writing: public officials named in their office
        ("Lettre ouverte à Madame Bérénice Kaltenbach, ministre des Solidarités", "Kaltenbach"),
        ("Monsieur Lucas Fontanarosa, député de la 4e circonscription du Nord,", "Fontanarosa"),
        ("Madame Ngozi Adebayo-Mercier, sénatrice de l'Essonne,\n\nNous vous écrivons", "Adebayo-Mercier"),
        ("Le ministre Aurélien Saint-Aubin a déclaré le 28 novembre", "Saint-Aubin"),
        ("la nomination de M. Olivier Rabenandrasana comme ministre délégué", "Rabenandrasana"),
        (
            "Monsieur le Président du conseil départemental,\nMonsieur Amadou Sissoko,\nlors de la séance",
            "Sissoko",
        ),
        ("Madame la Maire,\nMadame Sylvie Hautecoeur, vous avez annoncé la fermeture", "Hautecoeur"),
        ("M. Ollivro, président du conseil départemental, a dit non. Ollivro ment.", "Ollivro ment"),
        # inclusive writing: an ending after a middle dot or a point is no one's name
        ("CR de l'AG des assistant·es familiaux·ales du 21 novembre", "familiaux·ales"),
        ("les salarié.e.s et les assistant.es familiaux.ales", "familiaux.ales"),
        # the date of a story, of a text in the plural, of an institution born
        ("Le 1er décembre 1955, Rosa Parks refusait de céder sa place.", "1er décembre 1955"),
        ("la Sécu est née avec les ordonnances des 4 et 19 octobre 1945", "19 octobre 1945"),
        ("Affiche : « La CIDE est née le 20 novembre 1989, elle a 37 ans »", "20 novembre 1989"),
        # a union's own papers and a training's diploma
        ("Tract n° 14/2026 de la section : le DGA solidarités ment", "14/2026"),
        ("La formatrice du DEIS nous a fait lire Alinsky", "DEIS"),
    ],
)
def test_what_looks_like_batches_lq_lt_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a judge's or a director's rank is no public office; a title before a name still masks it
        ("Audience cabinet de Mme Leclercq, vice-présidente.", ("Leclercq",)),
        ("Mme Durand, directrice, nous a reçus", ("Durand",)),
        ("Mme DEME est venue avec ses deux fils", ("DEME",)),
        ("Information préoccupante concernant Avril LEMAIRE, née le 14/09/2016", ("Avril", "LEMAIRE")),
        ("Dalila Ales est venue", ("Dalila Ales",)),
        ("Dossier n° 14/2026 de la famille", ("14/2026",)),
        ("Le 12/03/1950, Mme Xavier est née à Oran", ("12/03/1950",)),
    ],
)
def test_names_near_public_offices_and_inclusive_writing_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_first_name_with_an_accent_no_word_has_is_a_name():
    assert_hidden("Sorties : Loïs (déménagement), parcours terminé pour 4 enfants.", "Loïs")
    assert_kept("les lois de 2016 et la clemence du juge", "lois", "clemence")


def test_towns_on_the_way_and_a_deliberation_shortened_stay():
    assert_kept("de Lens à Hénin-Beaumont en passant par Liévin et Avion", "Liévin", "Avion")
    assert_kept("1. retour du CST du 3/12 et de la délib n° 2026-11-087", "2026-11-087")
    assert_hidden("j'ai vu Liévin hier, il va mieux", "Liévin")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the held-out batches LK to LP, read after the twenty-first session
        (
            "Mail de ma N+1 : « C., je te rappelle que les écrits sont dus vendredi ». Je suis la seule C. du service.",
            ("C., je", "seule C. du"),
        ),
        ("Bonjour B., tu peux passer ?", ("B.",)),
        ("il est a la gare ce soir. ibou (son pote) dit qu'il a plus de traitement.", ("ibou",)),
        ("Objet : situation TCHOUMI / demande 45-26-00412\nBonjour", ("45-26-00412",)),
        ("Je suis furieuse. — Clémence, petite-fille et aidante", ("Clémence",)),
        ("Kévin Da Costa, DS, site de Hazebrouck\nNour Bensalem, DS suppléante", ("Hazebrouck",)),
        ("deja que la Mercier attend que ça, un prétexte. mercier me surveille", ("Mercier", "mercier")),
        ("le Dupont nous a reçus en retard", ("Dupont",)),
        ("Mélo t'es où ? la famille t'attend à l'accueil", ("Mélo",)),
        # the batches MA to MD, read: colleagues' letters, a quoted mail's initials, parties to a case
        ("entre nous hein, M-C a encore refusé les congés", ("M-C",)),
        ("on part sur une IP. JF rédige.", ("JF",)),
        ("réponse de ma cheffe à ma demande de formation : « non. CB »", ("CB",)),
        ("tu prioriseras. SL\n\nvoila. 3 visites en retard", ("SL",)),
        ("Affaire : ROCHE c/ ROCHE – audience du 9 janvier", ("ROCHE c/ ROCHE",)),
        ("Zidane, 9 ans, le fils de Mme Benyahia, veut devenir footballeur", ("Zidane",)),
        ("Fiche de liaison PMI\nEnfant : Avril, née le 29/04/2026\nAdresse : 12 rue du Port", ("Avril",)),
        ("le chat de la voisine, elle s'appelle Mireille", ("Mireille",)),
        # the batches ME to MH, read: lower-case notes, homes described, numbers written every way
        (
            "synthese lefevre/blanc : lui c'est lefevre, elle a repris blanc depuis le divorce",
            ("lefevre", "blanc"),
        ),
        ("entretien avec k. ce matin, venu seul. il dit que d. l'a mis dehors", ("k.", "d.")),
        ("Rappeler Mme Nguyen au 06_18_95_40_27 (elle écrit son numéro comme ça)", ("06_18_95_40_27",)),
        ("vous pouvez me rappeler au 0 7 3 3 6 4 1 2 9 8 merci au revoir", ("0 7 3 3 6 4 1 2 9 8",)),
        (
            "noté tel quel : FR76 - 1027 - 8062 - 1700 - 0201 - 4560 - 144. J'ai vérifié",
            ("FR76 - 1027 - 8062",),
        ),
        ("en double :\nN° SS : 1 85 07 75\n112 048 67\nNom : HADDAD Karim", ("1 85 07 75", "112 048 67")),
        ("tout en double :\nsécu 1 04 10 93 066 118\n58\nné le 22/10/2004", ("066 118\n58",)),
        (
            "elle est maintenant rue des Tanneurs, 3e droite, pas de nom sur la boîte",
            ("Tanneurs", "3e droite"),
        ),
        (
            "elle est tour 4, 11e étage, porte face à l'ascenseur aux Hauts-de-Rouen",
            ("porte face à l'ascenseur",),
        ),
    ],
)
def test_batches_lk_to_md_people_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Points A., B., C., je vous les détaille", "A., B., C."),
        ("le voisin (son pote) est passé, le CMP (son médecin) a appelé", "voisin"),
        ("le site de la CAF est en panne", "CAF"),
        ("Service social du CHU, site Pierre-Zobda-Quitman : 7 AS pour 1 100 lits.", "Pierre-Zobda-Quitman"),
        ("la Montagne titrait ce matin, la Seine a débordé, on est allés à la Poste", "Seine"),
        ("les usines de la Sambre ont fermé", "Sambre"),
        ("Merci. RAS\nà demain", "RAS"),
        ("On lâche rien. CGT\n", "CGT"),
        ("Demain tu viens ? Bien tu peux venir. Merci tu es top", "Bien"),
        ("le JB a dit, JO de Paris", "JB"),
        ("le match Lyon c/ Marseille", "Lyon c/ Marseille"),
        ("des Dr. Martens d'occasion et un carton de crèmes Dr Pierre Ricaud", "Pierre Ricaud"),
        ("le courrier doit être compréhensible par Mme Michu", "Michu"),
        ("Philip Morris peut le remercier, il est passé au William Peel", "William Peel"),
        ("il vit avec son chien, un staff croisé, il s'appelle Tyson mais c'est un nounours", "Tyson"),
        ("les enfants ont surtout adoré le cochon, qui s'appelle Napoléon.", "Napoléon"),
        ("en Avril, né le 3 mars, il est arrivé au foyer", "Avril"),
        ("voir p. 12 du rapport, avec m. Dupont", "p. 12"),
        ("Mme Martin/Lens, le père/mère de l'enfant", "Lens"),
        ("Pour les aidants, le numéro vert 0 805 204 805 est gratuit.", "0 805 204 805"),
        ("- CAF : 32 30 / CPAM : 36 46 / France Travail : 39 49", "32 30"),
        ("faut que qqn couvre les perms du 06/07/08 au matin", "06/07/08"),
        ("j'y suis entrée en 1974 et j'en suis sortie le 31 décembre 2012 : 38 ans", "31 décembre 2012"),
        # a home's place said as a remark stays outside its address, as the evaluation's README says
        ("Zohra habite rue des Acacias, au dessus de la boulangerie, elle a déjà 4 gamins.", "boulangerie"),
    ],
)
def test_what_looks_like_batches_lk_to_md_details_stays(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("CJM de Rayan (B.), pour l'allocation il faut tout en double", ("B.",)),
        ("- le petit dernier Mamadou dit Doudou, né en sept. 2020", ("Doudou",)),
        ("la CAF a tout suspendu. mme h en panique, elle a plus rien", ("h en",)),
        ("la voisine m'a appelée à 7h. la plus grande, K., dormait chez une copine", ("K.",)),
        ("ok je note, sa ddn c le 14 juillet comme la fête nat", ("14 juillet",)),
    ],
)
def test_initials_nicknames_and_birthdays_said_in_passing_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_letter_for_an_elided_pronoun_is_no_initial():
    assert_kept("mme l a dit non", "l a dit")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the batches MK to MN, read: families' stories, young people's messages, greetings and signatures
        ("et la dernière, Maëlys. Quand K. part en 2016, mme moreau se retrouve seule", ("K.",)),
        ("jme suis battu avec K. au self, c pas moi qui ai commencé", ("K.",)),
        ("la mère Jelena, le père Dragan qu'on appelle tous Gaga, et la fille Milica", ("Gaga",)),
        ("Merci ma Rose pour le coup de main avec les dossiers", ("Rose",)),
    ],
)
def test_batches_mk_to_mn_people_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_car_a_phone_company_and_a_gentleman_stay_after_ma_mon_and_avec():
    assert_kept(
        "j'ai pris ma Clio, mon Orange ne capte pas, rendez-vous avec M. le maire", "Clio", "Orange", "M."
    )


def test_a_rota_s_days_and_a_software_s_version_stay():
    assert_kept(
        "Planning\nLUN : AS1 + secrétariat A\nMAR : AS2 + CESF\nMER : AS3 matin\nJEU : ES + puer",
        "MAR",
        "MER",
    )
    assert_kept("Objet : mise à jour Solis v. 25.12.07 – indisponibilité", "25.12.07")


def test_a_first_name_typed_in_lower_case_opening_a_clause_where_names_are_typed_so():
    assert_hidden(
        "atelier du mardi : vu mme dupont avec ses deux, precieuse n'a pas lache sa chaise", "precieuse"
    )
    assert_kept(
        "vu mme dupont. grace a toi on gagne une semaine, remise en état du véhicule", "grace", "remise"
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the batches MO to MR, read: outreach, copied reports, older people at home
        ("tentes. vu abdul wahid, samiullah et un mineur qui dit s'appeler Yonas", ("samiullah",)),
        ("Visite chez Mme Rose Boulanger (elle est de 1934, elle me l'a redit). GIR 4", ("1934",)),
        ("« T., 6 ans, vit avec sa mère et le compagnon de celle-ci, S., au-dessus du bourg »", ("S.",)),
    ],
)
def test_batches_mo_to_mr_people_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_pension_fund_stays():
    assert_kept("- retraite CARSAT + Agirc-Arrco\n- vit seul", "Agirc-Arrco")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the batches MS to MV, read: a collective's meetings, names of every origin, families' letters
        ("Pour dimanche : Jérôme je te prends, t'es toujours rue Pasteur ? Anissa et Dylan", ("Pasteur",)),
        ("maintenan on ai o 14 ru des coquelico bat c apart 23 a hem", ("apart 23",)),
        ("on habite allee des mesanges n 6 depuis 5 ans", ("n 6",)),
    ],
)
def test_batches_ms_to_mv_homes_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_foreign_words_listed_after_a_name_stay():
    assert_kept("au marché : dachine, christophine, ti-nain, fruit à pain", "ti-nain")
    assert_kept(
        "des saucissons Justin Bridou et des compotes Charles & Alice", "Justin Bridou", "Charles & Alice"
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the held-out batches LU to LZ, MI and MJ, read at the end of the twenty-second session
        ("bb Ayden né ce matin le 7/12, 3kg120, maman ok", ("7/12",)),
        ("Appel de la référente ASE : les deux aînés K. sont placés depuis mardi", ("K.",)),
        (
            "la préfecture ne donne aucun rdv en ligne. N° étranger 7503184226, NIR en attente",
            ("7503184226",),
        ),
    ],
)
def test_held_out_batches_lu_to_mj_details_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_verb_that_reads_like_a_cite_and_a_care_unit_stay():
    assert_kept("On nous cite la délibération n° 2025-11-204 et l'article L. 121-1", "la délibération")
    assert_kept("LHSS complets, 6 mois d'attente, le foyer refuse", "LHSS")
    # a care unit's town is no workplace of the author's: "14 mois d'attente au CMP de Metz" (a family's wait)
    assert_kept("14 mois d'attente au CMP de Metz, 11 à Nancy", "Metz")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-third session's batches NA (dictated notes) and NB (names that are words)
        (
            "le compte pour la pension c'est fr 76 3000 3021 8700 0504 1392 667 à la banque postale",
            ("3021 8700",),
        ),
        ("si tu peux appelle son fils au zéro 7 83 19 40 57 il travaille à côté", ("83 19 40 57",)),
        ("à l'adresse c point leroux arobase m l tiret flandre point fr et mettre la cheffe", ("flandre",)),
        ("le prénom c'est Thi Hoa t h i et h o a ma date de naissance", ("t h i", "h o a")),
        (
            "adresse cent douze rue de Lannoy deuxième étage le papa est au pays",
            ("cent douze", "deuxième étage"),
        ),
        ("je suis à la rue depuis mes dix-huit ans je dors dans le square Jean Moulin", ("Jean Moulin",)),
        (
            "mme kone habite douze rue de la paix deuxieme etage porte droite cinquante neuf cent soixante dix croix "
            "besoin bons alimentaires",
            ("soixante dix croix",),
        ),
        ("23h30 : calme. Pinson (chambre 12) demande un doliprane.", ("Pinson",)),
        ("Sa fille Lorraine vit en Lorraine depuis mars.", ("fille Lorraine",)),
    ],
)
def test_dictated_details_and_names_that_are_words_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the twenty-third session's look-alike batches MY (culture cited) and MZ (places as topics)
        ("le tram T2 est bloqué entre Gambetta et Place Carnot, panne de courant", "Place Carnot"),
        ("La réfection de la place Jean-Baptiste Clément a coûté 1 245 000 €", "Jean-Baptiste Clément"),
        ("la permanence est transférée place du 19-Mars-1962 à compter du 3 février", "19-Mars-1962"),
        (
            "Playlist de l'atelier mémoire : Petite Marie (Cabrel), Nathalie (Bécaud), Lucie (Obispo)",
            "Nathalie (Bécaud)",
        ),
        ("Karaoké : on a ouvert avec Céline d'Hugues Aufray puis Marie-Jeanne de Joe Dassin", "Céline"),
        ("qui on était dans le film : Bruno, le personnage de Cassel qui ne dit jamais non", "Bruno"),
        (
            "elle regardait Perdu de vue avec Jacques Pradel. Elle a dit : alors Pradel c'était du cinéma",
            "alors Pradel",
        ),
        ("Mme France Lallemand touche le minimum vieillesse. Arrivée en France en 1975.", "en France"),
        ("je lui ai redonné le numéro du trois neuf sept sept non pardon", "trois neuf sept sept"),
        ("mon perso zéro six trente douze cinquante-huit quarante-quatre et merci", "et merci"),
    ],
)
def test_culture_and_places_cited_in_casework_stay(text, kept):
    assert_kept(text, kept)


def test_a_song_s_singer_needs_music_in_the_text():
    # an illness or a town in brackets or after "de" is no singer
    assert_hidden("aidante de son mari Joaquim (Parkinson), 9 quater rue du Port", "Joaquim")
    assert_hidden("Mme Marie-Josée Ah-Fat-Lan a rappelé de Saint-Pierre pour le dossier", "Marie-Josée")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-third session's batches NB, NE (meetings' minutes), NF (child welfare), NA (dictated)
        (
            "La famille Toussaint est repartie pendant la Toussaint ; Mme Toussaint dit qu'elle avait le droit",
            ("Toussaint",),
        ),
        ("Rédaction : la cheffe / relecture KL", ("KL",)),
        ("Pour jeudi : Bénédicte, Nawel.\ncc : JMD ; rsa.equipe@departement45.fr", ("JMD",)),
        ("Cc : Pierre (DGS); Élus CCAS", ("Pierre",)),
        ("son numéro 03 20 quatre-vingt-huit 41 16 merci", ("quatre-vingt-huit 41 16",)),
        (
            "monsieur youssef né au Maroc en juillet quatre-vingt-onze numéro sécu en attente",
            ("quatre-vingt-onze",),
        ),
        ("ma date de naissance c'est le 12 du 7 quatre-vingt-quatre j'habite à Lomme", ("12 du 7",)),
        ("je suis maintenant au 5 rés le clos fleuri bat c 62400 bethune", ("clos fleuri", "5 rés")),
    ],
)
def test_names_beside_feasts_initials_of_minutes_and_dictated_dates_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the twenty-third session's look-alike batch ND, and NF's and NE's clean words
        ("Émetteur : école Jules Ferry (directrice)", "Jules Ferry"),
        ("pour que le juge lise la situation, pas l'histoire", "lise"),
        ("Chez maman y'a Steeve qui crie tout le temps", "y'a"),
        ("La grande sœur ne quitte pas son déguisement d'Elsa de la Reine des neiges", "Elsa"),
        (
            "le local de la rue Lebas ferme au 31/12, la permanence déménage boulevard Victor Hugo",
            "Victor Hugo",
        ),
        ("appelé le service paie au 03 22 97 40 15 vingt fois sans réponse", "vingt fois"),
        ("Atelier chant : on a mis Johnny, Cloclo, Sardou et Dalida", "Dalida"),
        ("ça sent le Mr Propre à plein nez, un buffet de chez Emmaüs", "Mr Propre"),
    ],
)
def test_schools_verbs_costumes_and_singers_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the twenty-third session's look-alike batch NI: a migrants' route, towns abroad
        ("La famille est arrivée de Tbilissi via Koutaïssi, vol low cost jusqu'à Beauvais", "Koutaïssi"),
        ("des familles roms de la région de Craiova et de Constanța", "Craiova"),
        ("bcp ont un frère ou un oncle à Birmingham, Leicester ou Manchester.", "Leicester"),
        ("les familles viennent de Craiova, Constanța ou Iași", "Iași"),
        ("transfert prévu vers Turin", "Turin"),
        ("Les mineurs arrivent par Vintimille, passent par Lyon", "Vintimille"),
    ],
)
def test_towns_abroad_on_a_route_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a town's name that French lists have as a first or a family name, without a word of travel
        ("Elle a trois enfants, Yao, Ama et Koffi.", ("Ama",)),
        ("l'interphone est encore au nom de Pereira", ("Pereira",)),
        ("en copie à Hansi <h.wendling@saad-bruche.fr>, merci", ("Hansi",)),
        ("orientées cette semaine : Keller, Amrani et Gomes.", ("Keller", "Amrani")),
        ("Sa fille Sofia vit à Lille avec le père", ("Sofia",)),
    ],
)
def test_names_that_are_towns_abroad_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the twenty-third session's look-alike batch NH: drugs and eponyms of health writing
        ("Traitement : Modopar 125 mg 1-1-1-1, Sinemet LP le soir, Lovenox 4000 UI", "Sinemet"),
        ("agitée vers 2h, Loxapac 50 mg IM, puis calme", "Loxapac"),
        ("antécédent d'encéphalopathie de Gayet-Wernicke en 2022", "Gayet-Wernicke"),
        ("un syndrome de Rett, une épilepsie type Lennox-Gastaut sous Depakine", "Lennox-Gastaut"),
    ],
)
def test_drugs_and_eponyms_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("M. Martin 80 mg de Loxapac le soir", ("Martin",)),
        ("Doliprane 1 g, Léa a bien dormi", ("Léa",)),
        ("La CAF l'a enregistrée sous MMADI Anfiati, la CPAM sous SAID MMADI Anfiati", ("Anfiati",)),
        # the twenty-third session's batch NL: homes in the countryside, named
        ("M. Schaeffer vit seul au Lindenhof, la ferme au-dessus de Lièpvre", ("Lindenhof",)),
        (
            "Mme Rigal habite Saint-Geniez-le-Haut, le hameau au-dessus, six maisons",
            ("Saint-Geniez-le-Haut",),
        ),
        ("elle habite à Chez Vergnaud, c'est à 4 km de Montbron par la petite route", ("Vergnaud",)),
        ("on est au 2e de la tour Mimosa à la Grande-Borne, on est quatre dans un F3", ("Mimosa",)),
    ],
)
def test_patients_given_a_dose_and_named_homes_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_commune_with_its_kind_of_place_stays():
    assert_kept("il vit à Murat, le village de son enfance", "Murat")
    assert_kept("réunion au 2e étage de la tour Europe", "Europe")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-third session's batches NQ (teenagers) and NR (older people's letters)
        ("Espoir il a encore fugué hier soir, jcrois il dort chez Ambre", ("Espoir",)),
        ("le mec qui m'insulte son pseudo c lebgdu62_ mais en vrai c Enzo", ("lebgdu62_",)),
        ("dans sa bio ya marqué 🎂 2001 et son blaze c tony.mtp34. elle a 13 ans", ("2001", "tony.mtp34")),
        ("VAD chez M. et Mme D., les enfants (T. 8 ans, L. 5 ans) au domicile à 10h", ("T. 8", "L. 5")),
        ("je vous écris pour ma sœur Paulette qui est de 1929, moi je suis de 32", ("1929",)),
    ],
)
def test_teenagers_handles_and_older_people_s_years_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Si elle rappelle cette nuit, dis-lui de passer demain", "Si elle"),
        ("Le bourg compte 340 habitants et 11 hameaux", "340"),
        ("mr a un parkinson avance, madame alzheimer debutant. plan d'aide apa", "alzheimer"),
        ("clara (cellule locale d'accompagnement et de repit des aidants) ne prend plus personne", "clara"),
        ("la loi qui est de 2005 dit que la compensation est due", "2005"),
    ],
)
def test_clause_openers_counts_illnesses_and_acronyms_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fourth session's batch NT: postal addresses as people write them
        (
            "RÉSIDENCE LES GLYCINES BAT C ESC 2\n14 AV DU GAL LECLERC\n93130NOISY-LE-SEC\nalors",
            ("NOISY-LE-SEC",),
        ),
        (
            "Mme Payet i reste 12 chemin Badamier, Bois-de-Nèfles 97490 Ste-Clotilde, la case",
            ("Bois-de-Nèfles",),
        ),
        (
            "dans le logiciel c'est rue du Stade, face à la mosquée de Vahibé, 97600 Mamoudzou.",
            ("Vahibé", "97600"),
        ),
        (
            "Sylvie Carpentier\nAppt 23 – Bât. Les Érables\nRésidence Le Clos Fleuri\n8 allée Camille-Claudel",
            ("Érables",),
        ),
        ("ADRESSE : RES. BEAUSOLEIL BT 4 ESC A ETG 3 APP 31 59500 DOUAI   N° SS : 2", ("ETG 3",)),
        ("MAJ dossier TOURE Mariam adr 56 av Pdt Allende bt D apt 406 93000 Bobigny tel", ("bt D",)),
        ("adresse saisie « LD La Croix Verte 86190 CHIRE EN MONTREUIL », le facteur", ("LD La Croix",)),
        ("lun 09h KB -> Trabelsi 18 résid. les Acacias appt 23", ("les Acacias",)),
        (
            "mimi est repartie à la cabane près des jardins ouvriers, sente des Glaises. je passe",
            ("Glaises",),
        ),
        (
            "qui vit dans sa voiture garée chemin de halage de la Sauldre près de l'écluse",
            ("chemin de halage",),
        ),
        (
            "Lieu de vie : caravane sur le terrain familial, chemin rural n° 12, lieu-dit Le Pâtis.",
            ("rural n° 12",),
        ),
    ],
)
def test_addresses_written_as_people_write_them_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "il habite Les Bessières, la dernière maison quand on a passé le pont de la Sioule",
            "pont de la Sioule",
        ),
        (
            "M. Quéré vit seul à la ferme de Kerlann, au bout du chemin de terre après le lavoir",
            "chemin de terre",
        ),
        ("il habite près du chemin de fer, la maison jaune", "chemin de fer"),
        ("LD CP : 3 élèves", "LD CP"),
        ("Code INSEE | Commune | Nb IP\n59350 | Lille | 1 204\n59512 | Roubaix | 688", "59350"),
        ("2024-11-29 16:42 | usr=mlefranc | champ=TEL_PORT | ancien=0645123390", "TEL_PORT"),
    ],
)
def test_landmarks_kinds_of_way_and_software_fields_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fourth session's batches NV (first names that are words), NU (names every way), NX (numbers)
        ("Le brigadier-chef Avril, du commissariat de Lens, m'a confirmé la plainte", ("Avril",)),
        ("coucou, la petite avril dormait dans son transat", ("avril",)),
        (
            "Tour de table du lundi : Aimé revient de congé maladie, Désiré part en formation",
            ("Aimé", "Désiré"),
        ),
        ("pour la fratrie Meunier : Jade 12/05/2016, Noah 03/11/2019, et le bébé", ("Jade", "12/05/2016")),
        ("Mme veuve Le Guennec, née de Kersauson de Pennendreff, 91 ans, a l'APA", ("de Kersauson",)),
        ("NOM : TOUNKARA\nPRENOM : Awa\nDATE NAISS : 1995 (jour et mois non connus)", ("1995",)),
        (
            "2024-11-29 16:42 | usr=mlefranc | ACTION=MODIF | INDIV=SOL-0092217 | champ=TEL_PORT",
            ("SOL-0092217",),
        ),
        (
            "sa date de naissance : 06/06/1991 chez nous, 1991-06-06 à la CAF, « 6 juin 91 » chez le bailleur",
            ("1991-06-06", "6 juin 91"),
        ),
        (
            "Mail donné au JAF : marc . vidal @ wanadoo . fr (il met des espaces partout)",
            ("vidal", "wanadoo"),
        ),
        (
            "merci d'écrire à secretariat.ccas at mantes-la-jolie dot fr, ma boîte sature",
            ("secretariat.ccas",),
        ),
        ("mon numéro unique de demande de logement, c'est le 059 12 2 2511 04873 (à mon nom", ("04873",)),
        # batch OC: messages between colleagues
        ("[09:02] Benali, Nadia (DEF-MDS Roubaix Est)\nqq1 a le num de la tante ?", ("Benali, Nadia",)),
        (
            "À : Fontaine, Marion <marion.fontaine@nord-solidarites.fr>; Ba, Ousmane <o.ba@nord.fr>",
            ("Fontaine",),
        ),
    ],
)
def test_names_that_are_words_dates_and_numbers_written_otherwise_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "NOM : LOURDES\nPrénom : Nancy\nDate de naissance : 22/09/1987\nLieu de naissance : Nancy (54)",
            "Nancy (54)",
        ),
        ("Mme Lourdes Fernandes a une fille. La maman, Kenya, n'est jamais allée au Kenya.", "au Kenya"),
        ("Synthèse famille FRANCE\n- M. France radié de France Travail depuis mars", "France Travail"),
        (
            "M. Sylvestre Noël, né le 31 décembre 1964, sans domicile. Il passera Noël à l'accueil.",
            "passera Noël",
        ),
        (
            "M. Bienvenu Kalala est arrivé en 2023. « Bienvenue en France », lui a dit l'agent.",
            "Bienvenue en",
        ),
        ("test de Guthrie normal, syndrome de Di George écarté, Brunet-Lézine en cours", "Di George"),
        ("Madame (née le 3.II.1968) est conjointe collaboratrice", "Madame"),
        ("Subject: Dette locative\nTo: <fsl.dunkerque@nord-solidarites.fr>\n\nMadame", "To:"),
        (
            "Depuis la loi Santiago (loi n° 2024-233), l'autorité parentale… Santiago, une députée",
            "loi Santiago",
        ),
        ("voir avec elle pour le dossier. lucie.garnier@francetravail.fr", "dossier."),
        ("voir le juge Lundi, puis l'éducatrice Mai prochain", "Lundi"),
    ],
)
def test_places_feasts_laws_and_headers_said_like_names_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fourth session's batches OE (names that are places) and OG (court and police papers)
        (
            "- Mère : DIALLO Fatoumata, 12/05/1990\n- Enfants : Aïssatou, 03/2012 ; Ousmane, 21.09.15",
            ("03/2012",),
        ),
        ("un nom de fichier : NOTE_INCIDENT_IP-2024-05872_v3.pdf, réf. logiciel SOL-0093177.", ("05872",)),
        ("[09:02] Benali, Nadia (DEF-MDS Roubaix Est)\nqq1 a le num ?", ("Benali",)),
        ("62400 Béthune\nZiani, Rachid\nhier 18:02\noui je passe", ("Ziani",)),
    ],
)
def test_children_s_months_of_birth_files_named_and_contacts_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("M. Dijon vient de Dijon, on lui a fait toutes les blagues sur la moutarde.", "vient de Dijon"),
        ("Mme Lourdes Ferreira a un fils. Son mari est enterré à Lourdes aussi.", "enterré à Lourdes"),
        ("Milan, 11 ans, parle de son cousin qui vit à Milan.", "vit à Milan"),
        ("Mme Nancy Lhuillier, née le 12/05/1987 à Nancy, demande la CSS", "à Nancy"),
        ("rappel equipe: audiences JE decalées, le 06/01 9h30 et le 07/01 14h, salle 3", "06/01 9h30"),
        ("Derrière, il y a 2 300 enfants confiés et 41 postes vacants", "2 300"),
        ("rubrique RH > dialogue social > imprimé 2024-DS-04, à déposer", "2024-DS-04"),
        ("balade « Sur les pas de Louise Michel et d'Eugène Varlin » dans le 11e", "Eugène Varlin"),
        ("Accès bus : lignes 3 et 12, arrêt Liberté. Parking derrière la médiathèque.", "Liberté"),
    ],
)
def test_places_said_as_places_dates_and_public_figures_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fourth session's batches OG, OK (dictated) and OI (care of older people)
        (
            "Je suis assistante familiale depuis 19 ans, au Mont-Hulin, la ferme isolée en haut de la côte",
            ("Hulin",),
        ),
        ("son iban f r 76 16706 05012 52014783650 77 banque postale", ("f r 76",)),
        ("je peux pas venir rappelez-moi au 07 53 vingt et un 48 trente merci", ("vingt et un 48",)),
        ("point bébé Maëlys M A E tréma L Y S née le vingt-trois février", ("L Y S",)),
    ],
)
def test_farms_named_dictated_ibans_phones_and_spelt_names_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("On a fêté ça au Bistrot, la maison des associations", "Bistrot"),
        (
            "c'est le 3e avec une erreur de prénom : TRIBUNAL JUDICIAIRE D'ARRAS – Juge des enfants",
            "TRIBUNAL",
        ),
        ("le fichier c'est IP_2026_11_v3.xlsx sur le commun", "IP_2026_11"),
        ("IP reçues par commune de résidence de l'enfant : Saint-Denis (97411) 612", "Saint-Denis"),
        ("IP par commune de résidence de l'enfant, 2026\n\tT1\tT2", "résidence de l'enfant"),
        (
            "Le Clos Fleuri (FINESS 590 812 406) 48 places, 97 % ; Résidence du Parc (FINESS 590 799 218)",
            "Clos Fleuri",
        ),
        ("Les bénéficiaires de l'APA nés avant le 1er janvier 1947 représentent 63 % des plans", "1947"),
    ],
)
def test_public_buildings_headings_tables_and_cohorts_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fourth session's batch OM: young people in care
        (
            "Yasmine s'est fait insulter par un compte appelé ptite_fouine_62. Elle pense savoir qui",
            ("ptite_fouine_62",),
        ),
        ("Chez les Caron depuis deux ans, avec son frère Noé, 2014. M. Caron est conducteur.", ("2014",)),
        ("Mme Jacqueline Kerbrat, 12/1949, NIR 2491229019006 18 — dossier APA", ("12/1949",)),
    ],
)
def test_handles_and_siblings_years_are_masked(text, secrets):
    assert_hidden(text, *secrets)


def test_a_public_act_s_number_after_a_comma_stays():
    assert_kept("Le numéro de la délibération, c'est le 2023-11-0457, pas celui du tract", "2023-11-0457")
    assert_kept(
        "La référence du marché d'hébergement hôtelier, c'est 2 24 06 59 000 1 : lot 2", "2 24 06 59 000 1"
    )
    assert_hidden("sa réf. locataire actuelle, c'est le LOC 0045871/02 sur la quittance", "0045871")


def test_a_recent_year_after_a_name_alone_stays():
    assert_kept("M. Martin, 2021. La suite du dossier", "2021")
    assert_kept("Le jeune Kevin, 11/2019, a été reçu.", "11/2019")


def test_a_title_then_what_the_person_does_stays():
    # the twenty-fourth session's batches OI and ON: "Madame" unnamed, then her verb
    assert_kept("Évaluation APA à domicile. Madame vit seule dans la maison familiale.", "Madame vit seule")
    assert_hidden("madame benali vit seule depuis mars", "benali")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fifth session's batches OS to OZ: addresses, colleagues, lists and typos
        ("une adresse Grande Rue n°67 à Audincourt qui n'existe pas d'après la mairie", ("Grande Rue n°67",)),
        ("elle habite Grande Rue, à Audincourt, depuis mars", ("Grande Rue",)),
        ("hébergé chez un compatriote 14 bd Ney, esc. 3, 6e gche, Paris 18e.", ("6e gche",)),
        (
            "Adresse du bailleur : M. Rouvier, Les Jardins de la Durance, villa 9, 84300 Cavaillon.",
            ("Rouvier", "Jardins de la Durance", "villa 9", "Cavaillon"),
        ),
        ("Point équipe APA du lundi : C. reprend les situations de Amandine B. pendant son congé", ("C.",)),
        ("3. N'GUESSAN Adjoua, 1941 – GIR 2, ASH en cours", ("N'GUESSAN", "1941")),
        ("coucou val,\npeux-tu rappeler la maman de kenzo ?", ("val,",)),
        ("jb tu peux prevenir la puer stp ?\nmc", ("jb", "\nmc")),
        ("[08:15] bm: moi si tu veux\n[08:16] ph: ok pr moi", ("bm:", "ph:")),
        ("enfant Kylian Payet né le 3/O9/2019 (un O tapé pour le zéro)", ("3/O9/2019",)),
    ],
)
def test_streets_named_with_an_adjective_floors_colleagues_and_typed_letters_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the twenty-fifth session's batches OP to OZ: look-alikes
        ("On a fait une sortie à Bari avec les jeunes du service, trois jours en Italie.", "Bari"),
        (
            "Au congrès de Florence sur la protection de l'enfance, une intervenante a cité Winnicott.",
            "Florence",
        ),
        ("le cortège descend la rue de Siam jusqu'au pont de Recouvrance", "Siam"),
        ("Orientation vers la Maison de Solenn, à Cochin, pour une ado suivie en AEMO", "Cochin"),
        ("412 € de reste à vivre pour 4 personnes, l'huile Lesieur à 4 €, le lait infantile à 18", "Lesieur"),
        ("Le plan APA 2024-2028 du département promet 300 postes, on attend de voir.", "2024-2028"),
        ("Mme Oukaci a noté 'situation stable'. stable ?? je dors 4h par nuit.", "stable'"),
        ("grève des aides à domicile devant l'hôtel du département, place de la Préfecture.", "Préfecture"),
        (
            "L'EHPAD Les Cèdres et la résidence autonomie Le Clos Saint-Jean ont fermé 20 lits",
            "Clos Saint-Jean",
        ),
        ("Le foyer fête ses 50 ans : il est né le 1er septembre 1976 dans une ancienne colonie", "1976"),
        ("Copie écran logiciel :\nMESURE : ACCUEIL PROVISOIRE\nDEBUT : 12/03/2024", "DEBUT"),
        ("Les familles du François n'ont pas pu venir, la route du Robert était bloquée.", "François"),
        ("Les familles du François n'ont pas pu venir, la route du Robert était bloquée.", "Robert"),
        ("un monsieur nous a dit « zot i vien toultan, mé le logement i vien pa »", "vien"),
        ("pour remplir le formulaire : NIR au format 1 AA MM DD CCC OOO KK", "DD CCC OOO KK"),
        ("mr ferhat sort des baumettes vendredi, le SIAO est prévenu", "baumettes"),
    ],
)
def test_trips_streets_brands_periods_and_forms_stay(text, kept):
    assert_kept(text, kept)


def test_a_person_born_after_a_service_s_birthday_is_still_masked():
    assert_hidden("Le foyer fête ses 50 ans et Kevin ses 10 ans : il est né le 3 mars 2016.", "3 mars 2016")
    assert_hidden(
        "La sortie de Florence est prévue lundi, son fils Bari viendra la chercher.", "Florence", "Bari"
    )


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fifth session's batches PC to PI: dictated separators, names cut or paired
        (
            "son numéro de sécu c'est 1 point 83 point 06 point 62 point 088 point 127 point 74 je crois",
            ("127",),
        ),
        ("numéro de sécu 2 01 05 971 20 118 tiret 93 ok", ("tiret 93",)),
        ("le dossier RG 24 barre 11845 au tribunal", ("11845",)),
        ("la note : Mme Marie-Josée LAGUERRE-SAINT-\nVAL, domiciliée au Lamentin", ("\nVAL",)),
        ("- sit. KONÉ : garde alternée compliquée", ("KONÉ",)),
        ("M. Nou a appelé hier, Mme Vien aussi.", ("Nou", "Vien")),
    ],
)
def test_spoken_separators_names_cut_at_a_hyphen_and_situations_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the twenty-fifth session's batches PC to PI: look-alikes
        ("Il reste sous Haldol décanoas, une injection toutes les 4 semaines.", "Haldol"),
        ("Pour un jeune dyspraxique qui ne tenait pas un ballon en septembre", "dyspraxique"),
        ("la petite a demandé si le policier serait « comme dans Léo Matteï ».", "Matteï"),
        ("elle rigole en disant qu'elle est « comme Clem sur TF1 ».", "Clem"),
        ("L'animatrice a monté un atelier Sardou-Piaf-Aznavour le jeudi.", "Sardou"),
        ("c'est moi qui conduis avec ma vieille Clio à 280 000 km", "Clio"),
        ("Madame la Juge des enfants\nTribunal judiciaire de Pointe-à-Pitre\nObjet : rapport", "Tribunal"),
        ("le CMP Françoise Dolto ferme tout le mois d'août", "Françoise Dolto"),
        ("Chiffres ODPE 2025 : 2 318 IP reçues dans le Pas-de-Calais.", "Chiffres"),
        ("lun 7/12 9h copil PDI\nmar 8/12 14h commission FSL", "copil"),
        ("de 14 tiret 16 heures, salle 204", "14 tiret 16"),
    ],
)
def test_drugs_series_cars_and_address_blocks_stay(text, kept):
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # the twenty-fifth session's batches PJ to PP: homes without a number
        (
            "M. Delplace dort dans sa Kangoo, il se gare le soir chemin du Marais derrière la salle des fêtes",
            ("Marais",),
        ),
        ("elle se gare la nuit allée des Tilleuls devant l'école maternelle", ("Tilleuls",)),
        (
            "les enfants Kieffer, domiciliés au Eichelhof, ferme isolée au-dessus de Wangenbourg",
            ("Eichelhof",),
        ),
    ],
)
def test_streets_where_a_car_sleeps_and_farms_named_are_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the twenty-fifth session's batches PJ to PP: places and things named like people
        ("VAD ce matin au Robert chez Mme Robert, même nom que la commune.", "au Robert"),
        (
            "Mme veuve Sainte-Rose, née Marie-Luce Lafortune le 1er mai 1941 à Sainte-Rose, vit seule.",
            "à Sainte-Rose",
        ),
        ("Rdv au CH Gabriel Martin à Saint-Paul pour l'évaluation.", "Gabriel Martin"),
        ("j'ai mangé un sandwich Paul dans la voiture entre deux visites", "Paul"),
        ("Le Point Accueil Écoute Jeunes est né le 1er mars 2009 d'une poignée de bénévoles.", "2009"),
    ],
)
def test_communes_with_their_article_birthplaces_and_things_born_stay(text, kept):
    assert_kept(text, kept)


def test_a_child_of_someone_at_a_service_is_still_born():
    assert_hidden("Le fils de la directrice du foyer est né le 1er mars 2009.", "1er mars 2009")
