"""Words the attribution rules look for, per language: speech verbs, roles, collective subjects, agency tags.

Kept in one place so a missed pattern is fixed by adding a word, not by touching a rule.
"""
from __future__ import annotations

import re

# --- Russian -------------------------------------------------------------------------------------------
# Past-tense stems take -л/-ла/-ли/-ло; present forms are listed whole.
_RU_PAST = (
    "отмети|подчеркну|заяви|сообщи|сказа|добави|поясни|уточни|напомни|рассказа|замети|указа|доложи|"
    "констатирова|призна|предупреди|резюмирова|ответи|выразил уверенность, что|счита|подытожи|акцентирова внимание на том, что|"
    "объясни|написа|возрази|утвержда|уверя|высказа|прокомментирова|согласи|признава|завери|говори|повтори|повторя|"
    "пообеща|разъясни|заключи|подтверди|допусти|допуска|предположи|прогнозирова|посетова|проинформирова|рассужда|"
    # the imperfective past: "ранее сообщал", "не раз заявлял", "подчеркивала"
    "сообща|заявля|отмеча|подчеркива|рассказыва|объясня|указыва|напомина|поясня|уточня|добавля|отвеча|"
    # recalling aloud: "вспомнил, что первое заседание прошло в 1996 году"
    "вспомни|вспомина|"
    # an announcement made aloud: "«Референдум состоялся», – объявил председатель"
    "объяви"
)
_RU_PRESENT = (
    "считает|считают|говорит|говорят|отмечает|отмечают|подчеркивает|подчеркивают|заявляет|заявляют|"
    "напоминает|напоминают|указывает|указывают|полагает|полагают|уверен|уверена|уверены|убежден|убеждена|"
    "поясняет|добавляет|сообщает|рассказывает|признает|признается|признаётся|признаются|предупреждает|предупреждают|пишет|пишут|объясняет|объясняют|"
    "возражает|возражают|не исключает|не исключают|утверждает|утверждают|уверяет|уверяют|настаивает|настаивают|замечает|"
    "уточняет|констатирует|убеждены|повторяет|повторяют|"
    "надеется|надеются|опасается|опасаются|допускает|допускают|прогнозирует|прогнозируют|подтверждает|подтверждают|"
    "разъясняет|обещает|обещают|признался|призналась|признались|заключает|заключают|резюмирует|резюмируют|рассуждает|рассуждают|"
    "отвечает|отвечают|"
    # an expectation voiced: "Собеседник издания ожидает, что …"
    "ожидает|ожидают"
)
# Formulas of several words, in the forms written ("обратил внимание на то, что", "сошлись во мнении, что").
_RU_FORMULA = (
    r"обратил[аи]?\s+внимание(?:\s+на\s+то)?|обращает\s+внимание(?:\s+на\s+то)?|"
    r"привел[аи]?\s+данные|привёл\s+данные|приводит\s+данные|пришл[аи]\s+к\s+выводу|пришел\s+к\s+выводу|"
    r"сошлись\s+во\s+мнении|сошлись\s+в\s+том|сход(?:ятся|ится)\s+(?:во\s+мнении|в\s+том)|сошелся\s+во\s+мнении|сошлась\s+во\s+мнении|выразил[аи]?\s+мнение|"
    r"выразил[аи]?\s+уверенность|высказал[аи]?\s+мнение|не\s+исключил[аи]?|"
    # one view of a group: "выразили единое мнение, что …", "высказали общее мнение"
    r"(?:выразил|высказал)[аи]?\s+(?:единое|общее|единодушное)\s+мнение|"
    # a reservation made first: "Собеседница сразу оговаривается, что …"
    r"оговарива(?:ется|ются|лся|лась|лись)|оговорил(?:ся|ась|ись)|"
    # agreeing to a view: "Участники согласились, что …"
    r"согласил(?:ся|ась|ись)|соглаша(?:ется|ются|лся|лась|лись)|"
    r"выразил[аи]?\s+(?:надежду|сомнение|опасение)|"
    # a stance, its object the words reported (RU_OBJECT_VERBS): "выразили поддержку проекту"
    r"выразил[аи]?(?=\s+(?:поддержку|несогласие|согласие|озабоченность|обеспокоенность|солидарность|одобрение)\b)|"
    r"выражает\s+(?:надежду|сомнение|опасение|уверенность)|"
    # a view for or against a course, then ", чтобы …": "высказались за то, чтобы …", "выступил против того, чтобы …"
    r"(?:высказал(?:ся|ась|ись)|высказыва(?:ется|ются|лся|лась|лись)|выступил[аи]?|выступа(?:ет|ют|л|ла|ли))\s+"
    r"(?:за\s+то|против\s+того)"
)
RU_VERB = rf"(?:{_RU_FORMULA}|(?:{_RU_PAST})(?:л|ла|ли|ло)|{_RU_PRESENT})"
RU_VERB_RE = re.compile(rf"\b{RU_VERB}\b", re.I)
# After a quote only: the speaker turning to an audience ("«…», – обратился к жителям аким"); before "что"/"чтобы"
# the same words report no speech ("обратился в суд, чтобы …"), so they are not in RU_VERB.
# … and the speaker going on after a quote of the paragraph before: "«…», – продолжает эксперт"
# … and how the words came, after a quote only: "«…», – поделилась студентка", "– улыбается юрист", "– шутит он"
RU_QUOTE_VERB = (
    rf"(?:{RU_VERB}|продолжил[аи]?|продолжает|продолжают|поделил(?:ся|ась|ись)|делится|делятся|"
    r"улыбается|улыбаются|улыбнул(?:ся|ась|ись)|смеется|смеётся|рассмеял(?:ся|ась)|шутит|пошутил[аи]?|обратил(?:ся|ась|ись)\s+к\s+[\w-]+(?:\s+[\w-]+ам)?|обращается\s+к\s+[\w-]+|"
    # … the speaker's name between the verb and whom he turned to: "– обратился Жандосов к собравшимся"
    r"(?:обратил(?:ся|ась|ись)|обращается)(?=\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?\s+к\s+[а-яё-]+\s*[.!]?$))"
)
# Verbs that also report a noun object ("подчеркнул необходимость ...", "заявили о поддержке ...").
# … and a stance expressed: "выразили поддержку проекту", "выразил несогласие с нормой"
RU_OBJECT_VERBS = re.compile(r"^(?:отмети|подчеркну|заяви|указа|констатирова|вырази)(?:л|ла|ли|ло)$|"
                             r"^(?:подчеркивает|отмечает)$", re.I)
# A body reaching a conclusion ("Комиссия пришла к выводу, что …") records its decision, not anyone's words; its members
# doing so ("Члены комиссии пришли к выводу") speak as a group.
# (the same in English and Kazakh: "The Constitutional Commission concluded that …", "комиссия … қорытындыға келді")
RU_BODY_FINDING = re.compile(r"^(?:(?:пришл[аои]?|пришел|пришёл)\s+к\s+выводу|concluded|concludes|"
                             r"(?:пікірге|қорытындыға|тұжырымға)\s+(?:келді|келеді|келген))$", re.I)
RU_OPINION_INTRO = re.compile(r"\bПо\s+(словам|мнению|оценке|оценкам|убеждению|утверждению|информации|прогнозу|прогнозам)\s+", re.I)
RU_PRONOUN_INTRO = re.compile(r"\bПо\s+(его|ее|её|их)\s+(словам|мнению|оценке|оценкам|прогнозу|прогнозам)\s*,\s*", re.I)

# --- Kazakh --------------------------------------------------------------------------------------------
KK_AFTER_QUOTE = (r"(?:деді|дейді|деп\s+атап\s+өтті|деп\s+мәлімдеді|деп\s+айтты|деп\s+түсіндірді|деп\s+қосты|деп\s+пікір\s+білдірді|деп\s+сендірді|деп\s+жазды|деп\s+атап\s+көрсетті|деп\s+түйіндеді|деп\s+санайды|деп\s+есептейді|деп\s+мәлімдеді|деп\s+жауап\s+берді|деп\s+сенеді|деп\s+қорытындылады|деп\s+жазады|деп\s+есептейді|деп\s+ойлайды|деп\s+қосты|деп\s+мәлім\s+етті|деп\s+уәде\s+берді|деп\s+ескертті|деп\s+еске\s+салды|деп\s+растады|деп\s+жалғастырды|деп\s+жалғастырады|"
                  # "деп түйді": summed up
                  r"деп\s+түйді|"
                  # "деп толықтырды": added to what was said ("добавил")
                  r"деп\s+толықтыр(?:ды|ады)|"
                  # how the words came, after a quote only: "– …, – деп күлді ол", "– деп жымиды ұстаз"
                  r"деп\s+күл(?:ді|еді)|деп\s+жыми(?:ды|яды)|"
                  # spoke openly, from the heart ("поделился"): "«…» деп ағынан жарылды"
                  r"деп\s+ағынан\s+жарыл(?:ды|ады)|деп\s+(?:ой|сыр)ын\s+бөлісті|"
                  # said with confidence: "– …, – деп сенім білдірді ол"
                  r"деп\s+сенім\s+білдір(?:ді|еді))")
KK_REPORT_VERB = (
    r"(?:атап\s+өтті|атап\s+көрсетті|айтты|айтады|мәлім\s+етті|мәлімдеді|жеткізді|түсіндірді|хабарлады|"
    r"баса\s+айтты|сенім\s+білдірді|есіне\s+салды|пікірде|санайды|атап\s+өтеді|қосты|"
    r"(?:айтқан|атап\s+өткен|мәлімдеген|жеткізген|хабарлаған|жазған)\s+(?:болатын|еді)|түсіндіреді|мәлімдейді|хабарлайды|"
    r"баяндады|баяндайды|атап\s+көрсетеді|жазады|жазды|сендірді|қорытындылады|түйіндеді|есептейді|сенеді|ойлайды|пайымдайды|болжайды|"
    r"айтқан|мәлімдеген|атап\s+өткен|еске\s+салды|растады|уәде\s+берді|ескертті|ескертеді|мойындады|мойындайды|"
    r"растайды|түйді|"
    # approval of a quality: "сұрақтың қарапайымдылығын құптады" (attribution_kk takes it only with such an object)
    r"құптады|құптайды|"
    # an issue raised: "су тапшылығы мәселесін көтерді" (attribution_kk takes it only with such an object)
    r"көтерді|көтереді)"
)
KK_OPINION_WORDS = r"айтуынша|сөзінше|пікірінше|мәліметінше|дерегінше|пайымдауынша|мәлім\s+етуінше|мәлімдеуінше|хабарлауынша|түсіндіруінше|сөзіне\s+қарағанда"
KK_OPINION = re.compile(rf"({KK_OPINION_WORDS})\s*,\s*")

# --- English -------------------------------------------------------------------------------------------
EN_VERB = (
    r"(?:said|says|noted|notes|stressed|stresses|added|adds|argued|argues|continued|"
    r"told(?:\s+(?:reporters|journalists|lawmakers|members|participants|delegates|the\s+meeting|the\s+\w+|(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}))?|"
    r"wrote|writes|"
    # the words as a statement or an outlet gives them: '"…," the Head of State was quoted as saying'
    r"(?:was|were|is|are)\s+quoted\s+as\s+saying|"
    r"say|note|stress|emphasized|emphasised|underlined|explained|reported|stated|announced|believes|believe|pointed\s+out|points?\s+out|"
    r"warned|cautioned|insisted|claimed|remarked|observed|concluded|assured|promised|acknowledged|admitted|suggested|"
    r"thinks|hopes|expects|predicted|recalled|confirmed|expressed\s+(?:confidence|hope|concern)|reiterated|"
    # an answer to what was said before: "Supporters reply that …", "she countered"
    r"replied|replies|reply|responded|responds|respond|countered|counters|counter|retorted|"
    # a group's shared view: "Participants agreed that …", "Officials insist that …" (with "that" only)
    r"agreed|agree|agrees|insist|insists|"
    # the present of a column or an analysis: "She also warns that …", "he concludes that …"
    r"warns|cautions|concludes|claims|admits|acknowledges|explains|recalls|predicts|"
    # whom the speaker informed, then the clause: "informed the President that …"
    r"informed)"
)
EN_VERB_RE = re.compile(rf"\b{EN_VERB}\b")

# --- roles ---------------------------------------------------------------------------------------------
# Role heads: the word that makes a phrase a role ("заместитель председателя комиссии").
ROLE_HEADS = {
    "ru": r"председател\w*|заместител\w*|глав(?:[аеуы]|ой)|министр\w*|вице-министр\w*|прокурор\w*|депутат\w*|член\w*|"
          r"политолог\w*|эксперт\w*|юрист\w*|президент\w*|доктор\w*|секретар\w*|руководител\w*|спикер\w*|"
          # "акимат" (the administration, "по данным акимата") is no akim
          r"аким(?!ат)\w*|"
          # an official the report named before: "Чиновник ответил, что …" (the plural is a group)
          r"чиновни(?:к|ка|ку|ком|ке|ца|цы|це|цу|цей)|"
          r"посол|посла|судь[яи]|советник\w*|госсоветник\w*|государственн\w+\s+советник\w*|директор\w*|ректор\w*|проректор\w*|профессор\w*|помощник\w*|уполномоченн\w*|"
          r"представител\w*|вице-президент\w*|премьер-министр\w*|конституционалист\w*|сенатор\w*|"
          r"генеральн\w+\s+прокурор\w*|спикер\w*|генпрокурор\w*|автор\w*|собеседни\w*|журналист\w*|"
          r"наблюдател\w*|аналитик\w*|социолог\w*|экономист\w*|правовед\w*|"
          # a role alone written for a person named before: "— сказал декан", "отметил докладчик", "пояснил парламентарий"
          r"вице-председател\w*|декан\w*|докладчик\w*|парламентари[йяюем]\w*|вице-премьер\w*|премьер\w*|адвокат\w*|"
          r"правозащитни\w*|учен(?:ый|ая|ого|ому|ым|ой)|учён(?:ый|ая|ого|ому|ым|ой)|"
          # the clipped deputy: "— сказал замакима", "пояснил замминистра"
          r"замаким\w*|замминистр\w*|замглав\w*|зампред\w*|"
          # a voter or reader in a report: "— сказала пенсионерка", "отметил студент"
          r"пенсионер\w*|студент(?:|ка|ки|ку|кой|а|у|ом)|магистрант(?:|ка|ки|ку|кой|а|у|ом)|докторант(?:|ка|ки|ку|кой|а|у|ом)|учител(?:ь|я|ю|ем|ьница|ьницы)|"
          # … and a teacher by the other word: "– считает педагог" (the plural is a group)
          r"педагог(?:|а|у|ом)|"
          # a visitor the report names before: "— подчеркнула гостья", "отметил гость"
          r"гост(?:ь|я|ю|ем|ья|ьи|ье|ью)|доцент\w*|"
          # a specialist the report has named: "— говорит специалист" (the plural is a group)
          r"специалист(?:|а|у|ом|е|ка|ки|ку|кой)|"
          # a business owner a report names by trade: "Предприниматель признался, что …"
          r"предпринимател(?:ь|я|ю|ем|ьница|ьницы)|"
          # a veteran of a body, as a report calls him after naming him: "— сказал ветеран"
          r"ветеран(?:|а|у|ом)|"
          # … or a villager, by his trade: "— сказал фермер" (the plural is a group)
          r"фермер(?:|а|у|ом|ша|ши|шу|шей)|"
          # a candidate in an election, named before: "Кандидат ответила, что …"
          r"кандидат(?:|а|у|ом|ка|ки|ку|кой)|"
          # a voter a report has named, then called by age or sex: "По словам молодого человека, …", "— сказала
          # девушка" (singular forms only: "девушки", "женщины" may be a group)
          r"молод(?:ой|ого|ому|ым|ом)\s+человек(?:|а|у|ом|е)|девушк(?:а|е|у|ой)|мужчин(?:а|е|у|ой)|женщин(?:а|е|у|ой)|"
          # a press secretary after a quote, named in full before: "– уточнил пресс-секретарь"
          r"пресс-секретар\w*|"
          # a young person or a resident a report has named, called again so: "Девушка считает …", "— говорит
          # мужчина" (the plurals are a group)
          r"девушк(?:а|е|у|ой)|юнош(?:а|е|у|ей)|парень|парн(?:я|ю|ем)|женщин(?:а|е|у|ой)|мужчин(?:а|е|у|ой)",
    # "министрлік" (a ministry) is no minister
    "kk": r"төраға\w*|төрайым\w*|орынбасар\w*|басшы\w*|министр(?!лі)\w*|вице-министр\w*|прокурор\w*|депутат\w*|мүше\w*|"
          # ("өкілеттіктері", powers, is no "өкіл", a representative)
          r"сарапшы\w*|заңгер\w*|құқықтанушы\w*|Президент\w*|докторы|хатшы\w*|ғалым\w*|судья\w*|кеңесші\w*|өкіл(?!етті)\w*|саясаттанушы\w*|"
          # "әкімдік" (an akimat) and "әкімшілік" (an administration) are no akim
          r"профессор\w*|доцент\w*|ректор\w*|проректор\w*|директор\w*|журналист\w*|бақылаушы\w*|"
          # an observer by the other word: "халықаралық байқаушы Марта Новак" (the plural is a group)
          r"байқаушы(?!лар)\w*|"
          r"әкім(?!дік|дігі|шілі)\w*|спикер\w*|автор\w*|"
          r"баяндамашы\w*|декан\w*|парламентші\w*|сенатор\w*|адвокат\w*|"
          r"зейнеткер(?!лер)\w*|студент(?!тер)\w*|мұғалім(?!дер)\w*|"
          # a graduate student, introduced by the degree she studies for: "Академия магистранты Әлия Бекова"
          r"магистрант(?!тар)\w*|докторант(?!тар)\w*|"
          # a teacher by the other word, after naming her "мұғалім": "– дейді ұстаз" (the plural is a group)
          r"ұстаз(?!дар)\w*|"
          # a voter the report has named: "– дейді жас сайлаушы" (the plural "сайлаушылар" is a group)
          r"сайлаушы(?!лар)\w*|"
          # an elder, as a report calls an old man it has named: "– дейді ақсақал"
          r"ақсақал(?!дар)\w*|кәсіпкер(?!лер)\w*|ардагер(?!лер)\w*|кандидат(?!тар)\w*|"
          # a villager a report has named by his trade: "– деді фермер" (the plural is a group)
          r"фермер(?!лер)\w*|"
          # a specialist the report has named: "– дейді маман" (the plural "мамандар" is a group)
          r"маман(?!дар)\w*|"
          # a young person a report has named, called again so: "– дейді жас жігіт", "– дейді бойжеткен"
          r"жігіт(?!тер)\w*|бойжеткен(?!дер)\w*|"
          # the one interviewed, as an interview calls the guest: "Сұхбаттасымыз … деп есептейді" ("собеседник")
          r"сұхбаттас(?:ымыз|ым|ыңыз)",
    "en": r"[Cc]hair(?:man|woman|person)?|[Dd]eputy|[Mm]inister|[Pp]rosecutor|[Pp]resident|[Mm]ember|[Ee]xpert|"
          r"[Ss]cholar|[Ss]ecretary|[Hh]ead|[Ss]peaker|[Aa]mbassador|[Jj]udge|[Aa]dviser|[Aa]dvisor|[Dd]irector|"
          r"[Pp]rofessor|[Aa]nalyst|[Ll]awyer|[Oo]mbudsman|[Ss]enator|[Cc]hief|[Dd]ean|[Rr]ector|[Vv]ice-rector|[Ll]awmaker|[Ll]egislator|"
          r"[Rr]apporteur|[Ss]pokes(?:man|woman|person)|[Rr]esearcher|[Vv]ice-chair(?:man|woman|person)?|[Aa]kim|[Gg]overnor|[Mm]ayor|"
          r"[Pp]ensioner|[Rr]etiree|[Ss]tudent|[Tt]eacher|[Ss]pecialist|"
          # a voter or resident a report has named, called again by his trade: "the retired engineer added"
          r"[Ee]ngineer|[Dd]octor|[Nn]urse|[Ff]armer|[Dd]river|"
          # a commentator a report has named, called again by his discipline: "According to the economist, …"
          r"[Ee]conomist|[Ss]ociologist|[Hh]istorian|"
          r"[Ee]ntrepreneur|[Bb]usiness(?:man|woman)|[Vv]eteran|[Cc]andidate|"
          # a person a report has named, called again by what he is: "the official noted", "the State Counsellor said"
          r"[Oo]fficial|[Cc]ounsell?or|"
          # a person a report has named, called again by age: '"…," the 19-year-old said'
          r"\d{1,3}-year-old",
}
ROLE_HEAD_RE = {lang: re.compile(rf"^(?:{pattern})$", re.I) for lang, pattern in ROLE_HEADS.items()}

# Roles that name the sitting head of state without naming him.
HEAD_OF_STATE = re.compile(
    r"^(?:глав[аеыу]\s+государства|президент[аеуом]*(?:\s+(?:Казахстана|республики\s+Казахстан|РК))?|"
    r"мемлекет\s+басшы(?:сы|сының|сына)?|президент(?:тің|ке|)|"
    r"(?:the\s+)?head\s+of\s+state|(?:the\s+)?president)$",
    re.I,
)
# Equivalent role heads: a later "глава комиссии" refers back to an earlier "председатель комиссии".
ROLE_SYNONYMS = [
    # the speaker of a chamber is its chair: "Спикер Мажилиса" is "Председатель Мажилиса"
    {"председатель", "глава", "руководитель", "төраға", "төрайым", "басшы", "chair", "chairman", "chairwoman", "head",
     "спикер"},
    {"прокурор", "генеральный", "prosecutor"},
    # "*" marks a whole stem: "вице-председатель" is not "вице-президент", "парламентарий" not "парламента"
    {"депутат", "deputy", "парламентари*", "парламентші", "lawmaker", "legislator"},
    {"заместитель", "орынбасар", "вице-председател*", "vice-chair*", "замаким*", "замминистр*", "замглав*", "зампред*"},
    {"декан", "dean"},
    # a vice-rector is no rector: "— деді проректор" is the one named "Университет проректоры"
    {"проректор*", "vice-rector*"},
    {"докладчик", "баяндамашы", "rapporteur"},
    {"министр", "minister", "вице-министр"},
    {"эксперт", "политолог", "юрист", "конституционалист*", "доктор", "профессор", "сарапшы", "ғалым", "заңгер",
     "expert", "scholar", "analyst", "professor", "lawyer", "учен*", "учён*",
     # a political scientist, a sociologist, an economist are the experts a report asks: "— дейді сарапшы"
     "саясаттанушы", "құқықтанушы", "әлеуметтанушы", "социолог", "экономист", "sociologist", "economist",
     # … and so is a specialist: "– дейді маман" after "Заңгер X-тің сөзінше"
     "маман", "специалист*", "specialist",
     # a docent is the scholar a report names by the title alone: "Доцент уверен, что …"
     "доцент"},
    {"адвокат", "lawyer"},
    {"член", "мүше", "member"},
    {"аким", "әкім", "akim", "mayor", "governor"},
    {"сенатор", "senator"},
    {"советник", "госсоветник*", "кеңесші", "adviser", "advisor", "counsellor", "counselor"},
    # people interviewed in the street are named by what they are: "— деді зейнеткер", "сказала пенсионерка"
    {"пенсионер*", "зейнеткер", "pensioner", "retiree", "ақсақал"},
    {"студент*", "student"},
    {"учител*", "педагог", "мұғалім", "ұстаз", "teacher"},
    {"гост*", "guest"},
    {"предпринимател*", "кәсіпкер", "entrepreneur", "businessman", "businesswoman"},
    {"ветеран*", "ардагер", "veteran"},
    {"фермер*", "farmer"},
    {"кандидат", "candidate"},
    {"пресс-секретар*", "spokes*"},
]
# A word for whoever holds a state post ("Чиновник ответил, что …"): any of these roles fits it
ROLE_GENERIC = {"чиновни*": ("председатель", "заместитель", "министр", "аким", "прокурор", "советник")}

# --- collective subjects -------------------------------------------------------------------------------
COLLECTIVE_HEADS = {
    "ru": r"участник\w*|член\w*|депутат\w*|эксперт\w*|скептик\w*|жител\w*|представител\w*|юрист\w*|"
          r"критик\w*|политолог\w*|собравш\w*|спикер\w*|выступающ\w*|выступавш\w*|сторонник\w*|противник\w*|граждан\w*|"
          r"казахстанц\w*|студент\w*|аналитик\w*|ученые|учёные|парламентари\w*|сенатор\w*|наблюдател\w*|избирател\w*|"
          r"экономист\w*|социолог\w*|преподавател\w*|учител\w*|активист\w*|журналист\w*|адвокат\w*|правозащитник\w*|собеседник\w*|читател\w*|"
          r"дипломат\w*|партии|педагог\w*|миссии|коллеги",
    "kk": r"студенттер\w*|бақылаушылар\w*|байқаушылар\w*|сайлаушылар\w*|қатысушылар\w*|депутаттар\w*|сарапшылар\w*|мүшелері\w*|тұрғындар\w*|өкілдері\w*|ғалымдар\w*|заңгерлер\w*|"
          r"экономистер\w*|саясаттанушылар\w*|мұғалімдер\w*|журналистер\w*|белсенділер\w*|"
          r"қолдаушылар\w*|жақтаушылар\w*|сыншылар\w*|қарсыластар\w*|азаматтар\w*|оқырмандар\w*|дипломаттар\w*|"
          r"партиялар\w*|жастар\w*|педагогтар\w*",
    "en": r"participants|members|deputies|experts|critics|residents|representatives|analysts|lawmakers|observers|"
          r"supporters|opponents|skeptics|sceptics|"
          r"speakers|scholars|officials|voters|scientists|economists|lawyers|teachers|students|activists|journalists|"
          r"academics|citizens|delegates|senators|judges|sociologists|researchers|readers|diplomats|envoys|parties|"
          # bodies and officials speaking as a group: "Both missions said", "Rural akims in Akmola region say"
          r"missions|delegations|akims|mayors|educators|"
          # the writer's own circle: "Some of my colleagues argue that …"
          r"colleagues",
}
# A plural collective head takes a plural verb; these forms are plural.
COLLECTIVE_PLURAL_RU = re.compile(r"^(?:участники|члены|депутаты|эксперты|скептики|жители|представители|юристы|критики|"
                                  r"политологи|собравшиеся|спикеры|выступающие|сторонники|противники|граждане|"
                                  r"казахстанцы|студенты|аналитики|ученые|учёные|парламентарии|сенаторы|наблюдатели|избиратели|собеседники|читатели|"
                                  r"дипломаты|партии|педагоги|миссии|коллеги|преподаватели)$", re.I)

# --- the report's own attribution, never a statement ---------------------------------------------------
AGENCY = re.compile(
    r"пресс-служб|передает|передаёт|сообщает\s+(?:Kazinform|Tengrinews|zakon|корреспондент|агентство|пресс)|"
    r"корреспондент|Kazinform|Tengrinews|Informburo|Zakon\.kz|хабарлайды|тілшісі|баспасөз\s+қызметі|"
    r"press\s+service|correspondent|News\s+Agency|reports$|сообщени\w+|данным",
    re.I,
)

PRONOUNS = {
    "ru": {"он": "m", "она": "f", "они": "p", "его": "m", "ее": "f", "её": "f", "их": "p"},
    "kk": {"ол": "?", "оның": "?", "олар": "p", "олардың": "p"},
    "en": {"he": "m", "she": "f", "they": "p", "his": "m", "her": "f", "him": "m", "them": "p", "their": "p"},
}
