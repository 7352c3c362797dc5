"""The vocabulary the lead reading (``lead_reading``) reads a headline or a lead with: each kind's verbs in English and
French, with the side of the verb its company stands on, and the words around them that say where a person goes,
where they came from, or that the text tells no event done."""

from __future__ import annotations

import re

from ..weekdays import DAY

# (kind, event type, who acts: "person" stands before the verb and the company after; "company" the other way round)
CUES: list[tuple[str, str, str, re.Pattern]] = [
    (
        "return",
        "joins",
        "person",
        re.compile(
            r"\b(?:returns? (?:to|as)|returning (?:to|as)|to return (?:to|as)|(?:is )?back as|rejoins|re-joins|"
            r"is back (?:at|to)|comes? back to|heads? back to|"
            r"revien\w* (?:chez|à la tête d|au sein d|à)|retour\w* (?:chez|à la tête d)|retrouv\w*(?= \w+\s*\S)|"
            r"reprend\w* (?:les rênes|les commandes|la tête|la direction)|takes? back the (?:reins|helm)|"
            r"reinstated (?:at|as)|réint[èé]gr\w*|(?:restored|reappointed) as|makes? (?:a )?comeback (?:at|to)|"
            r"reclaims?|retakes? the (?:helm|reins)|(?:is )?back at the helm|reprend\w* du service|"
            r"revien\w* aux (?:manettes|commandes))",
            re.I,
        ),
    ),
    (
        "return",
        "hired",
        "company",
        re.compile(r"\b(?:reinstates|brings? back|rappelle|réintègre|re-?hires|réembauche)\b", re.I),
    ),
    (
        "move",
        "joins",
        "person",
        re.compile(
            r"\b(?:joins|joined|joining|is joining|to join|rejoin[td]|rejoindra|a rejoint|lands? (?:at|with)|"
            r"atterri\w* (?:chez|à)|arriv\w* (?:chez|at)|pass\w* chez|moves? to|moving to|heads? to|signs? with|"
            r"s['’]engage (?:chez|avec)|jump\w*(?: ship)? to|"
            r"(?:débauchée?|recrutée?|embauchée?|poached|hired|recruited|lured|snapped up) (?:par|by)|"
            r"defects? to|decamps? to|goes to work for|debarks at|comes? aboard|signs? on with|"
            r"takes? a job (?:at|with)|"
            r"fait son entrée (?:chez|à)|débarque chez)\b",
            re.I,
        ),
    ),
    (
        "move",
        "appointed",
        "person",
        re.compile(
            r"\b(?:takes? the (?:helm|reins) (?:of|at)|"
            r"prend\w* (?:la tête|les rênes|la direction|la présidence) (?:de|du|des|d['’])|"
            r"to (?:lead|head|run|helm)|will (?:lead|head|run)|va (?:diriger|piloter|présider)|"
            r"(?:is |has been |was )?(?:named|appointed|promoted|tapped)(?: as)?|(?:est |a été )?(?:nommée?|promue?)|"
            r"becomes|devient|succ[eè]d\w* à|succeeds|prend\w* ses fonctions|is the new|(?:is )?set to become|"
            r"(?:is )?elevated to|steps? (?:up as|into)|(?:is )?put in charge of|takes over as|"
            r"(?:pilot|dirig|occup)era|sera (?:le|la) nouve\w+|hérite d\w*|s['’]installe dans le fauteuil|"
            r"(?:élue?|désignée?|propulsée?|élevée?|choisie? pour diriger|(?:portée?|appelée?) à la tête d\w*)|"
            r"décroche le poste)\b",
            re.I,
        ),
    ),
    (
        "move",
        "hired",
        "company",
        re.compile(
            r"\b(?:recrut\w*|hires|hired|débauch\w*|poach\w*|taps|tapped|names|nomme|appoints|embauch\w*|"
            r"lures|snags|enlists|brings on|brings in|welcomes|accueille|s['’]offre les services (?:de|d['’])|"
            r"mise? sur|se renforce avec|strengthens? \w+ (?:team|bench|leadership) with|recruits|picks|chooses|"
            r"selects|adds|signs|nabs|snaps up|promotes|elevates|bolsters \w+ (?:\w+ )?with|hands the reins to|"
            r"choisit|fait venir|enrôle|chipe|embauche|(?<!s['’])engage|promeut|jette son dévolu sur|"
            r"confie (?:sa|la) (?:direction|présidence)(?: \w+)? à|s['’]attache les services d\w*)\b",
            re.I,
        ),
    ),
    (
        "departure",
        "leaves",
        "person",
        re.compile(
            r"\b(?:leaves|leaving|to leave|is leaving|will leave|left|quitt\w*|va quitter|"
            r"steps? (?:down|aside|back)|stepping (?:down|aside)|stepped down|resigns?|resigned|resigning|"
            r"démissionn\w*|exits|quits|is out (?:at|as)|departs|departing|se retire|tire sa révérence|"
            r"bows? out|part de|claque la porte d|s['’]en va de|rend son tablier|passe la main|hands over the reins|"
            r"retires from|prend sa retraite|will not seek|won['’]t seek|will not stand for|"
            r"ne (?:briguera|sollicitera|demandera|se représentera) pas|walks? away from|calls? it quits|"
            r"relinquish\w*|vacates|steps? aside|ends? tenure|(?:is )?out at|(?:is )?shown the door|(?:is )?let go|"
            r"(?:is )?(?:fired|dismissed|sacked|ousted|pushed out)(?: (?:by|from|as|at))?|jette l['’]éponge|"
            r"lâche les rênes|laisse sa place|abandonne|(?:est )?poussée? vers la sortie|s['’]en va|cède sa place)\b",
            re.I,
        ),
    ),
    (
        "departure",
        "leaves",
        "company",
        re.compile(
            r"\b(?:fires|ousts|ousted|limog\w*|évinc\w*|remercie|congédi\w*|se sépare (?:de|d['’])|parts? ways with|"
            r"dismisses|removes|lets go|met fin aux fonctions d\w*|"
            r"loses|(?:has )?lost|perd|a perdu)\b",
            re.I,
        ),
    ),
    (
        "round",
        "funding",
        "company",
        re.compile(
            r"\b(?:raises?|raised|raising|lève|lèvent|a levé|secures?|secured|bags?|bagged|lands?|landed|boucle|"
            r"bouclé|empoche|attire|closes?|closed|nets?|netted|collects?|récolte|obtient|obtenu|décroche|snags|"
            r"scores?|grabs?|pulls? in|reels? in|rakes? in|gets?|lock(?:s|ed) up|sécurise|séduit)\b",
            re.I,
        ),
    ),
    (
        "acquisition",
        "acquires",
        "company",
        re.compile(
            r"\b(?:acquires|acquired|to acquire|acquiert|buys|bought|to buy|rachète|a racheté|va racheter|"
            r"s['’]offre|met la main sur|snaps? up|scoops? up|takes? over|absorbe|swallows|s['’]empare d|"
            r"avale|snaps|(?:prend\w*|pris) le contrôle d(?:e|u|['’])|intègre|(?:va|vont) intégrer)\b",
            re.I,
        ),
    ),
    (
        "acquisition",
        "acquired",
        "person",  # the company bought stands before the verb, the buyer after it
        re.compile(
            r"\b(?:(?:is |was |to be |gets )?(?:acquired|bought|snapped up) by|(?:sold|sells(?: itself)?) to|"
            r"rachetée? par|acquise? par|passe (?:aux mains|sous le (?:contrôle|giron)|dans le giron) d|"
            r"tomb\w* dans (?:l['’]escarcelle|le giron) d|cédée? à|vendue? à|se vend à|(?:is |are )?now owned by|"
            r"appartien\w* (?:désormais|dorénavant|maintenant) à|becomes? part of|(?:has )?become part of)",
            re.I,
        ),
    ),
    (
        "release",
        "releases",
        "company",  # not "se lance" (a person starts out), "jumps ship", "sort de l'ombre"
        re.compile(
            r"\b(?:unveils?|unveiled|dévoil\w*|(?<!se )(?:lance|lancent)|a lancé|launch(?:es|ed)?|"
            r"(?<!jumps )(?<!jumped )ships?|shipped|"
            r"rolls? out|rolled out|open-sources?|open-sourced|releases?|released|présente|introduces?|debuts?|"
            r"unleashes|drops|publie|met en ligne|dégaine|sort(?!\s+d(?:e|u|es)\b|\s+d['’])|"
            r"announces? (?=\w+ \w*[A-Z0-9])|dévoile|"
            r"lève le voile sur|takes the wraps off|pulls the wraps off|lifts the lid on|previews|showcases|"
            r"puts out|deploys|déploie|officialise|commercialise)\b",
            re.I,
        ),
    ),
    (
        "release",
        "releases",
        "person",  # the product stands before ("Acme's Foo is now available"), the company anywhere in the clause
        re.compile(r"\b(?:is now available|goes live|went live|débarque|est disponible|hits)\b", re.I),
    ),
    (
        "launch",
        "founds",
        "person",
        re.compile(
            r"\b(?:founds?|founded|co-?founds?|co-?founded|fonde|fondent|a fondé|cofonde|co-fonde|crée|créent|"
            r"a créé|sets? up|launch(?:es)? (?:a |his |her |their )?(?:new )?(?:start-?up|company|venture)|"
            r"lance(?:nt)? (?:sa|son|leur)? ?(?:propre )?(?:start-?up|société|entreprise|jeune pousse)?|"
            r"starts?(?!-)|started|unveils? (?:a |his |her |their )?(?:new )?(?:start-?up|company))\b",
            re.I,
        ),
    ),
    (
        "launch",
        "founds",
        "person",  # "X unveiled her new company, Acme", "X a présenté Acme, sa nouvelle société": the person's own
        re.compile(
            r"\b(?:unveil\w*|présent\w*|announc\w*|dévoil\w*|introduc\w*)(?=\s+(?:[^,.;:]{2,60},\s+)?"
            r"(?:sa|son|leur|his|her|their)\s+(?:(?:own|new|propre|nouvelle|nouveau)\s+)+"
            r"(?:start-?up|company|société|entreprise|jeune pousse|venture|laboratoire|lab)\b)|"
            r"est à l['’]origine d|is the (?:co-?)?founder (?:behind|of)|naissance d|(?:['’]s )?(?:new|own) venture",
            re.I,
        ),
    ),
    (
        "launch",
        "founds",
        "company",  # the company new to the world stands before the verb, its founders in the clause
        re.compile(
            r"\b(?:emerg\w* from stealth|(?:came|comes?|coming) out of stealth|sor\w* de l['’]ombre|"
            r"open\w* (?:officially )?(?:its|their) doors|officially opened its doors|"
            r"ouv\w* (?:officiellement )?ses portes|"
            r"voi\w* le jour|is born|opens? for business|(?:a )?newly (?:formed|founded|created)|"
            r"une? (?:toute )?(?:nouvelle|jeune) (?:société|start-up|entreprise))\b",
            re.I,
        ),
    ),
]
# a company the person came from, or named in passing before the one the event is about
ELSEWHERE = re.compile(
    r"(?:\b(?:former|ex|formerly|from|de chez|quitte|quitté|leaves|left|leaving|ancien\w*(?:\s+(?:de|chez|d['’]))?|"
    r"passée? par|after|après)\s*-?\s*(?:\w+\s+){0,2})$",
    re.I,
)
# a question, a tally or an opinion: the text tells no event done
UNTOLD = re.compile(
    r"\?|\b(?:to date|so far|in total|au total|à ce jour)\b|^\W*(?:opinion|tribune|analysis|analyse)\b", re.I
)
# a rumour, a plan or an explanation before the verb: "plans to raise", "could leave", "why X left" (a negation, or
# the past, is asked of each verb: ``background.is_background``)
PLANNED = re.compile(
    r"\b(?:could|might|would|pourrait|plans?|planning|expected|prévoi\w*|s['’]apprête\w*|compte|decid\w*|"
    r"considering|rumou?r\w*|talks? to|in talks|en discussions?|considers?|weighs|weighing|mulls|envisage|eyes|"
    r"lorgne|why|how|pourquoi|comment|may (?:have|be|soon)|wants?|hopes?|aims?|veu\w+|souhait\w*|"
    r"espère\w*|whether|where to|decision|décision)\b",
    re.I,
)
_FOUNDING_TURN = r"to (?:start|found|launch|build|co-?found)|pour (?:fonder|cofonder|créer|lancer)"
# a departure's turn toward where the person goes: "leaves A for B", "quitte A pour diriger B", "leaving to start B"
DIRECTION = re.compile(
    rf"\b(?:to (?:join|become|lead|head|run)|{_FOUNDING_TURN}|for|pour|afin de|et rejoint|and joins)\b", re.I
)
# a departure's turn to its purpose, which tells the news the departure serves: "left A in December to found B"
PURPOSE_TURN = re.compile(r"(?<=[\s,])(?:to|pour|afin de)\s+(?=\w)", re.I)
FOUNDING_TURN = re.compile(_FOUNDING_TURN, re.I)
# what a departure's turn goes to when it names no company: a post or a firm
TURN_TO_POST = re.compile(
    r"\W*(?:for|pour)\s+(?:une?|a|an|the|la|le)\s+(?:\w+\s+){0,2}?(?:start-?up|société|entreprise|company|firm|"
    r"chaire|chair|poste|post|role|rôle|job|rival|concurrent|laboratoire|lab)",
    re.I,
)
FORMER = re.compile(r"\b(?:former|ex|formerly|ancien\w*|passée? par)\b[^,;]*$", re.I)
# a launch's verb followed by the kind of what is launched: a new company, not a product
LAUNCHING = re.compile(r"lanc|launch", re.I)
NEW_FIRM = re.compile(
    r"\W*(?:[\w'’-]+\W+){0,4}?"
    r"(?:start-?ups?|sociétés?|entreprises?|compan(?:y|ies)|ventures?|firms?|jeunes? pousses?)\b",
    re.I,
)
# what a verb of founding, buying or releasing may take that is no company nor product: "crée un poste", "bought a
# stake in", "unveiled on Monday a plan for", "dévoile sa stratégie"
NOT_A_FIRM = re.compile(
    rf"(?:\s+(?:(?:on|this|last|ce|cette)\s+\w+|{DAY}|today|yesterday|hier))?"
    r"\s+(?:an?|une?|the|le|la|les|des|its|sa|son|ses)\s+(?:\w+\s+)?(?:posts?|postes?|roles?|rôles?|jobs?|positions?|"
    r"stakes?|participations?|shares?|parts?|funds?|fonds|teams?|équipes?|plans?|strateg\w+|stratégies?|reports?|"
    r"rapports?|results|résultats|roadmap|feuille de route|"
    # a call, an apology, an inquiry, a campaign: what a company "launches" or "présente" that is no product
    r"appels?|calls?|excuses|apolog\w+|enquêtes?|investigations?|probes?|campagnes?|campaigns?|consultations?|"
    r"pétitions?|petitions?|recours|appeals?|plaintes?|lawsuits?|vœux|condoléances|condolences)\b",
    re.I,
)
# what follows a release's verb that takes no object: "Acme launched on Monday", "Acme launches in Europe"
NO_OBJECT = re.compile(r"\s*(?:[,.;:!?]|$|(?:on|in|at|this|last|today|yesterday|to|for|with|à|au|hier)\b)", re.I)
# a verb's word written with a capital after a comma inside a clause is a name ("its app, Launch, lets shops …")
NAME_NOT_VERB = re.compile(r",\s*$")
# what a company is merged into when it is not bought: "intègre Mistral AI à son offre" (a product's integration)
INTO_OWN = re.compile(r"[^.;]{0,30}?\b(?:à|dans|au sein de) (?:son|sa|ses|leur|leurs)\b", re.I)
# a passive verb: "launched by former researchers" names who made the company, not what it released
BY = re.compile(r"\s+(?:by|par)\b", re.I)
# a product named between its maker and the verb: "Acme's Foo is now available", "Acme Foo 2 débarque"
PRODUCT_BETWEEN = re.compile(r"(?:['’]s)?\s+[A-Z0-9][\w.+-]*")
OF_SOMEONE = re.compile(r"\b(?:de|d['’]|of|from)\s*$", re.I)
TOPIC = re.compile(r"\s*:\s")
# a product's name after a release's verb: a capitalised word or one with digits
PRODUCT = re.compile(r"\s+(?:(?:its|their|a|an|the|new|son|sa|ses|leur|un|une|le|la|nouve\w+)\s+)*([A-Z0-9][\w.+-]*)")
CLAUSE_END = re.compile(r";|\s[–—|]\s")
