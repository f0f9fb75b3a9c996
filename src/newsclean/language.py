"""The page's language: the option, then ``html[lang]``, then a guess from common words."""

from __future__ import annotations

import re

_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "it"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "ein"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "que", "dans", "pour", "qui", "du", "pas"},
    "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una", "para", "se"},
    "it": {"il", "di", "che", "e", "la", "per", "non", "della", "sono", "con", "gli", "una", "nel"},
    "pt": {"o", "que", "não", "do", "da", "em", "um", "para", "com", "uma", "os", "no", "se"},
    "nl": {"de", "het", "een", "en", "van", "dat", "niet", "op", "zijn", "met", "voor", "ook", "is"},
    "pl": {"i", "w", "na", "nie", "z", "się", "do", "to", "że", "jest", "jak", "po", "od"},
    "sv": {"och", "att", "det", "som", "är", "av", "för", "med", "till", "inte", "ett", "var", "hade"},
    # Danish and Norwegian share most short words; these tell them apart.
    "da": {"og", "det", "som", "er", "for", "af", "med", "til", "ikke", "efter", "hvad", "blev", "nogle", "mig"},
    "nb": {"og", "det", "som", "er", "for", "å", "av", "med", "til", "ikke", "etter", "hva", "ble", "noen", "meg"},
    "cs": {"a", "je", "se", "na", "že", "to", "do", "jako", "pro", "ale", "které", "byl", "jsou"},
    "tr": {"ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama", "sonra", "kadar"},
    "id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "он", "к", "для"},
    "uk": {"і", "в", "не", "на", "що", "з", "та", "як", "це", "до", "у", "від", "для"},
}
_WORD = re.compile(r"\w+")
# Codes written for one language: rules list Norwegian phrases once, as Bokmål ("nb").
_SAME_LANGUAGE = {"no": "nb", "nn": "nb"}


def page_language(option: str | None, declared: str | None, sample: str) -> str | None:
    for code in (option, declared):
        if code and code.strip():
            primary = code.strip().lower().replace("_", "-").split("-")[0][:3]
            return _SAME_LANGUAGE.get(primary, primary)
    return guess_language(sample)


def guess_language(sample: str) -> str | None:
    """The language whose common words are most frequent in ``sample``; None when too little text."""
    words = [w.lower() for w in _WORD.findall(sample[:5000])]
    if len(words) < 20:
        return None
    counts = {code: sum(1 for w in words if w in stops) for code, stops in _STOPWORDS.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 0.08 * len(words) else None
