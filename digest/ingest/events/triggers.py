"""The words that announce each kind of event, in the order the kinds of one sentence are tried."""

from __future__ import annotations

import re

from ...model import events as event_types
from .. import prefilter
from ..weekdays import DAY

# (type, trigger) in the order events of one sentence are tried; _W keeps triggers whole words.
_W = r"(?<![\w-])"
# When and where a founding took place, between the participle and its founders: "fondée le 28 avril à Lyon par",
# "founded in 2021 in Berlin by", "lancé mardi 24 novembre au Plateau, à Abidjan, par", "launched in Nairobi, Kenya,
# by" (three complements at most, each of a few words, a comma only after one or before its place's country).
_WHEN_WHERE = (
    rf"(?:(?:in|on|at|last|this|en|le|à|au|dans|cette|l['’]an|{DAY})"
    r"(?:\s+[\w'’-]+){0,3}?(?:,\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?,?\s+){0,3}"
)
# A start-up's first public appearance, often with its first round: "emerges from stealth with $9 million".
STEALTH = (
    r"(?:emerg(?:e|es|ed|ing)|com(?:e|es|ing)|came) out of stealth|emerg(?:e|es|ed|ing) from stealth|"
    r"sor(?:t|tent|tie) de l['’]ombre"
)
# A giver's verb, with a sum of money in the next words: the company the money goes to comes after it (deals.py).
GIVER_VERBS = (
    r"(?:provid(?:e|es|ed|ing)|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|"
    r"accord(?:e|ent|era|eront|é|ée|er)|octro(?:ie|ient|iera|ieront|yé|yée|yer)|attribu(?:e|ent|era|é|ée|er)|"
    r"vers(?:e|ent|era|eront|é|ée|er)|apport(?:e|ent|era|eront|é|ée|er))"
)
GIVER = GIVER_VERBS + r"(?=[^.;:!?]{0,50}?(?:\d|[$€£]))"
_LAUNCH = (
    r"(?:lance(?:nt)?|(?:a|ont) (?:\w+ment )?lancé|dévoil\w*|présent(?:e|ent|é)|lancement de|création|"
    r"launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|launch of|creation of|"
    # a new company's first day: "opened the doors of Acme", "ouvrent les portes d'Acme"
    r"open(?:s|ed|ing)? the doors of|ouv(?:r\w*|erte?s?) les portes(?= d)|"
    r"vien(?:t|nent|s|nons|nez) (?:tout juste |juste )?de (?:lancer|fonder|cofonder|créer))"
)
SALE = (
    r"(?:(?<=[lL]a )(?:vente|cession)|(?<=[tT]he )sale)"
    r"(?=(?:,[^,.;]{1,40},)? (?:of|de|du) |(?:,[^,.;]{1,40},)? d['’])"
)
# the first word of a post: "chief executive", "PDG", "directrice générale", "head of research"
# what a founder's verb takes: the new company's name, maybe after its noun ("formed Acme", "established a new lab,
# Acme", "a monté sa propre société, Acme")
_NEW_FIRM_NAMED = (
    r"(?= (?:(?:a|an|her|his|their|its|sa|son|leur|une?) (?:(?:new|own|nouvelle|nouveau|propre) )*"
    r"(?:company|start-?up|venture|firm|lab|société|entreprise|jeune pousse|laboratoire),? )?(?-i:[A-ZÀ-Ý]))"
)
_POST_WORD = (
    r"CEO|CTO|COO|CFO|PDG|chief|head|chair\w*|boss|patron\w*|direct\w+|présid\w+|presid\w+|dirig\w+|responsable"
)
TRIGGERS = [
    (
        "leaves",
        re.compile(
            _W + r"(?:quitt\w*|a quitté|quit(?:s|ting)?|départ\w*|démission\w*|s['’]en va|leav\w*|left|"
            r"depart\w*|exit\w*|resign\w*|step\w* (?:down|away)|stepping (?:down|away)|"
            r"n['’]est plus|is no longer|(?:is|was) out as|claqu\w* la porte|tir\w* sa révérence|"
            r"c[èé]d\w* (?:son|sa|ses|les) (?:fauteuil|poste|place|rênes|commandes)|"
            r"hand(?:s|ed|ing)? over (?:the )?(?:reins|helm)|hand(?:s|ed|ing)? over to|"
            # a post given up in other words: "walks away from", "bows out", "relinquishes", "jette l'éponge"
            r"walk(?:s|ed|ing)? away from|call(?:s|ed|ing)? it quits|relinquish\w*|vacat(?:e|es|ed|ing)(?= the)|"
            r"bow(?:s|ed|ing)? out|(?:ends?|ended|ending) (?:his|her|their) tenure|"
            r"step(?:s|ped|ping)? (?:aside|back from)|"
            r"retir(?:es|ed|ing) from|se retire(?:ra)? de|prend\w* sa retraite|rend\w* son tablier|"
            r"jet(?:te|tent|é) l['’]éponge|lâch\w* les rênes|laiss\w* (?:sa|son) (?:place|fauteuil|poste)|"
            r"abandonn\w*(?= (?:la|sa|son) (?:présidence|direction|poste|fauteuil)))(?!\w)",
            re.I,
        ),
    ),
    (
        "joins",
        re.compile(
            _W + r"(?:rejoi\w+|rejoint|arriv\w* chez|(?:obtenu|obtient|décroch\w*) un poste|join(?:s|ed|"
            r"ing)?|(?:takes|took|taking|accept\w*) (?:a|the) (?:job|role|position)|"
            r"(?:start(?:s|ed|ing)?|began|begins?|beginning) (?:a )?new (?:job|role|position)|"
            r"(?:commenc|début|pri[st]|prend)\w* (?:un )?nouveau poste|return(?:s|ed|"
            r"ing)? (?:to|as)|return of|(?<=[lL]['’])retour(?= d)|"
            # "le retour express de X", "du retour surprise de X": the noun and at most one word describing it
            r"(?<=[lL]e |[aA]u |[dD]u )retour(?=(?: [\w-]+)? d[eu'’ ])|"
            r"(?:revien|reven)\w* (?:chez|à la tête|comme|en tant que|au poste)|retourn\w* chez|"
            r"de retour (?:chez|à la tête)|"
            # "revient aujourd'hui dans l'entreprise", "fait son retour chez X", "retrouve la licorne parisienne"
            r"revien\w*(?= (?:[\w'’]+ )?dans (?:l['’]|la |le |cette ))|"
            r"(?<=[sS]on )retour(?= (?:chez|à la tête|au sein))|"
            r"retrouv(?:e|ent|é|ée)(?= (?:la|le|l['’]|cette) ?(?:[\w-]+ ){0,2}?(?:entreprise|société|start-?up|licorne|"
            r"jeune pousse|groupe|laboratoire|maison)\b)|"
            r"(?:passe|passée?|passent|part|partie?|partent|file|filent|filée?) chez|"
            r"s['’]engag\w* (?:chez|auprès d['’e])|"
            r"pos\w* (?:ses|leurs|sa) (?:valises|bagages) chez|(?:a |ont )?ralli(?:e|ent|é|ée)(?= (?-i:[A-ZÀ-Ý]))|"
            r"(?:débarqu|atterri)\w* chez|entr(?:e|ent|era|eront|é|ée)(?= (?:au conseil|chez) )|"
            # "comes aboard at", "signs on with", "takes a job at", "fait son entrée chez", "reprend du service chez"
            r"(?:come|comes|came|coming) aboard|sign(?:s|ed|ing)? on with|(?:take|takes|took|taken|taking) a job|"
            r"to work for|son entrée (?:chez|à|au sein)|reprend\w* du service|"
            r"(?:make|makes|made|making) (?:a|her|his|their) comeback)"
            r"(?!\w)(?! by)",
            re.I,
        ),
    ),
    # moves told with a verb of motion: a pattern of its own, scanned only where one of its words stands
    (
        "joins_moving",
        re.compile(
            _W + r"(?:(?:heads?|heading|headed|goes|going|went|comes?|coming|came) back to|"
            r"(?:is|are|was|were) back at|(?:comes?|came|coming) (?:over )?to(?= (?-i:[A-ZÀ-Ý]))|"
            # a first day: "will start at Acme as chief scientist", "commence lundi chez Acme"
            r"(?:start(?:s|ed|ing)?|begins?|began) (?:work |(?:her|his|their) new (?:job|role) )?at(?= (?-i:[A-ZÀ-Ý]))|"
            r"(?:commenc|début)(?:e|ent|era|eront) (?:[\w'’-]+ ){0,3}?chez|"
            r"mov(?:e|es|ed|ing) (?:from (?:[\w&.'’-]+ ){1,4})?to|(?:heads?|heading|headed) to|"
            r"(?:jump|switch|defect|hop|decamp)(?:s|ed|ing|ped|ping)? (?:ship )?to|(?:lands?|landed|landing) at|"
            r"(?:leav(?:es|ing)|left|depart(?:s|ed|ing)) for|"
            r"(?:leav(?:es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|quitt(?:e|ent|é)|troqu\w*) (?:[\w&.'’-]+ "
            r"){1,4}?(?:for|pour)(?= (?!(?:rejoindre|"
            r"join|devenir|become|fonder|found|start|launch|lancer|créer|se|s['’])\b)))(?!\w)(?! by)",
            re.I,
        ),
    ),
    (
        "hired",
        re.compile(
            _W + r"(?:recrut\w*|embauch\w*|débauch\w*|engag\w+|hir(?:e|es|ed|ing)|poach\w*|recruit\w*|"
            r"lur(?:e|es|ed|ing)(?= (?:away )?(?-i:[A-ZÀ-Ý]))|"
            r"(?:point de chute)|(?<=[lL]['’])arrivée|(?<=[sS]on )arrivée|arrival|accueill(?:e|ent|i|ir|ons)|"
            r"welcom(?:e|es|ed|ing)(?= (?-i:[A-ZÀ-Ý]))|"
            r"(?:brought|brings?|bringing) (?:on|in)(?= (?-i:[A-ZÀ-Ý]))|attir(?:e|ent|é)(?= (?-i:[A-ZÀ-Ý]))|"
            # a person taken from a rival: "Acme chipe une chercheuse à Google", "souffle son directeur à Borealis"
            r"(?:chip|souffl|subtilis)(?:e|ent|é|ée)(?= [^.;:!?]{1,60}? (?:à|au) (?-i:[A-ZÀ-Ý]))|"
            r"s['’](?:offre|offrent|attache|attachent|est offert|est attaché|assure|est assuré)e? les services|"
            # a company's choice of a person named next: "picks X", "nabs X", "enrôle X", "a fait venir X"
            r"(?:nab(?:s|bed)|enlist(?:s|ed)|snap(?:s|ped) up|sign(?:s|ed)|add(?:s|ed)|pick(?:s|ed)|chooses|"
            r"chosen|select(?:s|ed)|enrôl(?:e|ent|é)|(?:fait|font) venir|choisi(?:t|ssent)?|"
            r"jet\w* son dévolu sur|se renforce avec|s['’](?:offre|offrent|est offerte?))(?= (?-i:[A-ZÀ-Ý]))|"
            r"(?:brought|brings?|bringing) on board|"
            r"(?:strengthen|bolster|reinforc)\w* (?:its|their) (?:[\w-]+ )?(?:team|leadership|bench|board|management) "
            r"with(?= (?-i:[A-ZÀ-Ý])))(?!\w)",
            re.I,
        ),
    ),
    (
        "fired",
        re.compile(
            _W + r"(?:évincé\w*|éviction|limog\w*|licenci\w*|renvo\w+|congédi\w*|débarqu\w*(?! chez)|écarté\w*|"
            r"destitu\w*|remercié\w*|oust(?:s|ed|er|ing)?|fire[sd]|firing|sacked|dismiss\w*|removed|"
            r"pushed out|part(?:s|ed|ing)? ways with|let go|shown the door|show\w* (?:\w+ )?the door|vers la sortie|"
            r"(?:s['’](?:est )?|se )sépar\w* d['’e]|"
            r"m(?:is|et|ettent|ettre) fin(?:,[^,.;]{1,30},)?\s+(?:aux|à ses|à leurs) fonctions)(?!\w)",
            re.I,
        ),
    ),
    (
        "appointed",
        re.compile(
            _W + r"(?:nomm\w+|nomination|désign\w+|promu\w*|appoint\w*|named|promoted|tapped as|"
            r"names(?= (?-i:[A-ZÀ-Ý]))|becomes|become|devient|deviendra|devenir|announced as|succe(?:eds?|eded|eeding)|"
            r"succède|take(?:s|n)? over as|took over as|taking over as|"
            r"(?:pren\w*|pris\w*) ses fonctions|entr\w* en fonctions?|"
            # a post taken up, a date or a day between the verb and the post: "a pris le 1er mars ses fonctions de",
            # "took up her post as", "has taken up the post of"
            r"(?:pri[st]e?s?|prend(?:s|ra|ront|nent)?|prendre) (?:[\w'’-]+ ){1,5}?(?:ses|leurs|son) "
            r"(?:nouvelles? )?(?:fonctions|poste)(?: de(?= )|(?= (?:d['’]|comme|en tant que|chez) ))|"
            r"(?:took|takes?|taking|taken) up (?:his|her|their|the|a) (?:new )?(?:post|role|duties|position|job)"
            r"(?: of(?= )|(?= (?:as|at) ))|"
            r"remplac(?:e|ée?s?|ent|era|eront)|replac(?:es|ed|ing)|will replace|"
            r"reinstat\w*|ré(?:intègr|intégr)\w*|re-?hir(?:e|es|ed|ing)|re-?appoint\w*|réembauch\w*|réengag\w*|"
            r"(?:brought|brings?|bringing) back|"
            r"restored(?= (?:[^,.;:]{0,60}? )?as | to (?:his|her|their) (?:post|role|job)\b)|"
            r"rétabli\w*(?= [^,.;:]{0,60}?dans (?:ses|leurs) fonctions)|"
            r"rappelée? (?:à la tête|au poste)|"
            # "a rappelé lundi son fondateur, X", "recalled its co-founder X": a company takes back its own head
            r"(?:rappel(?:le|lent|é)|recall(?:s|ed))(?= (?:[\w'’-]+ ){0,4}?(?:son|sa|leur|its|their) (?:co-?)?"
            r"(?:fondat|founder|PDG|CEO|direct|président|president|patron|chief))|"
            r"retrouv\w* (?:son|sa|ses) (?:poste|fauteuil|siège|place|fonctions)|"
            r"rappel(?:le|lent|é)(?= (?-i:[A-ZÀ-Ý])[^.;:]{0,60}? (?:au poste|comme|à la tête|en tant que) )|"
            # a post handed to a person: "confie sa direction générale à X", "hands the reins to X"
            r"confi(?:e|ent|é)(?= (?:sa|la|leur) (?:direction|présidence)[^.;:]{0,30}? à (?-i:[A-ZÀ-Ý]))|"
            r"hand(?:s|ed|ing)? the (?:reins|helm)(?: of [\w&.'’-]+(?: [\w&.'’-]+)?)? to(?= (?-i:[A-ZÀ-Ý]))|"
            r"(?:is|are|was|were|comes?|came|coming) back (?:as|in charge)|de retour aux (?:commandes|manettes)|"
            r"tap(?:s|ped)(?= (?:(?:former|ex-)\s*)?(?-i:[A-ZÀ-Ý]))|(?:pren\w*|pris\w*) la succession|"
            r"assur\w* l['’]intérim|"
            # a post given in other words: "elevated to", "put in charge of", "steps up as", "porté à la tête de"
            r"elevat(?:es|ed|ing)|(?:put|placed) in charge|step(?:s|ped|ping)? (?:up as|into)|set to become|"
            r"will (?:lead|head|run)|reclaim\w*|retak(?:e|es|en|ing) the (?:helm|reins)|retook the (?:helm|reins)|"
            r"(?:porté|appelé|propulsé|élevé)e?s? (?:au poste|à la (?:tête|direction|présidence))|"
            r"(?:propulsé|élu)e?s?(?= (?:[\w'’-]+ ){0,2}?(?:PDG|CEO|direct\w+|présid\w+|patron\w*)\b)|"
            r"hérit\w* de la (?:direction|présidence)|s['’]install\w* dans le fauteuil|(?:décroch|occuper)\w* le poste|"
            r"(?:pilot|dirig)(?:era|eront)|va diriger|"
            r"(?:tapped|chosen|picked|selected) to (?:lead|head|run)|choisie? pour (?:diriger|piloter)|"
            r"(?:is|est) (?:the|le|la) (?:new|nouveau|nouvelle)(?= [\w-]+)|"
            # "Acme has a new CTO: X", "Acme se dote d'un nouveau directeur technique, X"; "X is Acme's new CTO"
            r"(?:has|have|gets?|got|a|ont|se dote d['’]|s['’]est dotée? d['’]|s['’]offre|tient) (?:a|an|un|une|its|"
            r"their|son|sa|leur) (?:new|nouveau|nouvelle)(?= [\w-]+)|"
            # "Acme has found its new CTO. It is X", "Acme a trouvé sa directrice scientifique. Il s'agit de X"
            r"(?:has|have|a|ont) (?:found|trouvé) (?:its|their|son|sa|leur)(?: (?:new|nouveau|nouvelle))?(?= [\w-]+)|"
            r"(?<=['’]s )new(?= [\w-]+)|(?<=s['’] )new(?= [\w-]+)|"
            # "prend, dès lundi, la tête de": a short aside may stand between the verb and the post
            r"(?:(?:re)?prend\w*|(?:re)?pris\w*|retrouv\w*|took|takes|taking|take)(?:,[^,.;:]{1,40},)?\s+"
            r"(?:[^\s,.;:]+\s+){0,4}?"
            r"(?:la tête|la direction|les rênes|les commandes|the helm|the reins))(?!\w)",
            re.I,
        ),
    ),
    # posts told without a verb of appointing, a pattern of their own (their words are common): a post held again
    # ("is once again chief executive of", "est de nouveau à la tête de", "redevient PDG"), a post as a move's purpose
    # ("is coming back to Europe to be its chief scientist", "pour être sa directrice technique"), a post to come
    # ("will be Acme's chief scientist", "sera la directrice technique de Acme")
    (
        "holds_post",
        re.compile(
            _W + r"(?:(?:is|are|was|were|est|sont|était|sera) (?:once again|once more|again|de nouveau|à nouveau)"
            r"(?= (?:[\w'’-]+ ){0,2}?(?:" + _POST_WORD + r"|à la tête|in charge|aux commandes)\b)|"
            r"rede(?:vien\w+|venue?s?)|"
            r"['’]s (?:pick|choice) (?:for|as)|"
            r"(?:to|pour) (?:en )?(?:be|être)(?= (?:its|their|the|son|sa|leur|le|la|l['’])\s?"
            r"(?:(?:new|first|nouveau|nouvelle|premier|première) )?(?:" + _POST_WORD + r")\b)|"
            # a post to come, told with the copula: "will be Acme's chief scientist", "sera la directrice de"
            r"(?:will|shall|would|(?:is|are) (?:set |due )?to) be(?= (?:its |their |(?:(?-i:[A-ZÀ-Ý])[\w&.-]*\s){0,2}"
            r"(?-i:[A-ZÀ-Ý])[\w&.-]*['’]s?\s)"
            r"(?:(?:new|first|next) )?(?:" + _POST_WORD + r")\b)|"
            r"(?:sera|seront)(?: désormais| donc| bientôt)?(?= (?:(?:le|la|l['’])\s?)?"
            r"(?:(?:nouveau|nouvelle|prochaine?|premier|première|futur|future) )?(?:" + _POST_WORD + r")\b))(?!\w)",
            re.I,
        ),
    ),
    (
        "founds",
        re.compile(
            _W + r"(?:(?:a|ont|avait|avaient) (?:\w+ment |désormais |déjà |aussi |enfin |donc )?"
            r"(?:(?:co-?)?fondé|créé)|"
            r"set(?:s|ting)? up(?= (?-i:[A-ZÀ-Ý]))|"
            # the other verbs of making a company, its name after: "has formed Acme", "a mis sur pied Acme"
            r"(?:form(?:s|ed)?|establish(?:es|ed)?|creat(?:es|ed)|incorporat(?:es|ed)|start(?:s|ed)? up|"
            r"monte(?:nt)?|(?:a|ont) monté|met(?:tent)? sur pied|(?:a|ont) mis sur pied|immatricul(?:e|ent|é)|"
            r"établi(?:t|ssent)?|(?:co-?)?fondant|donn(?:e|ent|é) naissance(?:,[^,.;:]{1,30},)? à)"
            + _NEW_FIRM_NAMED
            + "|"
            r"(?:build(?:s|ing)?|built) (?:a|an|her|his|their) (?:(?:new|own) )*(?:company|start-?up|venture|firm)"
            r"(?=,? (?-i:[A-ZÀ-Ý]))|"
            r"(?:co-?)?fonde(?:nt|r)? (?:la|sa|une|leur|son)|(?:co-?)?fonde(?:nt)?(?= "
            r"(?-i:[A-ZÀ-Ý]))|crée(?:nt)?(?= (?-i:[A-ZÀ-Ý]))|lance sa|"
            r"(?:to|pour) (?:co-?)?(?:start|found|launch|build|fonder|créer|lancer|bâtir)|"
            r"(?:fait partie des|est l['’]une? des|is one of the|(?:is|est) (?:a|un|"
            r"une)) (?:\w+ )?co-?(?:fondat(?:eur|rice)s?|founders?)(?= (?:de |d['’]|of ))|"
            r"launch\w* (?:a |his |her |their )?(?:new |own )?(?:company|startup|start-up|venture|"
            r"lab)|(?:co-?)?found(?:s|ed|ing)(?! in| by| en| member| team| partner)|start(?:s|"
            r"ed) (?:a|his|her) (?:own )?(?:\w+ )?(?:company|startup|venture)|"
            r"(?:announc|unveil|annonc|dévoil|présent|launch|lanc)\w* (?:a|an|une?) "
            r"(?:new|nouvelle|nouveau) (?:company|startup|start-up|venture|entreprise|société),? "
            r"(?:called|named|dubbed|baptisée?|appelée?|nommée?)|"
            # "announcing Acme AI, a company that …", "dévoile Acme, une start-up qui …": a name said to be new
            r"(?:announc|unveil|annon[cç]|dévoil|launch|lan[cç]|start(?=s|ed|ing))\w*"
            r"(?= (?-i:[A-ZÀ-Ý])[\w.&'’-]*(?: (?-i:[A-ZÀ-Ý])[\w.&'’-]*){0,2}"
            r",? (?:a|an|une?) (?:(?:new|nouvelle|young|jeune) )?(?:company|startup|start-up|venture|entreprise|"
            r"société|jeune pousse)\b)|"
            r"(?:announc|unveil|annonc|dévoil|présent)\w* (?:her|his|their|sa|son|leur) "
            r"(?:(?:new|own|nouvelle|nouveau|propre) )*"
            r"(?:company|startup|start-up|venture|entreprise|société))(?!\w)",
            re.I,
        ),
    ),
    (
        "founded_by",
        re.compile(
            _W
            + r"(?:(?:co-?)?founded "
            + _WHEN_WHERE
            + r"by|(?:co-?)?fondée?s? "
            + _WHEN_WHERE
            + r"par|co-?founded with|co-?fondée? avec|(?:créée?|lancée?) "
            + _WHEN_WHERE
            + r"par|(?:created|launched) "
            + _WHEN_WHERE
            + r"by)(?!\w)",
            re.I,
        ),
    ),
    ("launches", re.compile(_W + _LAUNCH + r"(?!\w)", re.I)),
    (
        "releases",
        re.compile(
            _W + r"(?:dévoil\w*|lanc(?:e|ée?s?|ement)|présent(?:e|ée?s?)|annonc(?:e|é)|publi(?:e|ée?s?)|"
            r"releas\w*|unveil\w*|launch(?:es|ed)?|announc(?:es|ed)|introduc(?:es|ed)|publish(?:es|ed)|"
            r"rolls? out|rolled out|sort(?:ent)?(?= (?-i:[A-ZÀ-Ý]))|(?:a|ont) sorti|ship(?:s|ped)|"
            r"open-sourc(?:es|ed)|opens? up|opened up|m(?:et|ettent|is) (?:en ligne|à (?:la )?disposition)|"
            r"show(?:s|ed|cased)|"
            r"(?:a|ont) montré|déploi(?:e|ent)|(?:a|ont) déployé|(?:is|are) (?:now )?out(?! of)|"
            r"(?:is|are) now available|(?:est|sont) (?:désormais |maintenant )?disponibles?|"
            # the verbs news uses besides: "made X-2 available", "put X-2 online", "opened access to", "went live"
            r"(?:made|makes)(?= (?:[^\s,.;:!?]+ ){1,4}?(?:generally |publicly |widely |freely )?available)|"
            r"put(?:s|ting)?(?= (?:[^\s,.;:!?]+ ){1,4}?online)|puts? online|"
            r"open(?:s|ed|ing)? (?:up )?(?:public )?access to|(?:brought|brings?|bringing) out|debut(?:s|ed)|"
            r"go(?:es)? live|went live|reach(?:es|ed)? general availability|"
            r"(?:is|are) (?:now |today |also )?(?:generally|publicly|widely|broadly) available|"
            r"(?:a|ont) mis(?= (?:[^\s,.;:!?]+ ){1,4}?(?:à (?:la )?disposition|en ligne))|"
            r"m(?:et|ettent)(?= (?:[^\s,.;:!?]+ ){1,4}?(?:à (?:la )?disposition|en ligne))|"
            r"(?:(?:a|ont) rendue?s?|rend(?:ent)?) (?:public|publique|accessible|disponible)s?|"
            r"(?:a|ont) rendu(?= (?:[^\s,.;:!?]+ ){1,4}?(?:public|publique|accessible|disponible)s?\b)|"
            r"(?:ouvr(?:e|ent)|(?:a|ont) ouvert) (?:l['’]accès|au public) (?:à|au|aux|de|du)|"
            r"dégain(?:e|ent)|(?:a|ont) dégainé|débarqu(?:e|ent)(?! chez)|"
            # the newsroom's other verbs of a release, a name next: "drops Orca-2", "officialise Orca-2"
            r"(?:drop(?:s|ped)|preview(?:s|ed)|showcas(?:es|ed)|unleash(?:es|ed)|puts? out|deploy(?:s|ed)|"
            r"diffus(?:e|ent|é)|commercialis(?:e|ent|é)|libèr(?:e|ent)|libéré|officialis(?:e|ent|é))"
            r"(?= (?-i:[A-ZÀ-Ý0-9]))|(?:takes?|took|pull(?:s|ed)) the wraps off|lift(?:s|ed)? the lid on|"
            r"l[eè]v(?:e|ent|é) le voile sur)(?!\w)",
            re.I,
        ),
    ),
    (
        "funding",
        re.compile(
            _W + r"(?:lev(?:é|ée|ées|ant|e|er|era|ent)|lève|lèvent|tour de table|rais(?:e|es|ed|ing)|"
            r"funding round|financing round|s[ée]ries? [A-F]|"
            r"round(?= (?:(?:was|has been) (?:led|closed) )?(?:in|into|for) )|"
            r"(?:pre-?)?seed (?:round|funding|financing)|tour (?:de financement|d['’]amorçage)|(?<=[lL]['’])amorçage|"
            r"levée de fonds|clos(?:e|es|ed|ing)|complet(?:e|es|ed)|secur(?:e|es|ed)|land(?:s|ed)|"
            r"bag(?:s|ged)|boucl\w*|réun(?:i|ir|it|issent)|"
            # the newsroom's other verbs of a round, each with its sum next: "pulls in $9m", "rafle 12 M€"
            r"(?:(?:pull(?:s|ed)?|rake[sd]?|reel(?:s|ed)?) in|(?:lock|pick)(?:s|ed)? up|scor(?:e|es|ed)|grab(?:s|bed)?|"
            r"bank(?:s|ed)|won|"
            r"gets?|got|attract(?:s|ed)?|collect(?:s|ed)|récolt(?:e|ent|é)|engrang(?:e|ent|é)|rafl(?:e|ent|é)|"
            r"sécuris(?:e|ent|é)|attir(?:e|ent|é)|trouv(?:e|ent|é)|win(?:s)?)"
            r"(?=,? (?:(?:about|nearly|some|près de|environ|quelque) )?(?:[$€£]|US\$|C\$)?\d)|"
            r"(?:se financ\w*|s['’]est financée?) à hauteur|sédui(?:t|sent)(?= (?:des |de nouveaux )?investisseurs)|"
            r"ouv(?:re|rent|ert) (?:son|leur) capital|"
            # a sum announced as a round: "announced $12 million in new funding", "annonce 3 M€ de financement"
            r"(?:announc(?:es|ed)|annon[cç](?:e|é))(?=,? (?:[$€£]|US\$)?\d[^.;:!?]{0,25}?\b(?:in|of|de) "
            r"(?:new |fresh |nouveaux? )?(?:funding|financing|investment|financement))|"
            r"collect(?:é|e|er)|obtien\w*|obtenu|décroch\w*|réalis\w*|recev\w*|reçoi\w*|reçu|"
            r"receiv\w*|invest(?:s|ed|it|is|ir|ira|issent)?|"
            # an investor's post: "our €8M seed investment in Acme", "notre investissement de 6 M€ dans Acme"
            r"(?:our|notre)(?= (?:[^\s.,;:]+ ){0,4}?(?:investment|investissement) [^.;:!?]{0,40}?\b(?:in|into|dans)\b)|"
            r"inject(?:e|ent|é|ée|ées|s|ed)|nets|netted|empoch\w*|snag(?:s|ged)|"
            # money given: "the government will provide 80 billion yen in subsidies to Acme", "accorde 20 M€ à Acme"
             + GIVER + r"|won(?= (?:an? )?[^.;:!?]{0,40}?\b(?:grant|subsid))|"
            r"back(?:s|ed|ing)?(?= (?-i:[A-ZÀ-Ý]))|"
            # an investor's bet: "Partech mise 20 millions d'euros sur Acme", "investors poured $20 million into Acme"
            r"(?:mis(?:e|ent|é)|parie(?:nt)?)(?= [^.;:!?]{0,40}?\bsur\b)|pour(?:s|ed)(?= [^.;:!?]{0,40}?\binto\b)|"
            + STEALTH
            + r")(?!\w)",
            re.I,
        ),
    ),
    (
        "acquires",
        re.compile(
            _W + r"(?:acqui(?:re|res|red|ring|ert|èrent|s|se)|acquérir|buy(?:s|ing)?|bought|snap(?:s|ped) up|"
            r"(?:pick|scoop)(?:s|ed|ing)? up|ach(?:ète|ètent|ètera|eter|etée?s?)|"
            r"(?:acquisition|rachat|achat|takeover)(?= (?:of|de|du|by|par) | d['’])|"
            # told from the company sold, the buyer after: "Acme sold to Borealis", "Acme vendue à Borealis"
            r"(?:sold|sells?(?: itself)?|selling(?: itself)?|vendue?s?|cédée?s?|se vend) (?:to|à|au)(?= )|"
            # a company sold: "la vente, la semaine dernière, d'Acme à Borealis", "the sale of Acme to Borealis"
             + SALE + r"|"
            r"rach(?:ète|ètent|eté|etée|eter)|s['’](?:offre|est offert)|"
            r"m(?:et|is) la main sur|"
            # the newsroom's other verbs of a purchase, the company bought named next: "swallows Acme", "croque Acme"
            r"(?:swallow(?:s|ed)?|absorb(?:s|ed)?|gobbl(?:es|ed) up|purchas(?:es|ed)|buy(?:s|ing)? out|bought out|"
            r"take(?:s|n)? over|took over|aval(?:e|ent|é)|absorb(?:e|ent|é)|repren(?:d|nent)|repris|croqu(?:e|ent|é)|"
            r"(?:take(?:s|n)?|took|pren(?:d|nent)|pris) (?:the )?(?:control|le contrôle) (?:of|d(?:e|u|['’])))"
            r"(?= ?(?-i:[A-ZÀ-Ý]))|"
            r"s['’](?:empare(?:nt)?|est emparée?) d(?:e|u|['’])|(?<=[tT]he )purchase(?= of )|"
            r"merg(?:es|ed|ing) into|"
            # "Acme will become part of Borealis", "Acme passe dans le giron de Borealis": the buyer after
            r"(?:becom(?:e|es|ing)|became) (?:a )?(?:part|subsidiary|unit|division) of|"
            r"(?:pass|tomb|entr)\w* (?:dans le giron|dans l['’]escarcelle|aux mains|sous le (?:contrôle|giron|"
            r"pavillon|drapeau)) d(?:u|e|['’])|"
            r"(?:devient|deviendra|deviennent) (?:une )?filiale d(?:u|e|['’]))(?!\w)",
            re.I,
        ),
    ),
]


def _guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look at the next character after its word boundary: the alternatives are tried only at
    the words starting with a letter one of them starts with (matches unchanged; the scan skips most words)."""
    chars = prefilter.first_characters(pattern)
    if chars is None or not pattern.pattern.startswith(_W):
        return pattern
    guard = "(?=[" + "".join(map(re.escape, sorted(chars))) + "])"
    return re.compile(_W + guard + pattern.pattern[len(_W) :], pattern.flags)


TRIGGERS = [(kind, _guarded(pattern)) for kind, pattern in TRIGGERS]
TYPE = {"founded_by": "founds", "launches": "founds"}
ALIAS = {"joins_moving": "joins", "holds_post": "appointed"}  # kinds scanned with two patterns
# the kinds whose event names a person: a headline that names none tells no such event
PERSON_KINDS = {kind for kind, _ in TRIGGERS if event_types.TYPES[TYPE.get(kind, ALIAS.get(kind, kind))].needs_person}


def has_trigger(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in TRIGGERS)
