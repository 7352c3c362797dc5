"""French passages of the naming matrix (invented sentences), shaped as naming_matrix_en's: NAMED introduces a
company of unusual shape or a person of compound, particle, family-name-first, Arabic or West African name and
refers to it again; PHRASES puts capitalised phrases that are neither in the same positions."""

NAMED = [
    (
        "La start-up Galet a levé 3 millions d'euros. Son fondateur, Mamadou Lamine Sy, veut recruter vingt "
        "ingénieurs. M. Sy a travaillé dix ans dans la logistique.",
        ["Mamadou Lamine Sy"],
        ["Galet"],
    ),
    (
        "Anne Marie Lefebvre a pris la tête de Brindille. Mme Lefebvre vient d'un grand groupe industriel. "
        "Brindille fabrique des capteurs.",
        ["Anne Marie Lefebvre"],
        ["Brindille"],
    ),
    (
        "Fondée par Jean Paul Kouassi, la société Baobab 3 vend des panneaux solaires. Kouassi veut ouvrir un "
        "bureau à Abidjan.",
        ["Jean Paul Kouassi"],
        ["Baobab 3"],
    ),
    (
        "V, une jeune pousse lyonnaise, a recruté Sophie de La Rochère comme directrice générale. Mme de La "
        "Rochère arrive d'un assureur.",
        ["Sophie de La Rochère"],
        ["V"],
    ),
    (
        "Lin2 a signé son premier contrat. L'entreprise, dirigée par Nguyen Van Thanh, fabrique des drones "
        "d'inspection. Nguyen affirme que le contrat vaut 2 millions d'euros.",
        ["Nguyen Van Thanh"],
        ["Lin2"],
    ),
    (
        "Les cofondateurs Ibrahima Fall et Awa Ndiaye Sène ont créé Teranga Lab en 2021. Fall dirige l'équipe "
        "technique, Mme Ndiaye Sène les ventes.",
        ["Ibrahima Fall", "Awa Ndiaye Sène"],
        ["Teranga Lab"],
    ),
    (
        "Pierre-Yves Le Goff, patron de Fil 8, annonce une levée de 5 millions d'euros. Le Goff veut doubler "
        "l'effectif.",
        ["Pierre-Yves Le Goff"],
        ["Fil 8"],
    ),
    (
        "Rachid Ben Salah a quitté Ardoise, la start-up qu'il avait cofondée. M. Ben Salah rejoint un fonds "
        "d'investissement.",
        ["Rachid Ben Salah"],
        ["Ardoise"],
    ),
    (
        "Leïla Ait Ouarab dirige la recherche de Sable. Médecin, la Dr Ait Ouarab a passé six ans à l'hôpital.",
        ["Leïla Ait Ouarab"],
        ["Sable"],
    ),
    (
        "Graham Oyelaran, fondateur de Pivoine, explique que Pivoine est rentable. Oyelaran détient 30 % du capital.",
        ["Graham Oyelaran"],
        ["Pivoine"],
    ),
    (
        "Chen Jing rejoint Tilleul comme directrice produit. Chen travaillait auparavant dans une banque. "
        "Tilleul édite un logiciel agricole.",
        ["Chen Jing"],
        ["Tilleul"],
    ),
    (
        "Marie Chen a fondé Cobalt9 en 2022. Mme Chen affirme que Cobalt9 compte 40 clients.",
        ["Marie Chen"],
        ["Cobalt9"],
    ),
    (
        "Hélène de Saint-Aubin, directrice générale de Marmite, prépare l'entrée en Bourse. Mme de Saint-Aubin "
        "n'a pas donné de date.",
        ["Hélène de Saint-Aubin"],
        ["Marmite"],
    ),
    (
        "Ahmed el-Amrani a lancé Dune 4 l'an dernier. El-Amrani affirme que Dune 4 a signé avec trois compagnies "
        "aériennes.",
        ["Ahmed el-Amrani"],
        ["Dune 4"],
    ),
    (
        "Jan van der Meer est le nouveau directeur financier de Pylône. Van der Meer travaillait chez un assureur.",
        ["Jan van der Meer"],
        ["Pylône"],
    ),
    (
        "Cheikh Omar Ba, qui a fondé la fintech Wari Pay, annonce un million d'utilisateurs. Cheikh Omar a "
        "développé l'application à Dakar.",
        ["Cheikh Omar Ba"],
        ["Wari Pay"],
    ),
    (
        "Kim Min-jun a quitté Samsung pour fonder Haneul. Kim affirme que Haneul sortira sa première puce l'an "
        "prochain.",
        ["Kim Min-jun"],
        ["Samsung", "Haneul"],
    ),
    (
        "Maria Grazia Conti a été nommée directrice générale de Voile. Mme Conti, 44 ans, remplace le fondateur.",
        ["Maria Grazia Conti"],
        ["Voile"],
    ),
    (
        "Dean Mbarga, cofondateur de Comptoir, assure aux investisseurs que Comptoir est rentable. Mbarga détient "
        "30 % de l'entreprise.",
        ["Dean Mbarga"],
        ["Comptoir"],
    ),
    (
        "Nour El Houda Mansouri dirige Cèdre Robotique depuis Tunis. Mme Mansouri indique que Cèdre Robotique a "
        "levé 4 millions d'euros.",
        ["Nour El Houda Mansouri"],
        ["Cèdre Robotique"],
    ),
    (
        "Les fondateurs d'Argane, Youssef Benjelloun et Fatou Kiné Diagne, se sont rencontrés à l'université. "
        "Benjelloun écrit le code, Diagne s'occupe des ventes.",
        ["Youssef Benjelloun", "Fatou Kiné Diagne"],
        ["Argane"],
    ),
    (
        "Wang Lei, directeur général de Y7, annonce le doublement des effectifs. Wang a fondé Y7 en 2019.",
        ["Wang Lei"],
        ["Y7"],
    ),
    (
        "Tidjane Koné Ouattara a rejoint Socle comme directeur des opérations. M. Koné Ouattara affirme que Socle "
        "compte 200 clients.",
        ["Tidjane Koné Ouattara"],
        ["Socle"],
    ),
    (
        "Karima Ait Said a vendu sa start-up, Noria, à un groupe allemand. Mme Ait Said restera un an.",
        ["Karima Ait Said"],
        ["Noria"],
    ),
    (
        "Fondatrice de Sen 9, Le Thi Mai indique que l'application a été téléchargée un million de fois. Mme Le "
        "veut s'étendre en Thaïlande.",
        ["Le Thi Mai"],
        ["Sen 9"],
    ),
    (
        "Abdoulaye Sadio Diallo quitte la présidence d'Atlas 5. M. Diallo dirigeait Atlas 5 depuis 2015.",
        ["Abdoulaye Sadio Diallo"],
        ["Atlas 5"],
    ),
    (
        "Aïssata Touré Keïta, ancienne banquière, dirige Kora. Mme Touré Keïta veut recruter 50 personnes.",
        ["Aïssata Touré Keïta"],
        ["Kora"],
    ),
    (
        "Taylor Mensah a créé Harmattan Data à Accra. Taylor explique que la start-up compte 12 salariés.",
        ["Taylor Mensah"],
        ["Harmattan Data"],
    ),
    (
        "Omar ben Salem a investi dans B9 l'an dernier. Ben Salem siège désormais au conseil de B9.",
        ["Omar ben Salem"],
        ["B9"],
    ),
    (
        "Jean-Baptiste Nguema Ondo est le fondateur de Savane, qui fabrique des capteurs de carbone. M. Nguema "
        "Ondo veut ouvrir un bureau à Libreville.",
        ["Jean-Baptiste Nguema Ondo"],
        ["Savane"],
    ),
    (
        "Graham Pelletier a été réintégré à la tête de Bruyère. Écarté en mars, Graham a annoncé aux salariés "
        "qu'il resterait deux ans.",
        ["Graham Pelletier"],
        ["Bruyère"],
    ),
    (
        "La cofondatrice Tran Thi Hoa affirme que Quai 12 ouvrira dix restaurants. Tran dirige Quai 12 depuis 2018.",
        ["Tran Thi Hoa"],
        ["Quai 12"],
    ),
    (
        "Karim Tazi a quitté ses fonctions de directeur des données d'Atlas 21, la société casablancaise spécialisée "
        "dans le crédit. M. Tazi était arrivé en 2022.",
        ["Karim Tazi"],
        ["Atlas 21"],
    ),
    (
        "Orme 45, la start-up lilloise, a recruté Julie Marchand. Mme Marchand dirigera les ventes d'Orme 45.",
        ["Julie Marchand"],
        ["Orme 45"],
    ),
    (
        "Nvidia a racheté Sable, une start-up d'Austin, au Texas. Son fondateur, Kofi Mensah, rejoindra Nvidia.",
        ["Kofi Mensah"],
        ["Nvidia", "Sable"],
    ),
    (
        "La jeune pousse a levé 3 millions d'euros auprès de Wallonie.invest. Sa fondatrice, Léa Dubois, veut "
        "recruter.",
        ["Léa Dubois"],
        ["Wallonie.invest"],
    ),
    (
        "Min-jun Park était jusqu'ici directeur scientifique d'Amazon Ads à Seattle. M. Park dirigera la recherche.",
        ["Min-jun Park"],
        ["Amazon"],
    ),
    (
        "Avant de nous rejoindre, Sophie Tran a travaillé chez Google Play à Dublin. Mme Tran arrive en mai.",
        ["Sophie Tran"],
        ["Google"],
    ),
    (
        "Le tour est mené par Ardent Klarna, un fonds de Nairobi sans lien avec la fintech suédoise. Wanjiru Kamau, "
        "associée d'Ardent Klarna, rejoint le conseil.",
        ["Wanjiru Kamau"],
        ["Ardent Klarna"],
    ),
    (
        "Kofi Boateng a quitté Quarry Google, le studio d'Accra, pour fonder un laboratoire.",
        ["Kofi Boateng"],
        ["Quarry Google"],
    ),
    (
        "Nadia Farah, associée chez Ardent Microsoft, affirme que le fonds soutiendra dix start-up.",
        ["Nadia Farah"],
        ["Ardent Microsoft"],
    ),
    (
        "Léna Ito a rejoint Sorrel Nvidia en 2021 comme ingénieure. Sorrel Nvidia conçoit des puces à Osaka.",
        ["Léna Ito"],
        ["Sorrel Nvidia"],
    ),
    (
        "Les cofondateurs Do Van Hieu et An Thi Mai ont créé l'entreprise à Hanoï. Hieu compte recruter vingt "
        "personnes.",
        ["Do Van Hieu", "An Thi Mai"],
        [],
    ),
    (
        "Do Van Hieu, directeur général de Lotus, a confirmé l'opération. Lotus vend de l'assurance agricole.",
        ["Do Van Hieu"],
        ["Lotus"],
    ),
    ("An Thi Mai a fondé Lotus en 2020 après dix ans dans la banque.", ["An Thi Mai"], ["Lotus"]),
    (
        "Bouilloire a été fondée en 2019 par Ha Minh Chau, ancienne banquière. Ha veut recruter.",
        ["Ha Minh Chau"],
        ["Bouilloire"],
    ),
    (
        "Le tour est mené par Klarna Technology, la branche d'ingénierie berlinoise de la fintech. Sa directrice, "
        "Ana Lopes, rejoint le conseil.",
        ["Ana Lopes"],
        ["Klarna Technology"],
    ),
    ("Samsung Technologies et Nvidia Capital ont aussi investi.", [], ["Samsung Technologies", "Nvidia Capital"]),
    (
        "L'investisseur historique Kestrel Seed a participé. Le PDG, Chidi Okafor, veut recruter.",
        ["Chidi Okafor"],
        ["Kestrel Seed"],
    ),
    ("Le tour est mené par Harbor Seed, et Nia Obi rejoint le conseil.", ["Nia Obi"], ["Harbor Seed"]),
    (
        "V vend des logiciels vocaux aux banques. Sa fondatrice, Ana Lopes, l'a créée en 2021.",
        ["Ana Lopes"],
        ["V"],
    ),
    ("XO a été créée en 2021 par Ana Lopes. Elle vend des logiciels vocaux.", ["Ana Lopes"], ["XO"]),
    (
        "KX fabrique des capteurs pour les fermes. Son PDG, Omar Haddad, vise l'Europe.",
        ["Omar Haddad"],
        ["KX"],
    ),
    # A name the headline introduces and the body repeats without a cue word (headline, blank line, body).
    (
        "Pinceau lance une application de retouche photo\n\nL'application est gratuite. Les fondateurs de Pinceau "
        "veulent atteindre un million d'utilisateurs.\n\nPinceau compte douze salariés.",
        [],
        ["Pinceau"],
    ),
    (
        "Nuage8 recrute 40 ingénieurs à Toulouse\n\nLa société veut doubler ses effectifs d'ici un an. Le patron de "
        "Nuage8 a confirmé l'ouverture d'un second site.\n\nNuage8 développe des logiciels de stockage.",
        [],
        ["Nuage8"],
    ),
    (
        "Terre Sel Soleil rachète un fournisseur breton\n\nLe montant n'a pas été communiqué. Terre Sel Soleil "
        "emploie désormais 120 salariés.\n\nLe rachat permet à Terre Sel Soleil de doubler sa production.",
        [],
        ["Terre Sel Soleil"],
    ),
    (
        "Comment Ardoise veut simplifier la comptabilité des artisans\n\nArdoise, qui compte 15 salariés, a lancé "
        "une nouvelle version de son logiciel. Les plombiers utilisent Ardoise depuis 2022.\n\nL'abonnement coûte "
        "20 euros par mois.",
        [],
        ["Ardoise"],
    ),
    (
        "Un ancien de la banque rejoint Galet comme directeur financier\n\nMarc Dubreuil arrive chez Galet en "
        "mars. Il a passé dix ans dans le crédit.\n\nGalet vend des assurances aux artisans.",
        ["Marc Dubreuil"],
        ["Galet"],
    ),
    (
        "Les investisseurs misent 9 millions sur Brindille\n\nLe tour de table valorise Brindille à 60 millions "
        "d'euros. Brindille fabrique des emballages compostables.\n\nLa société compte 30 salariés.",
        [],
        ["Brindille"],
    ),
    # Une société que le titre ou le texte nomme sans indice, qui a ce qu'ont les sociétés (un tour, des
    # salariés, un conseil, un fondateur), avec des chiffres ou deux lettres ; un cabinet au nom de ses associés.
    (
        "Pourquoi nous menons la série A de Quille3\n\nLes usines comptent encore sur des tableurs. Quille3 "
        "veut changer cela.\n\nNous menons la série A de Quille3 avec deux fonds. Toute l'équipe de Quille3 "
        "est à Namur.",
        [],
        ["Quille3"],
    ),
    (
        "Les salariés de Brio12 votent la grève\n\nPrès de la moitié des salariés de Brio12 ont signé une "
        "lettre. Brio12 fabrique des batteries.\n\nLa direction n'a pas répondu.",
        [],
        ["Brio12"],
    ),
    (
        "Le conseil d'administration de Nef8 écarte son patron\n\nLe conseil d'administration de Nef8 s'est "
        "réuni lundi. Nef8 compte 40 ingénieurs.\n\nUn intérim est prévu.",
        [],
        ["Nef8"],
    ),
    (
        "La valorisation de Orbe5 double en un an\n\nLes actionnaires d'Orbe5 se réjouissent. Orbe5 vend des "
        "capteurs agricoles.\n\nLe marché reste étroit.",
        [],
        ["Orbe5"],
    ),
    (
        "Le fondateur de Ko reprend les rênes\n\nLe laboratoire a rappelé son fondateur lundi, cinq jours "
        "après l'avoir écarté.\n\nLes ingénieurs s'en réjouissent.",
        [],
        ["Ko"],
    ),
    (
        "La cofondatrice de Ba quitte l'entreprise\n\nLa cofondatrice de Ba part après six ans. Ba conçoit des "
        "serrures connectées.\n\nElle n'a rien dit de ses projets.",
        [],
        ["Ba"],
    ),
    (
        "Les actionnaires de Yu disent non\n\nLes actionnaires de Yu ont rejeté l'offre mardi. Yu vend des "
        "logiciels de paie.\n\nL'acheteur peut revenir.",
        [],
        ["Yu"],
    ),
    (
        "Le cabinet Morvan & Tellier recrute une associée. Claire Morvan, associée fondatrice, a salué "
        "l'arrivée. Morvan & Tellier compte 30 avocats.",
        ["Claire Morvan"],
        ["Morvan & Tellier"],
    ),
    (
        "Delcourt & Abidi accompagne la vente\n\nLa mission est menée par Sami Abidi. Delcourt & Abidi est "
        "installé à Lyon.",
        ["Sami Abidi"],
        ["Delcourt & Abidi"],
    ),
    (
        "Fondé par Louise Garnier et Omar Benali, Garnier & Benali conseille les start-up. Garnier & Benali "
        "a ouvert un bureau à Nantes.",
        ["Louise Garnier", "Omar Benali"],
        ["Garnier & Benali"],
    ),
    (
        "Selon Hélène Varin, Varin & Mbeki a conseillé le vendeur. Varin & Mbeki est un cabinet de conseil.",
        ["Hélène Varin"],
        ["Varin & Mbeki"],
    ),
    (
        "Le PDG de Pa s'explique\n\nLe conseil d'administration de Pa l'a soutenu. Pa emploie 200 personnes à "
        "Lille.\n\nLe titre a peu bougé.",
        [],
        ["Pa"],
    ),
    (
        "Po ouvre un bureau à Dakar\n\nLes fondateurs de Po sont sénégalais. Po vend des cartes de "
        "paiement.\n\nLe bureau compte dix personnes.",
        [],
        ["Po"],
    ),
    # Une société de trois mots que le texte nomme ensuite par les deux premiers, ou qu'un prénom ouvre.
    (
        "Pourquoi nous investissons dans Vent Debout Énergie\n\nVent Debout Énergie installe des éoliennes. "
        "Nous menons la série A de Vent Debout Énergie.\n\nVent Debout compte 30 salariés.",
        [],
        ["Vent Debout Énergie"],
    ),
    (
        "Le fondateur de Petit Pont Logistique s'en va\n\nLe conseil d'administration de Petit Pont Logistique "
        "a pris acte. Petit Pont livre des colis à vélo.\n\nUn successeur est cherché.",
        [],
        ["Petit Pont Logistique"],
    ),
    (
        "Nous investissons dans Belle Rive Santé\n\nBelle Rive Santé équipe les cliniques de logiciels. Belle "
        "Rive emploie 50 personnes à Rennes.\n\nLa levée atteint 6 millions d'euros.",
        [],
        ["Belle Rive Santé"],
    ),
    (
        "Les salariés de Haute Vallée Textile inquiets\n\nLes salariés de Haute Vallée Textile ont appris la "
        "vente lundi. Haute Vallée compte 120 salariés.\n\nLe repreneur n'est pas connu.",
        [],
        ["Haute Vallée Textile"],
    ),
    # Des noms complets à particule de leur culture, de quatre mots ou plus, à prénom composé ou précédés d'un
    # titre : une seule personne, jamais ses deux premiers mots, et les mentions suivantes s'y rapportent.
    (
        "La start-up Lumeo a recruté Ana Paula dos Santos comme directrice technique. Mme dos Santos vient "
        "d'une banque.",
        ["Ana Paula dos Santos"],
        ["Lumeo"],
    ),
    (
        "Nurul Aisyah binti Rahman dirige le laboratoire Xylo. Selon Nurul Aisyah, le modèle est prêt.",
        ["Nurul Aisyah binti Rahman"],
        ["Xylo"],
    ),
    (
        "Omar ibn Khalid rejoint la start-up Sablier comme directeur de la recherche. « C'est un retour », "
        "explique M. ibn Khalid.",
        ["Omar ibn Khalid"],
        ["Sablier"],
    ),
    (
        "La jeune pousse Brindille annonce l'arrivée de Fatima bint Saeed comme directrice financière. Mme bint "
        "Saeed était chez un assureur.",
        ["Fatima bint Saeed"],
        ["Brindille"],
    ),
    (
        "Jose Ramon dela Cruz quitte la start-up Mangrove, qu'il dirigeait depuis Manille. M. dela Cruz veut "
        "prendre une longue pause.",
        ["Jose Ramon dela Cruz"],
        ["Mangrove"],
    ),
    (
        "Pr Hendrik ter Horst rejoint la start-up Nexo comme directeur scientifique. Le Pr ter Horst enseignait "
        "à Delft.",
        ["Hendrik ter Horst"],
        ["Nexo"],
    ),
    (
        "Me Karim Ben Youssef représente la société Altea. Me Ben Youssef a déposé une plainte lundi.",
        ["Karim Ben Youssef"],
        ["Altea"],
    ),
    (
        "Kim Dong-hyun quitte la start-up Hanbit. Selon Kim Dong-hyun, la décision était prise depuis un an. "
        "M. Kim reste actionnaire.",
        ["Kim Dong-hyun"],
        ["Hanbit"],
    ),
    (
        "Ahmed ould Mohamed Salem, cofondateur de la start-up Tamarin, quitte ses fonctions. M. ould Mohamed "
        "Salem restera au conseil.",
        ["Ahmed ould Mohamed Salem"],
        ["Tamarin"],
    ),
    # Les produits et modèles (un nom à chiffres, une version, une taille) ne sont jamais des personnes ; leur
    # fabricant est une société quand le texte le dit (« le nouveau modèle de X », « chez X », « l'équipe de X »).
    (
        "Le laboratoire parisien Sirocco a publié hier son nouveau modèle, Sirocco-2, et une version légère, "
        "Sirocco-2 Mini, qui fonctionne sur un ordinateur portable.",
        [],
        ["Sirocco"],
    ),
    (
        "Nous, chez Galène, lançons aujourd'hui Galène Nova 3 Pro. Nova 3 Pro traduit quarante langues.",
        [],
        ["Galène"],
    ),
    (
        "L'équipe de Cobalt a présenté Cobalt-4 Large lundi. Selon Lina Haddad, qui dirige la recherche de "
        "Cobalt, Cobalt-4 Large est deux fois plus rapide.",
        ["Lina Haddad"],
        ["Cobalt"],
    ),
    (
        "Le nouveau modèle de Verlan, Verlan Max 2, est disponible. Verlan Max 2 a été entraîné à Lyon.",
        [],
        ["Verlan"],
    ),
    (
        "Disponible dès lundi, Oriel Turbo v3 résume des rapports de deux cents pages. Oriel Turbo v3 est le "
        "troisième modèle de Fennec, une start-up nantaise.",
        [],
        ["Fennec"],
    ),
    (
        "Avril Dufresne a rejoint la start-up Cèdre comme directrice financière. Mme Dufresne vient d'une banque.",
        ["Avril Dufresne"],
        ["Cèdre"],
    ),
    # Écoles et organismes publics de recherche : organisations ou non (l'or des jeux accepte les deux), mais sous
    # leur propre nom, jamais celui d'une école sœur qui partage leur sigle ou leurs mots.
    (
        "Ji-woo Park, docteure de l'ENS de Lyon, a rejoint la start-up Sorgho comme directrice scientifique.",
        ["Ji-woo Park"],
        ["Sorgho"],
        ["ENS de Lyon"],
    ),
    (
        "Normalienne passée par l'ENS de Rennes, Mai Linh Tran dirige désormais la recherche de la start-up Cèdre. "
        "Mme Tran vivait à Hanoï.",
        ["Mai Linh Tran"],
        ["Cèdre"],
        ["ENS de Rennes"],
    ),
    (
        "Ancien de l'École normale supérieure de Rennes, Paul Viret a cofondé la start-up Salsepareille.",
        ["Paul Viret"],
        ["Salsepareille"],
        ["École normale supérieure de Rennes"],
    ),
    (
        "Chercheuse au CNRS, Inès Dahan rejoint la start-up Aulne, fondée par des anciens de l'université de Lyon.",
        ["Inès Dahan"],
        ["Aulne"],
        ["CNRS", "université de Lyon"],
    ),
    # Un carnet de nominations nomme des sociétés sans les indices habituels : l'étiquette de chaque entrée et
    # l'ancien employeur en apposition (« Jane Doe, ex-Acme, rejoint … »).
    (
        "Le carnet de la semaine.\nCriteo. Léa Marin devient directrice produit.\nCohere. Hugo Ferreira-Lambert "
        "rejoint le bureau parisien comme directeur commercial.",
        ["Léa Marin", "Hugo Ferreira-Lambert"],
        ["Criteo", "Cohere"],
    ),
    (
        "Nominations\n- Lanterne : Ana Reis est nommée directrice financière.\n- Sorgho : Tom Reyes devient président.",
        ["Ana Reis", "Tom Reyes"],
        ["Lanterne", "Sorgho"],
    ),
    (
        "Marie Dubois, ex-Quenouille, rejoint la start-up Sorgho comme directrice technique. Mme Dubois arrive lundi.",
        ["Marie Dubois"],
        ["Quenouille", "Sorgho"],
    ),
    (
        "Paul Roy (ex-Lanterne) devient directeur produit de la start-up Gypse. M. Roy succède à une fondatrice.",
        ["Paul Roy"],
        ["Lanterne", "Gypse"],
    ),
    (
        "Né à Kiev (ex-URSS), Paul Roy dirige la start-up Gypse. Lyon. Jean Morel devient président de Gypse.",
        ["Paul Roy", "Jean Morel"],
        ["Gypse"],
    ),
    # une société nommée seulement par ce qu'elle fait : elle sort un modèle, réintègre quelqu'un, on y revient
    # à un poste
    (
        "Grésil a dévoilé son nouveau modèle de traduction mardi. Grésil emploie quinze personnes à Rennes.",
        [],
        ["Grésil"],
    ),
    (
        "Nacre lance Perle-2, un modèle de langue pour les notaires. La fondatrice, Awa Ndiaye, vise le Sénégal.",
        ["Awa Ndiaye"],
        ["Nacre"],
    ),
    (
        "Le modèle Brume-4 a été présenté par Ostrea jeudi. Ostrea compte douze salariés.",
        [],
        ["Ostrea"],
    ),
    (
        "Selon Hugo Marchal, Vireo vient de publier Sarcelle 3, un modèle ouvert. Vireo vise les hôpitaux.",
        ["Hugo Marchal"],
        ["Vireo"],
    ),
    (
        "Inès Kaci revient à Aubier en tant que directrice financière, trois ans après son départ.",
        ["Inès Kaci"],
        ["Aubier"],
    ),
    (
        "Réintégrée par Maraude après six mois d'absence, Chloé Vasseur reprend la direction générale.",
        ["Chloé Vasseur"],
        ["Maraude"],
    ),
    (
        "Tamaris a réintégré son cofondateur, Bastien Leroy, au poste de directeur technique.",
        ["Bastien Leroy"],
        ["Tamaris"],
    ),
    (
        "Après deux ans chez Google, Yannick Ebongué est retourné à Oxalis comme directeur scientifique.",
        ["Yannick Ebongué"],
        ["Google", "Oxalis"],
    ),
]

PHRASES = [
    (
        "Polytech Nantes a ouvert un incubateur. Selon sa directrice, Polytech Nantes accueillera dix start-up.",
        [],
        [],
        ["Polytech Nantes"],
    ),
    ("Sciences Po accueille le colloque mardi, en présence de deux ministres.", [], [], ["Sciences Po"]),
    ("Open Source Experience, le salon parisien du logiciel libre, ouvre ses portes mardi.", [], []),
    ("Viva Technology ouvre ses portes mercredi à Paris, avec 2 000 exposants.", [], []),
    ("Le Prix Turing a été décerné mercredi à deux chercheurs.", [], []),
    ("Le directeur technique Hervé Magnan quitte l'entreprise. M. Magnan y était entré en 2019.", ["Hervé Magnan"], []),
    ("Horizon Europe finance le projet à hauteur de 2 millions d'euros.", [], []),
    ("Grand Bassam a accueilli les fondateurs pour un séminaire de trois jours.", [], []),
    ("Intelligence Artificielle Générative : tel est le thème du colloque de vendredi.", [], []),
    ("French Tech Tremplin, le programme de l'État, accompagne 200 entrepreneurs cette année.", [], []),
    ("Le Figaro rapporte que l'accord est proche.", [], []),
    ("Deep Tech : la France veut rattraper son retard, selon le rapport.", [], []),
    ("Les Assises de la cybersécurité se tiennent cette semaine à Monaco.", [], []),
    ("La Fête de la Science attire chaque année un million de visiteurs.", [], []),
    ("Jeune Entreprise Innovante : le statut fiscal sera prolongé jusqu'en 2030.", [], []),
    ("Le Crédit Impôt Recherche coûte sept milliards d'euros par an à l'État.", [], []),
    ("Les élèves du lycée Jean Moulin ont visité le laboratoire jeudi.", [], []),
    ("Le siège est installé rue Victor Hugo, à deux pas de la station Jean Jaurès.", [], []),
    (
        "École Polytechnique et Mines Paris ont signé un accord de recherche.",
        [],
        [],
        ["École Polytechnique", "Mines Paris"],
    ),
    ("Pays de la Loire et Grand Est financent chacun la moitié du programme.", [], []),
    ("Le Grand Prix de l'Innovation a été remis à une chercheuse de Toulouse.", [], []),
    ("Logiciel Libre et Données Ouvertes sont les deux thèmes de la journée.", [], []),
    ("La cheffe de produit Inès Barka présentera l'outil. Inès Barka a rejoint l'équipe en mars.", ["Inès Barka"], []),
    ("Apprentissage Automatique, Vision par Ordinateur : les chercheurs couvrent les deux domaines.", [], []),
    ("Le professeur de Sciences Po Étienne Marchal juge l'étude solide.", ["Étienne Marchal"], [], ["Sciences Po"]),
    (
        "Hôpital Européen Georges Pompidou : l'essai clinique a duré deux ans.",
        [],
        [],
        ["Hôpital Européen Georges Pompidou"],
    ),
    ("Data Scientist et Ingénieur Logiciel sont les deux postes ouverts.", [], []),
    ("Source Ouverte, le groupe de travail du ministère, rendra son rapport en juin.", [], []),
    ("Les Echos indiquent que la levée de fonds sera annoncée lundi.", [], []),
    ("Ouest Lyonnais : la zone accueille désormais quarante entreprises du numérique.", [], []),
    ("Demo Day aura lieu jeudi ; chacune des douze équipes présentera son projet.", [], []),
    ("La Journée Mondiale de la Santé sera consacrée aux outils numériques.", [], []),
    ("L'application est disponible sur Google Play et sur le site plume.app.", [], []),
    ("Casablanca, la ville la plus peuplée du royaume, accueille le salon.", [], []),
    ("Le tour est mené par le suédois Klarna, avec Microsoft.", [], ["Klarna", "Microsoft"]),
    ("Ana Silva a rejoint Microsoft en Mars, puis a quitté Google.", ["Ana Silva"], ["Microsoft", "Google"]),
    ("IA : les banques s'équipent. Ses détracteurs, comme Omar Haddad, doutent.", ["Omar Haddad"], []),
    ("Langues couvertes : Cantonais, Tagalog et Cebuano, selon sa fondatrice Ana Reyes.", ["Ana Reyes"], []),
    ("Mistral a présenté Jean Lune, un nouvel outil qui résume les contrats.", [], ["Mistral AI"]),
    ("La société a dévoilé Marie Brise, sa nouvelle application pour les banques.", [], []),
    ("Jean Lune, un ingénieur passé par une banque, a rejoint la société.", ["Jean Lune"], []),
    ("Léa Martin\nCEO et cofondatrice\nJe suis ravie d'annoncer notre levée de fonds.", [], []),
    # Names a headline and body repeat that are products, places, people, outlets, topics or indices.
    (
        "Orque-2 arrive sur les téléphones\n\nLe modèle tient dans 4 Go de mémoire. Selon ses concepteurs, Orque-2 "
        "comprend quinze langues.\n\nOrque-2 est gratuit.",
        [],
        [],
    ),
    (
        "Rennes lance un fonds pour les jeunes pousses\n\nLa métropole investira 5 millions d'euros. Le maire a "
        "indiqué que Rennes recrute deux chargés de mission.\n\nLe fonds ouvrira en juin.",
        [],
        [],
    ),
    (
        "Le départ de Lemaire inquiète les salariés\n\nJulien Lemaire a quitté la direction vendredi. Selon les "
        "syndicats, Lemaire avait recruté la moitié de l'équipe.\n\nSon successeur n'est pas connu.",
        ["Julien Lemaire"],
        [],
    ),
    (
        "Les lecteurs de la Gazette Numérique élisent leur start-up de l'année\n\nPlus de 3 000 lecteurs de la "
        "Gazette Numérique ont voté. La Gazette Numérique a lancé ce vote en 2019.\n\nLe lauréat sera connu vendredi.",
        [],
        [],
    ),
    (
        "La Mobilité Verte séduit moins les investisseurs\n\nLa Mobilité Verte a levé moins d'argent cette "
        "année, selon un cabinet. Les fonds consacrés à la Mobilité Verte investissent moins.\n\nLa baisse "
        "atteint 30 %.",
        [],
        [],
    ),
    (
        "Le CAC 40 ouvre en hausse\n\nÀ Paris, le CAC 40 ouvre une séance calme. Les valeurs bancaires "
        "progressent.\n\nLe pétrole recule.",
        [],
        [],
    ),
    # Une agence de presse, le nom français d'une capitale ou d'une grande ville, un journal, le titre d'une
    # œuvre au nom de personne : ni société ni personne.
    (
        "Le départ a été confirmé à l'agence Kestrel-ATP par un porte-parole d'Aleph Alpha.",
        [],
        ["Aleph Alpha"],
    ),
    (
        "Selon l'agence de presse Norvia, la société Orvane prépare une levée de fonds.",
        [],
        ["Orvane"],
    ),
    (
        "Un porte-parole a indiqué à l'agence Belvia que le laboratoire resterait ouvert.",
        [],
        [],
    ),
    (
        "Varsovie attire les ingénieurs\n\nVarsovie compte désormais 300 start-up. Les salaires y restent "
        "bas.\n\nLes investisseurs suivent.",
        [],
        [],
    ),
    (
        "La start-up Orvane quitte Genève pour Bâle. Orvane emploie 30 personnes.",
        [],
        ["Orvane"],
    ),
    (
        "Le fondateur de Lisbonne Data, Rui Costa, ouvre un bureau à Lisbonne et un autre à Varsovie.",
        ["Rui Costa"],
        ["Lisbonne Data"],
    ),
    (
        "Après Londres et Francfort, la banque ouvre un bureau à Édimbourg. Le bureau d'Édimbourg comptera "
        "40 personnes.",
        [],
        [],
    ),
    (
        "Genève, nouvelle capitale de l'IA ?\n\nGenève accueille trois laboratoires. Les chercheurs de Genève "
        "publient beaucoup.\n\nLe canton investit.",
        [],
        [],
    ),
    (
        "Cracovie et Séville se disputent le centre\n\nCracovie a offert un terrain. Séville promet des "
        "aides.\n\nLa décision tombe en mai.",
        [],
        [],
    ),
    (
        "Selon Le Courrier du Lac, la start-up Orvane a levé 5 millions. Orvane n'a pas répondu au Courrier du Lac.",
        [],
        ["Orvane"],
    ),
    (
        "Son livre, Marie Curie, est sorti en mars. Dans Marie Curie, l'autrice raconte une vie de laboratoire.",
        [],
        [],
    ),
    (
        "Le film « Paul Martin » sort mercredi. Le réalisateur a tourné Paul Martin en six semaines.",
        [],
        [],
    ),
    # un retour dans une ville, un modèle d'une région : aucune société
    (
        "Le maire revient à Nantes comme président de la métropole.",
        [],
        [],
    ),
    (
        "La Bretagne a dévoilé son nouveau modèle agricole.",
        [],
        [],
    ),
]
