"""What a page says of itself rather than of the news: editors' notes, how an interview was edited, a show's crew,
legal notices and a company's registration, cookie banners and consents, buttons to share the page or to play its
video. Patterns in both languages, that ``furniture`` tries on each line."""

from __future__ import annotations

import re

from .. import prefilter

NOTE = re.compile(
    r"^\W*(?:this (?:story|article|post) (?:is|has been|was|will be) (?:still )?(?:developing|updated|corrected)|"
    r"this (?:article|story) is (?:more than|over) .{1,20} old|this (?:article|story) is free to read|"
    r"(?:article|contenu) réservé aux abonnés|(?:appeared|published) in (?:the )?(?:.{1,40})?print edition|"
    r"a version of this (?:article|story) appears|une version de cet article|"
    r"(?:🔒\s*)?(?:cet )?(?:article|contenu) (?:est )?réservé aux abonnés|"
    r"this (?:article|story) (?:is|was|has been) (?:syndicated|republished|reproduced)|"
    r"cet article (?:est|a été) (?:republié|reproduit|repris)|"
    r"les opinions exprimées|the views (?:and opinions )?expressed|our standards\b|"
    r"le texte du communiqué|seule la version originale|only the original(?: language)? version|"
    r"forward-looking statements|(?:this|ce) (?:press )?(?:release|communiqué)(?: de presse)? (?:contains|contient|"
    r"includes|comporte) |(?:posted|submitted|shared) by\b|original title\s*:|titre original\s*:|"
    r"le live est terminé|merci de nous avoir suivis|this live (?:blog|coverage) (?:has )?ended|"
    r"thanks for following|.{1,60} contributed to this (?:report|story)|"
    r"this (?:article|story) appeared in|.{1,60} (?:is owned by|is published by|est édité par|appartient au groupe)|"
    r"à propos de l['’]auteur|about the author|disclosure\s*:|divulgation\s*:|"
    r"transcri\w+ (?:auto|générée|generated|automati)|(?:vous avez )?(?:trouvé|repéré|signaler?) une "
    r"(?:erreur|coquille)|"
    r"(?:found|spotted|report) an? (?:error|typo|mistake)|"
    r"this (?:article|report|story)(?: by .{1,40})? was (?:translated|first published|originally published)|"
    r"cet article a (?:d['’]abord )?été (?:initialement |originellement |d['’]abord )?(?:publié|traduit)|"
    r"(?:translated|traduit) (?:by|par|from|de l['’])|excerpt from\b|extrait de\b|privacy notice\s*:|"
    r"(?:note|nb)\s*:\s*we\b|.{1,40}\b(?:est un agrégateur|is an aggregator)\b|"
    r"that['’]s (?:it|all) for (?:this|today)|c['’]est tout pour (?:cette|aujourd)|"
    r"(?:paru|publié) dans (?:l['’]édition|le journal)|to be continued|à suivre|"
    r"(?:cet article (?:a été|est|sera)|article|story) (?:mis à jour|actualisé|corrigé|updated|corrected)\b|"
    r"read the original article|il vous reste \d+\s?% de (?:cet|l['’])article|"
    r"(?:la suite|le reste) (?:de cet article )?est réservée? aux abonnés|"
    r"(?:the rest of )?this (?:article|story) is (?:for|reserved for|available to) (?:paying )?subscribers|"
    r"(?:this|the) information (?:is|was) (?:provided|supplied|distributed) by|"
    r"(?:mise à jour|update|correction|editor['’]s note|note de la rédaction|disclaimer|avertissement)\s*:|"
    # a downloaded or printed document's notice: "Downloaded from x.com by a subscriber on 5 March 2026. Not for …"
    r"(?:(?:this |ce )?(?:document|article|page|pdf|fichier) )?(?:downloaded|printed|téléchargée?|imprimée?) "
    r"(?:from|by|on|depuis|par|le) .{0,80}(?:for|pour|on|le)\b|"
    r"(?:not for (?:re)?distribution|for personal(?:,? non-commercial)? use only|reproduction interdite|"
    r"usage (?:strictement )?(?:personnel|interne)))",
    re.I,
)
# How an interview or a transcript was edited: "This interview has been condensed and edited for clarity."
EDITED = re.compile(
    r"(?i)^\W*(?:this |the |cet |l['’])?(?:transcript|interview|conversation|exchange|q&a|entretien|échange|"
    r"transcription)s? (?:has |have |was |a |ont )?(?:been |été )?(?:lightly |légèrement )?"
    r"(?:edited|condensed|abridged|édité|éditée|raccourcie?|condensée?|résumée?|relue?)\b"
)
# A show's production credits: who produced it ("is produced by", "est une production") and the roles of its crew
# ("Producer: …", "Montage : …"); a sentence of the article may say "produced by" once, not name a crew.
CREW_LINE = prefilter.compile(
    r"(?i)\b(?:(?:executive )?producers?|hosts?|editors?|music|sound|mixing|artwork|production|réalisation|montage|"
    r"mixage|musique|son|animation|producteur|productrice|générique|habillage)\s?:\s?[A-ZÀ-Ý]"
    r"|\b(?:(?:hosted|produced|edited|mixed|presented) by|is (?:an? )?(?:\w+ )?production (?:of|by)|est (?:une )?"
    r"(?:\w+ )?(?:co)?production|(?:animée?|produite?|réalisée?|montée?|présentée?) par|un épisode d[e'’]|"
    r"an episode (?:by|from))\b"
)
# What a page says of itself in law: a disclaimer, a regulator's authorisation, an affiliate disclosure, a licence, a
# cookie banner, a sign-up form's consent. Boilerplate in both languages; a news sentence does not word itself so.
LEGAL = prefilter.compile(
    r"(?i)\bfor (?:general )?information(?:al)? purposes only\b|\bsont (?:\w+ ){0,3}à titre (?:purement )?"
    r"(?:indicatif|informatif|d['’]information)\b|"
    r"\bne (?:constitu\w+|saurai\w+ constituer) (?:pas|en aucun cas|ni) (?:un|une|des|de)"
    r" (?:\w+ )?(?:conseil|offre|recommandation|sollicitation|incitation)|"
    r"\b(?:does|do|shall|should) not (?:constitute|be construed as) (?:an? )?(?:offer|solicitation|recommendation|"
    r"(?:investment|legal|financial|tax) advice)\b|\bnot (?:investment|financial|legal) advice\b|"
    r"\bis authori[sz]ed and regulated by\b|\bagréée? par l['’]AMF\b|\brelèvent de la seule responsabilité\b|"
    r"\b(?:liens?|links?) (?:d['’])?affili(?:ation|és?|ate)\b|\bprogrammes? d['’]affiliation\b|"
    r"\baffiliate (?:links?|programs?|commissions?)\b|"
    r"^(?:this |ce |le )?(?:content|contenu|text|texte|site|article)s? (?:is |est )?(?:licensed|distributed|placée?|"
    r"publiée?|diffusée?) (?:under|sous) (?:a |une |la )?(?:licen[cs]e|CC\b|creative)"
)
# what a company's legal footer gives: where it is registered and under which number, its capital, its tax number
REGISTRATION = prefilter.compile(
    r"(?i)\bregistered (?:in (?:england|scotland|ireland|wales|northern ireland)|office|number|no\b)|"
    r"\bcompany (?:no\b|number|registration)|\bregistration (?:no\b|number)|\bR\.?C\.?S\.? [A-ZÀ-Ý]|\bSIRE[NT]\b|"
    r"\bau capital (?:social )?de\b|\bsiège social\b|\b(?:VAT|TVA|ABN|ACN|UEN|CIN|IDE|KvK|BCE)\b(?: \w+){0,2}\s*:?\s*"
    r"[A-Z]{0,3}[\d ]{6,}|\bimmatriculée? (?:au|sous)\b|\bcapital social\b|\bincorporated in\b"
)
# "Share this placement", "Partager cet article", "Email this story", "Imprimer la page"
SHARE_THIS = re.compile(
    r"(?i)^(?:share|send|e-?mail|print|save|bookmark|partager|partagez|envoyer|imprimer|sauvegarder|enregistrer)"
    r"\s+(?:this|cet|cette|ce|la|le|l['’])\s*[^\W\d]+\s*[:!]?$"
)
# a video or audio player's control left in the text: "Tap to unmute", "Appuyez pour activer le son", "Click to play"
PLAYER_CONTROL = re.compile(
    r"(?i)^(?:tap|click|press|touch|appuyez|cliquez|touchez|tapez)\s+(?:here\s+|ici\s+)?(?:to|pour)\s+(?:un)?"
    r"(?:mute|play|pause|watch|listen|replay|expand|enlarge|activer (?:le son|la vidéo)|couper le son|lire|regarder|"
    r"écouter|agrandir|rejouer)\b"
)
COOKIES = prefilter.compile(
    r"(?i)\bcookies?\b.*\b(?:accept|consent|continu|poursui|paramétr|manage|gérer|refus|reject|"
    r"personnalis|agree)|\b(?:accept|consent|agree|gérer|refus)\w*\b.*\bcookies?\b"
)
CONSENT = re.compile(
    r"(?i)^(?:by (?:continuing|signing up|subscribing|clicking|registering)|en (?:poursuivant|continuant|cliquant|"
    r"vous inscrivant|vous abonnant|validant))\b.{0,80}\b(?:I|you|vous|j['’])\b"
)
SITE_VOICE = re.compile(
    r"(?i)\b(?:ce site|this (?:site|website)|notre site|our (?:site|website)|nous utilisons|"
    r"we use|vous|you|your|votre|vos)\b"
)
# a cheap test first: most lines hold none of the words a registration is written with
_REGISTRATION_WORDS = ("regist", "company", "capital", "rcs", "r.c.s", "sire", "siège", "vat", "tva", "immatricul",
                       "incorporated", "abn", "acn", "uen", "kvk", "bce")  # fmt: skip


def registration_footer(text: str) -> bool:
    """A company's legal footer: two of where it is registered, its number, its capital, its tax number."""
    folded = prefilter.fold(text)
    return sum(word in folded for word in _REGISTRATION_WORDS) >= 2 and len(REGISTRATION.findall(text)) >= 2
