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
from newsclean.segment import count_words


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
         ("Publicidade", "promo/ad"),
         ("*Com informações da Agência Lusa", "credit_line"),
         ("Atualizado em 04/03/2024 às 11h02", "metadata/date")),
        header=(("Por Mariana Costa", "byline"), ("Publicado em 3 de março de 2024", "metadata/date"),
                ("Tempo de leitura: 2 minutos", "metadata/reading_time")),
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
         ("Ti potrebbero interessare anche", "promo/related"),
         ("Condividi questo articolo", "promo/social"),
         ("Utilizziamo i cookie per migliorare la tua esperienza sul sito.", "boilerplate/cookie"),
         ("Lascia un commento", "boilerplate/comments"),
         ("Questo articolo è stato pubblicato originariamente sul settimanale della valle.", "disclaimer"),
         ("Abbonati al Corriere del Fiume: il primo mese a 1 euro, poi disdici quando vuoi.", "promo/subscription"),
         ("Questo sito utilizza cookie propri e di terze parti per mostrarti pubblicità.", "boilerplate/cookie")),
        header=(("Pubblicato il 3 marzo 2024", "metadata/date"),
                ("Tempo di lettura: 3 minuti", "metadata/reading_time")),
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
         ("Kopiera länk", "promo/social"),
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
         ("編集局がえらんだニュースを、毎朝7時にメールでお届けします。", "promo/newsletter"),
         ("今なら初月無料！スタンダードコースで記事が読み放題", "promo/subscription"),
         ("アクセスランキング", "promo/related"),
         ("ニュースアプリをダウンロード", "promo/app"),
         ("この記事をシェア", "promo/social"),
         ("写真：山田花子", "photo_credit"),
         ("当サイトではクッキーを使用しています。", "boilerplate/cookie"),
         ("記事の無断転載を禁じます。", "disclaimer"),
         ("広告", "promo/ad"),
         ("2024年3月4日 9時30分（山田太郎）", "metadata/date")),
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
         ("24小时热榜", "promo/related"),
         ("下载客户端", "promo/app"),
         ("扫码下载河畔日报APP，随时随地看新闻", "promo/app"),
         ("分享到微信", "promo/social"),
         ("我们使用cookies来改善您的浏览体验。", "boilerplate/cookie"),
         ("版权所有 © 2024 河畔日报", "disclaimer"),
         ("本文为河畔日报原创稿件，未经授权不得转载。", "disclaimer"),
         ("图片来源：河畔日报记者 王晓雯 摄", "photo_credit"),
         ("责任编辑：李静", "credit_line"),
         ("校对：刘洋", "credit_line")),
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
         ("공유하기", "promo/social"),
         ("<저작권자 © 강변일보 무단전재 및 재배포 금지>", "disclaimer"),
         ("광고", "promo/ad")),
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
         ("İlgili Haber", "promo/related"),
         ("Paylaş", "promo/social"),
         ("Irmak Postası'nı Google Haberler'de takip edin", "promo/social"),
         ("Haberin Devamı", "promo/ad"),
         ("Fotoğraf: AA", "photo_credit"),
         ("Irmak Postası Plus aboneleri tüm haberleri reklamsız okuyabilir.", "promo/subscription"),
         ("Haberin hazırlanmasında AA'dan yararlanılmıştır.", "credit_line"),
         ("Son gelişmeler için Irmak Postası WhatsApp kanalına katılın.", "promo/social")),
        header=(("Giriş: 03.03.2024 09:30 | Güncelleme: 03.03.2024 11:05", "metadata/date"),),
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
         ("Chci předplatné", "promo/subscription"),
         ("Čtěte všechny články bez omezení. První měsíc za korunu, pak 129 Kč měsíčně.", "promo/subscription"),
         ("Čtěte také: Povodeň odřízla vesnice", "promo/related"),
         ("Sdílet", "promo/social"),
         ("Sdílet na Facebooku", "promo/social"),
         ("Líbí se vám naše zpravodajství? Podpořte nezávislou regionální žurnalistiku libovolným příspěvkem.",
          "promo/donation"),
         ("Měsíčně", "promo/donation"),
         ("Štítky: přívoz, povodeň", "metadata/tags")),
        header=(("Autor: Jana Dvořáková", "byline"), ("3. března 2024 10:15", "metadata/date")),
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
         ("Bagikan artikel ini", "promo/social"),
         ("Editor: Dewi Lestari", "credit_line"),
         ("Simak berita lainnya di Google News", "promo/social"),
         ("Tag: perahu, banjir, sungai", "metadata/tags"),
         ("SUNGAIPOS.com/ANDI SAPUTRA", "photo_credit"),
         ("ANTARA FOTO/Budi Santoso/abc", "photo_credit"),
         ("SCROLL TO CONTINUE WITH CONTENT", "promo/ad")),
        header=(("Penulis: Andi Saputra", "byline"), ("Minggu, 3 Maret 2024 10:15 WIB", "metadata/date")),
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
         ("Jaa artikkeli", "promo/social"),
         ("Aiheet: lossi, tulva, joki", "metadata/tags")),
    ),
    LanguagePage(
        "uk", "Пором знову курсує річкою після трьох років перерви",
        ("Міська рада у понеділок ухвалила рішення повернути старий пором на річку, який стояв відтоді, як повінь "
         "три зими тому зруйнувала причал, на прохання мешканців обох берегів.",
         "Прихильники проєкту кажуть, що дорога до містечка скоротиться з сорока хвилин до десяти, а міст вище за "
         "течією став небезпечним для велосипедистів.",
         "Пором курсуватиме спочатку з квітня до жовтня, повідомили в міськраді, а другий човен з'явиться, якщо "
         "перший сезон перевищить двадцять тисяч пасажирів."),
        (("Підпишіться на нашу розсилку", "promo/newsletter"),
         ("Підтримайте нас", "promo/donation"),
         ("Оформіть передплату", "promo/subscription"),
         ("Читайте також: Повінь відрізала села", "promo/related"),
         ("Поділитися", "promo/social"),
         ("Ми використовуємо файли cookie, щоб покращити роботу сайту.", "boilerplate/cookie"),
         ("Коментарі", "boilerplate/comments"),
         ("На цьому фото пором біля старого причалу.", "caption"),
         ("Фото: Андрій Шевченко", "photo_credit")),
        header=(("Автор: Олена Коваленко", "byline"), ("Опубліковано: 3 березня 2024, 10:15", "metadata/date")),
    ),
    LanguagePage(
        "bg", "Фериботът отново плава по реката след три години",
        ("Общинският съвет реши в понеделник старият ферибот отново да плава по реката, след като преди три зими "
         "наводнение разруши кея, по молба на жителите от двата бряга.",
         "Привържениците на проекта казват, че пътят до градчето ще се съкрати от четиридесет на десет минути и че "
         "мостът нагоре по реката е станал опасен за колоездачите.",
         "Фериботът ще работи първо от април до октомври, съобщи общината, а втора лодка ще бъде добавена, ако "
         "първият сезон надхвърли двадесет хиляди пътници."),
        (("Абонирайте се за нашия бюлетин", "promo/newsletter"),
         ("Подкрепете ни", "promo/donation"),
         ("Вече сте абонат? Влезте", "promo/subscription"),
         ("Прочетете още: Наводнението откъсна селата", "promo/related"),
         ("Сподели", "promo/social"),
         ("Този сайт използва бисквитки, за да подобри вашето изживяване.", "boilerplate/cookie"),
         ("Коментари", "boilerplate/comments"),
         ("Снимка: Георги Димитров", "photo_credit"),
         ("Абонирайте се за „Речен вестник“ и четете без ограничения.", "promo/subscription")),
        header=(("Автор: Иван Петров", "byline"), ("Публикувано: 3 март 2024, 10:15", "metadata/date")),
    ),
    LanguagePage(
        "hr", "Trajekt ponovno plovi rijekom nakon tri godine",
        ("Gradsko vijeće odlučilo je u ponedjeljak da stari trajekt ponovno plovi rijekom, nakon što je poplava prije "
         "tri zime uništila pristanište, na zahtjev stanovnika obiju obala.",
         "Zagovornici projekta kažu da će se put do gradića skratiti s četrdeset na deset minuta i da je most uzvodno "
         "postao opasan za bicikliste.",
         "Trajekt će najprije ploviti od travnja do listopada, priopćio je grad, a drugi brod stiže ako prva sezona "
         "premaši dvadeset tisuća putnika."),
        (("Prijavite se na naš newsletter", "promo/newsletter"),
         ("Podržite neovisno novinarstvo", "promo/donation"),
         ("Već ste pretplatnik? Prijavite se", "promo/subscription"),
         ("Pročitajte još: Poplava odsjekla sela", "promo/related"),
         ("Podijeli", "promo/social"),
         ("Ova stranica koristi kolačiće kako bi poboljšala vaše iskustvo.", "boilerplate/cookie"),
         ("Komentari", "boilerplate/comments"),
         ("Foto: Marko Kovačević", "photo_credit")),
        header=(("Piše: Ivana Horvat", "byline"), ("Objavljeno: 3. ožujka 2024. u 10:15", "metadata/date")),
    ),
    LanguagePage(
        "sk", "Kompa po troch rokoch opäť premáva cez rieku",
        ("Zastupiteľstvo v pondelok rozhodlo o obnovení starej kompy cez rieku, ktorá stála odvtedy, ako povodeň pred "
         "tromi zimami strhla mólo, na žiadosť obyvateľov oboch brehov.",
         "Zástancovia projektu hovoria, že cesta do mestečka sa skráti zo štyridsiatich minút na desať a most proti "
         "prúdu je pre cyklistov nebezpečný.",
         "Kompa bude najskôr premávať od apríla do októbra, uviedol úrad, a druhá loď pribudne, ak prvá sezóna "
         "prinesie viac ako dvadsaťtisíc cestujúcich."),
        (("Prihláste sa na odber newslettra", "promo/newsletter"),
         ("Podporte nás", "promo/donation"),
         ("Kúpte si predplatné", "promo/subscription"),
         ("Čítajte aj: Povodeň odrezala obce", "promo/related"),
         ("Zdieľať", "promo/social"),
         ("Táto stránka používa súbory cookie na zlepšenie vášho zážitku.", "boilerplate/cookie"),
         ("Diskusia", "boilerplate/comments"),
         ("Foto: Ján Kováč", "photo_credit"),
         ("Za 2,90 eura mesačne získate neobmedzený prístup ku všetkým článkom.", "promo/subscription"),
         ("Článok pokračuje pod reklamou", "promo/ad")),
        header=(("Autor: Peter Novák", "byline"), ("Publikované: 3. marca 2024, 10:15", "metadata/date")),
    ),
    LanguagePage(
        "hu", "Három év után újra jár a komp a folyón",
        ("A képviselő-testület hétfőn úgy döntött, hogy újra elindítja a régi kompot a folyón, amely azóta állt, "
         "hogy három éve egy árvíz elsodorta a stéget, a két part lakóinak kérésére.",
         "A terv támogatói szerint az út a városkáig negyven percről tíz percre rövidül, és a folyón feljebb lévő híd "
         "már veszélyes a kerékpárosok számára.",
         "Az önkormányzat szerint a komp először áprilistól októberig közlekedik, és egy második hajó is érkezik, ha "
         "az első szezonban több mint húszezer utas lesz."),
        (("Iratkozzon fel hírlevelünkre", "promo/newsletter"),
         ("Támogasson minket", "promo/donation"),
         ("Fizessen elő most", "promo/subscription"),
         ("Kapcsolódó cikkek", "promo/related"),
         ("Ossza meg", "promo/social"),
         ("Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.", "boilerplate/cookie"),
         ("Hozzászólások", "boilerplate/comments"),
         ("Fotó: Nagy Péter", "photo_credit"),
         ("Kapcsolódó", "promo/related"),
         ("Támogasd a Folyóparti Hírlapot, hogy továbbra is ott lehessünk, ahol a hír születik.", "promo/donation"),
         ("Egyszeri", "promo/donation"),
         ("Oszd meg a cikket", "promo/social"),
         ("© 2024 Folyóparti Hírlap. Minden jog fenntartva.", "disclaimer")),
        header=(("Írta: Kovács Anna", "byline"), ("Közzétéve: 2024. március 3. 10:15", "metadata/date")),
    ),
    LanguagePage(
        "ro", "Bacul revine pe râu după trei ani",
        ("Consiliul local a aprobat luni revenirea vechiului bac pe râu, oprit de când o inundație a distrus "
         "debarcaderul acum trei ierni, la cererea locuitorilor de pe cele două maluri.",
         "Susținătorii proiectului spun că drumul până în oraș se va scurta de la patruzeci de minute la zece și că "
         "podul din amonte a devenit periculos pentru bicicliști.",
         "Bacul va circula mai întâi din aprilie până în octombrie, a anunțat primăria, iar o a doua ambarcațiune va "
         "veni dacă primul sezon va depăși douăzeci de mii de pasageri."),
        (("Abonează-te la newsletter", "promo/newsletter"),
         ("Susține jurnalismul independent", "promo/donation"),
         ("Ești deja abonat? Autentifică-te", "promo/subscription"),
         ("Citește și: Inundațiile au izolat satele", "promo/related"),
         ("Distribuie", "promo/social"),
         ("Acest site folosește cookie-uri pentru a-ți oferi o experiență mai bună.", "boilerplate/cookie"),
         ("Lasă un comentariu", "boilerplate/comments"),
         ("Sursa foto: Mihai Ionescu", "photo_credit"),
         ("Cu informații de la Agerpres.", "credit_line"),
         ("Descarcă aplicația Râul Azi și primești alertele pe telefon.", "promo/app")),
        header=(("de Andrei Popescu", "byline"), ("Publicat: 3 martie 2024, 10:15", "metadata/date")),
    ),
    LanguagePage(
        "ca", "El transbordador torna a creuar el riu després de tres anys",
        ("El ple municipal va aprovar dilluns el retorn de l'antic transbordador del riu, aturat des que una riuada "
         "va destruir l'embarcador fa tres hiverns, a petició dels veïns de les dues ribes.",
         "Els defensors del projecte diuen que el trajecte fins al poble passarà de quaranta minuts a deu, i que el "
         "pont riu amunt s'ha tornat perillós per als ciclistes.",
         "El transbordador funcionarà primer d'abril a octubre, segons l'ajuntament, i una segona barca arribarà si "
         "la primera temporada supera els vint mil passatgers."),
        (("Subscriu-te al nostre butlletí", "promo/newsletter"),
         ("Fes un donatiu", "promo/donation"),
         ("Aquí no posem murs de pagament. Ho podem fer perquè milers de lectors sostenen un periodisme independent.",
          "promo/donation"),
         ("Cada dia, les notícies que heu de saber a la vostra bústia.", "promo/newsletter"),
         ("En subscriure-us, accepteu la política de privadesa.", "promo/newsletter"),
         ("Ja ets subscriptor? Inicia sessió", "promo/subscription"),
         ("Llegeix també: La riuada deixa els pobles aïllats", "promo/related"),
         ("Comparteix", "promo/social"),
         ("Utilitzem galetes per millorar la teva experiència.", "boilerplate/cookie"),
         ("Deixa un comentari", "boilerplate/comments"),
         ("Foto: Marta Soler", "photo_credit")),
        header=(("Per Jordi Puig", "byline"), ("Publicat el 3 de març de 2024", "metadata/date")),
    ),
    LanguagePage(
        "el", "Το φέρι επιστρέφει στο ποτάμι μετά από τρία χρόνια",
        ("Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα την επιστροφή του παλιού φέρι στο ποτάμι, που είχε σταματήσει "
         "από τότε που μια πλημμύρα κατέστρεψε την αποβάθρα πριν από τρεις χειμώνες, μετά από αίτημα των κατοίκων "
         "των δύο οχθών.",
         "Οι υποστηρικτές του σχεδίου λένε ότι η διαδρομή προς την κωμόπολη θα μειωθεί από σαράντα λεπτά σε δέκα, "
         "και ότι η γέφυρα πιο πάνω στο ποτάμι έχει γίνει επικίνδυνη για τους ποδηλάτες.",
         "Το φέρι θα λειτουργεί αρχικά από τον Απρίλιο έως τον Οκτώβριο, σύμφωνα με τον δήμο, και ένα δεύτερο σκάφος "
         "θα έρθει αν η πρώτη σεζόν ξεπεράσει τους είκοσι χιλιάδες επιβάτες."),
        (("Εγγραφείτε στο newsletter μας", "promo/newsletter"),
         ("Στηρίξτε την ανεξάρτητη δημοσιογραφία", "promo/donation"),
         ("Γίνετε συνδρομητής", "promo/subscription"),
         ("Διαβάστε επίσης: Η πλημμύρα έκλεισε τον δρόμο", "promo/related"),
         ("Κοινοποίηση", "promo/social"),
         ("Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "boilerplate/cookie"),
         ("Σχόλια", "boilerplate/comments"),
         ("Φωτογραφία: Νίκος Γεωργίου", "photo_credit"),
         ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: ΝΕΟΣ ΔΡΟΜΟΣ ΣΤΗΝ ΠΑΡΑΛΙΑ", "promo/related"),
         ("ΣΥΝΔΡΟΜΗ", "promo/subscription"),
         ("Ακολουθήστε το Ποτάμι στο Google News", "promo/social")),
        header=(("Της Ελένης Παππά", "byline"), ("Δημοσίευση: 3 Μαρτίου 2024, 10:15", "metadata/date")),
    ),
    LanguagePage(
        "vi", "Phà trở lại trên sông sau ba năm",
        ("Hội đồng thành phố hôm thứ Hai đã quyết định đưa chiếc phà cũ trở lại hoạt động trên sông, vốn ngừng chạy "
         "từ khi một trận lũ phá hỏng bến phà ba mùa đông trước, theo đề nghị của người dân hai bờ.",
         "Những người ủng hộ dự án cho biết quãng đường đến thị trấn sẽ giảm từ bốn mươi phút xuống còn mười phút, "
         "và cây cầu ở thượng nguồn đã trở nên nguy hiểm cho người đi xe đạp.",
         "Theo chính quyền thành phố, phà sẽ chạy trước từ tháng Tư đến tháng Mười, và một chiếc thuyền thứ hai sẽ "
         "được bổ sung nếu mùa đầu tiên có hơn hai mươi nghìn hành khách."),
        (("Đăng ký nhận bản tin", "promo/newsletter"),
         ("Ủng hộ chúng tôi", "promo/donation"),
         ("Mua gói thành viên để đọc tiếp", "promo/subscription"),
         ("Tin liên quan", "promo/related"),
         ("Xem nhiều", "promo/related"),
         ("Tải ứng dụng Báo Bờ Sông", "promo/app"),
         ("Chia sẻ bài viết", "promo/social"),
         ("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", "boilerplate/cookie"),
         ("Gửi bình luận", "boilerplate/comments"),
         ("Ảnh: Trần Hùng", "photo_credit")),
        header=(("Tác giả: Nguyễn Minh Anh", "byline"), ("Chủ nhật, 3/3/2024, 10:15 (GMT+7)", "metadata/date")),
    ),
    LanguagePage(
        "ar", "العبّارة تعود إلى النهر بعد ثلاث سنوات",
        ("وافق المجلس البلدي يوم الاثنين على إعادة العبّارة القديمة التي كانت تعبر النهر، والتي توقفت منذ أن دمّر "
         "فيضان الرصيف قبل ثلاثة فصول شتاء، وذلك بناءً على طلب سكان الضفتين.",
         "ويقول المؤيدون للمشروع إن الرحلة إلى البلدة ستنخفض من أربعين دقيقة إلى عشر دقائق، وإن الجسر الواقع في "
         "أعلى النهر أصبح خطيراً على راكبي الدراجات.",
         "وقالت البلدية إن العبّارة ستعمل أولاً من أبريل إلى أكتوبر، وإن قارباً ثانياً سيصل إذا تجاوز عدد الركاب في "
         "الموسم الأول عشرين ألف راكب."),
        (("اشترك في النشرة البريدية", "promo/newsletter"),
         ("ادعم صحافتنا المستقلة", "promo/donation"),
         ("اشترك الآن", "promo/subscription"),
         ("اقرأ أيضاً: فيضان يقطع الطريق إلى القرى", "promo/related"),
         ("شارك المقال", "promo/social"),
         ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.", "boilerplate/cookie"),
         ("أضف تعليقاً", "boilerplate/comments"),
         ("تصوير: محمد علي", "photo_credit"),
         ("جميع الحقوق محفوظة © 2024 النهر اليوم", "disclaimer"),
         ("الثلاثاء 05-03-2024 14:35", "metadata/date")),
        header=(("بقلم: أحمد المصري", "byline"), ("نشر في 3 مارس 2024", "metadata/date")),
    ),
    LanguagePage(
        "fa", "بازگشت قایق به رودخانه پس از سه سال",
        ("شورای شهر روز دوشنبه تصمیم گرفت که قایق قدیمی رودخانه را دوباره راه‌اندازی کند؛ قایقی که از زمانی که سیل "
         "سه زمستان پیش اسکله را ویران کرد متوقف مانده بود و ساکنان دو سوی رودخانه خواهان بازگشت آن بودند.",
         "حامیان این طرح می‌گویند مسیر تا شهرک از چهل دقیقه به ده دقیقه کاهش می‌یابد و پل بالادست برای "
         "دوچرخه‌سواران خطرناک شده است.",
         "به گفته شهرداری، قایق ابتدا از فروردین تا مهر کار خواهد کرد و اگر شمار مسافران در فصل نخست از بیست هزار "
         "نفر بگذرد، قایق دوم نیز اضافه می‌شود."),
        (("در خبرنامه ما عضو شوید", "promo/newsletter"),
         ("از ما حمایت کنید", "promo/donation"),
         ("مشترک شوید", "promo/subscription"),
         ("بیشتر بخوانید: سیل راه روستاها را بست", "promo/related"),
         ("اشتراک‌گذاری", "promo/social"),
         ("این وب‌سایت از کوکی‌ها برای بهبود تجربه شما استفاده می‌کند.", "boilerplate/cookie"),
         ("نظرات", "boilerplate/comments"),
         ("عکس: علی رضایی", "photo_credit"),
         ("انتهای پیام/", "boilerplate/other")),
        header=(("نویسنده: مریم احمدی", "byline"), ("تاریخ انتشار: ۱۳ اسفند ۱۴۰۲", "metadata/date")),
    ),
    LanguagePage(
        "he", "המעבורת חוזרת לשוט בנהר אחרי שלוש שנים",
        ("מועצת העיר אישרה ביום שני את החזרת המעבורת הישנה לנהר, שעמדה מאז שהצפה הרסה את המזח לפני שלושה חורפים, "
         "לבקשת התושבים של שתי הגדות.",
         "תומכי התוכנית אומרים שהנסיעה לעיירה תתקצר מארבעים דקות לעשר, ושהגשר במעלה הנהר הפך למסוכן לרוכבי "
         "אופניים.",
         "לדברי העירייה, המעבורת תפעל תחילה מאפריל עד אוקטובר, וסירה שנייה תגיע אם מספר הנוסעים בעונה הראשונה יעלה "
         "על עשרים אלף."),
        (("הירשמו לניוזלטר שלנו", "promo/newsletter"),
         ("תמכו בנו", "promo/donation"),
         ("רכשו מינוי דיגיטלי", "promo/subscription"),
         ("קראו גם: ההצפה ניתקה את הכפרים", "promo/related"),
         ("שתפו את הכתבה", "promo/social"),
         ("אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.", "boilerplate/cookie"),
         ("הוסיפו תגובה", "boilerplate/comments"),
         ("צילום: דני לוי", "photo_credit"),
         ("בהכנת הכתבה השתתפה מיכל לוי", "credit_line"),
         ("מינוי דיגיטלי ב-4.90 ₪ לחודש הראשון", "promo/subscription")),
        header=(("מאת יעל כהן", "byline"), ("פורסם: 3 במרץ 2024", "metadata/date")),
    ),
    LanguagePage(
        "hi", "तीन साल बाद नदी पर फिर चलेगी नाव",
        ("नगर परिषद ने सोमवार को नदी पर पुरानी नाव सेवा फिर से शुरू करने का फैसला किया, जो तीन साल पहले बाढ़ में घाट "
         "बह जाने के बाद से बंद थी, और यह फैसला दोनों किनारों के निवासियों की मांग पर लिया गया।",
         "योजना के समर्थकों का कहना है कि कस्बे तक का सफर चालीस मिनट से घटकर दस मिनट रह जाएगा, और ऊपर की ओर बना "
         "पुल साइकिल चलाने वालों के लिए खतरनाक हो गया है।",
         "नगर परिषद के अनुसार नाव पहले अप्रैल से अक्टूबर तक चलेगी, और अगर पहले मौसम में बीस हजार से ज्यादा यात्री "
         "आए तो दूसरी नाव भी लाई जाएगी।"),
        (("हमारे न्यूज़लेटर के लिए साइन अप करें", "promo/newsletter"),
         ("हमारी पत्रकारिता का समर्थन करें", "promo/donation"),
         ("अभी सब्सक्राइब करें", "promo/subscription"),
         ("यह भी पढ़ें: बाढ़ से गांवों का संपर्क कटा", "promo/related"),
         ("देश-दुनिया की ताजा खबरों के लिए डाउनलोड करें नदी किनारा ऐप", "promo/app"),
         ("शेयर करें", "promo/social"),
         ("हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।", "boilerplate/cookie"),
         ("टिप्पणी करें", "boilerplate/comments"),
         ("फोटो: अमित कुमार", "photo_credit"),
         ("सिर्फ ₹49 प्रति माह में सभी लेख पढ़ें", "promo/subscription")),
        header=(("लेखक: राहुल शर्मा", "byline"), ("प्रकाशित: 3 मार्च 2024, 10:15", "metadata/date")),
    ),
    # Macedonian shares its short words with Bulgarian and Serbian: read as Bulgarian, its own phrases would
    # never apply.
    LanguagePage(
        "mk", "Фериботот повторно ќе плови по реката",
        ("Општинскиот совет во понеделникот одлучи стариот ферибот повторно да плови по реката, откако три зими "
         "стоеше поради поплавата што го урна пристаништето, на барање на жителите од двата брега.",
         "Поддржувачите на проектот велат дека патот до градот ќе се скрати од четириесет на десет минути, а "
         "мостот што е погоре по реката стана опасен за велосипедистите.",
         "Фериботот ќе сообраќа од април до октомври, соопшти општината, а втор брод ќе се купи ако во првата "
         "сезона се превезат повеќе од дваесет илјади патници."),
        (("Прочитајте и: Поплавата го урна пристаништето", "promo/related"),
         ("Независното новинарство чини. Поддржете не со месечен придонес.", "promo/donation")),
        header=(("Текст: Марија Николовска", "byline"), ("03.03.2024, 10:15", "metadata/date")),
    ),
    # Azerbaijani, like Turkish, joins its particles to words; without its own common words a page declared
    # az was read as Croatian.
    LanguagePage(
        "az", "Bərə üç ildən sonra yenidən çayda işləyəcək",
        ("Bələdiyyə şurası bazar ertəsi günü qərar verib ki, üç il əvvəl daşqın körpünü dağıtdıqdan sonra "
         "dayanan köhnə bərə iki sahildə yaşayan sakinlərin xahişi ilə yenidən işə düşəcək.",
         "Layihənin tərəfdarları deyirlər ki, şəhərə gedən yol qırx dəqiqədən on dəqiqəyə qədər qısalacaq və "
         "yuxarıdakı körpü velosipedçilər üçün təhlükəli olub.",
         "Bələdiyyəyə görə bərə əvvəlcə apreldən oktyabra kimi işləyəcək, ilk mövsümdə iyirmi mindən çox sərnişin "
         "olarsa, daha bir qayıq alınacaq."),
        (("Oxu: Daşqın körpünü dağıtdı", "promo/related"),
         ("Fotolar: Nurlan Əliyev", "photo_credit")),
    ),
    # Estonian shares "ja", "on", "ei" and "oli" with Finnish: its own common words keep it from being read
    # as Finnish, whose phrases would then apply instead of its own.
    LanguagePage(
        "et", "Praam hakkab jälle üle jõe sõitma",
        ("Vallavolikogu otsustas esmaspäeval, et vana praam hakkab jälle üle jõe sõitma, kuigi see seisis "
         "kolm talve pärast seda, kui suurvesi lõhkus kai, ning elanikud mõlemal kaldal taotlesid seda kaua.",
         "Projekti toetajad ütlevad, et sõit alevisse lüheneb neljakümnelt minutilt kümnele ja et ülesvoolu asuv "
         "sild muutus jalgratturitele ohtlikuks, mida ka vald juba ammu teab.",
         "Praam sõidab esialgu aprillist oktoobrini, teatas vald, ning teine paat tuleb juurde siis, kui "
         "esimesel hooajal sõidab sellega üle kahekümne tuhande reisija."),
        (("Loe ka: Suurvesi jättis kaks küla elektrita", "promo/related"),
         ("Jõeäärse Teataja uudised on nüüd ka Telegramis. Liitu meie kanaliga ja saa olulisemad lood kohe kätte.",
          "promo/social"),
         ("Kas tead praamist rohkem? Kirjuta meile aadressil vihje@joeteataja.ee.", "promo/other"),
         ("Artikkel jätkub pärast reklaami", "promo/ad"),
         ("Kõik Jõeäärse Teataja uudised on nüüd mobiilirakenduses. Laadi see alla!", "promo/app")),
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
NEIGHBOURS = [("da", "nb"), ("nb", "da"), ("pt", "es"), ("it", "es"), ("ja", "zh"), ("sk", "cs"), ("ca", "es"),
              ("bg", "ru")]


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


# The name after the byline label; Arabic, Hebrew, Persian and Hindi names have no capitals and are known by
# the label ("بقلم:", "מאת", "نویسنده:", "लेखक:").
BYLINE_NAMES = [("uk", "Олена Коваленко"), ("bg", "Иван Петров"), ("hr", "Ivana Horvat"), ("sk", "Peter Novák"),
                ("hu", "Kovács Anna"), ("ro", "Andrei Popescu"), ("ca", "Jordi Puig"), ("vi", "Nguyễn Minh Anh"),
                ("cs", "Jana Dvořáková"), ("id", "Andi Saputra"),
                ("ar", "أحمد المصري"), ("fa", "مریم احمدی"), ("he", "יעל כהן"), ("hi", "राहुल शर्मा")]


@pytest.mark.parametrize(("lang", "name"), BYLINE_NAMES, ids=[lang for lang, _ in BYLINE_NAMES])
def test_the_byline_names_the_author(lang: str, name: str) -> None:
    case = next(c for c in PAGES if c.lang == lang)
    assert newsclean.clean(_page(case), options=newsclean.Options(outlet_rules=False)).authors == (name,)


# A bare name in the author markup, unlabelled: in scripts without capitals only the markup tells it from any
# other words. A desk ("編集部"), a role label ("著者") or a katakana word alone ("イラスト") names nobody.
MARKUP_NAMES = [("ar", "أحمد المصري"), ("he", "יעל כהן"), ("ja", "小暮 ひさの"), ("zh", "李明远"), ("ko", "김민수")]
NO_NAMES = [("desk", "編集部"), ("label", "著者"), ("katakana-word", "イラスト")]


def _with_author_box(case: LanguagePage, name: str) -> str:
    return _page(replace(case, header=())).replace("</h1>", f'</h1><div class="author">{name}</div>', 1)


@pytest.mark.parametrize(("lang", "name"), MARKUP_NAMES, ids=[lang for lang, _ in MARKUP_NAMES])
def test_a_bare_name_in_author_markup_without_capitals_is_the_byline(lang: str, name: str) -> None:
    case = next(c for c in PAGES if c.lang == lang)
    article = newsclean.clean(_with_author_box(case, name), options=newsclean.Options(outlet_rules=False))
    assert [b.text for b in article.bylines] == [name]
    assert article.authors == (name,)


@pytest.mark.parametrize(("kind", "word"), NO_NAMES, ids=[kind for kind, _ in NO_NAMES])
def test_a_desk_or_role_word_in_author_markup_is_no_author(kind: str, word: str) -> None:
    case = next(c for c in PAGES if c.lang == "ja")
    article = newsclean.clean(_with_author_box(case, word), options=newsclean.Options(outlet_rules=False))
    assert word not in [b.text for b in article.bylines] and article.authors == ()


# Short sentences of reporting that open with a word the promo phrases use ("subscription", "paid members"):
# inside the article they stay body.
REPORTING = [
    ("nl", "Abonnementen op de veerpont worden volgend jaar duurder."),
    ("pt", "Assinar o contrato com o estaleiro levou três meses."),
    ("tr", "Abonelik ücretleri gelecek ay yüzde on artacak."),
    ("cs", "Předplatné jízdenek se od března zdraží."),
    ("cs", "Síťová jízdenka bude stát 550 Kč měsíčně."),
    ("id", "Langganan listrik warga naik sepuluh persen."),
    ("it", "Abbonamento ai treni più caro da aprile."),
    ("ja", "有料会員の数は昨年の二倍に増えた。"),
    ("zh", "付费会员的数量比去年增加了一倍。"),
    ("ko", "유료 회원 수는 지난해보다 두 배 늘었다."),
    ("id", "Donasi warga mencapai dua miliar rupiah."),
    ("uk", "Передплата на міський транспорт подорожчає з квітня."),
    ("uk", "Пожертви мешканців сягнули мільйона гривень."),
    ("bg", "Абонаментът за градския транспорт поскъпва от април."),
    ("bg", "Даренията на жителите достигнаха сто хиляди лева."),
    ("hr", "Pretplata na gradski prijevoz poskupljuje od travnja."),
    ("hr", "Donacije građana dosegle su milijun kuna."),
    ("sk", "Predplatné cestovných lístkov zdražie od marca."),
    ("sk", "Dary obyvateľov dosiahli milión eur."),
    ("hu", "Előfizetés nélkül is lehet utazni a kompon."),
    ("hu", "Az adományok összege elérte a tízmillió forintot."),
    ("ro", "Abonamentul lunar la autobuz se scumpește din aprilie."),
    ("ro", "Donațiile localnicilor au ajuns la un milion de lei."),
    ("ca", "Subscripcions al transport públic més cares a l'abril."),
    ("ca", "Donatius dels veïns arriben als cent mil euros."),
    ("el", "Η συνδρομή στο δημοτικό κολυμβητήριο αυξάνεται από τον Απρίλιο."),
    ("el", "Οι δωρεές των κατοίκων έφτασαν τις δέκα χιλιάδες ευρώ."),
    ("vi", "Thuê bao điện thoại di động tăng mười phần trăm trong năm nay."),
    ("vi", "Ủng hộ của người dân cho vùng lũ đạt hai tỷ đồng."),
    ("vi", "Đăng ký xe máy mới tăng mạnh trong tháng Hai."),
    ("ar", "الاشتراك الشهري في الحافلات سيرتفع في أبريل."),
    ("ar", "التبرعات للمستشفى بلغت مليون دينار."),
    ("ar", "اشترك في المؤتمر أكثر من مئة صحفي."),
    ("fa", "اشتراک اینترنت خانگی از ماه آینده گران می‌شود."),
    ("fa", "کمک‌های مردمی به ده میلیارد تومان رسید."),
    ("he", "המינוי החודשי לתחבורה הציבורית יתייקר באפריל."),
    ("he", "תרומות התושבים הגיעו למיליון שקלים."),
    ("hi", "सदस्यता शुल्क अगले महीने से दस प्रतिशत बढ़ेगा।"),
    ("hi", "दान की राशि दो करोड़ रुपये तक पहुंच गई।"),
    # verbs and phrases the calls share with reports: 'took part in', 'to support', 'reads', 'receives',
    # 'for season-ticket holders only', 'more about this (was told by)'
    ("ar", "اشترك في إعداد النشرة الجوية خبراء من ثلاث دول."),
    ("uk", "Підтримати законопроєкт вирішили двісті п'ятдесят депутатів."),
    ("uk", "Детальніше про це розповів мер міста."),
    ("ro", "Citește și scrie fluent doar jumătate dintre elevi."),
    ("ro", "Reducere doar pentru abonați la transportul public."),
    ("ca", "L'ajuntament rep el butlletí oficial cada dilluns."),
    ("he", "המשחק ייפתח למנויים בלבד בשל הביקוש."),
]


@pytest.mark.parametrize(("lang", "sentence"), REPORTING, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(REPORTING)])
def test_a_report_opening_with_a_promo_word_stays_body(lang: str, sentence: str) -> None:
    case = next(c for c in PAGES if c.lang == lang)
    reporting = replace(case, paragraphs=(case.paragraphs[0], sentence, *case.paragraphs[1:]))
    assert _labels(reporting)[sentence] == "body"


def test_a_japanese_caption_ends_with_its_credit_in_full_width_parentheses() -> None:
    html = ('<html lang="ja"><body><article><h1>渡し船が運航再開へ</h1><figure><img src="a.jpg"><figcaption>'
            "整備が進む渡し船＝23日、川辺市（写真：共同）</figcaption></figure>"
            + "".join(f"<p>{p}</p>" for p in next(c for c in PAGES if c.lang == "ja").paragraphs)
            + "</article></body></html>")
    labels = {b.text: str(b.role) for b in newsclean.clean(html).blocks}
    assert labels["（写真：共同）"] == "photo_credit"
    assert labels["整備が進む渡し船＝23日、川辺市"] == "caption"


def test_a_korean_caption_ends_with_its_credit_in_brackets() -> None:
    korean = next(c for c in PAGES if c.lang == "ko")
    caption = "(강변=강변일보) 나룻배가 새 선착장에 정박해 있다. 2024.3.3"
    credit = "[강변시 제공. 재판매 및 DB 금지]"
    html = (f'<html lang="ko"><body><article><h1>{korean.headline}</h1><div>송고시간2024-03-03 10:15</div>'
            f"<p>{caption} {credit}</p>" + "".join(f"<p>{p}</p>" for p in korean.paragraphs)
            + "</article></body></html>")
    article = newsclean.clean(html, options=newsclean.Options(outlet_rules=False))
    labels = {b.text: str(b.role) for b in article.blocks}
    assert (labels[caption], labels[credit]) == ("caption", "photo_credit")
    assert (article.published or "")[:10] == "2024-03-03"


@pytest.mark.parametrize("lang", ["sv", "cs"])
def test_a_text_label_before_the_name_is_no_part_of_it(lang: str) -> None:
    case = next(c for c in PAGES if c.lang == lang)
    labelled = replace(case, header=(("Text: Elin Bergqvist", "byline"),))
    assert newsclean.clean(_page(labelled), options=newsclean.Options(outlet_rules=False)).authors == (
        "Elin Bergqvist",)


def test_a_turkish_text_is_told_by_its_words_and_dates_it_day_first() -> None:
    turkish = next(c for c in PAGES if c.lang == "tr")
    text = "\n\n".join([turkish.headline, "Elif Kaya - ESKİŞEHİR", "Giriş: 04.03.2024 09:30", *turkish.paragraphs,
                         "Projeye göre hat yıl sonunda tamamlanacak, ancak belediye ayrıca yeni duraklar için "
                         "yüzde 20 ek bütçe istedi."])
    article = newsclean.clean(text)
    assert (article.language, article.published, article.authors) == ("tr", "2024-03-04T09:30:00", ("Elif Kaya",))


@pytest.mark.parametrize(("lang", "caption", "credit"), [
    ("vi", "Xe cộ lưu thông trên cầu trong buổi sáng đầu tiên.", "Ảnh: Trần Hùng"),
    ("fi", "Lossi rantautuu uuteen laituriin maanantaina.", "Kuva: Timo Heikkilä / JS"),
])
def test_a_caption_ends_with_its_labelled_credit_in_a_figure(lang: str, caption: str, credit: str) -> None:
    case = next(c for c in PAGES if c.lang == lang)
    html = (f'<html lang="{lang}"><body><article><h1>{case.headline}</h1><figure><img src="a.jpg"><figcaption>'
            f"{caption} {credit}</figcaption></figure>" + "".join(f"<p>{p}</p>" for p in case.paragraphs)
            + "</article></body></html>")
    labels = {b.text: str(b.role) for b in newsclean.clean(html).blocks}
    assert (labels[caption], labels[credit]) == ("caption", "photo_credit")


def test_a_chinese_reporter_line_names_each_reporter() -> None:
    chinese = next(c for c in PAGES if c.lang == "zh")
    html = (f'<html lang="zh"><body><article><h1>{chinese.headline}</h1><p class="author">河畔日报记者 王晓雯 林嘉</p>'
            + "".join(f"<p>{p}</p>" for p in chinese.paragraphs) + "</article></body></html>")
    assert newsclean.clean(html).authors == ("王晓雯", "林嘉")


def test_words_of_scripts_that_space_phrases_not_words_are_counted_from_their_characters() -> None:
    # A Thai paragraph spaces its phrases: 95 characters in 3 pieces are about 21 words, not 3, so a paragraph
    # reads as prose and a caption as short. Chinese counts two characters a word; spaced scripts their words.
    thai = "นางบุญเรือนเล่าว่าฝุ่นหินเกาะหลังคาบ้านทุกวัน น้ำซับที่เคยใช้ก็แห้งลง ชาวบ้านจึงต้องซื้อน้ำดื่ม"
    thai_letters = len(thai) - 2  # the two spaces
    assert count_words(thai) == 3 + thai_letters // 5
    assert count_words("今回の事件のように、商標権侵害になります。") == 10
    assert count_words("Rain returns to the valley") == 5
