"""Publication dates as ISO 8601: from machine values (ISO, RFC 2822, epoch) and from visible date lines
("Published Dec. 16, 2016, 4:19 PM", "16. Dezember 2016", "le 3 mars 2024", "16 декабря 2016 г.", "2019年4月3日").

>>> parse_date("Dec. 16, 2016, 4:19 PM")
'2016-12-16T16:19:00'
>>> parse_date("16 декабря 2016")
'2016-12-16'
>>> parse_date("Publiceret 3. marts 2024 kl. 10.15"), parse_date("Opublikowano: 12 marca 2024")
('2024-03-03T10:15:00', '2024-03-12')
>>> parse_date("Közzétéve: 2024. március 3. 10:15"), parse_date("۱۳ اسفند ۱۴۰۲"), parse_date("3 במרץ 2024")
('2024-03-03T10:15:00', '2024-03-03', '2024-03-03')
>>> normalise_date("2016-12-14T06:02:15Z")
'2016-12-14T06:02:15+00:00'
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan janvier janv januar jän enero ene gennaio gen januari janeiro stycznia styczeń января январь янв",
    "february feb février févr fevrier februar febrero febbraio februari fevereiro lutego luty февраля февраль фев",
    "march mar mars märz maerz marzo maart março marts marca marzec maret марта март мар",
    "april apr avril abril aprile kwietnia kwiecień апреля апрель апр",
    "may mai mayo maggio mei maio maj maja мая май",
    "june jun juin juni junio giugno junho czerwca czerwiec июня июнь",
    "july jul juillet juli julio luglio julho lipca lipiec июля июль",
    "august aug août aout agosto augustus augusti agustus sierpnia sierpień августа август авг",
    "september sep sept septembre septiembre settembre setembro września wrzesień сентября сентябрь сен",
    "october oct octobre oktober okt octubre ottobre outubro października październik октября октябрь окт",
    "november nov novembre noviembre novembro listopada listopad ноября ноябрь ноя",
    "december dec décembre decembre dezember dez desember diciembre dic dicembre dezembro grudnia grudzień"
    " декабря декабрь дек",
), start=1):
    for _name in _names.split():
        _MONTHS[_name] = _number
for _number, _names in enumerate((
    # Ukrainian, Bulgarian, Greek (genitive and nominative, with and without accents), Hungarian, Romanian,
    # Slovak, Czech, Catalan, Serbian and Bosnian (Latin), Croatian, Arabic (Egyptian and Gulf, Levantine, Maghrebi),
    # Hebrew (also with the prefix "ב", "in": "3 במרץ 2024"), Persian (Gregorian names), Hindi.
    "січня січень януари ιανουαρίου ιανουαριου ιανουάριος ιαν január ianuarie januára gener januara"
    " siječnja siječanj يناير كانون_الثاني جانفي ינואר בינואר ژانویه जनवरी"
    " ledna leden",
    "лютого лютий февруари φεβρουαρίου φεβρουαριου φεβρουάριος február febr februarie februára febrer"
    " februara veljače veljača فبراير شباط فيفري פברואר בפברואר فوریه फ़रवरी फरवरी"
    " února únor",
    "березня березень март μαρτίου μαρτιου μάρτιος március márc martie marca marec març mart marta ožujka"
    " ožujak مارس آذار מרץ במרץ मार्च"
    " března březen",
    "квітня квітень април απριλίου απριλιου απρίλιος április ápr aprilie apríla abril aprila travnja travanj"
    " أبريل ابريل نيسان أفريل אפריל באפריל آوریل अप्रैल"
    " dubna duben",
    "травня травень май μαΐου μαιου μάιος május máj mai mája maig svibnja svibanj مايو أيار ماي מאי במאי مه मई"
    " května květen",
    "червня червень юни ιουνίου ιουνιου ιούνιος június jún iunie júna juny juna lipnja lipanj يونيو حزيران"
    " جوان יוני ביוני ژوئن जून"
    " června červen",
    "липня липень юли ιουλίου ιουλιου ιούλιος július júl iulie júla juliol jula srpnja srpanj يوليو تموز"
    " جويلية יולי ביולי ژوئیه जुलाई"
    " července červenec",
    "серпня серпень αυγούστου αυγουστου αύγουστος augusztus augusta agost avgust avgusta kolovoza kolovoz"
    " أغسطس اغسطس آب أوت אוגוסט באוגוסט اوت अगस्त"
    " srpna srpen",
    "вересня вересень септември σεπτεμβρίου σεπτεμβριου σεπτέμβριος szeptember szept septembrie septembra"
    " setembre septembar rujna rujan سبتمبر أيلول سبتمبر ספטמבר בספטמבר سپتامبر सितंबर सितम्बर"
    " září",
    "жовтня жовтень октомври οκτωβρίου οκτωβριου οκτώβριος október októbra octombrie octubre oktobar oktobra"
    " أكتوبر اكتوبر تشرين_الأول אוקטובר באוקטובר اکتبر अक्टूबर"
    " října říjen",
    "листопада листопад ноември νοεμβρίου νοεμβριου νοέμβριος noiembrie novembra novembar studenoga studenog"
    " studeni نوفمبر تشرين_الثاني נובמבר בנובמבר نوامبر नवंबर नवम्बर"
    " listopadu",
    "грудня грудень декември δεκεμβρίου δεκεμβριου δεκέμβριος decembrie decembra desembre decembar prosinca"
    " prosinac ديسمبر كانون_الأول דצמבר בדצמבר دسامبر दिसंबर दिसम्बर"
    " prosince prosinec",
), start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name.replace("_", " "), _number)  # "_" joins a name of two words
# Month names one language reads otherwise: Croatian "listopad" is October, Polish "listopad" November.
_MONTHS_IN = {"hr": {"listopad": 10, "listopada": 10}}
_MONTHS_BY_LANGUAGE = {language: {**_MONTHS, **own} for language, own in _MONTHS_IN.items()}
# The Solar Hijri months Iranian pages date by ("۱۳ اسفند ۱۴۰۲" is 3 March 2024).
_JALALI = {name: number for number, name in enumerate(
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(), start=1)}
_MONTH = "|".join(sorted([*_MONTHS, *_JALALI, *_MONTHS_IN["hr"]], key=len, reverse=True))
_TIME = (r"(?:[,\s]+(?:at|um|à|às|a las|alle|om|kl\.?|o|в)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d\d)(?::\d\d)?"
         r"\s*(?P<ampm>[ap]\.?\s?m\.?)?)?")
_NAMED = [
    # "December 16, 2016", "Dec. 16 2016, 4:19 PM"
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    # "16 December 2016", "16. Dezember 2016", "16 de diciembre de 2016", "le 3 mars 2024", "16 декабря 2016 г."
    # Catalan elides "de" before a vowel: "3 d'abril de 2024"
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|d['’])?(?P<month>{_MONTH})\.?,?\s+(?:de\s+)?"
               rf"(?P<year>\d{{4}}){_TIME}", re.I),
    # Hungarian puts the year first, with a dot: "2024. március 3. 10:15"
    re.compile(rf"(?<!\d)(?P<year>\d{{4}})\.\s*(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\.?{_TIME}", re.I),
]
_NUMERIC = [
    # Vietnamese: "ngày 3 tháng 3 năm 2024"
    re.compile(rf"\bngày\s+(?P<day>\d{{1,2}})\s+tháng\s+(?P<month>\d{{1,2}})\s*(?:năm|,)\s*(?P<year>\d{{4}})"
               rf"{_TIME}", re.I),
    re.compile(rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*[-/.年]\s*(?P<month>\d{{1,2}})\s*[-/.月]\s*(?P<day>\d{{1,2}})日?{_TIME}"),
    # "03/06/2025" reads by the page's convention; "10.06.2013" is day-first wherever dots are written
    re.compile(rf"(?<!\d)(?P<first>\d{{1,2}})(?P<sep>[./-])(?P<second>\d{{1,2}})[./-](?P<year>(?:19|20)\d\d)\b{_TIME}"),
]
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[^\d])")


def normalise_date(value: str | None) -> str | None:
    """A machine-readable date (ISO 8601, RFC 2822, epoch seconds or milliseconds) as ISO 8601."""
    if not value:
        return None
    value = value.strip()
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    iso = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", iso)
    parsed: dt.datetime | None
    try:
        parsed = dt.datetime.fromisoformat(iso)
    except ValueError:
        parsed = _rfc2822(value) or _epoch(value)
    if parsed is None:
        return parse_date(value)
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed.isoformat() if len(value) > 10 else parsed.date().isoformat()


def parse_date(text: str, *, month_first: bool = True, language: str | None = None) -> str | None:
    """The first date a visible date line states, as ISO 8601 (with the time when it gives one); ``language``
    (the page's) reads the month names that languages read differently."""
    text = unicodedata.normalize("NFC", text)  # Devanagari letters with a nukta come composed or not
    months = _MONTHS_BY_LANGUAGE.get(language or "", _MONTHS)
    for pattern in _NAMED:
        found = pattern.search(text)
        if not found:
            continue
        name, year, day = found["month"].lower().rstrip("."), int(found["year"]), int(found["day"])
        if name in _JALALI and 1300 <= year <= 1500:
            return _iso(*_gregorian(year, _JALALI[name], day), found)
        if name in months:
            return _iso(year, months[name], day, found)
    for pattern in _NUMERIC:
        found = pattern.search(text)
        if not found:
            continue
        if "first" in found.groupdict():
            first, second = int(found["first"]), int(found["second"])
            day, month = (second, first) if month_first and found["sep"] != "." and first <= 12 else (first, second)
        else:
            day, month = int(found["day"]), int(found["month"])
        result = _iso(int(found["year"]), month, day, found)
        if result:
            return result
    return None


def date_in_url(url: str | None) -> str | None:
    """A date in an article address: /2016/12/14/, /20161214/, /2016-12-14-slug."""
    found = _URL_DATE.search(url or "")
    return _iso(int(found[1]), int(found[2]), int(found[3]), None) if found else None


def _iso(year: int, month: int, day: int, found: re.Match[str] | None) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if found is None or not found["hour"]:
        return date.isoformat()
    hour, minute = int(found["hour"]), int(found["minute"])
    ampm = (found["ampm"] or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date.isoformat()
    return dt.datetime(year, month, day, hour, minute).isoformat()


def _gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A Solar Hijri date in the Gregorian calendar (the arithmetic of the 33-year leap cycle, as Iran's
    calendar tables give it from 1300 to 1500)."""
    year += 1595
    days = (-355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
            + (31 * (month - 1) if month < 7 else (month - 7) * 30 + 186))
    gyear = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gyear += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gyear += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gyear += (days - 1) // 365
        days = (days - 1) % 365
    start = dt.date(gyear, 1, 1)
    date = start + dt.timedelta(days=days)
    return date.year, date.month, date.day


def _rfc2822(value: str) -> dt.datetime | None:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _epoch(value: str) -> dt.datetime | None:
    if not value.isdigit() or len(value) not in (10, 13):
        return None
    seconds = int(value) / (1000 if len(value) == 13 else 1)
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
