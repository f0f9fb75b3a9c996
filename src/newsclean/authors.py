"""Author names from byline text: "By A and B, Reuters" -> ("A", "B"); "Von A und B"; "Par A"; "Por A y B".

The visible byline and the page's declared authors (meta tags, JSON-LD) are cross-checked: a declared
person who also stands in the byline confirms it; declared people the byline does not name at all win over
a byline that may belong to another story.

>>> parse_authors("By Jane Roe and John Doe, Reuters")
['Jane Roe', 'John Doe']
>>> parse_authors("Von Anna Weber und Jonas Beck, Berlin")
['Anna Weber', 'Jonas Beck']
>>> parse_authors("Dec. 4, 2024 5:00 AM ET")
[]
>>> parse_authors("김민수·이서연 기자 kim@example.kr")
['김민수', '이서연']
"""

from __future__ import annotations

import regex

# Wire services whose name may follow a byline's name with no comma: "JANE ROE AP Science Writer".
_WIRES = frozenset({"reuters", "ap", "afp", "dpa", "efe", "ansa", "upi", "tass", "xinhua", "kyodo", "bloomberg",
                    "newswire", "lusa", "anp", "belga", "ntb", "ritzau", "yonhap", "bernama", "antara", "anadolu",
                    "bns", "elta", "leta"})
# Agencies and desks are credited in bylines but are not people.
AGENCIES = _WIRES | frozenset({
    "associated press", "the associated press", "agence france-presse", "ria novosti", "interfax", "epa",
    "getty images", "bloomberg news", "press association", "ukrinform", "unian", "staff", "wire services",
    "staff and agencies", "agencies", "stt", "čtk", "ctk", "tasr", "pap", "mti", "bta", "tanjug", "hina",
    "agerpres", "jiji", "jiji press", "pti", "ians", "aap", "anadolu agency", "irna", "wam", "europa press",
    "apa", "sda", "keystone-sda", "ats", "keystone-ats", "agences", "agenturen", "kna", "epd", "notimex", "télam",
    "telam", "nca newswire", "pa media", "sapa",
    "the canadian press", "canadian press", "la presse canadienne", "presse canadienne",
})
# Words that put a place after an agency's name in a byline: "La Presse Canadienne à Québec".
_PLACE_WORDS = frozenset({"à", "in", "en", "au", "aux", "a", "em", "from", "de", "depuis", "desde", "aus"})
_AGENCY_WORDS = _WIRES | frozenset({
    "interfax", "epa", "staff", "agencies", "agency", "wires", "desk", "team", "editors", "newsroom", "ria",
    "рбк", "тасс", "интерфакс", "риа", "редакция", "redaktion", "rédaction", "redacción", "wire", "reports",
    "ڈیسک", "ডেস্ক", "डेस्क",  # "desk" in Urdu, Bengali, Hindi: "ویب ڈیسک" (web desk)
    "redacção", "redação", "redazione", "redakcja", "redakce", "redakcia", "uredništvo", "szerkesztőség",
    "redakcija", "редакција", "tv",  # "TV Globo": a station's desk
})
# Brazilian states, which follow a desk's name in capitals: "Por Jane Roe, g1 SP".
_BRAZILIAN_STATES = frozenset(
    "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
# The word an agency's name ends in after its initials: "NCA NewsWire" (read apart: "NCA News", "Wire").
_OUTLET_WORD = "news"
# A job noun a compound title ends in: "Helsereporter", "Sportsjournalist", "Politikredakteur".
_JOB_COMPOUND = regex.compile(
    r"^\p{L}{3,}(?:reporter|journalist|journalistin|redaktør|redaktör|redakteur|redakteurin|korrespondent|"
    r"korrespondentin|kommentator|fotograf|medarbejder|medarbeider|medarbetare)$", regex.I)
# A photographer's title after the name: "Erik Lindqvist Fotograf".
_PHOTOGRAPHER_TITLES = ("fotograf", "fotografin", "fotógrafo", "fotógrafa", "fotografo", "fotografa")
_ROLE_WORDS = frozenset([
    "writer", "reporter", "correspondent", "editor", "columnist", "contributor", "photographer", "producer",
    "journalist", "staff", "senior", "chief", "political", "business", "sports", "deputy", "managing",
    "associate", "special", "contributing", "analyst", "host", "opinion", "guest", "for", "updated",
    "published", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "redaktion", "lokalredaktion",
    "autor", "autorin", "journaliste", "rédacteur", "redactor",
    "corresponsal", "periodista", "корреспондент", "редактор", "обозреватель", "fellow", "intern", "at-large",
    "editor-at-large", "director", "president", "professor", "author", "authors", "kontributor", "wartawan",
    "jurnalis", "koresponden", "phd", "candidate", "lecturer", "researcher",  # "PhD Candidate in Hydrology"
    *_PHOTOGRAPHER_TITLES,
    "planner", "certified", "economist", "adviser", "advisor", "specialist", "manager", "engineer",  # a card's post
    "প্রতিবেদক", "نمائندہ", "संवाददाता", "مراسل", "نگار", "خبرنگار", "گزارشگر",  # reporter, correspondent
])
# Words a job title after a name starts with: "Sam Roe Senior Politics Editor".
_TITLE_STARTS = frozenset([
    "senior", "staff", "chief", "contributing", "editor", "writer", "reporter", "correspondent", "columnist",
    "contributor", "deputy", "managing", "associate", "executive", "national", "foreign", "political",
    "business", "sports", "special", "freelance", "photographer", "producer", "journalist", "redakteur",
    "redakteurin", "korrespondent", "korrespondentin", "journaliste", "rédacteur", "rédactrice", "periodista",
    "corresponsal", "redactor", "redactora", "корреспондент", "обозреватель", "редактор", "kontributor",
    "wartawan", "jurnalis", "koresponden", "correspondant", "correspondante", "corrispondente", "correspondente",
    "corespondent", "korespondent", "korespondentė", "muhabir", "گزارشگر", "خبرنگار",  # reporter (Persian)
    *_PHOTOGRAPHER_TITLES,
    "phd", "lecturer", "researcher", "research", "professor",  # an academic's post: "Thomas J. O'Neil PhD
    # Candidate in Hydrology", "Daniel Roe Research Fellow in Environmental Economics"
])
# The beat before a post, which starts the title only when a post follows: "Counties Reporter", "Local
# Democracy Reporter" ("Centres Open Across County" is a headline, not a name and a title).
_BEATS = frozenset([
    "local", "democracy", "counties", "county", "regional", "metro", "city", "courts", "crime", "health",
    "education", "environment", "climate", "science", "technology", "politics", "investigations",
    "investigative", "data", "digital", "video", "multimedia", "community", "rural", "affairs", "transport",
    "housing", "agriculture", "farming", "travel", "food",
])
# The last word of a newspaper's title: "Washington Post", "Daily Herald" credited under a name are outlets, and
# "Deepa Rathore Janpath Times" is a name before one (see _masthead_from).
_MASTHEAD_ENDS = frozenset([
    "times", "post", "tribune", "herald", "journal", "gazette", "chronicle", "telegraph", "courier", "examiner",
    "inquirer", "dispatch", "bulletin", "sentinel", "ledger", "register", "record", "globe", "observer", "express",
])
# Words that stand in interface lines and organisation names, never in a person's name.
_NON_NAME_WORDS = _MASTHEAD_ENDS - {"observer", "express"} | frozenset([
    "radio", "television", "broadcasting",  # "Sandhill Public Radio" credited after the names is an outlet
    "the", "news", "view", "all", "read", "more", "stories", "story", "articles", "article", "size", "text",
    "hide", "show", "results", "result", "new", "about", "most", "recent", "latest", "contact", "follow",
    "email", "e-mail", "twitter", "facebook", "instagram", "linkedin", "share", "print", "comments", "comment",
    "subscribe", "posted", "photo", "photos", "video", "image", "images", "breaking", "must", "top", "home",
    "menu", "search", "sign", "log", "login", "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "media",
    "group", "publishing", "press", "magazine", "times", "daily", "weekly", "online", "digital", "network",
    "contenders", "premiere", "dates", "click", "here", "page", "next", "previous", "my", "your", "our",
    "with", "from", "this", "that", "is", "are", "was", "to", "of", "in", "on", "by", "newsletter", "podcast",
    "live", "updates", "update", "today", "yesterday", "minutes", "ago", "analysis", "opinion",
    "review", "reviews", "sponsored", "advertisement", "related", "trending", "popular", "editorial", "board",
    "independent", "zeitung", "nachrichten", "rundschau", "quotidien",
    # a beat or bureau credited as a title: "Nakuru County Correspondent", "East Africa Correspondent"
    "county", "bureau", "district", "province", "region", "east", "west", "north", "south", "africa", "europe",
    "asia",
    "diario", "periódico", "новости", "газета", "агентство",
    "corresponsalía", "corresponsalia", "delegación", "sucursal",  # "Corresponsalía Mar del Plata": a bureau
    "link", "copied", "copy", "but", "format", "details", "tba", "says", "said", "how", "why", "what", "who",
    "admin", "administrator", "webmaster", "web",  # "KQLT Web Staff": a station's web desk
    "communications", "relations", "office",  # "University Communications", "Media Relations"
    # the press offices that sign for a club or a city hall: "Ufficio Stampa", "Assessoria de Comunicação"
    "stampa", "comunicação", "comunicación", "comunicazione", "pressestelle", "pressedienst",
    "am", "pm", "a.m.", "p.m.", "et", "pt", "ct", "est", "edt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest",
    # a contributor's desk linked under the name: "Personal Finance", "Markets", "Entertainment"
    "finance", "markets", "business", "politics", "sports", "technology", "entertainment", "lifestyle", "health",
    "science", "economy", "investing",
])
_PARTICLES = frozenset([
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin",
    "al", "el", "ibn", "ter", "y", "zu", "ten", "af", "av", "mac",
])
_PREFIX = regex.compile(
    r"^\s*(?:(?:[\p{L}]+\s+)?(?:written|words|story|text|reporting|report|posted|interview|analysis|"
    r"commentary|photos?|compiled|edited)\s+by|"
    # blog software's "Posted by" in other languages: "Eingestellt von", "Publié par", "Pubblicato da"
    r"(?:eingestellt|gepostet|geschrieben|verfasst|veröffentlicht)\s+von|(?:publié|posté|écrit|rédigé)\s+par|"
    r"(?:das )?interview führte|die fragen stellte|propos recueillis par|entrevista de|"
    r"(?:publicad[oa]|escrit[oa]|postad[oa]|redactad[oa])\s+por|(?:pubblicato|scritto|postato)\s+da|"
    r"(?:geplaatst|geschreven)\s+door|(?:opublikowane|napisane|dodane)\s+przez|"
    r"(?:skrevet|postet|publisert|udgivet|skriven|publicerad|postad)\s+a[fv]|"
    r"by|from|von|par|por|di|de|door|teksts|tekstas|tekst|text|texto(?: de)?|ტექსტი|av|af|autor(?:in|es|a|ka)?|oleh|"
    r"penulis|wartawan|"
    r"authors?|auteure?s?|autore|autori|текст|автор(?:ы)?|від|автори?|by:|autorica|piše|pišu|írta|szerző|tác giả|"
    r"bài(?: và ảnh)?|phóng viên|του|της|των|γράφει\s+(?:ο|η)|per(?=\s+\p{Lu}\S*\s+\p{Lu})|"
    r"na(?=\s+\p{Lu}\S*\s+\p{Lu})|տեքստը|հեղինակ)\s*[:՝]?\s+",
    regex.I,
)
# Catalan "Per" only before two capitalised words: "Per" alone before a surname is a Swedish first name.
# Chinese and Japanese byline labels ("作者：", "投稿者", "文／", "記者"): no space need follow them. "文" (text)
# only before a separator, as names can start with it. A desk before a name is a label too, in the signature
# that closes a Japanese article in brackets ("（編集部 河野）").
_CJK_LABEL = regex.compile(
    r"^\s*[（(]?\p{Han}{0,8}?(?:(?:投稿者|執筆者|著者|筆者|記者|作者|记者|撰文|采写|取材・文|編集部)\s*[:：/／|]?|文\s*[:：/／|・])\s*"
)
_CJK_CREDIT_TAIL = regex.compile(r"\u3000|\s*(?:写真|撮影|イラスト|图|圖|摄影|攝影)\s*[:：/／]")
_CJK_AFFILIATION = regex.compile(r"[（(][^（）()]{1,12}[）)]")
# '山田太郎2024年05月01日 09時00分': a name right before a full date and time (a date alone may follow any
# word: '截至2019年4月13日', 'as of April 13, 2019').
_CJK_NAME_DATE = regex.compile(
    r"^(\p{Han}{2,4})\s*\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}(?::\d{2}|[時时]\d{1,2}分)"
)
# Arabic, Hebrew, Persian and Hindi write no capitals: a name there is known by the label before it ("بقلم: أحمد
# علي", "מאת יעל כהן", "نویسنده: مریم احمدی", "लेखक: राहुल शर्मा"), then two to four words of the script.
_CASELESS_LABEL = regex.compile(
    r"^\s*(?:بقلم|كتب|كتبت|إعداد|מאת|כתב|כתבה|כתבו|نویسنده|به قلم|گزارشگر|رپورٹ|تحریر|مصنف|लेखक|रिपोर्ट|संवाददाता|"
    r"रिपोर्टर|ტექსტი|ავტორი)\s*[:،]?\s*"
)
# An initial glued to the name after it, as Tamil papers print names ("த.சத்தியசீலன்"): two words.
_GLUED_INITIAL = regex.compile(r"(?<![\p{L}\p{M}])(\p{L}\p{M}*\.)(?=\p{L})")
_CASELESS_NAME = regex.compile(
    r"^[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Georgian}\u200c]+(?:\s+[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Georgian}\u200c]+){1,3}$"
)
# A Persian or Arabic signature: the name, then the writer's post, after a comma or not ("نرگس احمدی،
# خبرنگار ایرنا در ساری", "سپیده رحیمی‌نژاد گزارشگر محیط زیست").
_CASELESS_POST = regex.compile(
    r"^([\p{Arabic}\u200c]+(?:\s+[\p{Arabic}\u200c]+){1,3})\s*[،,]?\s*(?:خبرنگار|گزارشگر|مراسل)(?!\p{L})"
)
# Korean bylines: the name before "기자" (reporter), "특파원" (correspondent) and the like: "홍길동 기자",
# "홍길동·김철수 기자 hong@example.kr", after the region filed from: "대구=박수진 기자".
_KOREAN_REPORTER = (r"((?:\p{Hangul}{2,4}\s*[·,]\s*)*\p{Hangul}{2,4})\s*"
                    r"(?:기자|특파원|선임기자|객원기자|논설위원|통신원)(?!\p{Hangul})")
_KOREAN_REPORTERS = regex.compile(r"^(?:\p{Hangul}{2,4}=)?" + _KOREAN_REPORTER)
_NEXT_KOREAN_REPORTERS = regex.compile(r"\G,?\s+" + _KOREAN_REPORTER)  # "정한솔 기자(,) 이도윤 기자": the second
# Japanese bylines: each name followed by "記者" (reporter) or a like title: "山田太郎記者、佐藤花子記者".
_JAPANESE_REPORTER = r"([\p{Han}\p{Hiragana}\p{Katakana}]{2,6})\s?(?:記者|特派員|編集委員|論説委員)"
_JAPANESE_NAMES = regex.compile(_JAPANESE_REPORTER)
_JAPANESE_REPORTERS = regex.compile(rf"^(?:{_JAPANESE_REPORTER}[、,・\s]*)+$")
_OPENING_REPORTERS = regex.compile(
    r"^[〔［\[【（(](?:記者|记者)\s*([\p{Han}、]{2,30})[／/][^〕］\]】）)]{1,12}(?:報導|报导|報道|电)[〕］\]】）)]")
# A news agency's dateline: "（中央社記者林昱廷、吳佩蓁花蓮16日電）", the place glued to the last name; names
# there are of three characters nearly always, which is where the place starts.
_AGENCY_REPORTERS = regex.compile(
    r"^[（(](?:\p{Han}{1,6}社)?(?:記者|记者)((?:\p{Han}{2,3}、)*\p{Han}{3})\p{Han}{2,4}\d{1,2}日(?:電|电)[）)]")
_PAPER_REPORTERS = regex.compile(r"^\p{Han}{2,10}讯\s*[（(](?:记者|記者)\s*((?:\p{Han}{2,4}[\s、]*){1,6}?)\s*[）)]")
# A Japanese byline in brackets, the names before the outlet: "［山田太郎、佐藤花子，ITmedia］", and a
# daily's signature under the text: "【青木俊介、野村美咲】".
_CJK_POST = regex.compile(r"(?:記者|特派員|編集委員|論説委員)$")  # a Japanese reporter's post after the name
# A Japanese story signed at its end with the outlet and the reporter: "（茜ヶ浦新聞・水野直人）".
_OUTLET_AND_REPORTER = regex.compile(r"^[（(][^（）()・]{2,15}・(\p{Han}{1,4}[\p{Han}\p{Hiragana}]{1,3})[）)]$")
_BRACKETED_NAMES = regex.compile(r"^[［【]([^［］【】，,]{2,40})(?:[，,][^［］【】]{1,30})?[］】]$")
_CUT = regex.compile(
    r"\s*(?:[|•·—–]|-\s|/\s)|\s*\(|\s+(?:on|am|le|el|il|updated|published)\s+\d|\s+\d{1,2}[:.]\d{2}"
    # a date's label after the name, in the languages bylines run into dates in ("di A Pubblicato il ...")
    r"|\s+(?i:updated|published|posted|pubblicato|aggiornato|veröffentlicht|aktualisiert|publié|publicado|actualizado)\b"
    r"|\s*\b[\w.+-]+@[\w-]+\.[\w.]+|\s*@(?=\w)|\s+(?:in|on|at|um|à|às|à\(s\)|le|am|via)\s+"
    # "Jane RoeTwitterNews": names glued to the next element's text; not an outlet's own camel case after a
    # comma ("Dana Whitcomb, OpenDocket, and Marco Ellery"), nor a surname's own capital after its prefix
    # ("MacDonald", "VanderMeer", "FitzGerald")
    r"|(?<=(?:^|[^,\s]\s+)\p{L}\p{Ll}{2,})(?<!(?<!\p{L})(?:Mac|Van|Vander|Fitz|Della|Delle))(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{Ll}{3})(?=\p{Lu}{2,}\b)"  # "Jane RoeWBN Wales health correspondent": glued to an outlet's initials
    r"|(?<=\p{Ll}{2})\s*(?=\d)"  # "Laura Méndez24 Ago, 2026", "Laura Méndez 24/08/2026": a date after the name
    r"|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"  # "Jane Roe Dec. 12, 2016"
    # "Jane Roe Tue Sep 23 2025": a weekday before the month
    r"|\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
)
# The photographer's label, after which a byline names no writer: "Teksts: Līga Ozola, foto: Edgars Kalns",
# "Texto: Ana Lima | Fotos: Rui Sá".
_PHOTOGRAPHERS = regex.compile(
    r"[,|/·]?\s*(?<!\p{L})(?i:fotos?|photos?|pictures|bilder|bild|fotografie|фото|ფოტო|kuvat?|zdjęcia|լուսանկարները)\s*[:՝]"
)
# What joins names in a byline, in its languages: "Ana y Luis", but not the initial of "Laura E. Adkins".
_SPLIT = regex.compile(
    r"\s*(?:,|;|&|\+|\b(?i:and|und|et|en|og|och|ve|és|și|şi)\b|\b(?:y|e|i|a|na|и|та|dan)\b(?!\.))\s*"
)
# "Jane Roe @jroe and Sam Lee", and a handle run onto the name: "Jane Roe@jroe and Sam Lee@slee".
_HANDLE_BETWEEN = regex.compile(r"\s+@\w+(?=\s+(?:and|&|und|et|y|e)\s|\s*,)|(?<=\p{Ll})@\w+")
_SPLIT_KEEPING = regex.compile(f"({_SPLIT.pattern})")  # the same, keeping what joined each name to the one before
# Names joined by a spaced dash, a place after a slash: "Selin Aydın - Murat Ekinci / İSTANBUL", "Ngọc Lan -
# Hoàng Phương" (a dash before anything but a name ends the byline).
_NAME_RUN = r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}"
_DASH_JOINED = regex.compile(rf"^({_NAME_RUN})\s+[-–]\s+({_NAME_RUN})(?:\s*[/|]\s*\S.*)?$")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$")
_CJK_NAME = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー・]{2,10}$")
_LAST_FIRST = regex.compile(r"^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}\.?)?)$")
# A dateline glued before the byline's label: "Caussade (82) Par Camille ROUQUETTE", "KYIV By Jane Roe" (not
# "Von" or "Di", which are also parts of names: "Daniel D. Von Hoff").
_PLACE_BEFORE_LABEL = regex.compile(
    r"^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*\(\d{2,3}\))?\s*[,–—-]?\s+(?=(?:By|BY|Par|PAR|Por|POR)\s)")
_GLUED_BY = regex.compile(r"^(?i:by)(?=by\s)")  # "Byby JANE ROE": a "By" label glued to "by JANE ROE"
_SHOUTING = regex.compile(r"^[\p{Lu}\s.'’-]+$")
_NAME_PART_START = regex.compile(r"^\p{L}|(?<=-)\p{L}|(?<=^\p{L}['’])\p{L}")
# A blog theme's meta line: "Freitag | 2. Februar 2024 | 10:15 VON Lena Roe IN Fashion | 0 KOMMENTARE",
# "Posted on March 3, 2024 by Jane Roe in Travel". The "by" word must follow a date, a time or a separator
# (a "von" or "da" inside a name follows a letter); the names run to the next separator.
_META_BY = regex.compile(
    r"(?:\d|[|/·•,–—]|\s-|\b(?i:am|pm|uhr))\s*(?:(?i:posted|published|written|publicado|publicada|publié|publiée|"
    r"pubblicato|pubblicata|veröffentlicht|geschrieben|escrito)\s+)?\b(?i:by|von|par|da|por|door|av):?\s+"
    r"((?:(?!\s-\s)[^|/·•—–])+)"
)
# What follows the names in a meta line: the section ("IN Fashion", "dans Cuisine") or a count ("4 Comments").
# Spanish "en" and Swedish "i" are also "and" in other languages: _SPLIT parts them, and a section that is
# one word is no name.
_META_TAIL = regex.compile(r"\s+(?:(?i:in|im|dans|em)\s|\d).*$")


# A note in brackets after a name that no name holds: "Jane Roe (now) and John Doe (earlier)", "(she/her)";
# or a footnote mark ("Jane Roe*"), whose note below the text says she is a trainee.
_NAME_NOTE = regex.compile(r"\s*\((?:now|earlier|later|until \d[^()]{0,12}|from \d[^()]{0,12}|[a-z]{2,4}/[a-z]{2,4})\)"
                           r"|(?<=\p{L})[*†‡]+(?=[\s,;]|$)"
                           # a research article's affiliation numbers: "Priya Raman1, Tomas Ekdahl1,2"
                           r"|(?<=\p{L})\d{1,2}(?:,\d{1,2})*[*†‡]*(?=\s*(?:[,;]|and\s|&|$))"
                           # where a special envoy reports from: "Jane Roe (Saint-Dié, envoyée spéciale) et John Doe"
                           r"|(?<=\p{L})\s+\((?=[^()]*,\s*\p{Ll})[^()]{3,80}\)(?=\s+(?:and|et|und|y|e)\s)")


# A post in lower case between the label and the first name: "By rural affairs reporter Aroha Whaanga and Tom
# Brierley" (the label goes with it; the name is what the general reading needs).
_POST_BEFORE_NAME = regex.compile(
    r"^(?i:by)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:reporter|correspondent|editor|writer|journalist)\s+(?=\p{Lu}\p{Ll})")


def parse_authors(text: str) -> list[str]:
    """People named in one byline block, in order; agencies, titles and dates are left out."""
    text = _NAME_NOTE.sub("", _GLUED_BY.sub("", _PLACE_BEFORE_LABEL.sub("", text.strip(), count=1), count=1))
    text = _POST_BEFORE_NAME.sub("", text, count=1)
    if _post_and_programme(text):
        return []  # "Host, Morning Edition": the line under the name in a byline box
    text = _PLACE_AFTER_NAME.sub("", text)
    if _desk_with_agency(text):
        return []  # "Le Monde avec AFP": the outlet's desk and the agency it drew on
    first = text.split(maxsplit=1)[:1]
    if first and first[0].islower() and first[0] in _LEADING_JOB_NOUNS:
        return []  # a post in lower case, then where ("corespondent PortPuls la Iaşi"): a byline's line naming no one
    text = _PHOTOGRAPHERS.split(text, maxsplit=1)[0]
    text = _HANDLE_BETWEEN.sub("", text)
    glued = _CJK_NAME_DATE.match(text)  # before the cuts, which would part the date from its time
    if glued:
        return [glued[1]]
    korean = _KOREAN_REPORTERS.match(text)
    if korean:
        # "정한솔 기자 이도윤 기자": two reporters in one line, each with the title after the name
        listed = [korean[1], *_NEXT_KOREAN_REPORTERS.findall(text, korean.end())]
        return [name.strip() for group in listed for name in regex.split(r"[·,]", group)]
    if _JAPANESE_REPORTERS.match(text):
        return _JAPANESE_NAMES.findall(text)
    bracketed = _BRACKETED_NAMES.match(text)
    if bracketed:
        return _listed_cjk_names(bracketed[1])
    signed = _OUTLET_AND_REPORTER.match(text)
    if signed:
        return [signed[1]]
    signed = _CASELESS_POST.match(text)
    if signed:
        return [signed[1]]
    dashed = _DASH_JOINED.match(without_label(text))
    if dashed and is_person_name(dashed[1]) and is_person_name(dashed[2]):
        return [dashed[1], dashed[2]]
    meta = _META_BY.search(text)  # the cuts leave "2024 by Jane Roe" whole, so the "by" label is never stripped
    names = _names_in(_META_TAIL.sub("", meta[1])) if meta else []
    if names:
        return names
    piped = _piped_names(text)
    if piped:
        return piped
    for raw in _CUT.split(text)[:4]:  # "Jane Roe | Reuters", "Politik · Jane Roe, John Doe"
        if _CONTRIBUTOR_LABEL.match(raw):
            continue  # "Written By: IANS | Edited By: Jane Roe": the editor wrote nothing
        names = _names_in(without_label(without_label(raw)))
        if names:
            return names
        names = _labelled_cjk_names(raw) or _labelled_caseless_names(raw)
        if names:
            return names
    return []


# Where each writer filed from, or an academic's field, after a name or a post: "By A in Brussels and B in
# Berlin", "Research Fellow in Environmental Economics, University of X" (the cuts at " in " would keep only
# the first name).
_PLACE_AFTER_NAME = regex.compile(
    r"(?<=\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+)\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?"
    r"(?=\s*(?:,|\s(?:and|&)\s|$))")
# An outlet's name (it opens with an article, as a person's never does) and the agency it drew on.
_DESK_WITH = regex.compile(
    r"^(?:le|la|les|l['’]|the|der|die|das|el|il|lo|o|de|het)\s.{1,40}\s(?:avec|with|mit|con|com|met)\s+(?:l['’])?(.+)$",
    regex.I)


def _desk_with_agency(text: str) -> bool:
    found = _DESK_WITH.match(text)
    return found is not None and is_agency(found[1])


# Who helped with a story but did not write it: an editor, a photographer ("By Jane Roe | Edited by John Doe").
_CONTRIBUTOR_LABEL = regex.compile(
    r"^\s*(?:edited|compiled|curated|published|reviewed|fact[- ]checked|photos?|photographs|video|produced|graphics?"
    r"|illustrations?)\s+by\b", regex.I)


# The date a byline's last part runs into: "Haris Abbasi Updated 27 Jul, 2020 09:40pm".
_DATE_TAIL = regex.compile(r"\s+(?i:updated|published|posted)\b.*$")


def _piped_names(text: str) -> list[str]:
    """The people of a byline whose parts stand between pipes, when two or more parts in a row are each a
    name ("Outlet.com | Sana Chaudhry | Haris Abbasi"); one name before a desk or a date ("Jane Roe |
    Reuters") is left to the general reading, and so is an editor's part ("| Edited by John Doe")."""
    names: list[str] = []
    for part in text.split("|"):
        name = _DATE_TAIL.sub("", without_label(part.strip())).strip(" .,;")
        if _CONTRIBUTOR_LABEL.match(part) or not is_person_name(name):
            if names:
                break
            continue
        names.append(name)
    return names if len(names) >= 2 else []


def opening_reporters(text: str) -> list[str]:
    """The reporters a Taiwanese or Chinese story names in brackets where its text opens:
    "〔記者張書豪、林佳慧／台北報導〕為協助…" -> ["張書豪", "林佳慧"], "（中央社記者林昱廷、吳佩蓁花蓮16日電）…" ->
    ["林昱廷", "吳佩蓁"], "临江日报讯（记者 张晓峰 林嘉怡）昨日…" -> ["张晓峰", "林嘉怡"] (a paper's "讯" opening, the
    names parted by spaces)."""
    found = _OPENING_REPORTERS.match(text) or _AGENCY_REPORTERS.match(text)
    if found:
        return _listed_cjk_names(found[1])
    found = _PAPER_REPORTERS.match(text)
    # the reporters, not the correspondents after them ("（记者 王晓燕 通讯员 刘峰）")
    return _listed_cjk_names("、".join(found[1].split("通讯员")[0].split())) if found else []


def _listed_cjk_names(listed: str) -> list[str]:
    """The names in a run of CJK names parted by "、"; a katakana word alone is an agency or a role."""
    names = (_CJK_POST.sub("", name) for name in listed.split("、"))  # "【北村亮介記者】"
    return [name for name in names if _CJK_NAME.match(name) and not _KATAKANA_WORD.match(name)]


def lone_name(text: str) -> str | None:
    """The one word a byline gives as its author's name, its label and what follows cut off ("Posted by
    Paul at 10:15" -> "Paul"), when it reads as a first name; blogs sign posts that way."""
    text = text.strip()
    unlabelled = without_label(text)
    # A word before the cut counts only after a label: "Veröffentlicht am 11/04/2012" names nobody.
    word = (_CUT.split(unlabelled, maxsplit=1)[0] if unlabelled != text else text).strip(" .,:")
    plausible = regex.fullmatch(r"\p{Lu}\p{Ll}{2,20}", word) and is_person_name(f"{word} Roe")
    is_label = _PREFIX.match(f"{word} Roe")  # "Por" alone in its element, the desk's name in the next one
    return word if plausible and not is_label else None


_KATAKANA_WORD = regex.compile(r"^[\p{Katakana}ー]+$")  # "イラスト" (illustration): a role beside the names
_CJK_ROLE_LABELS = frozenset(["著者", "作者", "筆者", "記者", "編集", "文", "写真", "撮影", "作家"])  # "Author", ...
_DESK_ENDINGS = ("部", "社", "局", "室", "班", "会", "新聞", "通信", "ニュース", "편집국", "뉴스")


def caseless_name(text: str) -> str | None:
    """A name in a script without capitals ("سارة حداد", "נועה לוי", "山田 花子"), which only author
    markup can tell from any other words: the caller must know the block is a byline. A desk ("編集部")
    or a katakana word alone ("イラスト") is none."""
    text = " ".join(text.split())
    if any(word in _AGENCY_WORDS or word in _ROLE_WORDS for word in text.split()):
        return None  # "ویب ڈیسک" (web desk), "নিজস্ব প্রতিবেদক" (staff reporter)
    if _CASELESS_NAME.match(text):
        return text
    joined = text.replace(" ", "")
    if (text.count(" ") <= 1 and _CJK_NAME.match(joined) and not text.endswith(_DESK_ENDINGS)
            and not _KATAKANA_WORD.match(joined) and joined not in _CJK_ROLE_LABELS):
        return text
    return None


def without_label(text: str) -> str:
    """A byline's text without its label: "By Jane Roe" -> "Jane Roe", "Autor: Ana Lund" -> "Ana Lund"."""
    return _PREFIX.sub("", text.strip(), count=1)


def _without_shouted_outlet(names: list[str]) -> list[str]:
    """The names without one in capitals among names in mixed case: that is the outlet or the desk ("von
    Katrin Wendler und Jonas Brückner, RMD SACHSEN-ANHALT"); a byline in capitals shouts every name."""
    mixed = [name for name in names if not name.isupper()]
    return mixed if mixed else names


def _names_in(piece: str) -> list[str]:
    """The people in one piece of a byline, its label cut off: "Jane Roe and John Doe, Reuters". The part
    after a writer's post and a comma is the post's place ("Jane Roe, Correspondent, Homa Bay")."""
    names: list[str] = []
    after_post = closed = at_outlet = False
    parts = _SPLIT_KEEPING.split(piece)
    for raw, joiner in zip(parts[::2], ["", *parts[1::2]], strict=True):
        part = raw.strip(" .:;,")
        if not part:
            continue
        if at_outlet:
            if joiner.strip() == "," or not is_person_name(part):
                break  # the outlet's line goes on ("Sandhills Beacon, Nebraska"), or names no other writer
            at_outlet = False  # "A and B, Outlet, and C, Partner Outlet": the partner outlet's writer
        if closed and joiner.strip() == ",":
            at_outlet = True  # "A and B, Sandhills Beacon": "and" ended the list; after a comma comes where they work
            continue
        if after_post and joiner.strip() == ",":
            after_post = False
            continue
        name = _leading_name(part)
        if name:
            names.append(name)
            closed = joiner.strip() not in ("", ",")
        after_post = name is not None and name != part and any(w.casefold() in _TITLE_STARTS for w in part.split())
    return _without_shouted_outlet(names)


def _labelled_cjk_names(raw: str) -> list[str]:
    """The names after a Chinese or Japanese byline label: "投稿者 Masafumi Negishi", "作者：李明远". An
    unlabelled run of Han or kana is not taken for a name (it may be a desk, "編集部", or any word)."""
    label = _CJK_LABEL.match(raw)
    if not label:
        return []
    # The writers end where the photographer's label starts, after a full-width space ("文：A、B　写真：C"),
    # and a desk in brackets after a name is no part of it ("柳田航（編集部）").
    rest = _CJK_AFFILIATION.sub("", _CJK_CREDIT_TAIL.split(raw[label.end():], maxsplit=1)[0]).strip()
    # Chinese reporter lines part names by spaces ("记者 王晓雯 林嘉"); Japanese ones space a surname from a
    # given name ("記者 山田 花子"), and "记" is simplified Chinese only.
    separators = r"\s*[,、，;；\s]\s*" if "记者" in label[0] else r"\s*[,、，;；]\s*"
    parts = [p.strip(" .:;,、)）") for p in regex.split(separators, rest)]  # ")": a signature in brackets
    if parts and all(_CJK_NAME.match(p) for p in parts):
        return parts
    return _names_in(rest)


def _labelled_caseless_names(raw: str) -> list[str]:
    """The names after an Arabic, Hebrew, Persian or Hindi byline label; a desk of one word ("المحرر") is none."""
    label = _CASELESS_LABEL.match(raw)
    if not label:
        return []
    parts = [p.strip(" .:;,،") for p in regex.split(r"\s*[,،]\s*|\s+(?:و|ו)\s+", raw[label.end():].strip())]
    # "شبیر حسین، نامہ نگار گلگت": after the name, the writer's post and place
    people = [p for p in parts if not any(word in _ROLE_WORDS for word in p.split())]
    return people if people and all(_CASELESS_NAME.match(p) for p in people) else []


def _leading_name(part: str) -> str | None:
    """The part if it is a name, or the name before a job title or agency: 'Sam Roe Senior Politics Editor' ->
    'Sam Roe', 'Sam Roe Education editor' -> 'Sam Roe', 'SAM ROE Associated Press' -> 'SAM ROE'."""
    words = part.split()
    agency = next((n for n in range(2, len(words)) if _agency_from(words, n) or _masthead_from(words, n)), None)
    if agency is not None and is_person_name(lead := " ".join(words[:agency])):
        return lead  # a name like any other before it: "Jane Roe La Presse Canadienne"
    if is_person_name(part):
        return part
    for n, word in enumerate(words):
        folded = word.casefold()
        if folded == _OUTLET_WORD and n >= 4 and _initials_before(words, n - 1):
            # A region between the outlet's initials and "News": "Lowri Haf Jenkins UBC Wales News".
            lead = " ".join(words[:n - 2])
            return lead if is_person_name(lead) else None
        if (folded in _TITLE_STARTS or folded in _WIRES or _JOB_COMPOUND.match(word) or _beat_before_post(words, n)
                or (folded == _OUTLET_WORD and n >= 3 and _initials_before(words, n))
                or _agency_from(words, n)):
            masthead = _masthead_before(words, n)
            if masthead is not None:
                return " ".join(words[:masthead])  # "Taryn Holloway ClickFeed News Reporter"
            # A title in sentence case starts a word earlier: "Environment editor"; so does an agency's
            # initials after a name in mixed case: "Tahnee Morrow NCA NewsWire".
            end = n - 1 if (word.islower() or _initials_before(words, n)) and n >= 3 else n
            lead = " ".join(words[:end])
            if end >= 3 and not is_person_name(lead):  # the paper's name before the post: "Jane Roe Globe Staff"
                end -= 1
                lead = " ".join(words[:end])
            return lead if end >= 2 and is_person_name(lead) else None
    return None


def _agency_from(words: list[str], n: int) -> bool:
    """Whether ``words[n:]`` is an agency's name, alone or with the place it reports from after it."""
    for end in range(len(words), n, -1):
        if " ".join(words[n:end]).casefold() in AGENCIES:
            return end == len(words) or words[end].casefold() in _PLACE_WORDS
    return False


def _masthead_from(words: list[str], n: int) -> bool:
    """Whether ``words[n:]`` is a newspaper's title: two to four capitalised words, the last a masthead word."""
    title = words[n:]
    return 2 <= len(title) <= 4 and title[-1].casefold() in _MASTHEAD_ENDS and all(w[:1].isupper() for w in title)


_TITLE_ENDS = _MASTHEAD_ENDS | {_OUTLET_WORD}  # the last word of a paper's title before a post


def _masthead_before(words: list[str], n: int) -> int | None:
    """Where the paper's title starts that ends right before the post at ``words[n]``, after a name: two to
    four capitalised words, the last a masthead word or "News" ("Jane Roe Harbour Courier Reporter")."""
    if n < 4 or words[n - 1].casefold() not in _TITLE_ENDS:
        return None
    for start in range(max(2, n - 4), n - 1):
        title = words[start:n]
        if all(w[:1].isupper() for w in title) and is_person_name(" ".join(words[:start])):
            return start
    return None


def _beat_before_post(words: list[str], n: int) -> bool:
    """Whether ``words[n]`` starts a run of beat words that a post ends: "Local Democracy Reporter"."""
    end = n
    while end < len(words) and words[end].casefold() in _BEATS:
        end += 1
    return end > n and end < len(words) and words[end].casefold() in _TITLE_STARTS


def _initials_before(words: list[str], n: int) -> bool:
    """Whether the word before ``words[n]`` is an agency's initials ("NCA") after a name not in capitals."""
    before = words[n - 1]
    return 2 <= len(before) <= 5 and before.isupper() and not words[0].isupper()


def parse_declared(raw: str) -> list[str]:
    """People in one declared author value (a meta tag, a JSON-LD name): looser about case, and
    "Roe, Jane" is turned around."""
    raw = " ".join(raw.split())
    last_first = _LAST_FIRST.match(raw)
    if last_first:
        raw = f"{last_first[2]} {last_first[1]}"
    if _CJK_NAME.match(raw.replace(" ", "")) and not _KOREAN_REPORTERS.match(raw):  # "윤서진 기자" names 윤서진
        return [raw]
    names = parse_authors(raw)
    if names:
        return names
    text = _CUT.split(_PREFIX.sub("", raw, count=1), maxsplit=1)[0]
    return [n for n in (p.strip(" .:;,") for p in _SPLIT.split(text)) if is_person_name(n, strict_case=False)]


def is_person_name(name: str, *, strict_case: bool = True) -> bool:
    """Two to five words, capitalised (particles aside), and not an agency, a title or a date."""
    words = _GLUED_INITIAL.sub(r"\1 ", name).split()
    if not 2 <= len(words) <= 5 or len(name) > 60:
        return False
    folded = [w.casefold().strip(".,:;") for w in words]
    if name.casefold() in AGENCIES or any(w in _AGENCY_WORDS for w in folded):
        return False
    if words[-1] in _BRAZILIAN_STATES and not all(w.isupper() for w in words):
        return False
    if any(w in _ROLE_WORDS or w in _NON_NAME_WORDS or _JOB_COMPOUND.match(w) for w in folded) or any(
            ch.isdigit() for ch in name):
        return False
    # Marks: Devanagari vowel signs; joiners: Persian names ("رحیمی‌نژاد").
    if not all(regex.match(r"^[\p{L}\p{M}\u200c\u200d'’.-]+$", w) for w in words):
        return False
    if not strict_case:
        return True
    if _outlet_initials_first(words):
        return False
    capitalised = [w for w in words if not (w.islower() and w in _PARTICLES)]
    return len(capitalised) >= 2 and all(_NAME_WORD.match(w) for w in capitalised)


def _outlet_initials_first(words: list[str]) -> bool:
    """An outlet's initials before a place, not a name: "WBN Wales" ("WBN Wales health correspondent"); a
    name in capitals is so throughout ("JANE ROE"), and a surname in capitals comes last ("Jane ROE")."""
    first = words[0].strip(".,")
    return len(first) >= 3 and first.isupper() and not all(w.isupper() for w in words[1:])


_JOB_NOUNS = frozenset(_ROLE_WORDS | _TITLE_STARTS) - {"for", "updated", "published", "senior", "chief", "deputy",
                                                      "managing", "associate", "executive", "national",
                                                      "foreign", "political", "business", "sports", "special",
                                                      "contributing", "freelance", "opinion", "guest"}


def is_agency(text: str) -> bool:
    """Whether the line names a wire service or desk and nothing else: "Associated Press", "Reuters."."""
    return text.strip().rstrip(".").casefold() in AGENCIES


def is_job_title(text: str) -> bool:
    """A writer's job title on a line of its own: "Contributing Writer", "Education editor",
    "Ap National Political Writer"; one to five words, capitalised or job words, the last a job noun; or, as
    French, Spanish, Italian, Portuguese, Polish and Czech write it, up to eight words opening with the noun
    ("Envoyée spéciale à Gap", "Dziennikarka działu Płock")."""
    words = text.split()
    if 1 <= len(words) <= LEADING_TITLE_WORDS and words[0].casefold() in _LEADING_JOB_NOUNS:
        return True  # Romance titles open with the noun: "Envoyée spéciale à Gap", "Correspondante à Lyon"
    if _post_and_programme(text):
        return True
    if not 1 <= len(words) <= 5 or words[-1].casefold().strip(".,") not in _JOB_NOUNS:
        return False
    return all(w[0].isupper() or w.casefold() in _ROLE_WORDS or w.casefold() in _TITLE_STARTS for w in words)


def _post_and_programme(text: str) -> bool:
    """A post of job words only, then after a comma the programme or desk: "Host, Morning Edition",
    "Reporter, Statehouse" (no name: "Jane Roe Reporter, Statehouse" is a byline)."""
    post, comma, desk = text.partition(",")
    words = [w.casefold() for w in post.split()]
    return bool(comma and words and words[-1] in _JOB_NOUNS and _PROGRAMME.match(desk.strip())
                and all(w in _JOB_NOUNS or w in _TITLE_STARTS or w in _BEATS for w in words))


LEADING_TITLE_WORDS = 8  # "Correspondante dans le canton de Vaud"
_PROGRAMME = regex.compile(r"^\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}$")  # "Morning Edition"
_LEADING_JOB_NOUNS = frozenset([
    "journaliste", "correspondant", "correspondante", "envoyé", "envoyée", "rédacteur", "rédactrice",
    "chroniqueur", "chroniqueuse", "periodista", "corresponsal", "enviado", "enviada", "redactor", "redactora",
    "giornalista", "corrispondente", "inviato", "inviata", "redattore", "redattrice", "jornalista", "correspondente",
    # Slavic titles open with the noun too: "Dziennikarka działu Płock", "Redaktorka zpravodajství"
    "dziennikarz", "dziennikarka", "reporterka", "korespondent", "korespondentka", "redaktorka", "novinář",
    "novinářka", "zpravodaj", "zpravodajka", "dopisnik", "dopisnica", "novinar", "novinarka", "urednik",
    "urednica", "redaktor", "dopisovateľ", "dopisovateľka", "кореспондент", "кореспондентка", "журналіст",
    "журналістка", "corespondent", "corespondentă", "corespondenta",  # "Dopisnica iz Zagorja", "corespondent la Iaşi"
    # and the Nordic ones: "Journalist på Indlandsredaktionen i Aarhus", "Toimittaja, kotimaan uutiset"
    "journalist", "redaktør", "redaktör", "toimittaja",
])
_HANDLE = regex.compile(r"@\w+")
_INITIAL = regex.compile(r"^\p{L}\.?$")  # "J." or "J" between a first name and a surname
# A Japanese or Chinese name with a space between family and given name: "山田 花子".
_SPACED_CJK_NAME = regex.compile(r"^\p{Han}{1,3} [\p{Han}\p{Hiragana}\p{Katakana}]{1,4}$")
# Where the writer filed from, after the names: "Jane Roe in Brussels", "Jane Roe and John Roe in New York",
# a city in capitals after a dash ("Elif Kaya - ESKİŞEHİR"), a one-word city after a comma ("Amra Hodžić, Sarajevo").
_FILED_FROM = regex.compile(
    r"\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$|\s+[-–]\s+\p{Lu}{3,}(?:\s+\p{Lu}{3,})?$"
    r"|,\s+\p{Lu}\p{Ll}+$"
)
PUNCTUATION = regex.compile(r"[^\w\s'’.&-]")  # what names never hold: read as spaces when lines are compared
_JOINERS = frozenset(["and", "und", "et", "y", "e", "&", "-", "by", "von", "par", "por", "di", "door"])
_LINE_END = (".", "!", "?", ":", ";", ",")
NAME_WORDS = 4  # capitalised words of a person's name at most; a line of more is a headline in title case
# Words that title-case headlines and deks hold and names never do.
_HEADLINE_WORDS = frozenset(["of", "in", "on", "at", "to", "for", "with", "into", "from", "over", "after", "as",
                             "is", "are", "was", "says", "said", "will", "how", "why", "what", "when", "new"])


def is_name_line(text: str) -> bool:
    """Whether the line holds people's names and nothing else but joiners, a handle, a job title or the
    place the writers filed from; or a Japanese or Chinese name written with a space ("山田 花子")."""
    text = _FILED_FROM.sub("", _HANDLE.sub(" ", text).strip())
    if _SPACED_CJK_NAME.match(text):
        return True
    if text.endswith(_LINE_END) and not text.endswith(" Jr."):
        return False
    names = parse_authors(text)
    if not names or any(_title_case_line(name) for name in names):
        return False
    rest = text
    for name in names:
        rest = rest.replace(name, " ", 1)
    left = [w for w in PUNCTUATION.sub(" ", rest).split() if w.casefold() not in _JOINERS]
    return not left or is_job_title(" ".join(left))


def _title_case_line(name: str) -> bool:
    """Whether a "name" parse_authors found is a headline or dek in title case ("County Opens Third
    Cooling Centre", "Relief For Families In Heat")."""
    words = name.split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised > NAME_WORDS or any(word.casefold() in _HEADLINE_WORDS for word in words)


# Where a job title gives way to the desk or beat: "Redakteur in der Wirtschaft", "Reporter at The Ledger".
_POSITION_BREAK = regex.compile(r"\s+(?:in|im|at|for|für|bei|of|de|du|des|à|en|covering|con|di|del|della)\s+")
POSITION_WORDS = 15  # the longest line giving a writer's position; a longer one is a bio of sentences


def is_position_line(text: str) -> bool:
    """A writer's job title, alone or with the desk or beat: "Staff Writer", "Redakteur in der Wirtschaft.",
    "Senior Editor for Politics and Health"."""
    text = text.strip().rstrip(".")
    if is_job_title(text):
        return True
    head = _POSITION_BREAK.split(text, maxsplit=1)
    return len(head) == 2 and len(text.split()) <= POSITION_WORDS and is_job_title(head[0])


def display_name(name: str, language: str | None = None) -> str:
    """'JANE ROE' -> 'Jane Roe', "MAUREEN O'CALLAHAN" -> "Maureen O'Callahan", 'ANN JARVIS-GIBSON' ->
    'Ann Jarvis-Gibson', initials as written ('J.D' -> 'J.D.'), and a surname in capitals after a first name
    in mixed case, as French bylines print it: 'Hélène VASSEUR' -> 'Hélène Vasseur'; other names in mixed
    case stay as written. In Turkish and Azerbaijani (``language``) a capital I is a dotless ı: 'Hasan KILIÇ'
    -> 'Hasan Kılıç'."""
    if _INITIALS.match(name):  # "J.D." signs a short story; the byline parse strips its last dot
        return name if name.endswith(".") else name + "."
    words = name.split()
    dotless = language in _DOTLESS_I_LANGUAGES
    if _SHOUTING.match(name) and any(ch.isalpha() for ch in name):
        return " ".join(w if _INITIALS.match(w) else _capitalised(w, dotless) for w in words)
    if len(words) > 1 and not _SHOUTING.match(words[0]) and _SHOUTING.match(words[-1]) and len(words[-1]) > 2:
        return " ".join(_capitalised(w, dotless) if _SHOUTING.match(w) and len(w) > 2 else w for w in words)
    return name


_DOTLESS_I_LANGUAGES = frozenset({"tr", "az"})
# Initials, which stay in capitals: "J.", "J.D.", and "J.D" as a byline's last dot leaves them.
_INITIALS = regex.compile(r"^(?:\p{Lu}\.)+\p{Lu}?$")


def _capitalised(word: str, dotless: bool = False) -> str:
    """A word in capitals in name case, each part after a hyphen or a one-letter prefix ("O'", "D'") too;
    with ``dotless``, I lowers to ı and İ to i, as in Turkish."""
    if dotless:
        return _NAME_PART_START.sub(lambda m: m[0].translate(_TURKISH_UPPER).upper(),
                                    word.translate(_TURKISH_LOWER).lower())
    return _NAME_PART_START.sub(lambda m: m[0].upper(), word.lower())


_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TURKISH_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def _name_key(name: str) -> str:
    """A name as two lists of the same person compare it: caseless and without middle initials, which
    a byline prints and a declared author may leave out ("Rebecca J. Mallory", "Rebecca Mallory")."""
    words = _folded(name).split()
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.match(w))]
    return " ".join(kept)


def _folded(name: str) -> str:
    """``name`` caseless, Turkish dotless and dotted i read as i: a byline's "KILIÇ" is the declared "Kılıç"
    (casefold makes it "kiliç")."""
    return name.casefold().replace("ı", "i").replace("i\u0307", "i")


def merge_author_groups(groups: list[list[str]], declared: list[str], language: str | None = None,
                        owners: str = "") -> tuple[str, ...]:
    """:func:`merge_authors` over the names of the byline's blocks, a list for each block. Where a block
    names a declared person, the blocks above it are left out (a column's name over the headline, "Main
    Street Notebook"), and so is any undeclared name that ``owners`` (see :meth:`PageMeta.owners`) holds:
    the site's own name credited under its writers. (Without a declared person to go by, a name that is
    the site's may be its writer's: a personal blog.)"""
    people = [name for raw in declared for name in parse_declared(raw)]
    keys = {_name_key(person) for person in people}
    first = next((n for n, group in enumerate(groups) if any(_name_key(name) in keys for name in group)), None)
    if first is None:
        return _merged([name for group in groups for name in group], people, language)
    names = [name for group in groups[first:] for name in group
             if _name_key(name) in keys or not (owners and name.casefold() in owners)]
    return _merged(names, people, language)


def merge_authors(visible: list[str], declared: list[str], language: str | None = None) -> tuple[str, ...]:
    """The article's authors: the visible byline's names, cross-checked with the declared ones.

    When the byline and the declared authors share a name, the byline stands (it may name more people,
    and declared lists often add the publisher). When they share none, the declared people win: the
    visible byline most likely belongs to another story on the page. ``language`` is the page's, which
    decides how a name in capitals is written in name case (see :func:`display_name`).
    """
    return _merged(visible, [name for raw in declared for name in parse_declared(raw)], language)


def _merged(visible: list[str], people: list[str], language: str | None) -> tuple[str, ...]:
    """:func:`merge_authors` with the declared values already parsed into ``people``."""
    if visible and people:
        seen = {_name_key(n) for n in visible}
        chosen = visible if any(_name_key(p) in seen for p in people) else people
    else:
        chosen = visible or people
    spelled = {_folded(p): p for p in people if not _SHOUTING.match(p)}  # "McAllister" for "MCALLISTER"
    unique: dict[str, str] = {}
    for name in chosen:
        key = _folded(name)
        unique.setdefault(key, spelled.get(key, display_name(name, language)))
    return tuple(unique.values())
