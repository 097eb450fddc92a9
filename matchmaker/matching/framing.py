"""The practice a need names, without the framing around it.

"We are looking for partners experienced in drug checking at festivals" and "Our
municipality has run drug checking at festivals for five years" name one practice; the
framing ("we are looking for partners experienced in", "our municipality has run … for five
years") is what every seeker, or every provider, writes alike. In a short text it weighs as
much as the practice, pulling all seekers together and all providers apart, so it is cut
before embedding (`need_core`). Reasons still quote the need verbatim.

The phrases are the common openings of registration forms in English, French, Dutch and
German. When nothing of substance would remain, the need is embedded as written.
"""

from __future__ import annotations

import re

_OPENINGS = [
    # I/we seek: "we are looking for", "keen to learn about", "would like to hear about"
    r"(?:we\s+are|we're|i\s+am|i'm|we|i)?\s*(?:currently\s+)?"
    r"(?:looking\s+for|seeking|searching\s+for|interested\s+in|keen\s+on"
    r"|(?:keen|eager|hoping|looking)\s+to\s+learn(?:\s+more)?(?:\s+about)?"
    r"|want(?:ing)?\s+to\s+(?:learn|know|understand)(?:\s+more)?(?:\s+about|\s+how)?"
    r"|would\s+(?:like|love)\s+to\s+(?:learn|hear|know|get\s+into|discuss|exchange\s+on"
    r"|exchange\s+about|understand|see)(?:\s+more)?(?:\s+about|\s+on|\s+how)?"
    r"|need(?:ing)?\s+(?:help\s+with|advice\s+on|examples\s+of)?|curious\s+about)\s+",
    # I/we offer: "we can share our experience with", "I can teach", "we provide"
    r"(?:we|i)\s+(?:can|could|would\s+be\s+happy\s+to|are\s+happy\s+to|am\s+happy\s+to)\s+"
    r"(?:share|offer|present|show(?:\s+people)?|teach|explain|demonstrate|provide|help\s+with)"
    r"\s+(?:(?:our|my)\s+)?(?:(?:experience|expertise|lessons\s+learned|knowledge|results)"
    r"\s+(?:with|of|in|on|about|from)\s+)?",
    r"(?:we|i)\s+(?:offer|provide|bring|have)\s+"
    r"(?:(?:long\s+)?(?:experience|expertise)\s+(?:with|in|of|on)\s+)?",
    r"(?:can\s+teach|can\s+show(?:\s+people)?|happy\s+to\s+(?:share|present|teach|show))"
    r"\s*:?\s*(?:(?:our|my)\s+)?(?:(?:experience|expertise|results)\s+(?:with|of|in|on)\s+)?",
    r"(?:our|my)\s+(?:team|city|municipality|organisation|organization|unit|service"
    r"|department|office)\s+(?:has|have)\s+(?:run|built(?:\s+up)?|developed|set\s+up|piloted"
    r"|created|implemented|led)\s+(?:(?:expertise|experience)\s+in\s+)?",
    r"(?:i|we)\s+lead\s+(?:a|the)\s+(?:programme|program|project|team)\s+on\s+",
    r"lessons\s+learned\s+from\s+(?:our|a)\s+(?:pilot|project|programme)\s+on\s+",
    r"(?:we\s+are\s+|i\s+am\s+|we're\s+|i'm\s+)?(?:glad|happy|pleased)\s+to\s+"
    r"(?:share|present|offer|show|discuss)\s+(?:(?:our|my)\s+)?",
    r"(?:i|we)\s+can\s+tell\s+you\s+about\s+",
    r"(?:what\s+we\s+need\s+most\s+is|main\s+question\s+for\s+us\s*:?|we\s+(?:would\s+)?welcome"
    r"|available\s*:)\s+",
    # whom or what: "partners experienced in", "practical advice on", "how other cities handle"
    r"(?:input|contacts|ideas|exchanges?|feedback)\s+(?:on|about|from|with)\s+",
    r"(?:partners|people|anyone)\s+(?:experienced|with\s+experience)\s+in\s+",
    r"(?:anyone|someone|people)\s+who\s+knows?\s+about\s+",
    r"(?:practical\s+)?(?:advice|examples|input|tips)\s+on\s+",
    r"(?:how\s+)?other\s+cities\s+(?:handle|deal\s+with|manage|tackle)\s+",
    r"(?:our\s+city|we)\s+wants?\s+to\s+start\s+work\s+on\s+",
    # French
    r"(?:nous|je)\s+(?:recherchons|cherchons|cherche|souhaitons|souhaite|voulons|voudrais"
    r"|voudrions)\s+(?:(?:échanger|apprendre|découvrir|connaître|en\s+savoir\s+plus)"
    r"\s+(?:sur\s+les|sur|des|de|à\s+propos\s+de)?\s*)?",
    r"(?:nous|je)\s+(?:pouvons|peux)\s+(?:partager|présenter|montrer|expliquer)\s+"
    r"(?:(?:notre|mon)\s+(?:expérience|expertise)\s+(?:de|du|des|sur|en|avec)\s+)?",
    # Dutch
    r"(?:wij|we|ik)\s+(?:zoeken|willen|zoek|wil)\s+(?:graag\s+)?"
    r"(?:(?:meer\s+weten\s+over|leren\s+over|ervaring\s+delen\s+over|kennismaken\s+met)\s+)?",
    r"(?:wij|we|ik)\s+(?:kunnen|kan)\s+(?:onze\s+|mijn\s+)?(?:ervaring\s+)?(?:delen|tonen)"
    r"\s+(?:over|met)?\s*",
    # German
    r"(?:wir|ich)\s+(?:suchen|möchten|wollen|suche|möchte)\s+(?:gern\s+|gerne\s+)?"
    r"(?:(?:mehr\s+über|austausch\s+zu|austausch\s+über|erfahren\s+über|lernen\s+über)\s+)?",
    r"(?:wir|ich)\s+(?:können|kann|bieten|biete)\s+(?:unsere\s+|meine\s+)?"
    r"(?:erfahrung(?:en)?\s+(?:mit|zu|in)\s+)?",
]
_OPENING = re.compile(r"^\s*(?:" + "|".join(_OPENINGS) + ")", re.IGNORECASE)
# "(10+ yrs)", "(beginner)", "- happy to demo": how much, not what.
_ASIDE = re.compile(
    r"\s*(?:\([^()]*\b(?:yrs|years|ans|jahre|jaar|beginner|advanced|basics|intro|expert)\b"
    r"[^()]*\)|[-–—]\s*(?:happy\s+to\s+demo|total\s+beginner)"
    r"|\b(?:total\s+beginner|ideally\s+hands-on)\b)\s*",
    re.IGNORECASE,
)
# "… for five years", "… and happy to present results", "… and needs examples"
_CLOSING = re.compile(
    r"\s+(?:for\s+(?:\w+|\d+)\s+years|and\s+(?:am\s+|are\s+|i'm\s+|we're\s+)?happy\s+to"
    r"\s+(?:present|share|discuss|show)(?:\s+\w+)*|and\s+needs?\s+examples)\s*[.!]?$",
    re.IGNORECASE,
)
# "Expertise: …", "Keen to learn about: …": a short label before a colon.
_LABEL = re.compile(r"^\s*[^:\n]{1,40}:\s+(?=\S)")
# Adverbs inside an opening ("we are therefore looking for", "we can also offer").
_FILLER = re.compile(
    r"\b(?:also|therefore|particularly|especially|currently|additionally)\s+", re.I
)
_MIN_CORE = 3  # characters: "GIS" is a practice, "on" is not


def need_core(need: str) -> str:
    """The need without its framing and asides: the text that is embedded."""
    whole = " ".join(need.split())
    core = _CLOSING.sub("", _ASIDE.sub(" ", need))
    label = _LABEL.match(core)
    if label is not None and len(label.group(0).split()) <= 6:
        core = core[label.end() :]
    core = _FILLER.sub("", core[:40]) + core[40:]
    for _ in range(3):  # "we are looking for input on …": openings in a row
        stripped = _OPENING.sub("", core, count=1)
        if stripped == core:
            break
        core = stripped
    core = " ".join(core.split()).strip(" .,:;")
    return core if len(core) >= _MIN_CORE else whole
