"""Short article frames of our own for ``test_event_links``: per kind of event and language, three or four frames
telling the main event in different sentence shapes, with slots a case fills: ``{P}`` the person as written (a
title, a middle initial, a particle, a describing phrase), ``{Pc}`` the same starting a sentence, ``{pro}`` a
pronoun starting a sentence, ``{e}`` a French agreement, ``{C}`` the company as first written (a legal form, a
word, an acronym, digits, Labs/AI), ``{c}`` its short form further on, ``{O}`` another company, ``{X}`` a phrase
between the verb and what follows it (a date, an aside), empty in some cases.

Each frame is (gold keys, headline, body): the gold keys say which slot is the event's person and companies."""

from __future__ import annotations

# (as written, gold name, pronoun) — the person shapes the last blind sets failed on, ten or more per language
NAMES = {
    "en": (
        ("Maya Lindqvist", "Maya Lindqvist", "She"),
        ("Dr. Helen Okafor", "Helen Okafor", "She"),
        ("Prof. Daniel Achterberg", "Daniel Achterberg", "He"),
        ("Sir Oliver Pembridge", "Oliver Pembridge", "He"),
        ("John K. Osei", "John K. Osei", "He"),
        ("Nurul Aisyah binti Rahman", "Nurul Aisyah binti Rahman", "She"),
        ("José Ramón dela Cruz", "José Ramón dela Cruz", "He"),
        ("Hendrik van der Berg", "Hendrik van der Berg", "He"),
        ("Nguyen Thi Mai Anh", "Nguyen Thi Mai Anh", "She"),
        ("Polish computer scientist Bartosz Wrona", "Bartosz Wrona", "He"),
        ("Siobhan O'Reilly-Grant", "Siobhan O'Reilly-Grant", "She"),
        ("veteran chip designer Ines de la Fuente", "Ines de la Fuente", "She"),
    ),
    "fr": (
        ("Camille Fournier", "Camille Fournier", "Elle"),
        ("Pr Alain Mercier", "Alain Mercier", "Il"),
        ("Me Sophie Garnier", "Sophie Garnier", "Elle"),
        ("Dr Lucie Benali", "Lucie Benali", "Elle"),
        ("Paul J. Girard", "Paul J. Girard", "Il"),
        ("Marie-Claire de La Roche", "Marie-Claire de La Roche", "Elle"),
        ("Nguyen Thi Mai Anh", "Nguyen Thi Mai Anh", "Elle"),
        ("Hendrik van der Berg", "Hendrik van der Berg", "Il"),
        ("Nurul Aisyah binti Rahman", "Nurul Aisyah binti Rahman", "Elle"),
        ("José Ramón dela Cruz", "José Ramón dela Cruz", "Il"),
        ("la chercheuse polonaise Agnieszka Nowak", "Agnieszka Nowak", "Elle"),
        ("l'ingénieur sénégalais Moussa Diop", "Moussa Diop", "Il"),
        ("M. Karim Haddad", "Karim Haddad", "Il"),
    ),
}
# (as first written, short form further on, gold name)
COMPANIES = {
    "en": (
        ("Kiln Robotics GmbH", "Kiln", "Kiln Robotics"),
        ("Harbor", "Harbor", "Harbor"),
        ("QVX", "QVX", "QVX"),
        ("Atlas42", "Atlas42", "Atlas42"),
        ("Tessellate Labs", "Tessellate", "Tessellate Labs"),
        ("Verity AI", "Verity", "Verity AI"),
        ("Pallas Systems Inc.", "Pallas", "Pallas Systems"),
        ("Northwind Robotics", "Northwind", "Northwind Robotics"),
        ("DeepHarbor", "DeepHarbor", "DeepHarbor"),
        ("Lantern", "Lantern", "Lantern"),
        ("4Sight Health", "4Sight", "4Sight Health"),
        ("Ostra Bio Ltd", "Ostra", "Ostra Bio"),
    ),
    "fr": (
        ("Brumeo SAS", "Brumeo", "Brumeo"),
        ("Kiln Robotics GmbH", "Kiln", "Kiln Robotics"),
        ("Sillon", "Sillon", "Sillon"),
        ("QVX", "QVX", "QVX"),
        ("Atlas42", "Atlas42", "Atlas42"),
        ("Verity AI", "Verity", "Verity AI"),
        ("Tessellate Labs", "Tessellate", "Tessellate Labs"),
        ("Boussole", "Boussole", "Boussole"),
        ("Pallas Systems Inc.", "Pallas", "Pallas Systems"),
        ("Hexa3D", "Hexa3D", "Hexa3D"),
        ("Kerlann", "Kerlann", "Kerlann"),
        ("DeepHarbor", "DeepHarbor", "DeepHarbor"),
    ),
}
OTHERS = {
    "en": ("Google", "Microsoft", "Amazon", "Salesforce", "Siemens", "IBM"),
    "fr": ("Thales", "Orange", "Criteo", "Doctolib", "Google", "Capgemini"),
}
INTERPOSED = {
    "en": ("", ", effective Monday,", " this week", ", after a decade in academia,", " on 2 March", ", as expected,"),
    "fr": ("", " le 1er mars", " lundi", ", comme prévu,", " officiellement", " début mars"),
}

# kind -> language -> frames; "P" is the person, "C" the company, "O" the other company, "Spindle" a fixed name
FRAMES: dict[str, dict[str, tuple[tuple[dict[str, str], str, str], ...]]] = {
    "talent_move": {
        "en": (
            (
                {"people": "P", "to": "C"},
                "{c} hires a {O} vision lead",
                "{Pc} joins {C}{X} as chief technology officer. {pro} spent nine years at {O}, where the team "
                "built warehouse cameras. {c}, founded in 2021, builds welding robots.",
            ),
            (
                {"people": "P", "to": "C"},
                "A new head of research at {c}",
                "{C} has hired {P}{X} as its head of research. The former {O} executive will start in January. "
                "{c} sells inspection software to carmakers.",
            ),
            (
                {"people": "P", "to": "C"},
                "{O} loses a research chief to {c}",
                "{Pc}, who led {O}'s speech group for six years, is leaving to join {C}{X} as chief scientist. "
                "{pro} will report to the chief executive.",
            ),
            (
                {"people": "P", "to": "C"},
                "{c} names a new chief technology officer",
                "After eight years at {O}, {P} wanted a smaller team. {pro} joins {C}{X} as chief technology "
                "officer, the company said on Tuesday. {c} has 40 employees.",
            ),
        ),
        "fr": (
            (
                {"people": "P", "to": "C"},
                "{c} recrute chez {O}",
                "{Pc} rejoint {C}{X} au poste de directeur technique. {pro} a passé neuf ans chez {O}. {c}, fondée "
                "en 2021, conçoit des robots de soudure.",
            ),
            (
                {"people": "P", "to": "C"},
                "Un nouveau directeur scientifique pour {c}",
                "{Pc} a pris{X} ses fonctions de directeur scientifique de {C}. {pro} vient de {O}, où l'équipe "
                "travaillait sur la vision. {c} compte 40 salariés.",
            ),
            (
                {"people": "P", "to": "C"},
                "{O} perd une responsable de la recherche",
                "{Pc}, qui dirigeait la recherche de {O} depuis six ans, quitte le groupe pour rejoindre{X} {C} "
                "comme directeur scientifique. {pro} rendra compte au président.",
            ),
        ),
    },
    "departure": {
        "en": (
            (
                {"people": "P", "from": "C"},
                "{Pc} leaves {c}",
                "{Pc} is leaving {C}{X} after six years as chief operating officer, the company said on Tuesday. "
                "{pro} has not said what comes next. {c} employs 300 people.",
            ),
            (
                {"people": "P", "from": "C"},
                "{c} loses its chief technology officer",
                "The chief technology officer of {C}, {P}, has stepped down{X} after five years. {pro} built the "
                "research team. {c} makes software for hospitals.",
            ),
            (
                {"people": "P", "from": "C"},
                "Exit at {c}",
                "{Pc} has resigned{X} as chief executive of {C}. The board named an interim leader. {c} sells "
                "sensors to farms.",
            ),
        ),
        "fr": (
            (
                {"people": "P", "from": "C"},
                "{Pc} quitte {c}",
                "{Pc} quitte{X} {C}, où {pro_l} était directeur des opérations depuis six ans, a annoncé "
                "l'entreprise mardi. {c} emploie 300 personnes.",
            ),
            (
                {"people": "P", "from": "C"},
                "Départ chez {c}",
                "Le directeur technique de {C}, {P}, a démissionné{X} après cinq ans. {pro} avait monté "
                "l'équipe de recherche. {c} édite des logiciels pour les hôpitaux.",
            ),
            (
                {"people": "P", "from": "C"},
                "{c} perd son président",
                "{Pc} a annoncé{X} son départ de {C}. Le conseil a nommé un président par intérim. {c} vend des "
                "capteurs aux agriculteurs.",
            ),
        ),
    },
    "company_launch": {
        "en": (
            (
                {"people": "P", "org": "C"},
                "A former {O} researcher starts a company",
                "{Pc}, who spent a decade at {O}, has founded{X} {C}, a start-up building tools for drug "
                "discovery. {pro} is its chief executive.",
            ),
            (
                {"people": "P", "org": "C"},
                "{c} comes out of stealth",
                "{C}, a start-up founded{X} by {P}, came out of stealth on Tuesday. {c} builds batteries for "
                "drones and has 12 employees.",
            ),
            (
                {"people": "P", "org": "C"},
                "A new start-up for factory data",
                "After leaving {O}, {P} co-founded {C}{X} with two former colleagues. {c} makes software that "
                "reads factory sensors.",
            ),
        ),
        "fr": (
            (
                {"people": "P", "org": "C"},
                "Un ancien de {O} se lance",
                "{Pc}, passé{e} par {O}, a fondé{X} {C}, une start-up qui conçoit des outils pour la recherche de "
                "médicaments. {pro} en est le président.",
            ),
            (
                {"people": "P", "org": "C"},
                "{c} sort de l'ombre",
                "{C}, une start-up créée{X} par {P}, sort de l'ombre ce mardi. {c} fabrique des batteries pour "
                "drones et compte 12 salariés.",
            ),
            (
                {"people": "P", "org": "C"},
                "Une nouvelle start-up pour les données industrielles",
                "Après avoir quitté {O}, {P} a cofondé {C}{X} avec deux anciens collègues. {c} édite un logiciel "
                "qui lit les capteurs des usines.",
            ),
        ),
    },
    "funding_round": {
        "en": (
            (
                {"org": "C"},
                "{c} raises $20 million",
                "{C}, a start-up founded by {P}, has raised{X} $20 million in a Series A round led by {O}. {c} "
                "makes audit software for banks.",
            ),
            (
                {"org": "C"},
                "A seed round for {c}",
                "{C} has closed{X} a €12 million seed round, its chief executive, {P}, said on Tuesday. The money "
                "will pay for a sales team in Europe.",
            ),
            (
                {"org": "C"},
                "Investors back {c}",
                "{O} led a $45 million Series B{X} in {C}, the company said on Tuesday. {Pc}, who founded {c} in "
                "2020, plans to double its staff.",
            ),
        ),
        "fr": (
            (
                {"org": "C"},
                "{c} lève 20 millions d'euros",
                "{C}, une start-up fondée par {P}, a levé{X} 20 millions d'euros lors d'une série A menée par {O}. "
                "{c} édite un logiciel d'audit pour les banques.",
            ),
            (
                {"org": "C"},
                "Premier tour de table pour {c}",
                "{C} a bouclé{X} un tour de table de 12 millions d'euros, a indiqué mardi son président, {P}. "
                "L'argent doit financer une équipe commerciale.",
            ),
            (
                {"org": "C"},
                "{O} mise sur {c}",
                "{O} a mené{X} une levée de fonds de 45 millions d'euros de {C}, a annoncé la société mardi. {Pc}, "
                "qui a fondé {c} en 2020, veut doubler ses effectifs.",
            ),
        ),
    },
    "model_release": {
        "en": (
            (
                {"org": "C"},
                "{c} releases Orca-2",
                "{C} has released{X} Orca-2, an open-weight language model for legal documents. {Pc}, its chief "
                "scientist, said it beats larger models on contracts.",
            ),
            (
                {"org": "C"},
                "{c} unveils a speech model",
                "{C} unveiled{X} Sonar, a speech recognition model for call centres, on Tuesday. The model runs "
                "on a single chip, {P} said.",
            ),
            (
                {"org": "C"},
                "A coding model from {c}",
                "Orca-2, a coding model, was launched{X} by {C}. {Pc}, who leads research at {c}, said it was "
                "trained on public code only.",
            ),
        ),
        "fr": (
            (
                {"org": "C"},
                "{c} dévoile Orca-2",
                "{C} a dévoilé{X} Orca-2, un modèle de langage ouvert pour les documents juridiques. {Pc}, "
                "directeur scientifique, assure qu'il dépasse des modèles plus grands.",
            ),
            (
                {"org": "C"},
                "{c} lance un modèle de reconnaissance vocale",
                "{C} a lancé{X} Sonar, un modèle de reconnaissance vocale pour les centres d'appels. Le modèle "
                "tourne sur une seule puce, selon {P}.",
            ),
            (
                {"org": "C"},
                "Un modèle de code signé {c}",
                "Orca-2, un modèle de code, a été présenté{X} par {C}. {Pc}, qui dirige la recherche de {c}, "
                "précise qu'il a été entraîné sur du code public.",
            ),
        ),
    },
    "acquisition": {
        "en": (
            (
                {"to": "O", "from": "C"},
                "{O} buys {c}",
                "{O} has acquired{X} {C}, a start-up founded by {P}, for $300 million. {c} builds sensors for "
                "wind turbines.",
            ),
            (
                {"to": "O", "from": "C"},
                "{c} sold to {O}",
                "{C} has been acquired{X} by {O}, the two companies said on Tuesday. {Pc}, the chief executive "
                "of {c}, will join {O}.",
            ),
            (
                {"to": "C", "from": "Spindle Analytics"},
                "{c} snaps up a rival",
                "{C} said on Tuesday it had agreed to buy{X} Spindle Analytics, a data start-up. {Pc}, the chief "
                "executive of {c}, called the deal a good fit.",
            ),
        ),
        "fr": (
            (
                {"to": "O", "from": "C"},
                "{O} rachète {c}",
                "{O} a racheté{X} {C}, une start-up fondée par {P}, pour 300 millions d'euros. {c} fabrique des "
                "capteurs pour les éoliennes.",
            ),
            (
                {"to": "O", "from": "C"},
                "{c} passe sous le contrôle de {O}",
                "{C} a été racheté{X} par {O}, ont annoncé les deux sociétés mardi. {Pc}, président de {c}, "
                "rejoindra {O}.",
            ),
            (
                {"to": "C", "from": "Spindle Analytics"},
                "{c} s'offre un concurrent",
                "{C} a annoncé mardi l'acquisition{X} de Spindle Analytics, une start-up de la donnée. {Pc}, "
                "président de {c}, y voit une bonne affaire.",
            ),
        ),
    },
    "reinstatement": {
        "en": (
            (
                {"people": "P", "to": "C"},
                "{Pc} returns to {c}",
                "{Pc} is returning to {C}{X} as chief executive, two years after leaving the company. {pro} "
                "replaces an interim chief.",
            ),
            (
                {"people": "P", "to": "C"},
                "{c} brings back its founder",
                "{C} has reinstated{X} {P} as chief executive, a week after the board removed the founder. {c} "
                "makes navigation software.",
            ),
            (
                {"people": "P", "to": "C"},
                "Back at {c}",
                "{Pc} rejoined {C}{X} as head of research on Monday. {pro} had left {c} in 2022 for {O}.",
            ),
        ),
        "fr": (
            (
                {"people": "P", "to": "C"},
                "{Pc} revient chez {c}",
                "{Pc} fait son retour chez {C}{X} comme directeur général, deux ans après avoir quitté "
                "l'entreprise. {pro} remplace un dirigeant par intérim.",
            ),
            (
                {"people": "P", "to": "C"},
                "{c} rappelle son fondateur",
                "{C} a réintégré{X} {P} au poste de directeur général, une semaine après son éviction par le "
                "conseil. {c} édite des logiciels de navigation.",
            ),
            (
                {"people": "P", "to": "C"},
                "Retour chez {c}",
                "{Pc} a retrouvé{X} son poste de directeur de la recherche chez {C}. {pro} avait quitté {c} en "
                "2022 pour {O}.",
            ),
        ),
    },
}
