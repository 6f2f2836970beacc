"""What surrounds an article on a real news page, in three languages: menus, teasers, comments, footers.

Written by us; the teasers are deliberately about the same reform as the articles, because that is what a
related-news block on a real page holds, and it is what makes leaked boilerplate cost precision.
"""

MENU = {
    "ru": ["Главная", "Политика", "Экономика", "Общество", "Происшествия", "В мире", "Спорт", "Культура", "Технологии",
           "Авто", "Недвижимость", "Здоровье", "Образование", "Мнения", "Интервью", "Фото", "Видео", "Спецпроекты",
           "Конституция-2026", "Референдум", "Астана", "Алматы", "Шымкент", "Регионы", "Курс валют", "Погода",
           "Афиша", "Реклама", "Контакты", "О нас"],
    "kk": ["Басты бет", "Саясат", "Экономика", "Қоғам", "Оқиға", "Әлем", "Спорт", "Мәдениет", "Технология",
           "Денсаулық", "Білім", "Пікір", "Сұхбат", "Фото", "Бейне", "Арнайы жоба", "Жаңа Конституция",
           "Референдум", "Астана", "Алматы", "Шымкент", "Өңірлер", "Валюта бағамы", "Ауа райы", "Жарнама",
           "Байланыс", "Біз туралы"],
    "en": ["Home", "Politics", "Business", "Society", "World", "Sports", "Culture", "Tech", "Opinion",
           "Interviews", "Photo", "Video", "Special projects", "Constitution 2026", "Referendum", "Astana", "Almaty",
           "Regions", "Central Asia", "Energy", "Markets", "Weather", "Advertise", "Contact us", "About"],
}

TEASERS = {
    "ru": [
        "Азимова рассказала, как будут учитываться предложения граждан",
        "Что такое Халық Кеңесі и зачем он нужен: объясняем",
        "Депутаты Мажилиса обсудили сроки принятия конституционных законов",
        "Эксперт: однопалатный парламент ускорит принятие законов",
        "На участках для голосования проверят готовность к референдуму",
        "В Астане прошла встреча членов комиссии со студентами юридических вузов",
        "ЦИК утвердил форму бюллетеня для голосования 15 марта",
        "Курс тенге на 12 февраля: доллар подешевел",
        "Синоптики обещают снег и гололёд на севере страны",
        "В Алматы открыли новую станцию метро",
        "Сборная Казахстана по хоккею вышла в плей-офф",
        "Как проголосовать на референдуме, если вы не по месту прописки",
        "Сколько стоит проведение референдума: данные Минфина",
        "Вице-президент: какие полномочия предусматривает проект",
        "Акимы регионов отчитались о подготовке участков",
        "Маслихаты получат новые полномочия: что изменится на местах",
        "Международные наблюдатели прибыли в Астану",
        "Студенты Кызылорды обсудили итоги Национального курултая",
        "Нурмуханов: раздел о правах граждан стал самым объёмным",
        "Явка на референдуме к полудню превысила 40 процентов",
        "Цены на бензин: что происходит на АЗС",
        "В Шымкенте завершили строительство моста",
    ],
    "kk": [
        "Азимова азаматтардың ұсыныстары қалай ескерілетінін айтты",
        "Халық Кеңесі деген не: түсіндіреміз",
        "Мәжіліс депутаттары конституциялық заңдарды қабылдау мерзімін талқылады",
        "Сарапшы: бір палаталы парламент заң қабылдауды жеделдетеді",
        "Референдумға дайындық: учаскелер тексерілді",
        "ОСК 15 наурыздағы дауыс беруге арналған бюллетень үлгісін бекітті",
        "Теңге бағамы: доллар арзандады",
        "Синоптиктер елдің солтүстігінде қар жауатынын хабарлады",
        "Алматыда метроның жаңа бекеті ашылды",
        "Қазақстан хоккей құрамасы плей-оффқа шықты",
        "Тіркелген жерде болмасаңыз, референдумда қалай дауыс беруге болады",
        "Вице-президенттің өкілеттігі қандай болмақ",
        "Мәслихаттар жаңа өкілеттік алады",
        "Халықаралық бақылаушылар Астанаға келді",
        "Қызылорда студенттері Ұлттық құрылтай қорытындысын талқылады",
        "Тәуелсіздік күніне арналған концерт өтеді",
        "Шымкентте жаңа көпір салынды",
        "Жанармай бағасы: бекеттерде не болып жатыр",
    ],
    "en": [
        "Explainer: what is the Halyk Kenesi?",
        "Azimova says every proposal on the draft will be reviewed",
        "Mazhilis deputies discuss timetable for constitutional laws",
        "Analyst: a single chamber could speed up law-making",
        "Election commission approves referendum ballot design",
        "Tenge firms against the dollar as oil prices rise",
        "Snow and ice expected across northern Kazakhstan",
        "Almaty opens new metro station",
        "How to vote in the referendum away from home",
        "What powers would a vice-president have?",
        "International observers arrive in Astana ahead of vote",
        "Local councils set to gain new powers",
        "Students in Kyzylorda debate Kurultai outcomes",
        "Kazakhstan's hockey team reaches the play-offs",
        "Central Asia's water talks resume in Tashkent",
        "New bridge completed in Shymkent",
        "Fuel prices: what is happening at the pumps",
        "Turnout passes 40 percent by midday, commission says",
    ],
}

# Teaser sentences printed under related headlines (long enough to pass for paragraphs).
LEADS = {
    "ru": [
        "Председатель комиссии пояснила, что каждое обращение регистрируется и рассматривается рабочей группой, а сводная информация публикуется на сайте.",
        "Новый орган будет сформирован из представителей регионов и общественных объединений; рассказываем, как это будет устроено.",
        "Депутаты считают, что до конца года придётся принять не менее десятка конституционных законов.",
        "По мнению политолога, отказ от двух палат упростит процедуру, но потребует новых механизмов контроля.",
        "В избирательных комиссиях проверили списки, оборудование и доступность участков для людей с инвалидностью.",
    ],
    "kk": [
        "Комиссия төрағасы әрбір өтініш тіркеліп, жұмыс тобында қаралатынын түсіндірді.",
        "Жаңа орган өңірлер мен қоғамдық бірлестіктердің өкілдерінен жасақталады.",
        "Депутаттардың пікірінше, жыл соңына дейін ондаған конституциялық заң қабылдану керек.",
        "Сайлау комиссиялары тізімдерді, жабдықты және учаскелердің қолжетімділігін тексерді.",
    ],
    "en": [
        "The commission's chair explained that each submission is registered and reviewed by a working group, with a summary published online.",
        "The new body will bring together representatives of the regions and civil society; here is how it is meant to work.",
        "Deputies expect at least a dozen constitutional laws to be passed before the end of the year.",
        "Election officials checked voter lists, equipment and access for people with disabilities.",
    ],
}

COMMENTS = {
    "ru": [
        ("Марат", "Главное, чтобы новые нормы работали на практике, а не только на бумаге. Посмотрим, как будет через год."),
        ("Гульнара К.", "Читала проект целиком. Раздел о правах граждан действительно стал подробнее, но некоторые формулировки слишком общие."),
        ("Алексей", "А кто-нибудь может объяснить, чем Курултай будет отличаться от Мажилиса, кроме названия?"),
        ("Айдос", "Отправил своё предложение через e-Otinish, пришёл ответ, что оно зарегистрировано. Интересно, учтут ли."),
        ("Наталья", "Сроки очень сжатые. Месяц на обсуждение основного закона — это мало, на мой взгляд."),
        ("Ерлан_86", "Пойду голосовать обязательно, и родителей с собой возьму."),
        ("Гость", "Статья хорошая, но хотелось бы больше мнений юристов, а не только официальных лиц."),
        ("Сауле", "У нас в районе уже вывесили списки избирателей, всё проверила, себя нашла."),
    ],
    "kk": [
        ("Нұрлан", "Ең бастысы, жаңа нормалар қағаз жүзінде қалмай, іс жүзінде жұмыс істесе екен."),
        ("Айгүл", "Жобаны толық оқып шықтым. Азаматтардың құқықтары туралы бөлім жақсы жазылған."),
        ("Бауыржан", "Құрылтайдың Мәжілістен айырмашылығы не, біреу түсіндіріп берсін."),
        ("Гүлмира", "Ұсынысымды e-Otinish арқылы жібердім, тіркелді деген жауап келді."),
        ("Қонақ", "Мақала жақсы, бірақ заңгерлердің пікірі көбірек болса екен."),
        ("Асқар", "Міндетті түрде барып дауыс беремін, ата-анамды да ертіп барамын."),
    ],
    "en": [
        ("Daniyar", "The real test is whether the new rules work in practice. Let's see in a year."),
        ("Emma R.", "I read the whole draft. The rights section is longer, but some of the wording is very general."),
        ("steppe_watcher", "Can anyone explain how the Kurultai will differ from the Mazhilis apart from the name?"),
        ("Aliya", "I sent my proposal through e-Otinish and got a registration number back. Curious whether it counts."),
        ("J. Miller", "A month of public discussion for a whole new constitution seems short to me."),
        ("Guest", "Good piece, but I would have liked more voices from independent lawyers."),
    ],
}

COOKIE = {
    "ru": "Мы используем файлы cookie, чтобы сайт работал корректно и чтобы анализировать посещаемость. Продолжая пользоваться сайтом, вы соглашаетесь с политикой конфиденциальности и использованием файлов cookie.",
    "kk": "Біз сайттың дұрыс жұмыс істеуі және келушілер санын талдау үшін cookie файлдарын пайдаланамыз. Сайтты пайдалануды жалғастыра отырып, сіз құпиялылық саясатымен келісесіз.",
    "en": "We use cookies to make this site work and to understand how it is used. By continuing to browse you agree to our privacy policy and our use of cookies.",
}

FOOTER = {
    "ru": [
        "Сетевое издание зарегистрировано в Министерстве культуры и информации Республики Казахстан. Свидетельство о постановке на учёт выдано в 2019 году.",
        "Все права защищены. При полном или частичном использовании материалов сайта активная гиперссылка на источник обязательна. Мнение редакции может не совпадать с мнением авторов публикаций.",
        "Редакция не несёт ответственности за содержание рекламных материалов и комментариев пользователей. Материалы с пометкой «На правах рекламы» публикуются на коммерческой основе.",
        "Адрес редакции: Астана, проспект Мангилик Ел, 55. Телефон для справок: +7 7172 00 00 00. Электронная почта редакции указана на странице контактов.",
    ],
    "kk": [
        "Желілік басылым Қазақстан Республикасы Мәдениет және ақпарат министрлігінде тіркелген.",
        "Барлық құқық қорғалған. Сайт материалдарын толық немесе ішінара пайдаланғанда дереккөзге белсенді сілтеме беру міндетті. Редакцияның пікірі авторлардың пікірімен сәйкес келмеуі мүмкін.",
        "Редакция жарнамалық материалдар мен пайдаланушылардың пікірлері үшін жауап бермейді.",
        "Редакцияның мекенжайы: Астана, Мәңгілік Ел даңғылы, 55. Анықтама телефоны: +7 7172 00 00 00.",
    ],
    "en": [
        "Registered as an online publication with the Ministry of Culture and Information of the Republic of Kazakhstan.",
        "All rights reserved. Any reproduction of our material, in full or in part, requires an active link to the source. Opinions expressed by contributors do not necessarily reflect the views of the editorial board.",
        "The editors are not responsible for the content of advertisements or readers' comments. Sponsored content is clearly labelled.",
        "Editorial office: 55 Mangilik Yel Avenue, Astana. Phone: +7 7172 00 00 00.",
    ],
}

LABELS = {
    "ru": dict(read_also="Читайте также", related="Новости по теме", most_read="Самое читаемое", comments="Комментарии",
               share="Поделиться", tags="Теги", author="Автор", photo="Фото", subscribe="Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости",
               latest="Последние новости", next="Следующая", prev="Предыдущая", page="Страница", accept="Принять",
               reply="Ответить", leave="Оставить комментарий", partners="Новости партнёров", views="просмотров",
               poll="Пойдёте ли вы на референдум?", poll_opts=["Да", "Нет", "Ещё не решил"], error="Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
               video="Видео", source="Источник", search="Поиск"),
    "kk": dict(read_also="Оқи отырыңыз", related="Тақырыпқа қатысты", most_read="Көп оқылған", comments="Пікірлер",
               share="Бөлісу", tags="Тегтер", author="Авторы", photo="Фото", subscribe="Басты жаңалықтарды бірінші білу үшін Telegram-арнамызға жазылыңыз",
               latest="Соңғы жаңалықтар", next="Келесі", prev="Алдыңғы", page="Бет", accept="Келісемін",
               reply="Жауап беру", leave="Пікір қалдыру", partners="Серіктестер жаңалықтары", views="қаралым",
               poll="Референдумға барасыз ба?", poll_opts=["Иә", "Жоқ", "Әлі шешкен жоқпын"], error="Қате тапсаңыз, мәтінді белгілеп, Ctrl+Enter басыңыз",
               video="Бейне", source="Дереккөз", search="Іздеу"),
    "en": dict(read_also="Read also", related="Related news", most_read="Most read", comments="Comments",
               share="Share", tags="Tags", author="By", photo="Photo", subscribe="Subscribe to our Telegram channel to get the top stories first",
               latest="Latest news", next="Next", prev="Previous", page="Page", accept="Accept",
               reply="Reply", leave="Leave a comment", partners="Partner content", views="views",
               poll="Will you vote in the referendum?", poll_opts=["Yes", "No", "Not decided yet"], error="Spotted a mistake? Select the text and press Ctrl+Enter",
               video="Video", source="Source", search="Search"),
}

MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}

AUTHORS = {"ru": ["Айгерим Садыкова", "Дмитрий Ковалёв", "Асель Жумабаева"],
           "kk": ["Ержан Сейітов", "Дана Оспанова", "Арман Төлеуов"],
           "en": ["Aigerim Sadykova", "Daniel Brooks", "Assel Zhumabayeva"]}
