"""The reports the labelled pages carry: our own words about the 2026 constitutional reform.

Each article is what a reader would call the main text of the page: the lead, the body paragraphs, the
subheadings and list items inside the body. Headline and publication time are kept apart (gold title, gold date).
Times are Astana local time (UTC+5).
"""

ARTICLES = [
    # ---------------------------------------------------------------- Russian
    dict(
        id="ru-commission-decree", lang="ru", local="2026-01-21T18:40",
        title="Президент подписал указ о создании Конституционной комиссии",
        paras=[
            "Глава государства подписал указ, которым образована Конституционная комиссия. В её состав вошли 130 человек: депутаты, юристы, представители партий, неправительственных организаций и регионов.",
            "Возглавила комиссию председатель Конституционного суда Эльвира Азимова. Заместителями председателя назначены Ерлан Карин и Аида Балаева.",
            "Комиссии поручено подготовить предложения по изменению Основного закона с учётом итогов Национального курултая, прошедшего накануне в Кызылорде.",
            "Как следует из текста указа, рабочим органом комиссии определён аппарат Конституционного суда, а сами заседания будут проходить в Астане.",
            "Эксперты, с которыми поговорила наша редакция, обращают внимание на широкий состав комиссии: по их мнению, это должно придать обсуждению публичный характер.",
        ],
    ),
    dict(
        id="ru-first-session", lang="ru", local="2026-01-24T12:15",
        title="В Астане прошло первое заседание Конституционной комиссии",
        paras=[
            "Конституционная комиссия провела в субботу своё первое заседание. Члены комиссии утвердили регламент работы и обсудили порядок приёма предложений от граждан.",
            "Председатель комиссии Эльвира Азимова напомнила, что в основу работы положены инициативы, озвученные на Национальном курултае в Кызылорде: однопалатный парламент под названием Курултай, Халық Кеңесі и пост вице-президента.",
            "Участники договорились собираться несколько раз в неделю. Уже на следующей неделе намечены заседания, посвящённые структуре парламента и распределению полномочий.",
            "Рабочие группы",
            "Внутри комиссии созданы рабочие группы по отдельным блокам: права и свободы граждан, государственное устройство, судебная система и местное самоуправление.",
            "Каждая группа должна представить свои выводы к концу января, после чего их сведут в единый документ.",
        ],
    ),
    dict(
        id="ru-new-constitution-needed", lang="ru", local="2026-01-29T19:05",
        title="Комиссия пришла к выводу, что стране нужна новая Конституция",
        paras=[
            "На пятом заседании Конституционной комиссии её члены сошлись во мнении, что точечных поправок в действующий Основной закон недостаточно.",
            "Объём предлагаемых изменений оказался настолько большим, что речь фактически идёт о новом тексте Конституции, а не о редакции документа 1995 года.",
            "В течение недели комиссия заседала практически ежедневно: со 26 по 29 января прошли заседания со второго по пятое.",
            "Следующим шагом станет подготовка первого варианта проекта, который планируется вынести на обсуждение уже в ближайшие дни.",
        ],
    ),
    dict(
        id="ru-first-draft", lang="ru", local="2026-01-30T17:30",
        title="Первый проект новой Конституции: преамбула, 11 разделов и 95 статей",
        paras=[
            "На шестом заседании Конституционной комиссии представлен первый проект новой Конституции Казахстана. Документ состоит из преамбулы, одиннадцати разделов и 95 статей.",
            "Проект представил член комиссии Бакыт Нурмуханов. Он подробно остановился на разделах о парламенте и о Халық Кеңесі.",
            "Согласно проекту, высшим представительным органом становится однопалатный Курултай. Отдельный раздел посвящён Қазақстан Халық Кеңесі, ещё один — Конституционному суду.",
            "Что дальше",
            "Проект будет опубликован для всенародного обсуждения. Предложения граждан планируется принимать через портал электронного правительства и систему e-Otinish.",
            "Члены комиссии подчеркнули, что текст не окончательный и может существенно измениться по итогам обсуждения.",
            "Предыдущая Конституция, принятая в 1995 году, содержала преамбулу, девять разделов и 98 статей, к которым со временем добавились вставленные статьи.",
        ],
    ),
    dict(
        id="ru-4000-proposals", lang="ru", local="2026-02-06T15:20",
        title="Граждане направили более 4 тысяч предложений к проекту Конституции",
        paras=[
            "За неделю всенародного обсуждения проекта новой Конституции поступило свыше четырёх тысяч предложений. Об этом сообщили в Конституционной комиссии.",
            "Больше всего замечаний касается разделов о правах и свободах граждан, а также о местном самоуправлении. Многие авторы предлагают уточнить формулировки о социальных гарантиях.",
            "В тот же день Президент встретился с руководством комиссии. Ему доложили о ходе обсуждения и о том, как предложения учитываются в тексте.",
            "Глава государства поручил рассмотреть каждое обращение и публиковать информацию о том, какие предложения приняты.",
            "Приём предложений продолжается. Их можно направить через eGov, e-Otinish или непосредственно на сайт Конституционного суда.",
        ],
    ),
    dict(
        id="ru-referendum-called", lang="ru", local="2026-02-11T21:10",
        title="Референдум по новой Конституции назначен на 15 марта",
        paras=[
            "Конституционная комиссия передала Президенту окончательный вариант проекта Конституции. В тот же день глава государства подписал указ о проведении республиканского референдума.",
            "Голосование состоится 15 марта 2026 года. На референдум выносится вопрос о принятии новой Конституции Республики Казахстан.",
            "Окончательный проект состоит из 11 разделов и 96 статей — на одну статью больше, чем в первом варианте.",
            "Указ и текст проекта будут опубликованы в официальных изданиях. Центральная избирательная комиссия приступает к подготовке голосования.",
            "Изначально референдум планировался на 2027 год, однако сроки были сокращены после Национального курултая.",
        ],
    ),
    dict(
        id="ru-round-table-academy", lang="ru", local="2026-02-27T11:45",
        title="В Академии правоохранительных органов обсудили проект Конституции",
        paras=[
            "В Академии правоохранительных органов при Генеральной прокуратуре прошёл круглый стол, посвящённый проекту новой Конституции.",
            "В мероприятии принял участие Генеральный прокурор Берик Асылов. Участники обсудили, как изменится правовое положение прокуратуры и механизмы защиты прав граждан.",
            "Отдельное внимание уделили восьмому разделу проекта, который объединяет нормы о правосудии, прокуратуре и правозащитных механизмах.",
            "По словам выступавших, новые нормы потребуют пересмотра целого ряда законов, в том числе процессуальных кодексов.",
            "Преподаватели и слушатели академии задали вопросы о сроках принятия конституционных законов после референдума.",
            "Организаторы пообещали подготовить по итогам встречи сборник материалов для практических работников.",
        ],
    ),
    dict(
        id="ru-referendum-results", lang="ru", local="2026-03-16T10:30",
        title="ЦИК объявил предварительные итоги референдума",
        paras=[
            "Председатель Центральной избирательной комиссии Нурлан Абдиров огласил предварительные итоги республиканского референдума 15 марта.",
            "В списки для голосования было включено 12 482 613 граждан. Проголосовали 9 127 192 человека, то есть 73,12 процента.",
            "За принятие новой Конституции высказались 7 954 667 участников голосования, или 87,15 процента. Против проголосовали 898 099 человек.",
            "Недействительными признаны 146 558 бюллетеней.",
            "Окончательные итоги комиссия подведёт после поступления протоколов со всех участков. Наблюдатели серьёзных нарушений, способных повлиять на результат, не зафиксировали.",
        ],
    ),
    dict(
        id="ru-implementation-decree", lang="ru", local="2026-03-17T20:00",
        title="Подписан указ о мерах по реализации новой Конституции",
        paras=[
            "Президент подписал указ о мерах по реализации Конституции, принятой на республиканском референдуме 15 марта 2026 года.",
            "Документ поручает правительству и государственным органам подготовить проекты конституционных законов, без которых новые нормы не смогут заработать.",
            "В числе первоочередных — законы о Курултае, о выборах и о Қазақстан Халық Кеңесі.",
            "Полный текст Конституции будет опубликован в ближайшие дни.",
        ],
    ),
    dict(
        id="ru-in-force", lang="ru", local="2026-07-01T09:00",
        title="Новая Конституция Казахстана вступила в силу",
        paras=[
            "С 1 июля 2026 года в Казахстане действует новая Конституция, одобренная на референдуме в марте.",
            "Одновременно прекращены полномочия Парламента в прежнем составе. Последнее совместное заседание Сената и Мажилиса прошло накануне, 30 июня.",
            "Выборы в однопалатный Курултай назначены на 23 августа. До их проведения законодательные вопросы будут решаться в порядке, предусмотренном переходными положениями.",
            "Переходные положения",
            "Заключительный, одиннадцатый раздел Конституции описывает, как действующие органы продолжают работу до формирования новых.",
            "Юристы отмечают, что в ближайшие месяцы предстоит привести в соответствие с новым Основным законом значительную часть законодательства.",
        ],
    ),
    dict(
        id="ru-kurultai-results", lang="ru", local="2026-08-24T13:25",
        title="Выборы в Курултай: ЦИК назвал предварительные итоги",
        paras=[
            "Центральная избирательная комиссия подвела предварительные итоги первых выборов в Курултай, состоявшихся 23 августа.",
            "По предварительным данным, явка составила 74,19 процента. В списки избирателей было включено 12 605 788 человек.",
            "Курултай станет однопалатным парламентом страны и заменит прежние Сенат и Мажилис.",
            "Окончательные результаты и распределение мандатов будут объявлены после обработки всех протоколов.",
            "Наблюдатели от партий и общественных организаций работали на большинстве участков.",
        ],
    ),
    dict(
        id="ru-explainer-sections", lang="ru", local="2026-02-13T08:00",
        title="Что меняет новая Конституция: разбор по разделам",
        paras=[
            "Окончательный проект Конституции, вынесенный на референдум, состоит из одиннадцати разделов и 96 статей. Мы прошли по каждому разделу и собрали главное.",
            "Раздел I. Основы конституционного строя",
            "Первые одиннадцать статей закрепляют принципы государства: независимость, унитарное устройство, светский характер и верховенство права. Формулировки стали короче, но смысл основных положений сохранён.",
            "Раздел II. Права, свободы и обязанности",
            "Самый объёмный раздел — статьи с 12 по 41. В нём собраны личные, политические и социальные права. Именно к этому разделу граждане направили больше всего предложений во время обсуждения.",
            "Авторы проекта объясняют, что часть норм перенесена из законов в Конституцию, чтобы их нельзя было изменить обычным законом.",
            "Раздел III. Президент",
            "Статьи 42–51 описывают полномочия главы государства. Новым элементом стала должность вице-президента, о которой говорилось ещё на Национальном курултае.",
            "Раздел IV. Курултай",
            "Вместо двухпалатного парламента появляется однопалатный Курултай. Ему посвящены статьи 52–62: порядок избрания, полномочия и законодательный процесс.",
            "На курултае в Кызылорде называлась численность в 145 депутатов.",
            "Раздел V. Правительство",
            "Статьи 63–69 определяют порядок формирования правительства и его ответственность.",
            "Раздел VI. Қазақстан Халық Кеңесі",
            "Статьи 70 и 71 вводят Халық Кеңесі как конституционный орган. Название в тексте приводится на государственном языке.",
            "Раздел VII. Конституционный суд",
            "Статьи 72–75 посвящены Конституционному суду, который в последние годы стал доступен для обращений граждан.",
            "Раздел VIII. Правосудие, прокуратура и правозащитные механизмы",
            "Статьи 76–86 объединяют суды, прокуратуру и институты защиты прав, включая уполномоченного по правам человека.",
            "Раздел IX. Местное государственное управление и самоуправление",
            "Статьи 87–91 касаются акимов, маслихатов и местного самоуправления.",
            "Разделы X и XI",
            "Статьи 92 и 93 устанавливают порядок изменения Конституции, а статьи 94–96 — заключительные и переходные положения, в том числе сроки прекращения полномочий нынешнего Парламента.",
            "Для сравнения: Конституция 1995 года имела девять разделов и 98 пронумерованных статей, к которым после поправок добавлялись статьи с дробными номерами.",
        ],
    ),
    # ---------------------------------------------------------------- Kazakh
    dict(
        id="kk-kurultai-kyzylorda", lang="kk", local="2026-01-20T16:50",
        title="Қызылордада V Ұлттық құрылтай өтті: бір палаталы парламент ұсынылды",
        paras=[
            "Қызылорда қаласында бесінші Ұлттық құрылтай өтті. Мемлекет басшысы парламенттік реформа бойынша нақты ұсыныстар айтты.",
            "Ұсынысқа сәйкес, бір палаталы парламент Құрылтай деп аталады және оның құрамында 145 депутат болады.",
            "Сондай-ақ Халық Кеңесін құру және вице-президент лауазымын енгізу ұсынылды.",
            "Құрылтайға қатысушылар реформаның ел дамуы үшін маңызын талқылады. Сарапшылар бұл өзгерістер Конституцияға елеулі түзетулер енгізуді талап ететінін атап өтті.",
            "Келесі күні Конституциялық комиссия құру туралы жарлыққа қол қойылды.",
        ],
    ),
    dict(
        id="kk-draft-published", lang="kk", local="2026-01-31T10:10",
        title="Жаңа Конституцияның жобасы жалпыхалықтық талқылауға шығарылды",
        paras=[
            "Жаңа Конституцияның алғашқы жобасы жалпыхалықтық талқылау үшін жарияланды. Құжатпен Конституциялық соттың сайтында, eGov порталында және e-Otinish жүйесінде танысуға болады.",
            "Жоба кіріспеден, он бір бөлімнен және 95 баптан тұрады.",
            "Азаматтар өз ұсыныстарын электрондық түрде жібере алады. Әрбір ұсыныс Конституциялық комиссияда қаралады.",
            "Комиссия мүшелерінің айтуынша, талқылау барысында жобаның мәтіні өзгеруі мүмкін.",
        ],
    ),
    dict(
        id="kk-final-draft-egemen", lang="kk", local="2026-02-12T07:30",
        title="Референдум туралы жарлық пен Конституцияның түпкілікті жобасы жарияланды",
        paras=[
            "Республикалық референдум өткізу туралы Жарлық және Конституцияның түпкілікті жобасы ресми басылымдарда жарияланды.",
            "Құжаттар «Егемен Қазақстан» және «Казахстанская правда» газеттерінде, сондай-ақ Конституциялық соттың сайтында жарық көрді.",
            "Түпкілікті жоба он бір бөлімнен және 96 баптан тұрады. Бірінші нұсқамен салыстырғанда бір бап қосылды.",
            "Референдум 15 наурызда өтеді.",
            "Жобаны дайындау кезінде Конституциялық комиссияға бес мыңға жуық ұсыныс түсті. Комиссияның он екінші отырысы соңғы отырыс болды.",
            "Азаматтар жобаның толық мәтінімен газеттерден және интернет арқылы таныса алады.",
        ],
    ),
    dict(
        id="kk-referendum-day", lang="kk", local="2026-03-15T07:05",
        title="Республикалық референдум басталды",
        paras=[
            "Бүгін елімізде жаңа Конституция бойынша республикалық референдум өтіп жатыр. Сайлау учаскелері жергілікті уақыт бойынша таңғы сағат жетіде ашылды.",
            "Азаматтар бір сұраққа жауап береді: жаңа Конституцияны қабылдайсыз ба.",
            "Орталық сайлау комиссиясы дауыс беру барысы туралы ақпаратты күні бойы жариялап отырады.",
            "Учаскелерде бақылаушылар жұмыс істейді. Дауыс беру кешкі сағат жиырмада аяқталады.",
        ],
    ),
    dict(
        id="kk-referendum-results", lang="kk", local="2026-03-16T11:00",
        title="Референдумның алдын ала қорытындысы белгілі болды",
        paras=[
            "Орталық сайлау комиссиясының төрағасы Нұрлан Әбдіров республикалық референдумның алдын ала қорытындысын жариялады.",
            "Дауыс беруге құқығы бар 12 482 613 азаматтың 9 127 192-сі дауыс берді. Бұл 73,12 пайыз.",
            "Жаңа Конституцияны қабылдауды 7 954 667 адам, яғни 87,15 пайыз қолдады. Қарсы дауыс бергендер саны — 898 099.",
            "Жарамсыз деп 146 558 бюллетень танылды.",
            "Түпкілікті қорытынды барлық учаскелердің хаттамалары түскеннен кейін шығарылады.",
        ],
    ),
    dict(
        id="kk-alatau-law", lang="kk", local="2026-05-08T18:20",
        title="Alatau City туралы конституциялық заң қабылданды",
        paras=[
            "Alatau City қаласының ерекше құқықтық режимі туралы конституциялық заңға қол қойылды. Заңның нөмірі — 286-VIII.",
            "Бұл жаңа Конституция қабылданғаннан кейінгі алғашқы конституциялық заңдардың бірі.",
            "Заң қаланы басқарудың және инвесторлармен жұмыс істеудің ерекше тәртібін белгілейді.",
            "Құжаттың мәтіні Әділет ақпараттық-құқықтық жүйесінде жарияланды.",
            "Сарапшылардың пікірінше, заң өңірдің экономикалық дамуына серпін береді.",
        ],
    ),
    dict(
        id="kk-last-joint-sitting", lang="kk", local="2026-06-30T15:40",
        title="Сенат пен Мәжілістің соңғы бірлескен отырысы өтті",
        paras=[
            "Парламент палаталарының соңғы бірлескен отырысы өтті. Ертеңнен бастап жаңа Конституция күшіне енеді.",
            "Отырыста депутаттар бірнеше жыл бойы атқарылған заң шығару жұмысының қорытындысын шығарды.",
            "1 шілдеден бастап қазіргі Парламенттің өкілеттігі тоқтатылады. Бір палаталы Құрылтайға сайлау 23 тамызға белгіленді.",
            "Депутаттар жаңа Құрылтайдың жұмысына сәттілік тіледі.",
        ],
    ),
    dict(
        id="kk-kurultai-election", lang="kk", local="2026-08-23T22:30",
        title="Құрылтай сайлауы: алдын ала дерек бойынша сайлаушылардың 74,19 пайызы дауыс берді",
        paras=[
            "Бір палаталы Құрылтайға алғашқы сайлау өтті. Орталық сайлау комиссиясының алдын ала деректері бойынша сайлауға қатысқандар үлесі 74,19 пайызды құрады.",
            "Сайлаушылар тізіміне 12 605 788 азамат енгізілген.",
            "Сайлаудың алдын ала нәтижелері ертең жарияланады.",
            "Сайлау учаскелерінің басым бөлігінде бақылаушылар болды. Комиссия дауыс беру тәртіппен өткенін хабарлады.",
            "Жаңа Құрылтай бұрынғы Сенат пен Мәжілістің орнына келеді.",
        ],
    ),
    # ---------------------------------------------------------------- English
    dict(
        id="en-address-unicameral", lang="en", local="2025-09-08T14:30",
        title="Tokayev proposes a single-chamber parliament in annual address",
        paras=[
            "President Kassym-Jomart Tokayev used his annual address to Parliament to propose replacing the two-chamber legislature with a single chamber.",
            "He suggested putting the change to a nationwide referendum, which at the time was expected to take place in 2027.",
            "The proposal would end the current split between the Senate and the Mazhilis. Details such as the number of deputies and the name of the new body were left for later discussion.",
            "Analysts in Astana said the move would require substantial amendments to the 1995 Constitution and a broad public debate.",
        ],
    ),
    dict(
        id="en-working-group", lang="en", local="2025-10-08T17:00",
        title="Working group on parliamentary reform set up",
        paras=[
            "An order has created a working group to prepare proposals for parliamentary reform, following the president's annual address in September.",
            "The group went on to hold six meetings. Seven political parties and sixteen organisations sent it written proposals.",
            "Its conclusions fed into the discussions at the National Kurultai in January, where the main parameters of the new parliament were announced.",
        ],
    ),
    dict(
        id="en-first-draft", lang="en", local="2026-01-30T19:45",
        title="First draft of Kazakhstan's new constitution unveiled",
        paras=[
            "The Constitutional Commission presented the first draft of a new constitution at its sixth session on Friday.",
            "The draft has a preamble, eleven sections and 95 articles. Commission member Bakyt Nurmukhanov walked members through the text.",
            "The document creates a single-chamber parliament called the Kurultai, establishes the Halyk Kenesi as a constitutional body and introduces the post of vice-president.",
            "The draft is due to be published on Saturday for a nationwide discussion, with comments accepted through the eGov portal and the e-Otinish system.",
            "The commission, chaired by Constitutional Court chair Elvira Azimova, concluded the day before that amending the 1995 text would not be enough.",
        ],
    ),
    dict(
        id="en-5000-proposals", lang="en", local="2026-02-10T18:10",
        title="Constitutional Commission wraps up after about 5,000 proposals",
        paras=[
            "Kazakhstan's Constitutional Commission has received about 5,000 proposals from citizens on the draft constitution, its members said on Tuesday.",
            "The twelfth session turned out to be the commission's last. Members reviewed the remaining amendments and agreed on the final wording.",
            "Many of the proposals concerned social rights, the status of the Kazakh language and the powers of local government.",
            "The final draft is expected to be handed to the president shortly.",
        ],
    ),
    dict(
        id="en-referendum-called", lang="en", local="2026-02-11T22:40",
        title="Kazakhstan to hold constitutional referendum on March 15",
        paras=[
            "President Tokayev has signed a decree calling a nationwide referendum on a new constitution for March 15.",
            "The decree followed the handover of the final draft by the Constitutional Commission earlier on Wednesday.",
            "The final text has eleven sections and 96 articles, one more than the first draft presented at the end of January.",
            "The decree and the draft are to be published on Thursday in the official newspapers Kazakhstanskaya Pravda and Egemen Qazaqstan and on the Constitutional Court's website.",
            "The vote had originally been pencilled in for 2027, when the president first raised the idea of a single-chamber parliament.",
        ],
    ),
    dict(
        id="en-referendum-results", lang="en", local="2026-03-16T12:00",
        title="Kazakh voters back new constitution, preliminary results show",
        paras=[
            "Voters in Kazakhstan have approved a new constitution, according to preliminary results announced by the Central Election Commission on Monday.",
            "Commission chair Nurlan Abdirov said 9,127,192 of 12,482,613 eligible voters took part, a turnout of 73.12 percent.",
            "A total of 7,954,667 voters, or 87.15 percent, supported the new constitution, while 898,099 voted against. 146,558 ballots were declared invalid.",
            "Final results will be published once all precinct protocols have been processed.",
            "The new constitution replaces the basic law adopted in 1995.",
        ],
    ),
    dict(
        id="en-full-text-published", lang="en", local="2026-03-18T09:30",
        title="Full text of the new constitution published",
        paras=[
            "The full text of the constitution adopted in the March 15 referendum was published on Wednesday in Kazakhstanskaya Pravda.",
            "A day earlier the president signed a decree on measures to implement the new basic law, instructing the government to draft the constitutional laws it requires.",
            "The constitution has eleven sections and 96 articles, covering everything from the foundations of the constitutional order to final and transitional provisions.",
        ],
    ),
    dict(
        id="en-in-force", lang="en", local="2026-07-01T10:15",
        title="Kazakhstan's new constitution takes effect",
        paras=[
            "Kazakhstan's new constitution entered into force on Wednesday, July 1.",
            "The powers of the outgoing two-chamber Parliament ended the same day, after the Senate and the Mazhilis held their last joint sitting on June 30.",
            "Elections to the new single-chamber Kurultai have been set for August 23.",
            "Until then, the final and transitional provisions in the constitution's eleventh section govern how state bodies continue to work.",
            "Lawyers expect a busy autumn as dozens of laws are brought into line with the new text.",
        ],
    ),
    dict(
        id="en-analysis-1995-2026", lang="en", local="2026-03-20T08:45",
        title="From 1995 to 2026: how Kazakhstan's constitution has changed",
        paras=[
            "Kazakhstan has lived under one constitution since 1995. The text adopted in the March 2026 referendum is the first wholesale replacement in more than three decades, and its structure shows how much the political system is expected to change.",
            "A different architecture",
            "The 1995 Constitution had a preamble, nine sections and 98 numbered articles. Over the years it acquired inserted articles: article 94-1 existed before 2022, and the amendments of June 2022 added article 83-1 and article 99.",
            "The 2026 Constitution has eleven sections and 96 articles. The first draft, presented at the end of January, had 95 articles; one more was added during the public discussion.",
            "Parliament",
            "The most visible change is the legislature. The Senate and the Mazhilis give way to a single chamber, the Kurultai, described in articles 52 to 62. The figure of 145 deputies was first mentioned at the National Kurultai in Kyzylorda in January 2026.",
            "Supporters of the reform argue that one chamber will make law-making faster and more transparent. Critics worry that the loss of the upper house removes a layer of review.",
            "New institutions",
            "Two institutions appear for the first time. The post of vice-president is set out in the section on the President, articles 42 to 51. A separate section, articles 70 and 71, is devoted to the Halyk Kenesi, whose name is given in Kazakh in every language version of the text.",
            "The Constitutional Court keeps its own section, articles 72 to 75. Its chair, Elvira Azimova, led the commission that drafted the new text.",
            "Rights and justice",
            "The section on rights, freedoms and duties is the longest, running from article 12 to article 41. It drew the most proposals during the discussion, which collected more than 4,000 submissions in its first week and about 5,000 by the end.",
            "Courts, the prosecution service and human-rights mechanisms are grouped in section VIII, articles 76 to 86. The prosecution service discussed its implications at a round table in February at the Academy of Law Enforcement.",
            "The timetable",
            "The process moved quickly. The president proposed a unicameral parliament in September 2025, with a referendum planned for 2027. After the Kurultai in January the calendar was compressed: a commission of 130 members was created on January 21, the draft was published on January 31, and the referendum was held on March 15.",
            "Turnout in the referendum was 73.12 percent, and 87.15 percent of those who voted supported the new text. The constitution entered into force on July 1, and the first Kurultai election was called for August 23.",
            "What comes next",
            "The new text depends on a series of constitutional laws. The first of them, on the special legal regime of Alatau City, was adopted in May. Laws on the Kurultai and on elections were needed before the August vote.",
            "Whether the new architecture delivers the promised balance between the branches of power will become clear only after the Kurultai has sat for a full term.",
        ],
    ),
    dict(
        id="en-kurultai-election-results", lang="en", local="2026-08-24T16:00",
        title="Preliminary turnout of 74.19% in first Kurultai election",
        paras=[
            "Preliminary turnout in Sunday's election to Kazakhstan's new single-chamber parliament, the Kurultai, was 74.19 percent, the Central Election Commission said on Monday.",
            "There were 12,605,788 registered voters.",
            "The commission said it would publish the final results and the distribution of seats once all protocols had been counted.",
            "The Kurultai replaces the Senate and the Mazhilis, whose powers ended on July 1 when the new constitution took effect.",
        ],
    ),
]

BY_ID = {a["id"]: a for a in ARTICLES}
