"""Sentence templates and word lists of the generated evaluation set (see generate.py).

A template is one sentence (sometimes two short ones) of field narrative. Slots, in braces:

* identifying, each gives exactly one gold span:
  ``{P:role:form}`` a person (form: full, first, last, civ, any), the same person every time the
  role comes back in a text; ``{ADDR:au}`` / ``{ADDR:-}`` a postal address with its preposition
  ("au 12 rue…", "à la résidence…") or bare; ``{PHONE}``; ``{EMAIL:role}`` (built on that person's
  name) or ``{EMAIL:service}``; ``{NIR:role}``; ``{IBAN}``; ``{CASE:kind}``; ``{DOB:role:mode}``
  (mode: ne, ddn, after, age; the lead-in "née le", "DDN :" is written by the slot, outside the
  span); ``{WORK:prep}`` a small named site ("la MDS de <commune>"; prep: à, de, -, Le), only its
  name is the span;
* never identifying: ``{g:role:masc|fem}`` agreement with a person; ``{TOWN}`` a commune alone
  (stays visible); ``{DEP}`` a département; ``{N:a-b}`` a number; ``{DATE}`` a date that is not a
  birth date; ``{MONTH}``; ``{DAY}``; ``{HOUR}``; ``{AMOUNT}``; ``{YEAR}``.

Templates are split between the dev and the test split by generate.py (70/30 within each group),
so the test split holds sentences the engine's authors never see while tuning.
"""


def words(text: str, separator: str | None = None) -> list[str]:
    """The words of a list written as one string (blank- or separator-separated)."""
    return [word.strip() for word in text.split(separator) if word.strip()]


# --- roles: sex ("f", "m" or None for either), generation, ages, family member ----------------------

ROLES = {
    "mere": ("f", "adult", (22, 48), True),
    "pere": ("m", "adult", (24, 55), True),
    "enfant": (None, "child", (3, 12), True),
    "enfant2": (None, "child", (2, 15), True),
    "bebe": (None, "child", (0, 2), True),
    "ado": (None, "child", (13, 17), True),
    "gm": ("f", "senior", (60, 85), True),
    "jeune": (None, "child", (16, 20), False),
    "usager": (None, "adult", (25, 60), False),
    "dame": ("f", "senior", (70, 96), False),
    "monsieur": ("m", "senior", (70, 96), False),
    "collegue": (None, "adult", (25, 62), False),
    "collegue2": (None, "adult", (25, 62), False),
    "cadre": (None, "adult", (35, 62), False),
    "af": ("f", "adult", (35, 64), False),
    "medecin": (None, "adult", (30, 66), False),
    "proprio": (None, "adult", (35, 75), False),
    "gendarme": (None, "adult", (25, 55), False),
    "juge": (None, "adult", (30, 62), False),
    "voisin": (None, "adult", (30, 80), False),
    "avocat": (None, "adult", (30, 65), False),
    "puer": ("f", "adult", (26, 62), False),
    "proche": ("f", "adult", (35, 65), False),
}

# --- identifying templates ---------------------------------------------------------------------------

IDENTIFYING = [
    # PMI
    "Visite post-natale chez {P:mere:civ} {ADDR:au} : le bébé a perdu du poids et la maman ne dort plus depuis dix jours.",
    "{g:bebe:Le petit|La petite} {P:bebe:first}, {DOB:bebe:ne}, n'a pas été {g:bebe:vu|vue} en consultation depuis sa sortie de maternité.",
    "La puéricultrice {P:puer:first} a fait {N:3-8} VAD cette semaine au lieu de {N:12-20}, faute de voiture de service.",
    "Bébé {P:bebe:first}, DDN {DOB:bebe:bare}, vu en consultation avec une courbe de poids qui stagne ; la maman est hébergée par le 115.",
    "J'ai rappelé {P:mere:civ} au {PHONE} pour lui proposer un créneau, la messagerie était pleine.",
    "La consultation de {P:bebe:first} a été annulée trois fois : le médecin vacataire ne vient plus le jeudi.",
    "Pour le bilan de santé de {P:enfant:full}, l'école m'a donné le numéro de la mère, {PHONE}, qui n'est plus attribué.",
    "La sage-femme de PMI, {P:puer:civ}, suit seule {N:30-60} grossesses sur un territoire de {N:15-30} communes.",
    "{P:mere:full} a accouché prématurément, elle vit {ADDR:au} sans ascenseur avec trois enfants en bas âge.",
    "Je n'ai jamais pu joindre le père de {P:bebe:first}, ni au {PHONE}, ni par courrier.",
    "La maternité nous a adressé {P:mere:civ} le vendredi soir, sortie précoce, sans rien à la maison pour le bébé.",
    "{P:enfant:first} n'a jamais vu de pédiatre ; {g:enfant:il|elle} est {DOB:enfant:ne} et personne ne l'a suivi{e:enfant} depuis.",
    # ASE / protection de l'enfance
    "{P:ado:full}, {DOB:ado:age}, dort à l'hôtel depuis trois semaines faute de place en foyer.",
    "L'information préoccupante concernant {P:enfant:full} ({DOB:enfant:bare}) a attendu {N:3-9} semaines sur le bureau de la CRIP.",
    "Le juge a ordonné le placement de {P:enfant:first} et de {g:enfant2:son frère|sa sœur} {P:enfant2:first}, mais aucune place n'a été trouvée ensemble.",
    "{g:enfant2:Son frère|Sa sœur} {P:enfant2:first} a été {g:enfant2:placé|placée} chez une assistante familiale à {N:40-120} kilomètres de l'école.",
    "Rapport concernant {P:enfant:first} : l'enfant arrive à l'école sans avoir mangé, avec les mêmes vêtements depuis lundi.",
    "La mesure d'AEMO de {P:enfant:full}, dossier {CASE:aemo}, n'a toujours pas d'éducateur désigné.",
    "L'audience pour {P:ado:first} est fixée au {DATE}, référence {CASE:je}, et le rapport n'est pas écrit.",
    "{P:af:civ}, assistante familiale, accueille {P:enfant:first} depuis {N:2-9} ans et n'a pas été prévenue de son départ.",
    "{g:ado:Le jeune|La jeune} {P:ado:first} a fugué du foyer pour la cinquième fois ; on l'a {g:ado:retrouvé|retrouvée} {ADDR:au}, dans un squat.",
    "{g:collegue:Mon collègue|Ma collègue} {P:collegue:first} a appris par un SMS que l'enfant qu'{g:collegue:il|elle} suivait depuis trois ans changeait de lieu de placement.",
    "{g:jeune:Le jeune|La jeune} {P:jeune:full}, MNA, {DOB:jeune:ne}, a été {g:jeune:évalué majeur|évaluée majeure} sur la foi d'une radio des os.",
    "{P:jeune:first} a eu 18 ans le mois dernier ; son contrat jeune majeur a été refusé, dossier {CASE:ase}.",
    "La visite médiatisée entre {P:mere:civ} et ses enfants a été annulée : pas de salle libre à la MDS.",
    "Dans le dossier {CASE:crip}, l'IP sur {P:enfant:first} mentionne un père violent ; personne n'est allé à la maison.",
    "{g:enfant2:Le petit|La petite} {P:enfant2:first} dit à la maîtresse qu'{g:enfant2:il|elle} a peur de rentrer chez {g:enfant2:lui|elle}, {ADDR:au}.",
    "{P:pere:civ} a appelé le service dix fois en une semaine, en criant, depuis le {PHONE}.",
    "On nous demande de faire sortir {P:jeune:first} du dispositif à ses 18 ans, sans logement, avec un CAP non terminé.",
    "La mère, {P:mere:full}, demande à voir ses enfants plus d'une heure par mois ; le juge a dit oui, le service n'a personne.",
    "{P:enfant:full}, placé{e:enfant} à l'hôtel, a été {g:enfant:retrouvé|retrouvée} seul{e:enfant} dans la chambre un dimanche.",
    # polyvalence / accès aux droits / logement
    "{P:usager:civ}, c'est la troisième fois qu'{g:usager:il|elle} vient pour le même dossier de CSS ; {g:usager:il|elle} habite {ADDR:-}.",
    "{P:usager:civ} m'a laissé un message au bureau : son nouveau numéro est le {PHONE}.",
    "La famille {P:pere:last} vit {ADDR:au}, dans un T2 pour six, et la demande de logement social date de {YEAR}.",
    "Le courrier d'expulsion de {P:usager:civ} est arrivé à l'ancienne adresse, {ADDR:-}, personne ne l'a ouvert.",
    "{P:usager:full} dort dans sa voiture depuis l'expulsion ; son dossier SIAO, {CASE:siao}, est « en attente ».",
    "Nouvelle adresse de la famille {P:mere:last} : {ADDR:-}. Aucun meuble, pas de lits pour les enfants.",
    "L'accueil m'a passé {P:usager:civ} sans rendez-vous : coupure d'électricité prévue demain, dossier FSL {CASE:fsl}.",
    "J'ai accompagné {P:usager:civ} au guichet de la CAF, n° allocataire {CASE:caf}, pour un indu qu'{g:usager:il|elle} ne comprend pas.",
    "Le bailleur de {P:usager:civ} exige le paiement des {AMOUNT} de dette sur son compte {IBAN} avant toute discussion.",
    "{P:proprio:civ} loue un studio {ADDR:au} et refuse de faire les travaux malgré l'arrêté d'insalubrité.",
    "Adresse déclarée à la CAF par {P:usager:civ} : {ADDR:-}, une domiciliation associative.",
    "Je suis allée en VAD {ADDR:au} : escalier sans lumière, boîtes aux lettres arrachées, ascenseur en panne.",
    "Le numéro unique de demande de logement de {P:usager:civ} est le {CASE:dalo}, et rien n'a bougé depuis {YEAR}.",
    "{P:usager:civ} s'est présenté{e:usager} à la permanence avec un avis d'expulsion pour le {DATE}.",
    # insertion / RSA
    "{P:usager:civ}, identifiant France Travail {CASE:ft}, a été {g:usager:radié|radiée} pour un rendez-vous manqué pendant son hospitalisation.",
    "Le RSA de {P:usager:full} est suspendu depuis {MONTH} ; la CAF dit que c'est le département, le département dit que c'est la CAF.",
    "{g:collegue:Le référent RSA du secteur|La référente RSA du secteur}, {P:collegue:civ}, suit {N:120-220} allocataires à {g:collegue:lui|elle} seul{e:collegue}.",
    "La convocation à l'équipe pluridisciplinaire de {P:usager:civ} est partie {ADDR:au}, où {g:usager:il|elle} n'habite plus depuis un an.",
    "{P:usager:first} a retrouvé un CDD de six mois ; la CAF lui réclame déjà un indu, allocataire n° {CASE:caf}.",
    "Le contrat d'engagement de {P:mere:civ} fixe quinze heures d'activité par semaine ; elle élève seule trois enfants.",
    # autonomie / personnes âgées / handicap
    "{P:dame:civ}, {N:85-96} ans, vit seule {ADDR:au}, au troisième sans ascenseur ; elle ne sort plus depuis l'hiver.",
    "Le plan d'aide APA de {P:monsieur:civ}, dossier {CASE:apa}, est notifié depuis trois mois et aucun SAAD n'a d'heures.",
    "{P:dame:civ}, {DOB:dame:ne}, a été hospitalisée après une chute ; elle était restée deux jours au sol.",
    "La fille de {P:dame:civ} nous écrit sur {EMAIL:proche} pour demander pourquoi sa mère n'a plus d'aide à domicile.",
    "Dossier MDPH {CASE:mdph} de {P:enfant:full} : dix mois d'attente pour une AESH.",
    "{P:monsieur:civ}, veuf, ne mange plus qu'une fois par jour ; son voisin m'a appelée au {PHONE} de son fils.",
    "{P:monsieur:full}, {DOB:monsieur:after}, n° sécu {NIR:monsieur}, attend une place en EHPAD depuis un an.",
    "Le fils de {P:dame:civ} refuse de payer l'obligation alimentaire ; il n'a pas vu sa mère depuis vingt ans.",
    "{P:usager:civ} a obtenu la RQTH au bout de onze mois, MDPH {CASE:mdph}, trop tard pour la formation.",
    # accueil familial
    "{P:af:civ}, assistante familiale depuis {N:8-25} ans, n'a pas été payée en {MONTH} : le service paie sur un compte clôturé, {IBAN}.",
    "L'assistante familiale de {P:enfant:first}, {P:af:full}, n'a eu aucun répit depuis {N:6-18} mois.",
    "Le RIB de {P:af:civ}, {IBAN}, a été envoyé quatre fois au service paie.",
    "{P:af:first} m'écrit sur {EMAIL:af} qu'elle rend son agrément à la fin de l'année.",
    # identifiants, aides financières
    "Fiche de liaison reçue par mail simple : {P:enfant:full}, {DOB:enfant:ddn}, NIR {NIR:enfant}.",
    "Le logiciel exige le numéro de sécurité sociale de chaque membre de la famille : {P:pere:civ} m'a donné le sien, {NIR:pere}.",
    "N° sécu de la mère : {NIR:mere}. Je le recopie pour la quatrième fois dans un outil qui ne parle à aucun autre.",
    "Aide financière accordée à {P:mere:civ}, versée sur le compte {IBAN}, après {N:40-90} jours d'attente.",
    "Pour l'aide à la rentrée, le virement se fait sur le compte de la grand-mère, {IBAN}.",
    "La CPAM a bloqué la CSS de {P:usager:full}, NIR {NIR:usager}, pour une lettre de différence dans son nom.",
    "{g:jeune:Le jeune|La jeune} {P:jeune:first} a enfin son numéro de sécu définitif, {NIR:jeune}, au bout de quatorze mois.",
    "Dossier de surendettement n° {CASE:client} : {P:usager:civ} doit rembourser {AMOUNT} avec 300 euros de reste à vivre.",
    "Référence de la décision d'aide : {CASE:client}, au nom de {P:mere:full}.",
    "Numéro fiscal de {P:usager:civ} : {CASE:fiscal} ; les impôts demandent un avis que la famille n'a jamais reçu.",
    "{P:usager:full}, n° AGDREF {CASE:agdref}, a perdu son droit au séjour pendant que la préfecture instruisait son dossier.",
    "Le numéro d'écrou de {P:pere:civ}, {CASE:ecrou}, figure sur tous les courriers envoyés à la famille.",
    "Identifiant de l'enfant dans le logiciel : {CASE:logiciel} ; plus de référent depuis {N:3-8} mois.",
    "Dossier BAJ {CASE:baj} de {P:mere:civ} : l'avocat n'a été désigné que la veille de l'audience.",
    "Le parquet a ouvert une enquête, n° {CASE:parquet}, sur les violences subies par {P:enfant:first}.",
    "Jugement {CASE:rg} : le JAF a fixé une pension de 80 euros que {P:pere:civ} n'a jamais versée.",
    "{P:mere:full}, {NIR:mere}, n'a plus de mutuelle depuis qu'elle a perdu son emploi.",
    # hiérarchie, management, collègues
    "{g:cadre:Le chef|La cheffe} {P:cadre:first} nous a annoncé en réunion que les VAD passeraient à une par mois.",
    "{g:cadre:Mon chef de service|Ma cheffe de service}, {P:cadre:civ}, m'a demandé de « prioriser » : {N:12-30} IP en attente.",
    "{g:collegue:Mon collègue|Ma collègue} {P:collegue:first} est en arrêt depuis trois semaines et personne ne {g:collegue:le|la} remplace.",
    "{g:collegue:L'éducateur|L'éducatrice} {P:collegue:first} a été {g:collegue:menacé|menacée} au domicile et la direction a parlé d'un « incident ».",
    "{g:cadre:Le directeur territorial|La directrice territoriale}, {P:cadre:civ}, refuse toute mobilité depuis {YEAR}.",
    "{g:cadre:Le DGA|La DGA}, {P:cadre:civ}, nous a écrit depuis {EMAIL:cadre} que les indicateurs trimestriels étaient « prioritaires ».",
    "{P:collegue:full} a démissionné après {N:6-20} ans de service, sans pot de départ ni entretien.",
    "L'intérimaire {P:collegue2:first} a repris {N:40-70} situations sans une seule journée de tuilage.",
    "Le mail de {P:collegue:first}, {EMAIL:collegue}, est le seul moyen de joindre l'équipe depuis la panne du standard.",
    "Pour les contacts entre collègues du collectif : {P:collegue:full}, {PHONE}.",
    "Écrivez-moi sur mon adresse perso, {EMAIL:collegue}, plutôt que sur la messagerie du département.",
    "J'ai écrit à {EMAIL:service} pour avoir une réponse : trois semaines sans retour.",
    "Les IP sont à envoyer sur {EMAIL:service}, une boîte que personne ne relève le vendredi.",
    "Le secrétariat ne répond plus au téléphone, seulement sur {EMAIL:service}, quand il a le temps.",
    "Pour joindre l'équipe de nuit du foyer, il faut écrire à {EMAIL:service} ou appeler le {PHONE}.",
    "{P:collegue:civ} a été {g:collegue:muté|mutée} sans préavis après sa prise de parole en CST ; {P:collegue2:civ} a reçu un avertissement.",
    # lieux de travail
    "Je travaille {WORK:à} depuis {N:4-22} ans et je n'ai jamais vu autant de départs.",
    "{WORK:Le} reçoit {N:30-60} familles par jour avec {N:2-4} AS.",
    "On nous a annoncé la fermeture {WORK:de} au 1er septembre, sans aucune concertation.",
    "Les collègues {WORK:de} se relaient dans un seul bureau fermé pour quatre professionnels.",
    "{WORK:Le} est en travaux depuis {N:10-24} mois et on reçoit les familles dans un Algeco.",
    "À l'accueil {WORK:de}, la vitre blindée a été posée avant le poste de secrétaire.",
    "Nous étions {N:9-15} AS {WORK:à} en {YEAR}, nous sommes {N:3-6} aujourd'hui.",
    "La permanence {WORK:de} n'ouvre plus que le mardi matin.",
    "Quand j'ai quitté {WORK:-}, personne n'a repris mes {N:40-70} situations.",
    "Depuis la réorganisation, {WORK:-} couvre aussi trois communes rurales sans transport.",
    # messages, formulaires
    "Pour info la maman de {P:enfant:first} a un nouveau num : {PHONE}",
    "urgent : IP reçue pour {P:enfant:full}, {DOB:enfant:ne}, l'école signale des bleus répétés",
    "vu {P:usager:civ} ce matin, l'huissier passe jeudi, dette de {AMOUNT}",
    "rappeler {P:mere:first} avant vendredi au {PHONE}, elle attend la réponse pour la cantine",
    "Coordonnées de la famille : {P:mere:full}, {ADDR:-}, tél. {PHONE}.",
    "Nom : {P:usager:last} ; prénom : {P:usager:first} ; date de naissance : {DOB:usager:bare}.",
    "Contact {g:avocat:de l'avocat|de l'avocate} de la famille, Me {P:avocat:last}, au {PHONE}.",
    "Le capitaine de gendarmerie {P:gendarme:last} m'a rappelée au sujet de l'audition de {P:enfant:first}.",
    "{g:gendarme:Le brigadier|La brigadière} {P:gendarme:first} a refusé de prendre la plainte de {P:mere:civ}.",
    "{g:juge:M. le juge|Mme la juge} {P:juge:last} a renvoyé l'audience faute de rapport.",
    "Le Dr {P:medecin:last} a signé le certificat, puis plus personne n'a rappelé la famille.",
    "Le médecin traitant de {P:monsieur:civ}, le Dr {P:medecin:last}, part à la retraite sans successeur.",
    "{g:voisin:Le voisin|La voisine}, {P:voisin:civ}, a appelé le 119 en entendant des cris {ADDR:au}.",
    "Mamie {P:gm:first} garde les enfants depuis l'hospitalisation de la mère, sans aucune aide.",
    "La grand-mère, {P:gm:full}, {DOB:gm:after}, a obtenu la délégation d'autorité parentale.",
    "{g:voisin:Tonton|Tata} {P:voisin:first} héberge {P:ado:first} sur un canapé depuis le mois de {MONTH}.",
    "{P:usager:civ} et {g:ado:son fils|sa fille} {P:ado:first} ont été relogés {ADDR:au} après l'incendie.",
    # more addresses, numbers and dates of birth
    "Le squat situé {ADDR:au} a été évacué un matin de janvier : dix familles, dont {N:12-30} enfants.",
    "Les jeunes majeurs sont logés en colocation {ADDR:au}, sans éducateur sur place.",
    "On a retrouvé {P:jeune:first} dans un immeuble vide {ADDR:au}, avec une vingtaine d'autres jeunes.",
    "L'hôtel social où vit {P:mere:civ} avec son bébé se trouve {ADDR:au}, sans cuisine.",
    "Pour le dossier de surendettement, l'adresse à indiquer est {ADDR:-}, chez la sœur de {P:usager:civ}.",
    "La convocation à l'audience est partie {ADDR:au}, alors que la mère a été expulsée en juin.",
    "J'habite moi-même le quartier, {ADDR:-}, et je croise les familles que je suis à la boulangerie.",
    "Il faut 45 minutes de route pour aller chez {P:monsieur:civ}, {ADDR:au}, sans réseau ni voisin.",
    "Mon collègue a dû se rendre seul {ADDR:au}, alors qu'on savait le père violent.",
    "{P:mere:civ} héberge ses trois enfants chez une amie, {ADDR:au}, dans une seule pièce.",
    "Adresse de la grand-mère pour le placement : {ADDR:-}.",
    "Le courrier de la MDPH pour {P:enfant:first} est revenu avec la mention NPAI, alors que la famille habite toujours {ADDR:-}.",
    "{P:usager:civ} vit depuis deux hivers {ADDR:au} dans un logement sans chauffage.",
    "Le numéro de {P:usager:civ}, {PHONE}, ne répond plus depuis qu'il a été {g:usager:expulsé|expulsée}.",
    "La MDS a un standard, {PHONE}, qui sonne dans le vide après 16h.",
    "Le père de {P:enfant:first} a laissé son numéro à l'école, {PHONE}, en demandant qu'on ne le donne pas à la mère.",
    "Je donne mon portable perso, {PHONE}, aux familles, parce que le téléphone pro ne marche plus.",
    "{P:dame:civ} n'a que le téléphone fixe, {PHONE}, et n'entend plus la sonnerie.",
    "{g:enfant:Le petit|La petite} {P:enfant:full}, {DOB:enfant:age}, n'a plus de mutuelle depuis que sa mère a perdu son emploi.",
    "L'acte de naissance de {P:jeune:first} indique {DOB:jeune:ne}, la préfecture en a retenu une autre.",
    "Fiche de renseignements : {P:usager:full}, {DOB:usager:ddn}, n° sécu {NIR:usager}.",
    "{P:ado:full}, {DOB:ado:ne}, a été {g:ado:exclu|exclue} du collège sans solution de scolarité.",
    "La demande d'ASPA de {P:dame:civ}, {DOB:dame:ne}, fait seize pages ; elle ne voit plus assez pour lire.",
    "{P:bebe:full}, {DOB:bebe:ddn}, a été hospitalisé{e:bebe} trois fois en deux mois.",
    "Le virement de l'allocation mensuelle ASE se fait sur le compte de {P:gm:civ}, {IBAN}.",
    "La caution doit être remboursée sur le compte du bailleur, {IBAN}, et le FSL a mis quatre mois à payer.",
    "Compte de la mairie pour les frais de cantine : {IBAN}.",
    "J'ai dû photographier avec mon téléphone perso le RIB de la famille, {IBAN}, parce que le scanner est en panne.",
    "Le portail a refusé le compte de {P:usager:civ}, {IBAN}, un compte Nickel, « pas un vrai RIB ».",
    "Le numéro de sécu de {P:enfant:first}, {NIR:enfant}, circule sur WhatsApp entre collègues parce que le logiciel plante.",
    "{P:jeune:full}, NIR {NIR:jeune}, attend depuis huit mois une réponse de la préfecture.",
    "Le tableau envoyé par erreur à tout le service contenait le NIR de {P:af:civ}, {NIR:af}.",
    "Sur la fiche d'admission en MECS de {P:ado:first}, on trouve son NIR, {NIR:ado}, à la vue de tous.",
    "Le dossier de {P:enfant:first} ({CASE:ase}) a été transféré dans un autre département et personne ne s'en occupe.",
    "Numéro de dossier MDPH {CASE:mdph} : je l'ai donné quatre fois au téléphone à quatre agents différents.",
    "L'affaire {CASE:je} concernant les enfants {P:mere:last} est renvoyée pour la troisième fois.",
    # more small sites, e-mails, IBANs and NIRs
    "{WORK:Le} n'a plus de secrétaire depuis {MONTH} : c'est l'AS de permanence qui décroche.",
    "On m'a mutée {WORK:à} sans me demander mon avis, à {N:30-60} minutes de chez moi.",
    "Les familles du secteur doivent maintenant aller {WORK:à}, à deux bus de chez elles.",
    "La réunion d'équipe {WORK:de} a lieu dans le couloir, faute de salle.",
    "{WORK:Le} ferme le vendredi après-midi depuis la rentrée.",
    "Je suis la seule AS titulaire {WORK:de}, les autres sont contractuelles.",
    "Le collectif des AF s'organise sur {EMAIL:service} pour préparer la grève.",
    "Pour témoigner sans passer par la hiérarchie, écrivez à {EMAIL:collegue2}.",
    "{P:usager:civ} a envoyé ses justificatifs depuis {EMAIL:usager}, le mail a fini dans les indésirables.",
    "La maman de {P:enfant:first} ne lit que ses mails : {EMAIL:mere}.",
    "Le remboursement des frais de déplacement de {P:af:civ} part sur {IBAN}, avec deux mois de retard.",
    "Le fonds d'aide aux jeunes a versé 150 euros sur le compte de {P:jeune:first}, {IBAN}.",
    "L'association de soutien aux familles a ouvert une cagnotte, virement sur {IBAN}.",
    "Le prélèvement EDF de {P:usager:civ} a été rejeté sur son compte {IBAN}.",
    "La CARSAT ne retrouve pas la carrière de {P:monsieur:civ}, NIR {NIR:monsieur}.",
    "Le numéro de sécurité sociale provisoire de {P:jeune:first}, {NIR:jeune}, n'a jamais été rendu définitif.",
    "Sur le formulaire APA de {P:dame:civ}, on a dû recopier son NIR, {NIR:dame}, trois fois.",
]

# --- filler templates: nothing identifying ----------------------------------------------------------

FILLER = [
    "On ne tiendra pas un an de plus comme ça.",
    "La direction parle de « mutualisation », nous parlons de fermeture.",
    "Trois départs en six mois, deux arrêts longs, et personne pour les remplacer.",
    "Les délais de la MDPH dépassent maintenant {N:8-14} mois dans le département.",
    "{TOWN:À}, il n'y a plus qu'une permanence sociale par semaine.",
    "Dans le {DEP}, les places en foyer sont saturées depuis des mois.",
    "La CAF a fermé son accueil physique le mardi et le jeudi.",
    "Le logiciel a encore planté ce matin, on a perdu deux heures de saisie.",
    "On nous demande des indicateurs, on n'a plus le temps de voir les familles.",
    "La réunion d'équipe est fixée au {DATE} à {HOUR}, ordre du jour : réorganisation.",
    "Le budget de l'aide sociale à l'enfance a augmenté de {N:3-9} %, les moyens des équipes non.",
    "On a fait {N:12-40} signalements depuis janvier, tous transmis à la CRIP.",
    "Le 115 ne décroche plus après 22h.",
    "La commission FSL ne se réunit qu'une fois par mois, le {DAY}.",
    "Il manque {N:3-12} postes d'assistants sociaux sur le territoire.",
    "En {MONTH}, la moitié des consultations de PMI ont été annulées.",
    "Les familles attendent en moyenne {N:3-9} semaines pour un premier rendez-vous.",
    "On a rempli le même formulaire trois fois pour trois financeurs différents.",
    "La CPAM demande des pièces que la famille a déjà envoyées deux fois.",
    "Personne ne nous a demandé notre avis.",
    "J'ai fait ce métier pour les gens, pas pour les tableaux de bord.",
    "Le juge des enfants ordonne, le département n'exécute pas.",
    "On est passé de {N:25-35} à {N:50-70} situations par travailleur social.",
    "Les TISF ne sont plus financées que pour les situations « prioritaires ».",
    "L'AEMO renforcée a une liste d'attente de {N:40-120} enfants.",
    "La prime promise au Ségur n'a jamais été versée aux administratifs.",
    "Depuis la dématérialisation, les plus fragiles ne font plus leurs démarches.",
    "Le conseil départemental a voté le budget le {DATE}, sans un mot sur les effectifs.",
    "On a tenu une assemblée du personnel : {N:40-90} présents.",
    "Les MNA sont hébergés à l'hôtel, sans éducateur la nuit.",
    "La préfecture ne donne plus de rendez-vous que sur internet, et il n'y en a jamais.",
    "La visite à domicile reste le cœur de notre métier.",
    "On ferme à 17h, les urgences arrivent à 17h30.",
    "Le délai pour une évaluation APA est de {N:2-4} mois.",
    "La loi nous oblige à évaluer en trois mois, on met un an.",
    "En {YEAR}, on était encore deux secrétaires pour le service.",
    "Les familles nous racontent leur vie avec la porte entrouverte.",
    "Le car ne passe pas le mercredi, et la permanence est le mercredi.",
    "{TOWN:À} comme ailleurs, la crèche municipale a réduit ses places.",
    "Je n'en peux plus de m'excuser auprès des familles pour des choses que je ne décide pas.",
    "Le service a perdu {N:4-9} postes en trois ans.",
    "On nous a promis des recrutements pour l'an prochain.",
    "La cheffe de service fait l'intérim de deux pôles.",
    "Les écrits au juge partent en retard, toujours.",
    "Le département consacre {AMOUNT} à un nouveau logiciel que personne n'a demandé.",
    "Le plan de prévention des risques psychosociaux n'a jamais été mis à jour.",
    "Les collègues {TOWN:de} ont les mêmes chiffres que nous.",
    "On a demandé une armoire qui ferme à clé il y a deux ans.",
    "La commission d'attribution se réunit le {DATE}.",
    "Les heures d'aide à domicile sont plafonnées à {N:20-40} par mois.",
    "On le signale, on l'écrit, on le répète en réunion.",
    "La situation s'est dégradée pendant l'été, faute de relais.",
    "Les enfants attendent, les dossiers aussi.",
    "C'est ça, la protection de l'enfance aujourd'hui dans le {DEP}.",
    "Le numéro vert du département renvoie vers une messagerie.",
    "La prochaine audience est prévue en {MONTH}.",
    "On a appelé le 119 pour avoir un conseil, ils nous ont renvoyés vers la CRIP.",
    "Le Nord comme le Pas-de-Calais manquent de familles d'accueil.",
    "Aucune place en ITEP avant la rentrée prochaine.",
    "J'ai {N:45-70} situations, dont {N:5-12} urgentes.",
    "Le chauffage du bureau est en panne depuis {MONTH}.",
    "La mairie {TOWN:de} a fermé son CCAS le samedi.",
    "Une collègue sur trois est contractuelle.",
    "On recrute des intérimaires à 3 000 euros par mois quand les titulaires partent.",
    "Le rapport d'activité de {YEAR} ne parle que des dispositifs, jamais des gens.",
    "Les réunions de synthèse ont été supprimées « faute de temps ».",
    "Je témoigne parce que je pars, et que mes collègues restent.",
    "Le délai de la commission de surendettement est de {N:4-9} mois.",
    "On nous a retiré les voitures de service le vendredi.",
    "À la rentrée, on a eu {N:12-30} nouvelles IP en deux semaines.",
    "La MDS ferme à 16h30 le vendredi depuis {MONTH}.",
    "Les consultations de planification ont été déplacées au chef-lieu.",
    "Le conseil départemental du {DEP} a gelé les recrutements.",
    "La rue est devenue notre bureau depuis la fermeture des permanences.",
    "Pierre par pierre, on démonte ce qu'on avait construit avec les partenaires.",
    "C'est clair : sans moyens, la prévention ne sert à rien.",
    "Avec constance, la direction refuse les postes de psychologue.",
    "La loi du 7 février 2022 devait interdire les placements à l'hôtel.",
    "L'article 375 du Code civil n'a jamais prévu les listes d'attente.",
    "Le décret du 22 septembre 2016 fixe trois mois pour évaluer une IP.",
    "La PMI est née en 1945, l'AEMO en 1958.",
    "Le service est né le 1er janvier {YEAR} de la fusion de deux directions.",
    "Le budget voté atteint {AMOUNT}, dont une part infime pour la prévention.",
    "Sur {N:2000-9000} enfants confiés dans le département, {N:300-900} sont hébergés hors département.",
    "Le taux de vacance des postes atteint {N:12-28} % dans le secteur.",
    "Les 06 et 07 juin, grève dans les services sociaux du département.",
    "Entre 06h30 et 07h15, le veilleur de nuit est seul avec {N:15-30} adolescents.",
    "La délibération n° {YEAR}-03-117 crée des postes qui sont surtout des redéploiements.",
    "Le Cerfa de la demande MDPH fait vingt pages.",
    "La ligne de bus {N:2-40} ne passe plus le dimanche.",
    "{TOWN:À}, la maison France Services a remplacé trois guichets.",
    "Les collègues de Seine-Saint-Denis décrivent la même chose que nous.",
    "La Creuse, le Cantal et la Lozère n'ont presque plus de pédopsychiatres.",
    "La CAF du {DEP} demande un justificatif pour chaque changement de situation.",
    "Grâce à la mobilisation, l'accueil sans rendez-vous a été maintenu jusqu'à l'été.",
    "La victoire est modeste, mais c'est une victoire.",
    "Le collège Jean Moulin n'a plus d'assistante sociale qu'un jour par semaine.",
    "Le centre social Louise Michel a perdu sa subvention.",
    "On a manifesté de la place de la République jusqu'à la préfecture.",
    "Le boulevard périphérique est devenu le lieu de vie de plusieurs familles.",
    "La route départementale est coupée l'hiver, les hameaux n'ont plus de bus.",
    "Le RSA pour une personne seule ne paie pas un studio dans notre ville.",
    "Le 119, le 115 et le 3919 : on les donne tous les jours, ils répondent de moins en moins.",
    "La maladie d'Alzheimer et le Parkinson, on les accompagne à domicile sans formation.",
    "Madame la ministre, nous vous avons écrit deux fois, sans réponse.",
    "Le juge des enfants du tribunal {TOWN:de} a trois audiences par jour de plus qu'il y a cinq ans.",
    "La prime de {AMOUNT} n'a pas été versée aux contractuels.",
    "Le standard affiche {N:15-40} minutes d'attente aux heures de pointe.",
    "Les familles d'accueil partent à la retraite et ne sont pas remplacées.",
]

# --- words of the generated details -----------------------------------------------------------------

# First names that are also common words, places, adjectives or participles: drawn now and then
# where a first name is expected (the engine must still find them when a person is meant).
WORD_NAMES = {
    "f": words(
        "Rose Claire Marine Olive Victoire Prudence Constance Espérance Blanche Capucine Jade Ambre "
        "Océane Violette Perle Colombe Fleur Céleste Félicité Aimée Désirée Renée Reine Grâce Joie "
        "Lorraine Florence Nancy Lourdes Mélodie Harmonie Chance Cerise Prune Iris Aurore Patience "
        "Clémence Bénédicte Fortunée Bienvenue Marguerite Gloire Douce Lys "
        "Alliance Merveille Divine Précieuse Providence Immaculée Angèle Paix Liberté"
    ),
    "m": words(
        "Pierre Aimé Clément Désiré Modeste Honoré Parfait Constant Prudent Bienvenu Fortuné "
        "Innocent Prosper Marin Ange Juste Romain Vital Placide Sauveur Noël Olivier Martin Colin "
        "Loup René Franck Félix Urbain Benoît Léger Firmin Gentil Jourdain Lys Soleil Blaise "
        "Fidèle Espoir Dieudonné Célestin Florent Lucien Victor Sylvain Amand Valentin"
    ),
}

NICKNAMES = words(
    "Momo Jojo Nono Fafa Titi Loulou Bibi Dédé Juju Lulu Zouzou Stef Steph Seb Fred Nico Alex Domi "
    "Val Cath Flo Sandy Gigi Kiki Doudou Nanou Babette Jeannot Pierrot Manu Vivi Cloclo Coco"
)

CIVILITIES = {
    "f": (("Mme", 50), ("Madame", 14), ("mme", 8), ("Mme.", 4), ("MME", 2), ("Mlle", 3), ("madame", 3)),
    "m": (("M.", 45), ("Monsieur", 14), ("Mr", 10), ("mr", 5), ("M", 4), ("monsieur", 4), ("Mr.", 3)),
}

STREET_TYPES = (
    ("rue", 40),
    ("r.", 2),
    ("avenue", 12),
    ("av.", 2),
    ("boulevard", 5),
    ("bd", 3),
    ("impasse", 6),
    ("allée", 6),
    ("chemin", 5),
    ("place", 4),
    ("quai", 2),
    ("route", 4),
    ("square", 2),
    ("cours", 1),
    ("passage", 1),
    ("sentier", 1),
    ("faubourg", 1),
    ("rond-point", 1),
    ("voie", 1),
)

STREET_NAMES = words(
    """
des Lilas|Jean Jaurès|Victor Hugo|de la République|du Général-de-Gaulle|Pasteur|de la Gare|du Moulin
des Écoles|de l'Église|Gambetta|Voltaire|Émile Zola|du 8-Mai-1945|du 11-Novembre|des Acacias
des Peupliers|des Tilleuls|des Mésanges|de Paris|Nationale|du Château|de la Paix|de la Liberté
Carnot|Jules Ferry|Anatole France|des Roses|du Stade|de Verdun|Saint-Exupéry|Pierre Curie
Jean Moulin|Louise Michel|Marcel Pagnol|Georges Brassens|Jacques Prévert|Paul Éluard
Aristide Briand|Salvador Allende|Pablo Picasso|Léo Lagrange|Maurice Thorez|Henri Barbusse
Rosa Parks|Nelson Mandela|Simone Veil|Lucie Aubrac|Gabriel Péri|Roger Salengro|Édouard Vaillant
de la Fontaine|des Cerisiers|des Charmes|des Bleuets|des Coquelicots|des Jonquilles|des Violettes
du Marché|de la Mairie|du Commerce|de l'Industrie|des Tisserands|des Forgerons|des Mineurs
de la Libération|de la Résistance|du Maréchal-Foch|du Maréchal-Leclerc|Clemenceau|Jean-Baptiste Lebas
Roger Salengro|Alphonse Daudet|Guy de Maupassant|Albert Camus|Jean Zay|Paul Bert|Jean Macé
Ambroise Paré|Louis Blériot|Jean Mermoz|Hélène Boucher|Marie Curie|Olympe de Gouges|George Sand
des Prés|des Champs|du Bois|de la Forêt|des Vignes|du Lavoir|de la Croix|du Calvaire|des Glycines
des Hirondelles|des Alouettes|des Fauvettes|des Pinsons|du Rossignol|des Platanes|des Marronniers
des Sorbiers|des Érables|des Bouleaux|des Saules|des Chênes|des Ormes|de la Source|du Ruisseau
de Lille|de Lyon|de Bordeaux|de Strasbourg|de Nantes|de Toulouse|de Rennes|d'Arras|de Douai
de la Plage|du Port|des Pêcheurs|de la Marne|de la Somme|du Rhône|de la Loire|de l'Yser
Jean-Jacques Rousseau|Denis Diderot|Condorcet|Montesquieu|Molière|Racine|Corneille|La Fayette
des Frères-Lumière|Frédéric Chopin|Hector Berlioz|Claude Debussy|Maurice Ravel|Édith Piaf
du Docteur-Schweitzer|du Docteur-Roux|Paul Langevin|Irène Joliot-Curie|Danielle Casanova
Pierre Brossolette|Jean Lebas|Ferdinand Buisson|Marceau|Kléber|Hoche|Danton|Robespierre
de la Convention|du 14-Juillet|du 19-Mars-1962|du 4-Septembre|de Stalingrad|de Verdun
des Jardins|des Vergers|du Verger|des Potiers|des Tanneurs|des Charpentiers|de la Briqueterie
des Coteaux|du Plateau|de la Vallée|des Sables|des Dunes|de la Falaise|du Phare|des Goélands
""".replace("\n", "|"),
    "|",
)

RESIDENCE_KINDS = (
    ("résidence", 40),
    ("Résidence", 15),
    ("rés.", 4),
    ("cité", 10),
    ("Cité", 5),
    ("lotissement", 8),
    ("domaine", 4),
    ("immeuble", 4),
    ("tour", 3),
    ("hameau", 4),
    ("lieu-dit", 6),
)

RESIDENCE_NAMES = words(
    """
Les Tilleuls|du Parc|Les Cèdres|Les Glycines|Le Clos des Vignes|Les Hauts de Seine|Les Jardins
Bellevue|Les Pins|La Roseraie|Les Érables|Le Val Fleuri|Les Coteaux|Le Bois Joli|Les Charmilles
du Moulin|Les Magnolias|Le Beau Site|Les Lilas|Les Marronniers|Les Peupliers|Le Hameau du Lac
Les Sablons|La Pépinière|Les Acacias|La Source|Les Aubépines|Le Clos Saint-Jean|Les Fontaines
Lemire|Lacoste|des Fleurs|des Castors|Les Mimosas|Les Oliviers|La Brèche|Les Amandiers|Les Chênes
Le Moulin Neuf|Les Bruyères|La Garenne|Les Sorbiers|Le Verger|Les Platanes|Les Tamaris|Le Grand Pré
Les Violettes|Les Iris|Beauséjour|Mon Repos|Les Cigales|Le Soleil Levant|Les Floralies|Les Genêts
de Kerguen|Les Granges|La Croix-Blanche|Le Petit Bois|Les Grands Champs|La Bergerie|Le Vieux Chêne
""".replace("\n", "|"),
    "|",
)

# Building complements: (pattern, weight, category); two parts of a complement never share a category.
BUILDING_PARTS = (
    ("bât. {L}", 10, "building"),
    ("bâtiment {L}", 8, "building"),
    ("bat {L}", 3, "building"),
    ("Bât {L}", 3, "building"),
    ("escalier {L}", 4, "stairs"),
    ("esc. {D}", 2, "stairs"),
    ("entrée {D}", 3, "stairs"),
    ("appt {N}", 10, "flat"),
    ("apt {N}", 4, "flat"),
    ("appartement {N}", 5, "flat"),
    ("porte {N}", 3, "flat"),
    ("logement {N}", 2, "flat"),
    ("{F} étage", 4, "floor"),
    ("{F} étage porte {G}", 2, "floor"),
    ("boîte {N}", 1, "flat"),
)

# Small named sites that place the author: (the site with its article, "à" form, "de" form).
WORKPLACES = (
    ("la MDS", "à la MDS", "de la MDS", 14),
    ("la Maison des solidarités", "à la Maison des solidarités", "de la Maison des solidarités", 5),
    ("l'antenne", "à l'antenne", "de l'antenne", 10),
    ("l'antenne sociale", "à l'antenne sociale", "de l'antenne sociale", 3),
    ("l'UTAS", "à l'UTAS", "de l'UTAS", 5),
    ("l'UTPAS", "à l'UTPAS", "de l'UTPAS", 4),
    ("le CMS", "au CMS", "du CMS", 6),
    ("le centre médico-social", "au centre médico-social", "du centre médico-social", 4),
    ("la circonscription", "à la circonscription", "de la circonscription", 3),
    ("le centre de PMI", "au centre de PMI", "du centre de PMI", 4),
    ("l'EDS", "à l'EDS", "de l'EDS", 3),
    ("l'espace des solidarités", "à l'espace des solidarités", "de l'espace des solidarités", 2),
    ("la MDSI", "à la MDSI", "de la MDSI", 2),
    ("le pôle social", "au pôle social", "du pôle social", 2),
)
WORKPLACE_QUARTERS = ("Nord", "Sud", "Est", "Ouest", "Centre", "Nord-Est", "Sud-Ouest", "Ville")

EMAIL_DOMAINS = (
    ("gmail.com", 30),
    ("hotmail.fr", 12),
    ("hotmail.com", 4),
    ("yahoo.fr", 8),
    ("orange.fr", 8),
    ("laposte.net", 6),
    ("free.fr", 5),
    ("sfr.fr", 4),
    ("outlook.fr", 5),
    ("icloud.com", 2),
    ("live.fr", 3),
    ("wanadoo.fr", 2),
    ("protonmail.com", 1),
)
SERVICE_DOMAINS = words(
    "lenord.fr|pasdecalais.fr|departement13.fr|seinesaintdenis.fr|cd59.fr|aisne.fr|oise.fr|somme.fr|"
    "loire-atlantique.fr|gironde.fr|cotesdarmor.fr|isere.fr|haute-garonne.fr|departement86.fr|cd62.fr|"
    "ville-lens.fr|ccas-roubaix.fr|mairie-tourcoing.fr|caf.fr|assurance-maladie.fr",
    "|",
)
SERVICE_MAILBOXES = words(
    "accueil|secretariat|secretariat.pmi|crip|accueil.mna|ase.secteur|polyvalence|mds|utas|"
    "direction.solidarites|rsa.referents|apa.evaluation|mdph.partenaires|contact|permanence",
    "|",
)

# Banks of French IBANs (bank code, weight): real codes, invented branches and accounts.
BANK_CODES = (
    ("30004", 10),
    ("30003", 8),
    ("30002", 6),
    ("20041", 8),
    ("10278", 6),
    ("17515", 5),
    ("18706", 5),
    ("16006", 3),
    ("11315", 3),
    ("13335", 3),
    ("14505", 3),
    ("42559", 2),
    ("40618", 2),
    ("16598", 3),
    ("10907", 2),
    ("12506", 2),
    ("15589", 2),
    ("18206", 2),
)

# Countries of birth in the NIR of people born abroad (INSEE codes).
NIR_COUNTRIES = ("350", "352", "351", "341", "335", "326", "139", "208", "322", "324", "100", "127")

MONTHS = words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
DAYS = words("lundi mardi mercredi jeudi vendredi")
