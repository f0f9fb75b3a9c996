"""Labels in the languages beyond English, German, French, Spanish and Russian, by wording alone:
newsletter sign-ups, donation and subscription calls, read-more links, share prompts, bylines, cookie
notices, comment prompts, credits.

Each page is an invented article in one language, with a byline between headline and text and the other
blocks in plain ``<div>``s and ``<p>``s (no class name gives them away) after the text, and ``<html lang>``
naming the language, so only that language's phrases (and the "*" ones) apply. The article's own
paragraphs must stay body.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

import newsclean


@dataclass(frozen=True)
class LanguagePage:
    lang: str
    headline: str
    paragraphs: tuple[str, ...]
    promos: tuple[tuple[str, str], ...]  # (block text, "role/kind"), after the text
    header: tuple[tuple[str, str], ...] = ()  # (block text, "role" or "role/kind"), between headline and text


PAGES = [
    LanguagePage(
        "pt", "Balsa volta a cruzar o rio depois de três anos",
        ("A câmara municipal aprovou na segunda-feira o regresso da velha balsa que cruzava o rio, parada desde "
         "que uma cheia destruiu o cais há três invernos, a pedido dos moradores das duas margens.",
         "Os defensores do projeto dizem que a viagem até à vila passará de quarenta minutos para dez, e que a "
         "ponte a montante se tornou perigosa para quem anda de bicicleta.",
         "A balsa vai funcionar primeiro de abril a outubro, segundo a câmara, e um segundo barco chegará se a "
         "primeira temporada passar dos vinte mil passageiros."),
        (("Assine a nossa newsletter e receba as notícias do rio todas as manhãs", "promo/newsletter"),
         ("Apoie o nosso jornalismo", "promo/donation"),
         ("Já é assinante? Entre na sua conta", "promo/subscription"),
         ("Leia também: Cheia deixa aldeias sem luz", "promo/related"),
         ("Compartilhe", "promo/social"),
         ("Com agências", "credit_line"),
         ("Nesta foto de arquivo, a balsa atraca no cais antigo.", "caption"),
         ("Deixe um comentário", "boilerplate/comments"),
         ("Imagem: Rui Lopes", "photo_credit"),
         ("Compartilhe: WhatsApp Facebook X", "promo/social"),
         ("*Com informações da Agência Lusa", "credit_line"),
         ("Atualizado em 04/03/2024 às 11h02", "metadata/date")),
        header=(("Por Mariana Costa", "byline"), ("Publicado em 3 de março de 2024", "metadata/date")),
    ),
    LanguagePage(
        "it", "Il traghetto torna ad attraversare il fiume",
        ("Il consiglio comunale ha approvato lunedì il ritorno del vecchio traghetto sul fiume, fermo da quando "
         "una piena ha distrutto il pontile tre inverni fa, su richiesta degli abitanti delle due sponde.",
         "I sostenitori del progetto dicono che il viaggio verso il paese scenderà da quaranta minuti a dieci, e "
         "che il ponte a monte è diventato pericoloso per chi va in bicicletta.",
         "Il traghetto funzionerà prima da aprile a ottobre, ha detto il comune, e una seconda barca arriverà se "
         "la prima stagione supererà i ventimila passeggeri."),
        (("Registrati alla newsletter del mattino", "promo/newsletter"),
         ("Sostienici", "promo/donation"),
         ("Sei già abbonato? Accedi", "promo/subscription"),
         ("Articoli correlati", "promo/related"),
         ("Condividi questo articolo", "promo/social"),
         ("Utilizziamo i cookie per migliorare la tua esperienza sul sito.", "boilerplate/cookie"),
         ("Lascia un commento", "boilerplate/comments"),
         ("Questo articolo è stato pubblicato originariamente sul settimanale della valle.", "disclaimer")),
        header=(("Pubblicato il 3 marzo 2024", "metadata/date"),),
    ),
    LanguagePage(
        "nl", "Veerpont vaart weer over de rivier",
        ("De gemeenteraad heeft maandag besloten de oude veerpont weer in te zetten, die stillag sinds een "
         "hoogwater drie winters geleden de steiger wegsloeg, op verzoek van bewoners van beide oevers.",
         "Voorstanders zeggen dat de reis naar het dorp van veertig minuten naar tien gaat, en dat de brug "
         "stroomopwaarts gevaarlijk is geworden voor fietsers.",
         "De pont vaart eerst van april tot oktober, aldus de gemeente, en er komt een tweede boot als het eerste "
         "seizoen meer dan twintigduizend passagiers trekt."),
        (("Schrijf je in voor onze nieuwsbrief", "promo/newsletter"),
         ("Steun onze journalistiek", "promo/donation"),
         ("Word abonnee en lees onbeperkt", "promo/subscription"),
         ("Lees ook: Dijken worden verhoogd", "promo/related"),
         ("Deel dit artikel", "promo/social"),
         ("Wij gebruiken cookies om de site goed te laten werken.", "boilerplate/cookie"),
         ("Plaats een reactie", "boilerplate/comments"),
         ("Op deze foto uit 2019 ligt de pont nog aan de steiger.", "caption"),
         ("Beeld: Pieter Smit", "photo_credit")),
        header=(("Door Sanne de Vries", "byline"), ("Gepubliceerd op 3 maart 2024", "metadata/date")),
    ),
    LanguagePage(
        "pl", "Prom znów przepływa przez rzekę",
        ("Rada miasta zdecydowała w poniedziałek o powrocie starego promu na rzece, który stał od czasu, gdy "
         "powódź trzy zimy temu zniszczyła przystań, na prośbę mieszkańców obu brzegów.",
         "Zwolennicy projektu mówią, że droga do miasteczka skróci się z czterdziestu minut do dziesięciu, a "
         "most w górze rzeki stał się niebezpieczny dla rowerzystów.",
         "Prom będzie kursował najpierw od kwietnia do października, podał urząd, a druga łódź pojawi się, jeśli "
         "pierwszy sezon przyniesie ponad dwadzieścia tysięcy pasażerów."),
        (("Zapisz się na nasz newsletter", "promo/newsletter"),
         ("Wesprzyj nas", "promo/donation"),
         ("Masz już subskrypcję? Zaloguj się", "promo/subscription"),
         ("Czytaj także: Powódź odcięła wsie od prądu", "promo/related"),
         ("Udostępnij", "promo/social"),
         ("Ta strona używa plików cookies.", "boilerplate/cookie"),
         ("Dodaj komentarz", "boilerplate/comments"),
         ("Fot. Jan Wiśniewski", "photo_credit")),
        header=(("Autor: Anna Nowak", "byline"), ("Opublikowano: 3 marca 2024, o 10:15", "metadata/date")),
    ),
    LanguagePage(
        "sv", "Färjan går över älven igen",
        ("Kommunfullmäktige beslutade på måndagen att den gamla färjan ska gå över älven igen, efter att ett "
         "högvatten för tre vintrar sedan förstörde bryggan, på begäran av boende på båda stränderna.",
         "Förespråkarna säger att resan till byn kortas från fyrtio minuter till tio, och att bron uppströms har "
         "blivit farlig för cyklister.",
         "Färjan ska först gå från april till oktober, enligt kommunen, och en andra båt kommer om den första "
         "säsongen ger mer än tjugotusen passagerare."),
        (("Prenumerera på vårt nyhetsbrev", "promo/newsletter"),
         ("Stöd vår journalistik", "promo/donation"),
         ("Redan prenumerant? Logga in", "promo/subscription"),
         ("Läs också: Högvattnet stängde vägen", "promo/related"),
         ("Dela artikeln", "promo/social"),
         ("Vi använder cookies för att ge dig en bättre upplevelse.", "boilerplate/cookie"),
         ("Skriv en kommentar", "boilerplate/comments")),
        header=(("Av Erik Lindqvist", "byline"), ("Publicerad 3 mars 2024 kl. 10.15", "metadata/date")),
    ),
    LanguagePage(
        "da", "Færgen sejler over fjorden igen",
        ("Byrådet besluttede mandag, at den gamle færge skal sejle over fjorden igen, efter at en stormflod for "
         "tre vintre siden ødelagde anløbsbroen, på opfordring fra beboere på begge sider.",
         "Tilhængerne siger, at turen til byen bliver kortet fra fyrre minutter til ti, og at broen længere inde "
         "er blevet farlig for cyklister.",
         "Færgen sejler først fra april til oktober, oplyser kommunen, og en båd mere kommer, hvis den første "
         "sæson giver over tyve tusind passagerer."),
        (("Tilmeld dig vores nyhedsbrev", "promo/newsletter"),
         ("Støt vores journalistik", "promo/donation"),
         ("Køb abonnement og læs videre", "promo/subscription"),
         ("Læs også: Stormfloden lukkede havnen", "promo/related"),
         ("Del artiklen", "promo/social"),
         ("Vi bruger cookies til at forbedre din oplevelse.", "boilerplate/cookie"),
         ("Kommentarer", "boilerplate/comments")),
        header=(("Af Mette Holm", "byline"), ("Publiceret 3. marts 2024", "metadata/date")),
    ),
    LanguagePage(
        "nb", "Fergen går over fjorden igjen",
        ("Kommunestyret vedtok mandag at den gamle fergen skal gå over fjorden igjen, etter at en storflom for "
         "tre vintre siden ødela kaia, etter ønske fra folk på begge sider.",
         "Tilhengerne sier at turen til bygda blir kortet fra førti minutter til ti, og at brua lenger inne har "
         "blitt farlig for syklister.",
         "Fergen skal først gå fra april til oktober, opplyser kommunen, og en båt til kommer hvis den første "
         "sesongen gir over tjue tusen passasjerer."),
        (("Meld deg på nyhetsbrevet vårt", "promo/newsletter"),
         ("Støtt vår journalistikk", "promo/donation"),
         ("Bli abonnent i dag", "promo/subscription"),
         ("Les også: Flommen stengte veien", "promo/related"),
         ("Del artikkelen", "promo/social"),
         ("Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "boilerplate/cookie")),
        header=(("Av Kari Berg", "byline"), ("Publisert 3. mars 2024", "metadata/date")),
    ),
    LanguagePage(
        "ja", "川の渡し船が三年ぶりに再開",
        ("市議会は月曜日、三年前の冬の洪水で桟橋が流されて以来止まっていた川の渡し船を、両岸の住民の要望を受けて再開することを決めた。",
         "計画を支持する人たちは、町までの移動が四十分から十分に短くなり、上流の橋は自転車にとって危険になっていると話している。",
         "渡し船はまず四月から十月まで運航し、最初の季節の利用者が二万人を超えれば二隻目を導入すると市は説明した。"),
        (("メールマガジンの登録はこちら", "promo/newsletter"),
         ("メールマガジン購読のお申し込み", "promo/newsletter"),
         ("無料会員登録", "promo/subscription"),
         ("この記事は有料会員限定です", "promo/subscription"),
         ("関連記事", "promo/related"),
         ("この記事をシェア", "promo/social"),
         ("写真：山田花子", "photo_credit"),
         ("当サイトではクッキーを使用しています。", "boilerplate/cookie")),
        header=(("公開日：2024年3月3日(日) 10:15", "metadata/date"),),
    ),
    LanguagePage(
        "zh", "渡船停航三年后恢复运营",
        ("市议会周一决定恢复河上的旧渡船。三年前冬天的一场洪水冲毁了码头，此后渡船一直停航，两岸居民多次要求恢复。",
         "支持者表示，到镇上的路程将从四十分钟缩短到十分钟，而上游的桥对骑自行车的人已经变得很危险。",
         "市政府说，渡船将先在四月至十月运营，如果第一季乘客超过两万人，将再增加一艘船。"),
        (("订阅我们的电子报", "promo/newsletter"),
         ("支持我们", "promo/donation"),
         ("延伸阅读", "promo/related"),
         ("分享到微信", "promo/social"),
         ("我们使用cookies来改善您的浏览体验。", "boilerplate/cookie")),
        header=(("发布时间：2024年3月3日", "metadata/date"),),
    ),
    LanguagePage(
        "ko", "나룻배, 삼 년 만에 운항 재개",
        ("시의회는 월요일 삼 년 전 겨울 홍수로 선착장이 떠내려간 뒤 멈춰 있던 강의 나룻배를 "
         "양쪽 강가 주민들의 요청에 따라 다시 운항하기로 결정했다.",
         "사업을 지지하는 주민들은 읍내까지 가는 시간이 사십 분에서 십 분으로 줄고, "
         "상류의 다리는 자전거를 타는 사람들에게 위험해졌다고 말한다.",
         "시는 나룻배가 먼저 사월부터 시월까지 운항하며, 첫 시즌 승객이 이만 명을 넘으면 "
         "두 번째 배를 들여오겠다고 밝혔다."),
        (("뉴스레터 구독하기", "promo/newsletter"),
         ("후원하기", "promo/donation"),
         ("관련 기사", "promo/related"),
         ("공유하기", "promo/social")),
        header=(("김민수 기자", "byline"), ("입력 2024.03.03 10:15", "metadata/date")),
    ),
    LanguagePage(
        "tr", "Feribot üç yıl sonra yeniden sefere başlıyor",
        ("Belediye meclisi pazartesi günü, üç kış önce bir selin iskeleyi yıkmasından bu yana duran eski feribotun iki "
         "kıyıdaki sakinlerin isteği üzerine yeniden sefere başlamasına karar verdi.",
         "Projeyi destekleyenler kasabaya yolculuğun kırk dakikadan on dakikaya ineceğini ve yukarıdaki köprünün "
         "bisikletliler için tehlikeli hale geldiğini söylüyor.",
         "Belediyeye göre feribot önce nisandan ekime kadar çalışacak ve ilk sezon yirmi bini aşarsa ikinci bir tekne "
         "alınacak."),
        (("Bültenimize abone olun", "promo/newsletter"),
         ("Bize destek olun", "promo/donation"),
         ("Abone ol", "promo/subscription"),
         ("İlgili Haberler", "promo/related"),
         ("Paylaş", "promo/social")),
    ),
    LanguagePage(
        "cs", "Přívoz po třech letech znovu jezdí",
        ("Zastupitelstvo v pondělí rozhodlo o obnovení starého přívozu přes řeku, který stál od chvíle, kdy povodeň "
         "před třemi zimami strhla molo, na žádost obyvatel obou břehů.",
         "Zastánci projektu říkají, že cesta do městečka se zkrátí ze čtyřiceti minut na deset a most proti proudu "
         "je pro cyklisty nebezpečný.",
         "Přívoz bude nejprve jezdit od dubna do října, uvedl úřad, a druhá loď přibude, pokud první sezona přinese "
         "přes dvacet tisíc cestujících."),
        (("Přihlaste se k odběru našeho newsletteru", "promo/newsletter"),
         ("Podpořte nás", "promo/donation"),
         ("Kupte si předplatné", "promo/subscription"),
         ("Čtěte také: Povodeň odřízla vesnice", "promo/related"),
         ("Sdílet", "promo/social")),
    ),
    LanguagePage(
        "id", "Perahu penyeberangan kembali beroperasi",
        ("Dewan kota pada hari Senin memutuskan untuk mengoperasikan kembali perahu penyeberangan lama di sungai, "
         "yang berhenti sejak banjir menghancurkan dermaga tiga musim hujan lalu, atas permintaan warga kedua tepi.",
         "Para pendukung proyek mengatakan perjalanan ke kota kecamatan akan berkurang dari empat puluh menit menjadi "
         "sepuluh, dan jembatan di hulu menjadi berbahaya bagi pesepeda.",
         "Perahu akan beroperasi dulu dari April hingga Oktober, kata pemerintah kota, dan perahu kedua akan datang "
         "jika musim pertama melebihi dua puluh ribu penumpang."),
        (("Berlangganan newsletter kami", "promo/newsletter"),
         ("Dukung kami", "promo/donation"),
         ("Baca juga: Banjir memutus jalan desa", "promo/related"),
         ("Bagikan artikel ini", "promo/social")),
    ),
    LanguagePage(
        "fi", "Lossi kulkee taas joen yli",
        ("Kaupunginvaltuusto päätti maanantaina ottaa vanhan lossin taas käyttöön joella, jonka tulva rikkoi laiturin "
         "kolme talvea sitten, molempien rantojen asukkaiden pyynnöstä.",
         "Hankkeen kannattajien mukaan matka kirkolle lyhenee neljästäkymmenestä minuutista kymmeneen, ja ylävirran "
         "silta on käynyt vaaralliseksi pyöräilijöille.",
         "Lossi kulkee ensin huhtikuusta lokakuuhun, kertoo kaupunki, ja toinen alus tulee, jos ensimmäinen kausi "
         "tuo yli kaksikymmentä tuhatta matkustajaa."),
        (("Tilaa uutiskirje", "promo/newsletter"),
         ("Tue journalismia", "promo/donation"),
         ("Lue myös: Tulva katkaisi tien", "promo/related"),
         ("Jaa artikkeli", "promo/social")),
    ),
]


def _page(case: LanguagePage) -> str:
    header = "".join(f"<div>{text}</div>" for text, _ in case.header)
    text = "".join(f"<p>{p}</p>" for p in case.paragraphs)
    promos = "".join(f"<div><p>{text}</p></div>" for text, _ in case.promos)
    return (f'<!doctype html><html lang="{case.lang}"><head><meta charset="utf-8"><title>{case.headline}</title>'
            f"</head><body><main><article><h1>{case.headline}</h1>{header}{text}</article>{promos}</main></body>"
            "</html>")


def _labels(case: LanguagePage) -> dict[str, str]:
    article = newsclean.clean(_page(case), options=newsclean.Options(outlet_rules=False))
    assert article.language == case.lang
    return {b.text: f"{b.role}/{b.kind}" if b.kind else str(b.role) for b in article.blocks}


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c.lang)
def test_labels_by_their_wording(case: LanguagePage) -> None:
    labels = _labels(case)
    expected = dict(case.promos + case.header)
    assert {text: labels.get(text) for text in expected} == expected


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c.lang)
def test_the_article_stays_body(case: LanguagePage) -> None:
    labels = _labels(case)
    assert [labels.get(p) for p in case.paragraphs] == ["body"] * len(case.paragraphs)


def test_norwegian_pages_by_any_code_read_as_bokmal() -> None:
    bokmal = next(case for case in PAGES if case.lang == "nb")
    html = _page(bokmal).replace('lang="nb"', 'lang="no-NO"')
    article = newsclean.clean(html, options=newsclean.Options(outlet_rules=False))
    labels = {b.text: f"{b.role}/{b.kind}" for b in article.blocks}
    assert article.language == "nb"
    assert labels["Meld deg på nyhetsbrevet vårt"] == "promo/newsletter"


# Every language here is guessed: most by their common words, Japanese, Chinese and Korean (which do not
# space words) by their scripts.
@pytest.mark.parametrize("case", PAGES, ids=lambda c: c.lang)
def test_language_guessed_without_html_lang(case: LanguagePage) -> None:
    html = _page(case).replace(f' lang="{case.lang}"', "")
    article = newsclean.clean(html, options=newsclean.Options(outlet_rules=False))
    assert article.language == case.lang


# Templates declare the wrong language (a German blog on an English theme says lang="en-US"); the phrases
# that apply are those of the text.
@pytest.mark.parametrize("case", PAGES, ids=lambda c: c.lang)
def test_the_text_overrules_a_wrong_declaration(case: LanguagePage) -> None:
    wrong = _page(case).replace(f' lang="{case.lang}"', ' lang="en-US"')
    article = newsclean.clean(wrong, options=newsclean.Options(outlet_rules=False))
    labels = {b.text: f"{b.role}/{b.kind}" if b.kind else str(b.role) for b in article.blocks}
    expected = dict(case.promos + case.header)
    assert article.language == case.lang
    assert {text: labels.get(text) for text in expected} == expected


def test_an_english_text_overrules_a_german_declaration() -> None:
    html = ('<html lang="de-DE"><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>'
            "<p>The council voted on Monday to bring back the old ferry, which has been idle since a flood "
            "wrecked the pier three winters ago, at the request of people on both banks.</p>"
            "<p>Supporters of the plan say the trip to town will fall from forty minutes to ten, and that the "
            "bridge upstream has become dangerous for people on bicycles.</p></article>"
            "<div><p>Sign up for our morning newsletter</p></div></body></html>")
    article = newsclean.clean(html, options=newsclean.Options(outlet_rules=False))
    assert article.language == "en"
    assert [b.kind for b in article.blocks if b.text.startswith("Sign up")] == ["newsletter"]


# Related languages share many short words, so a declaration naming a neighbour of the text's language
# stands: the text does not plainly contradict it. So does Chinese for Japanese text, whose kanji are Han.
NEIGHBOURS = [("da", "nb"), ("nb", "da"), ("pt", "es"), ("it", "es"), ("ja", "zh")]


@pytest.mark.parametrize(("text_in", "declared"), NEIGHBOURS)
def test_a_related_language_declaration_stands(text_in: str, declared: str) -> None:
    case = next(c for c in PAGES if c.lang == text_in)
    html = _page(case).replace(f' lang="{text_in}"', f' lang="{declared}"')
    assert newsclean.clean(html, options=newsclean.Options(outlet_rules=False)).language == declared


@pytest.mark.parametrize("case", [c for c in PAGES if c.header], ids=lambda c: c.lang)
def test_publication_date_read_off_the_date_line(case: LanguagePage) -> None:
    article = newsclean.clean(_page(case), options=newsclean.Options(outlet_rules=False))
    assert (article.published or "")[:10] == "2024-03-03"


def test_korean_reporter_line_names_the_author() -> None:
    korean = next(case for case in PAGES if case.lang == "ko")
    article = newsclean.clean(_page(korean), options=newsclean.Options(outlet_rules=False))
    assert article.authors == ("김민수",)


# Short sentences of reporting that open with a word the promo phrases use ("subscription", "paid members"):
# inside the article they stay body.
REPORTING = [
    ("nl", "Abonnementen op de veerpont worden volgend jaar duurder."),
    ("pt", "Assinar o contrato com o estaleiro levou três meses."),
    ("tr", "Abonelik ücretleri gelecek ay yüzde on artacak."),
    ("cs", "Předplatné jízdenek se od března zdraží."),
    ("id", "Langganan listrik warga naik sepuluh persen."),
    ("it", "Abbonamento ai treni più caro da aprile."),
    ("ja", "有料会員の数は昨年の二倍に増えた。"),
    ("zh", "付费会员的数量比去年增加了一倍。"),
    ("ko", "유료 회원 수는 지난해보다 두 배 늘었다."),
    ("id", "Donasi warga mencapai dua miliar rupiah."),
]


@pytest.mark.parametrize(("lang", "sentence"), REPORTING, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(REPORTING)])
def test_a_report_opening_with_a_promo_word_stays_body(lang: str, sentence: str) -> None:
    case = next(c for c in PAGES if c.lang == lang)
    reporting = replace(case, paragraphs=(case.paragraphs[0], sentence, *case.paragraphs[1:]))
    assert _labels(reporting)[sentence] == "body"
