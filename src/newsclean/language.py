"""The page's language: the option, then ``html[lang]`` unless the text plainly says otherwise, then a guess
from common words or the script."""

from __future__ import annotations

import re
from collections import Counter

import regex

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
    "tr": {"ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama", "sonra", "kadar", "göre",
           "ise", "ancak", "ayrıca", "tüm", "değil", "yüzde"},
    "id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga"},
    # Finnish inflects where others use short words: more of its common words are needed to reach the share.
    "fi": {"ja", "on", "ei", "että", "se", "sen", "oli", "hän", "mutta", "kun", "jos", "myös", "ovat", "tai", "joka",
           "jonka", "kuin", "mukaan", "sekä", "tämä", "vain"},
    # Macedonian shares "и", "на", "да", "се", "за" with Bulgarian; "во", "од", "со", "што", "ќе", "го" are its own.
    "mk": {"и", "на", "во", "од", "со", "што", "ќе", "го", "ги", "кој", "која", "кое", "кои", "се", "да", "за",
           "не", "тоа", "има", "беше"},
    # Azerbaijani joins its particles to words, as Turkish does: "və", "ilə", "üçün", "olub" are its own.
    "az": {"və", "bu", "ki", "ilə", "üçün", "da", "də", "bir", "olan", "olub", "edib", "isə", "amma", "daha", "çox",
           "görə", "sonra", "kimi", "artıq", "həm"},
    # Estonian shares "ja", "on", "ei", "oli" with Finnish; "ka", "ning", "see", "mis", "kes", "või" are its own.
    "et": {"ja", "on", "ei", "et", "see", "oli", "ka", "ning", "mis", "kes", "või", "aga", "kui", "veel", "seda",
           "selle", "nagu", "pärast", "juba", "tõttu"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "он", "к", "для"},
    "uk": {"і", "в", "не", "на", "що", "з", "та", "як", "це", "до", "у", "від", "для"},
    # Bulgarian shares "и", "на", "за" with Russian and Ukrainian; "да", "се", "е", "че", "са", "ще" are its own.
    "bg": {"и", "на", "да", "се", "за", "от", "е", "че", "са", "ще", "това", "който", "която", "които", "към"},
    # Slovak without "v", which Czech uses as much; "a", "je", "na", "že", "to", "do" weigh the same in both, and
    # "sa", "ako", "pre", "sú", "aj", "podľa" tell it from Czech.
    "sk": {"a", "je", "sa", "na", "že", "to", "do", "ako", "pre", "ale", "ktoré", "ktorý", "ktorá", "bol", "bola",
           "boli", "sú", "aj", "podľa", "zo", "vo"},
    # Croatian (and Serbian and Bosnian, in either script) without "na", "od", "s", which Polish and Czech share.
    "hr": {"i", "je", "u", "da", "su", "za", "se", "što", "koji", "koja", "koje", "kao", "ali", "nije", "će", "iz",
           "је", "су", "што", "који", "која", "које", "као", "али", "није", "ће", "из"},  # Serbian in Cyrillic too
    # Hungarian without "de", "van", "is", which Romance languages, Dutch or English use as much; with "a" (the),
    # which Czech and Slovak ("and") count too.
    "hu": {"a", "az", "és", "hogy", "nem", "egy", "meg", "volt", "már", "csak", "mint", "szerint", "után", "azt", "ez",
           "pedig", "amely", "ami"},
    # Romanian without "de", "la", "a", "o", "un", which Romance neighbours use as much; "și" in both spellings.
    "ro": {"și", "şi", "în", "că", "cu", "pe", "din", "care", "nu", "mai", "este", "fost", "pentru", "sunt", "au"},
    # Catalan without "de", the commonest Spanish word too: "els", "les", "i", "amb", "és", "va" are its own.
    "ca": {"el", "la", "els", "les", "i", "que", "per", "amb", "una", "del", "és", "als", "va", "en", "seu"},
    "el": {"και", "το", "να", "του", "της", "την", "με", "που", "στο", "στην", "για", "από", "είναι", "θα", "οι"},
    # Hebrew writes "the", "in", "to" and "and" as prefixes: its common words that stand alone are fewer.
    "he": {"של", "את", "על", "לא", "עם", "זה", "כי", "גם", "הוא", "היא", "אבל", "או", "יש", "אם", "רק", "עד", "לפני",
           "אחרי", "כל", "היה"},
    # Arabic and Persian share a script and a few words ("و", "من"); these are each one's own.
    "ar": {"في", "من", "على", "إلى", "أن", "عن", "التي", "الذي", "مع", "هذا", "هذه", "كان", "ما", "لا", "قد"},
    "fa": {"در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "یک", "تا", "هم", "شد", "بود", "خود"},
    "hi": {"के", "का", "की", "में", "है", "और", "से", "को", "ने", "पर", "यह", "भी", "कि", "हैं", "था"},
    "vi": {"của", "và", "các", "có", "là", "được", "trong", "cho", "không", "những", "với", "đã", "này", "một",
           "người"},
}
# Codes written for one language: rules list Norwegian phrases once, as Bokmål ("nb"), and the phrases of
# Croatian, Serbian and Bosnian once, as Croatian ("hr"): in Latin script they share their words.
_SAME_LANGUAGE = {"no": "nb", "nn": "nb", "sr": "hr", "bs": "hr", "sh": "hr", "cnr": "hr"}

# Words with their combining marks: the vowel signs of Devanagari are marks, and a word is not cut at them.
_WORD = regex.compile(r"\w+")
SAMPLE_CHARS = 5000
MIN_WORDS = 20  # fewer words than this say nothing about a language
MIN_SHARE = 0.08  # of the words: a language's common words are at least this share of its running text
# Languages that join their particles to words (Turkish, Finnish, Hungarian) have fewer common words: half
# that share tells too, when no other language comes near (CLEAR_LEAD times the runner-up's count).
LOW_SHARE = 0.04
CLEAR_LEAD = 2.5
# A declaration gives way to the text only when the declared language's common words are rarer than this
# share of the guessed one's: related languages share many short words ("que", "da", "og") and must not
# overrule each other.
CONTRADICTED_BELOW = 0.25

# Scripts written without spaces between words, where common words cannot be counted; the script tells
# the language instead (kana is Japanese only; Han without kana is Chinese).
_UNSPACED = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_THAI = re.compile("[\u0e00-\u0e7f]")
UNSPACED_SHARE = 0.3  # of the characters but spaces: text this much in such scripts is in their language
# Japanese and Chinese share Han characters, and a kanji-heavy Japanese text can look Chinese: between the
# two, the declaration stands.
_HAN_WRITTEN = frozenset({"ja", "zh"})


def page_language(option: str | None, declared: str | None, sample: str) -> str | None:
    """The language whose phrases apply to a page: the caller's ``option``; else the page's declaration,
    unless ``sample`` (its main text) is plainly in another language, as when a German blog's template
    says ``lang="en-US"``; else a guess from ``sample``."""
    if option and option.strip():
        return _primary(option)
    unspaced = _unspaced_language(sample)
    counts, words = ({}, 0) if unspaced else _common_word_counts(sample)
    guessed = unspaced or _best(counts, words)
    if not (declared and declared.strip()):
        return guessed
    code = _primary(declared)
    if guessed is None or guessed == code:
        return code
    if unspaced:
        contradicted = not {code, unspaced} <= _HAN_WRITTEN
    else:
        contradicted = counts.get(code, 0) < CONTRADICTED_BELOW * counts[guessed]
    return guessed if contradicted else code


def guess_language(sample: str) -> str | None:
    """The language of ``sample``: by its script when that is written without spaces, else the one whose
    common words are most frequent in it; None when too little text tells."""
    return _unspaced_language(sample) or _best(*_common_word_counts(sample))


def _primary(code: str) -> str:
    return rule_language(code.strip().lower().replace("_", "-").split("-")[0][:3])


def rule_language(code: str) -> str:
    """The code a rule's phrases for language ``code`` are filed under: Serbian, Bosnian and Montenegrin
    as Croatian, Nynorsk and Norwegian as Bokmål (see _SAME_LANGUAGE); any other code as it is."""
    return _SAME_LANGUAGE.get(code, code)


def _unspaced_language(sample: str) -> str | None:
    text = sample[:SAMPLE_CHARS]
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced or unspaced < UNSPACED_SHARE * (len(text) - text.count(" ")):
        return None
    kana, hangul, thai = (len(script.findall(text)) for script in (_KANA, _HANGUL, _THAI))
    if 2 * thai > unspaced:
        return "th"
    if 2 * hangul > unspaced:  # Korean text may quote Hanja; Japanese and Chinese text hold no Hangul
        return "ko"
    return "ja" if kana >= 0.1 * unspaced else "zh"


def _common_word_counts(sample: str) -> tuple[dict[str, int], int]:
    """How many of ``sample``'s words are common words of each language, and how many words it has; no
    counts when it is too short to tell."""
    words = _WORD.findall(sample[:SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS:
        return {}, len(words)
    frequency = Counter(words).get
    return {code: sum(frequency(word, 0) for word in stops) for code, stops in _STOPWORDS.items()}, len(words)


def _best(counts: dict[str, int], words: int) -> str | None:
    if not counts:
        return None
    best, runner_up = sorted(counts, key=counts.__getitem__, reverse=True)[:2]
    share = counts[best] / words
    clear = counts[best] >= CLEAR_LEAD * counts[runner_up]
    return best if share >= MIN_SHARE or (share >= LOW_SHARE and clear) else None
