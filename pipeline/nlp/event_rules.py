"""Words that say an event happened, per language and event type (the fifteen types of the dataset).

Order matters only for reading: every trigger found in a document's lead is kept, then `events.py` decides.
Background and future mentions ("указ о проведении референдума 15 марта") are not triggers: the patterns
ask for the verb of the event happening, not the noun alone.
"""
from __future__ import annotations

import re

EVENT_TYPES = (
    "address", "decree", "working_group", "commission_meeting", "publication", "public_discussion", "round_table",
    "briefing", "meeting", "parliament_session", "referendum", "election", "results", "law_signed", "other",
)

# Proposals or a draft sent to the President, with nobody received (a hand-over in person is a `meeting`): "its
# proposals were submitted to President X", "предложения группы направлены Главе государства", "ұсыныстар Мемлекет
# басшысына жолданды"
_SENT_TO_PRESIDENT = {
    "en": r"\b(?:proposals|recommendations|amendments|draft)\s+(?:[\w-]+\s+){0,4}?"
          r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:submitted|sent|forwarded)\s+to\s+(?:the\s+)?"
          r"(?:President|Head\s+of\s+State)\b",
    "ru": r"(?:предложени|рекомендаци|поправк|проект)\w*\s+(?:[\w-]+\s+){0,4}?(?:был[аио]?\s+)?"
          r"(?:направлен|внесен|отправлен)\w*\s+(?:[\w-]+\s+){0,2}?(?:Главе\s+государства|Президенту)\b",
    "kk": r"(?:ұсыныс|түзету|жоба)\w*\s+(?:[\w-]+\s+){0,4}?(?:Мемлекет\s+басшысына|Президентке)\s+"
          r"(?:жолданды|жіберілді|ұсынылды)\b",
}
# the working people an official meets to explain the reform, as residents: "встретился с работниками комбината" (the
# word taken whole, so that a body after it, "работниками министерства", is seen)
_RU_WORKING_PEOPLE = r"работник\w*+(?!\s+(?:аппарат|министерств|ведомств|акимат|комисси|Мажилис|Сенат|Парламент))|трудов\w+\s+коллектив|горожан|сельчан|пенсионер|горняк|шахт[её]р|металлург|нефтяник|учител|педагог|фермер|врач"
# (nor a working group of the commission: "заседание рабочей группы комиссии" is the group's)
_RU_GAP = r"(?:(?!брифинг|пресс-конференц|встреч|форум|кругл\w*\s+стол|слушани|Послани|рабоч\w*\s+групп)[^.,;]){0,40}?"
_RU = {
    "address": r"Послани\w*\s+(?:народу|Главы\s+государства|Президента)|с\s+(?:ежегодным\s+)?Послани\w+|"
               r"обращени\w*\s+к\s+(?:народу|казахстанцам|гражданам|нации)|обратил(?:ся|ась)\s+к\s+(?:народу|казахстанцам|гражданам|нации)",
    # the object first is common too: "Указ Глава государства подписал в среду"
    "decree": r"подписал\w*\s+(?:[А-Яа-яё]+\s+){0,2}[Уу]каз|[Уу]каз\w*\s+(?:[а-яё]+\s+){0,2}подписан|"
              # the participle before its noun, with its day: "Подписанный накануне указ назначает голосование"
              r"\bподписанн\w+\s+(?:[\w-]+\s+){0,3}?указ|"
              # … or a relative clause after it: "во исполнение указа, который Президент подписал во вторник"
              r"[Уу]каз\w*,\s+котор\w+\s+(?:[\w-]+\s+){0,4}?подписал(?:а|и)?\b|"
              # … with what it is on and who signed it between, in one clause: "Указ о проведении референдума 15
              # марта 2026 года Президент Касым-Жомарт Токаев подписал вчера"
              r"[Уу]каз\s+(?:[\w-]+\s+){0,12}?подписал(?:а|и)?\b|"
              # an order signed by its signer, whatever it sets up: "подписал распоряжение о создании рабочей группы"
              # (the group it sets up is part of the trigger, no event of its own; in the passive, "Распоряжение о
              # создании группы подписано", the group formed is the news)
              r"подписал(?:а|и)?\s+(?:[А-Яа-яё]+\s+){0,2}распоряжени[ея]\b"
              r"(?:\s+о\s+(?:создании|образовании)\s+(?:[\w-]+\s+)?рабоч\w+\s+групп\w*)?|"
              # the order first, then its signer, in one clause: "Распоряжение о создании группы Президент подписал в
              # среду"; the decree's title in quotes may stand between: "Указ «О проведении референдума» … подписал"
              r"[Рр]аспоряжени[ея]\s+(?:[\w-]+\s+){0,12}?подписал(?:а|и)?\b|"
              r"[Уу]каз\s+«[^«»]{1,150}»\s+(?:[\w-]+\s+){0,6}?подписал(?:а|и)?\b|"
              # a body formed or a person appointed by the decree, told in the passive: "Указом Главы государства
              # образована комиссия", "Совет создан указом Президента"
              # (the short form only: "комиссии, созданной указом …" describes the body, a decree of before)
              r"[Уу]казом\s+(?:[\w-]+\s+){0,3}?(?:образован|создан|сформирован|учрежден|назначен)(?:а|о|ы)?\b|"
              r"(?:образован|создан|сформирован|учрежден|назначен)(?:а|о|ы)?\s+(?:[\w-]+\s+){0,2}?[Уу]казом\b|"
              # … the long form too when the decree has its day: "комиссии, образованной вчерашним Указом" is news
              r"(?:образованн|созданн|сформированн|учрежденн|учреждённ)\w*\s+(?:вчерашним|позавчерашним|"
              r"сегодняшним)\s+[Уу]казом\b|"
              # the decree first, then its signer in a relative clause: "указ о мерах …, который Президент подписал во
              # вторник"
              r"[Уу]каз\s+(?:[\w-]+\s+){0,8}?[\w-]+,\s+котор(?:ый|ого)\s+(?:[\w-]+\s+){0,3}?подписал(?:а|и)?\b|"
              # … or by an order whose day of signing follows in a participle: "Группа создана распоряжением акима,
              # подписанным в понедельник" (an order named with "от 8 октября" is where the body comes from)
              r"(?:образован|создан|сформирован|учрежден)(?:а|о|ы)?\s+(?:[\w-]+\s+){0,2}?(?:[Уу]казом|распоряжением)\s+"
              r"(?:[\w-]+\s+){0,3}?[\w-]+,\s+подписанн\w+",
    "law_signed": r"подписал\w*\s+(?:[А-Яа-яё]+\s+){0,3}закон|закон\w*\s+(?:\w+\s+){0,2}подписан|"
                  r"[Зз]акон\s+(?:[\w-]+\s+){0,5}?подписал(?:а|и)?\b",
    "working_group": r"(?:создан\w*|заседани\w+)\s+рабоч\w+\s+групп|"
                     # the group sitting, whoever's it is: "Рабочая группа комиссии по … провела первое заседание",
                     # "Накануне заседала рабочая группа по разделу …"
                     r"рабоч\w+\s+групп[аы]\s+(?:[\w-]+\s+){0,8}?провела\s+(?:[\w-]+\s+){0,3}?заседани\w*|"
                     r"\bзаседал[аи]\s+(?:[\w-]+\s+){0,2}?рабоч\w+\s+групп|рабоч\w+\s+групп[аы]\s+(?:[\w-]+\s+){0,2}?заседал[аи]\b|\bсоздан[аы]?\s+[\w-]+\s+рабоч\w+\s+групп|рабоч\w+\s+групп\w*\s+(?:создана|провела|собрал(?:ась|ись))|"
                     # the verb first: "Вечером впервые собрались рабочие группы"
                     r"\bсобрал(?:ась|ись)\s+(?:[\w-]+\s+){0,2}?рабоч\w+\s+групп|"
                     # the group finishing its work: "текст согласовала рабочая группа", "рабочая группа одобрила поправки"
                     r"(?:согласовал|одобрил|утвердил|доработал|завершил)[аи]?\s+(?:[\w-]+\s+){0,4}?рабоч\w+\s+групп[аы]\b|"
                     r"рабоч\w+\s+групп[аы]\s+(?:[\w-]+\s+){0,5}?(?:согласовал|одобрил|утвердил|доработал|завершил|рассмотрел)[аи]?\b|"
                     # whatever the group is for, within its clause: "Рабочая группа по подготовке предложений … создана"
                     r"рабоч\w+\s+групп[аы]\s+(?:по|для)\s+[^.,;]{1,120}?\s+(?:создана|сформирована|образована)\b",
    # the Constitutional Commission (or "the commission"), not the Central Election Commission
    # the words between stay in the clause and name no other event ("комиссии провел брифинг … после заседания")
    "commission_meeting": r"заседани\w*" + _RU_GAP + r"(?<!избирательной\s)комисси|(?<!избирательная\s)комисси\w*" + _RU_GAP + r"заседани|"
                          # the Constitutional Commission decides at a sitting: "одобрила итоговый вариант проекта"
                          r"Конституционн\w+\s+комисси\w*\s+(?:[\w-]+\s+){0,2}?(?:одобрил|утвердил|рассмотрел|обсудил|приняла)\w*|"
                          # the commission named before, at work on a day: "Позавчера, 28 января, комиссия обсуждала главу"
                          r"(?<![\w-])комиссия\s+(?:обсуждала|обсудила|рассматривала|рассмотрела)\s+(?:глав|раздел|стать|проект|вопрос)|"
                          # … holding it, its ordinals set off by commas: "комиссия провела двенадцатое, заключительное заседание"
                          r"(?<![\w-])(?<!избирательная\s)комиссия\s+(?:(?:в|во)\s+[\w-]+\s+)?провела\s+(?:[\w-]+,?\s+){0,3}?заседани|"
                          # its members deciding together: "члены комиссии рассмотрели первые предложения граждан"
                          r"\b[Чч]лены\s+(?:Конституционн\w+\s+)?комиссии\s+(?:рассмотрели|обсудили|одобрили|утвердили)\b",
    # "публикуются указ и проект", "текст публикуется в номере", "текст был напечатан в «Казахстанской правде»"
    "publication": r"опубликован(?:а|о|ы)?\b|публику(?:е|ю)тся|напечатан(?:а|о|ы)?\s+(?:[\w-]+\s+){0,2}?в\s+(?:газете\s+)?«|обнародован(?:а|о|ы)?\b|размещен(?:а|о|ы)?\s+на\s+(?:\w+\s+)?(?:портале|сайте)|"
                   # the participle opening its sentence with its day: "Опубликованный в субботу проект собрал отклики"
                   r"(?:^|,\s+)[Оо]публикованн(?:ый|ая|ое|ые)\s+(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|"
                   r"субботу|воскресенье)\b|"
                   # … with its day between: "Текст размещен в субботу на сайте суда"
                   r"размещен(?:а|о|ы)?\s+в\s+\w+\s+на\s+(?:\w+\s+)?(?:портале|сайте)|"
                   # the active voice: "проект разместили на сайте", "газета публикует полный текст"
                   r"размести(?:л|ла|ли)\s+(?:[\w-]+\s+){0,3}?на\s+(?:\w+\s+)?(?:портале|сайте)|\bпублику(?:ет|ют)\b|\bопубликовал(?:а|и)?\b|"
                   r"вынесен(?:а|о|ы)?\s+на\s+(?:\w+\s+)?обсуждение",
    # "Накануне на V Национальном курултае Глава государства предложил ...": a day just past, at the Kurultai
    "public_discussion": r"(?:заседани\w*|прош\w+|состоял\w*|открыл\w*|выступил\w*\s+на)\s+(?:\w+\s+){0,2}Национальн\w+\s+курулта\w*|"
                         r"\b(?:[Нн]акануне|[Вв]чера)\s+на\s+(?:[\w-]+\s+){0,2}Национальн\w+\s+курулта\w*|"
                         r"Национальн\w+\s+курулта\w*\s+(?:прош|состоял|открыл)|"
                         # "Национального курултая, прошедшего во вторник" (or ", который прошел 20 января"): set off after it, with the
                         # day it took place (without a day the Kurultai is only named, as what the work follows)
                         r"Национальн\w+\s+курулта\w*,\s+(?:прошедш\w*|состоявш\w*|котор\w+\s+(?:прош[её]л|состоялся))\s+(?:накануне|вчера|(?:в|во)\s+"
                         r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|\d{1,2}\s+[а-я]+)|"
                         r"встретил\w*\s+со?\s+(?:[\w-]+\s+)?(?:жител|представител\w+\s+общественност|общественност|студент|курсант|магистрант|слушател|учащ|молод[её]ж|избирател|" + _RU_WORKING_PEOPLE + r")|"
                         r"общественн\w+\s+слушани|публичн\w+\s+слушани|\bфорум\w*|"
                         # who met the public may stand between, in the genitive: "встреча членов областной
                         # разъяснительной группы с жителями"
                         r"встреч\w+\s+(?:[\w-]+\s+){0,7}?со?\s+(?:жител|избирател|населени|общественност|студент|курсант|магистрант|слушател|учащ|молод[её]ж|"
                         # … or a workforce: "разъяснительная встреча с работниками предприятия"
                         + _RU_WORKING_PEOPLE + r")|"
                         r"обсудил[аи]?\s+(?:[\w-]+\s+){0,4}?с\s+(?:представител\w+\s+)?(?:жител|избирател|населени|общественност)|"
                         # the public as the subject after the verb: "Послание обсудили представители общественности и студенты"
                         r"обсудили\s+(?:[\w-]+\s+){0,3}?(?:жители|избиратели|представители\s+общественн|общественность|студенты|"
                         r"горожане|сельчане|молод[её]жь)|"
                         # residents first: "прошла встреча жителей города с разъяснительной группой"
                         r"встреч\w+\s+(?:жител|избирател|студент|курсант|магистрант|учащ|молод[её]ж|общественност)\w*\s+(?:[\w-]+\s+){0,3}?со?\s|"
                         # the official answering the public's questions: "ответил на вопросы студентов"
                         r"ответил[аи]?\s+на\s+(?:[\w-]+\s+)?вопросы\s+(?:жител|избирател|студент|курсант|магистрант|учащ|молод[её]ж)|"
                         # a meeting held to explain, as "түсіндіру жиыны өтті": "В среду разъяснительная встреча прошла в …"
                         r"разъяснительн\w+\s+встреч\w*\s+(?:[\w-]+\s+){0,3}?(?:прошл|состоял)\w*|"
                         r"(?:прошл|состоял)\w*\s+(?:[\w-]+\s+){0,3}?разъяснительн\w+\s+встреч",
    "round_table": r"кругл\w+\s+стол",
    "briefing": r"брифинг\w*|пресс-конференци\w*",
    # the one received: a role, a body's leaders or members, a delegation, a mission ("принял руководство комиссии",
    # "принял членов миссии"), or a name; not "принял закон", "принял участие", "принял решение"
    "meeting": r"\bпринял\w*\s+(?:председател|министр|заместител|делегаци|посл|руководител|руководств|глав|член|депутат|"
               r"аким|наблюдател|мисси|сопредседател|[А-ЯЁ])|"
               r"\bпринял\w*\s+(?:в|во)\s+[А-ЯЁ]\w+\s+(?:председател|министр|заместител|делегаци|посл|руководител|руководств|глав)|"
               r"встретил\w*\s+со?\s+(?!(?:[\w-]+\s+)?(?:жител|представител\w+\s+общественност|общественност|студент|курсант|магистрант|слушател|учащ|молод[её]ж|избирател|" + _RU_WORKING_PEOPLE + r"))|"
               r"провел\w*\s+(?:[\w-]+\s+){0,2}?встречу\s+со?\s+(?!жител|студент|курсант|магистрант|слушател|учащ|молод[её]ж|избирател|"
               + _RU_WORKING_PEOPLE + r")|"
               r"провел\w*\s+(?:\w+\s+)?переговоры\s+с|"
               # a working meeting with officials: "провел совещание с акимами районов"
               r"провел\w*\s+(?:[\w-]+\s+){0,2}?совещани\w*\s+со?\s|"
               # a text handed to the President in person: "передала Главе государства окончательный проект"
               r"(?:передал|вручил|представил)\w*\s+(?:[\w-]+\s+){0,3}?(?:Главе\s+государства|Президенту|"
               # … or the President by name: "вручила Касым-Жомарту Токаеву текст"
               r"(?:Касым-Жомарту\s+)?Токаеву)\b|"
               # … or in person to "him", the one just named: "В тот же день председатель комиссии вручила ему итоговый
               # текст" ("комиссия передала ему текст" is a text sent, with nobody received)
               r"вручил\w*\s+ему\s+(?:[\w-]+\s+){0,2}?(?:текст|проект|доклад|документ|предложени|поправк)|"
               # the noun: "состоялась встреча Главы государства с председателем …"
               r"встреч[аеиу]\s+(?:Главы\s+государства|Президента|Премьер-министра|[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)\s+со?\s+"
               r"(?!жител|избирател|населени|общественност|студент|курсант|магистрант|слушател|учащ|молод[её]ж|представител\w+\s+общественност)",
    # the chambers, the Parliament or (from July 2026) the Kurultai, not the National Kurultai (a public forum)
    "parliament_session": r"(?:Сенат\w*|Мажилис\w*|палат\w*|Парламент\w*|(?<!Национального\s)(?<!Национальный\s)Курулта\w+)[^.]{0,60}?"
                          r"(?:собрал\w*\s+на|провел\w*|провели|пров[её]л)\s+[^.]{0,80}?(?:заседани|сесси)|"
                          r"совместн\w+\s+заседани\w+\s+(?:палат|Сената|Мажилиса|Парламента|депутатов)|"
                          r"(?:Сенат\w*|Мажилис\w*|палат\w*|Парламент\w*)[^.]{0,40}?совместн\w+\s+заседани|"
                          r"заседани\w+\s+(?:Мажилиса|Сената|Парламента|палат|(?<!Национального\s)Курултая)|пленарн\w+\s+заседани|"
                          r"сесси\w+\s+(?:Парламента|Мажилиса|Сената|Курултая)\s+(?:открыл|завершил|прош|состоял)|"
                          # … with the verb first: "Вчера открылась первая сессия Курултая"
                          r"(?:открыл(?:ась|ись)|завершил(?:ась|ись)|состоял(?:ась|ись)|прошл[аи])\s+(?:[\w-]+\s+){0,2}?"
                          r"сесси\w+\s+(?:Парламента|Мажилиса|Сената|(?<!Национального\s)Курултая)\b|"
                          # a chamber passing a law sits to do it: "Мажилис одобрил в первом чтении закон"
                          r"(?:Сенат|Мажилис|Парламент|(?<!Национальный\s)Курултай)\s+(?:[\w-]+\s+){0,3}?(?:одобрил|принял|утвердил)\w*\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:закон|поправк|проект)|"
                          # "депутаты Мажилиса одобрили закон", "сенаторы приняли поправки"
                          r"(?:депутаты|сенаторы|парламентарии)\s+(?:(?:Мажилиса|Сената|Парламента|Курултая)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:одобрили|приняли|утвердили)\s+(?:[\w-]+\s+){0,4}?(?:закон|поправк|проект)",
    "referendum": r"(?:воскресн|субботн)\w+\s+референдум|"
                  r"(?:завершилось|началось|стартовало|открылось|идет|идёт)\s+голосовани\w+\s+(?:на\s+)?(?:\w+\s+){0,2}референдум|(?:проходит|проходил|прошел|прошёл|состоялся|состоявш\w+|прошедш\w+)\s+(?:[а-яё]+\s+){0,2}референдум|"
                  r"[Рр]еферендум\w*\s+(?:[\w\d]+\s+){0,5}(?:прошел|прошёл|состоялся|проходит)|"
                  # the people taking part: "Вчера жители области приняли участие в референдуме"
                  r"(?:приняли|принимали)\s+участие\s+в\s+(?:[\w-]+\s+){0,3}?референдум|"
                  # the day itself, in the present: "граждане решают на республиканском референдуме", "открылись участки
                  # для голосования на референдуме"
                  r"\b(?:[Гг]раждане|[Ии]збиратели|[Кк]азахстанцы|[Жж]ители)\s+(?:[\w-]+\s+){0,2}?(?:решают|голосуют)\s+"
                  r"на\s+(?:[\w-]+\s+){0,2}?референдум|"
                  r"открыл(?:ись|ось)\s+(?:[\w-]+\s+){0,2}?участк\w*\s+для\s+голосования\s+на\s+(?:[\w-]+\s+){0,2}?референдум",
    "election": r"(?:завершилось|началось|стартовало|открылось|идет|идёт)\s+голосовани\w+\s+(?:на\s+)?(?:\w+\s+){0,2}выбор|"
                r"(?:состоявш\w+|прошедш\w+)\s+(?:\w+\s+){0,2}выбор\w*|выбор\w*\s+(?:\w+\s+){0,2}(?:состоялись|прошли|проходят)|"
                r"(?:выбирали|избирали|избрали|голосовали\s+за)\s+(?:\w+\s+){0,2}(?:депутат|парламент\b|Курултай\b|Мажилис\b)|"
                # the voting day told in the present: "В воскресенье страна выбирает депутатов"
                r"\b(?:выбирает|выбирают|избирает|избирают)\s+(?:\w+\s+){0,2}депутат|"
                # "Казахстан избрал новый парламент"
                r"\b(?:избрал|избрала|выбрал|выбрала)\s+(?:[\w-]+\s+){0,3}?(?:парламент|Курултай|Мажилис)|(?:прошли|состоялись|проходят)\s+(?:[\w-]+\s+){0,2}?выборы",
    "results": r"итог\w*\s+(?:\w+\s+)?(?:референдума|выборов|голосования)|(?:предварительн|окончательн)\w+\s+итог|"
               r"результат\w*\s+(?:\w+\s+)?(?:референдума|выборов|голосования)|"
               r"(?:предварительн|окончательн|официальн)\w+\s+результат|"
               # the share for the question, told by the body counting the votes: "ЦИК сообщила, что 62%
               # проголосовавших поддержали проект" (turnout alone is the vote's day)
               r"(?:ЦИК|ЦРК|(?:избирательн|референдумн)\w+\s+комисси\w*)[^.]{0,80}?(?:сообщил|объявил)\w*[^.]{0,30}?"
               r",\s+что\s+[^.]{0,30}?[\d.,]+\s*(?:процент\w*|%)\s+[^.]{0,60}?"
               r"(?:поддержал|проголосовал\w*\s+(?:за|против))",
    # … or the election commission registering the party lists or candidates: "ЦИК завершил регистрацию партийных списков"
    # an exhibition opened: "в библиотеке открылась выставка"
    # the present of coming into force only with today told: "С сегодняшнего дня, когда вступает в силу новая
    # Конституция, …" ("вступает в силу через десять дней" is a rule for later)
    "other": r"\b(?:сегодня|сегодняшнего\s+дня)\b[^.]{0,40}?\bвступа(?:ет|ют)\s+в\s+силу|"
             r"\bвступа(?:ет|ют)\s+в\s+силу\s+(?:[\w-]+\s+){0,3}?сегодня\b|"
             r"открыл\w*\s+(?:[\w-]+\s+){0,3}?выставк|выставк\w*\s+(?:[\w-]+\s+){0,3}?открыл\w*|вступил\w*\s+в\s+силу(?!\s+со\s+дня\s+(?:его\s+|ее\s+|её\s+)?подписания)|(?<![\w-])в\s+силу\s+вступил\w*(?!\s+со\s+дня\s+(?:его\s+|ее\s+|её\s+)?подписания)|" + _SENT_TO_PRESIDENT["ru"] + "|"
             # the body running the vote approving the ballot or the count's protocol: "ЦИК утвердила форму протокола",
             # "утвердила текст бюллетеня" (no other body sets them)
             r"утвердил\w*\s+(?:форм\w*|текст\w*|образ\w*)\s+(?:[\w-]+\s+)?(?:бюллетен|протокол)|"
             # a service for citizens started: "министерство запустило горячую линию", "запустил бесплатный номер"
             r"\bзапустил[аио]?\s+(?:[\w-]+\s+){0,3}?(?:горяч\w+\s+лини|номер|колл-центр|call-центр)\w*|"
             # an official inspecting the polling stations before the vote: "проверил готовность избирательных участков"
             r"(?:проверил|осмотрел)\w*\s+(?:готовность\s+)?(?:[\w-]+\s+){0,3}?(?:избирательн\w+|референдумн\w+)\s+участк|"
             # … the stations named before, by the commission's members: "проверили готовность участков в двух районах"
             r"(?:проверил|осмотрел)\w*\s+готовность\s+участк|"
             r"(?:завершил|закончил|провел|пров[её]л)\w*\s+регистраци\w+\s+(?:[\w-]+\s+)?"
             r"(?:списк|кандидат)|зарегистрировал\w*\s+(?:[\w-]+\s+){0,3}?(?:партийн\w+\s+)?списк|"
             r"(?:партийн\w+\s+)?списк\w+\s+(?:[\w-]+\s+){0,3}?(?:были\s+)?зарегистрирован\w*|"
             # a regional council's session: not the Parliament's, nor a forum with the public
             r"маслихат\w*\s+(?:[\w-]+\s+){0,3}?(?:провел|пров[её]л|собрал)\w*\s+(?:[\w-]+\s+){0,2}?сесси|"
             r"сесси\w+\s+(?:[\w-]+\s+){0,2}?маслихат\w*\s+(?:прош|состоял|открыл)|"
             # a candidate registered: "зарегистрированная окружной избирательной комиссией кандидатом в депутаты"
             r"зарегистрирован\w*\s+(?:[\w-]+\s+){0,4}?кандидат(?:ом|ами)\b|"
             # a televised debate: no forum, hearing or meeting with citizens ("прошли дебаты о проекте")
             r"(?:прошли|состоялись)\s+(?:[\w-]+\s+){0,2}?(?:теле)?дебаты|(?:теле)?дебаты\s+(?:[\w-]+\s+){0,4}?"
             r"(?:прошли|состоялись)|"
             # a public office opened: "в областном центре открылась общественная приемная маслихата"
             r"\bоткрыл(?:ась|ся)\s+(?:[\w-]+\s+){0,2}?(?:приемная|приёмная|центр|офис)\b|"
             r"(?:приемная|приёмная|центр|офис)\s+(?:[\w-]+\s+){0,3}?открыл(?:ась|ся)\b",
}
# words of manner or place between a vote and its verb: a locative or instrumental ("елімізде", "түрде",
# "белсенділікпен"), or an adverb ("тыныш", "сәтті"); a noun in the nominative would be another subject
_KK_ADVERBIALS = (r"(?:(?:[\w-]+(?:да|де|та|те|нда|нде|мен|пен|бен)|бүкіл|барлық|тыныш|сәтті|табысты|бейбіт|қалыпты|"
                  r"ұйымдасқан|жоғары|белсенді)\s+){1,4}?")
# the day and its date between commas: "сайлау кеше, 23 тамызда, өтті"
_KK_DAY_AND_DATE = r"(?:[Кк]еше|[Бб]үгін|[\w-]+\s+күні),\s+\d{1,2}\s+\w+(?:да|де|та|те),\s+"
# the public met by its trade: "мұғалімдермен кездесу өткізді", "жұмысшылармен кездесті"
# (a workforce by its collective too, "шахтаның ұжымымен кездесіп"; the farmers, "диқандармен")
_KK_TRADES = r"мұғалім|педагог|жұмысшы|зейнеткер|кәсіпкер|дәрігер|шахтер|кенші|ұжым|диқан|фермер|шаруа"
_KK = {
    "address": r"Жолдау|(?:халыққа|халқына)\s+(?:\w+\s+)?үндеу",  # "Қазақстан халқына үндеу": the people of a country
    # … with a clause of what came first between: "Жарлыққа кеше, … жобаны қабылдап алған соң қол қойды"
    "decree": r"[Жж]арлы(?:ққа|ғына)\s+(?:[\w-]+,?\s+){0,4}?қол\s+қой|[Жж]арлы(?:ққа|ғына)(?=\s+(?:[\w-]+,?\s+){1,10}?(?:соң|кейін)\s+қол\s+қой)|Жарлық\w*\s+(?:\w+\s+)?шығарды|"
              # an order signed by its signer ("… жұмыс тобын құру туралы өкімге қол қойды"); in the passive ("өкімге …
              # қол қойылды") the group formed is the news (working_group)
              r"(?:өкімге|бұйрыққа)\s+(?:[\w-]+,?\s+){0,4}?қол\s+қойды\b|"
              # a body formed by the decree, in the passive: "Мемлекет басшысының Жарлығымен комиссия құрылды"
              r"Жарлығымен\s+(?:[\w-]+\s+){0,5}?(?:құрылды|тағайындалды)\b|"
              # the signing in a participle before the noun: "Мемлекет басшысының кеше қол қойған Жарлығы", in the
              # passive too ("кеше қол қойылған Жарлығымен референдум … белгіленді"), as "подписанный накануне указ"
              r"\bқол\s+қой(?:ған|ылған)\s+Жарлы\w*",
    # not a decree on a law: "Ата заңды іске асыру туралы Жарлыққа қол қойды"
    "law_signed": r"[Зз]аң\w*\s+(?:(?!Жарлы)[\w-]+,?\s+){0,4}?қол\s+қой",
    "working_group": r"жұмыс\s+тобы\w*\s+(?:(?:[\w-]+\s+){0,6}?құрылды|(?:[\w-]+\s+){0,2}?отырыс)|жұмыс\s+тобын\s+құру\s+туралы\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:өкім|бұйрық|қаулы)\w*\s+(?:[\w-]+\s+){0,3}?қол\s+қой(?!ды\b)|жұмыс\s+тобы\s+(?:[\w-]+\s+){0,4}?(?:мақұлдады|келісті|бекітті|"
                     r"пысықтады|қарады)\b",
    # … its number and epithets between: "комиссия он екінші әрі соңғы отырысын өткізді"
    "commission_meeting": r"(?<!сайлау\s)комиссия\w*\s+(?:\w+\s+){0,4}?отырыс|Конституциялық\s+комиссия\w*\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:мақұлдады|бекітті|қарады|талқылады)",
    "publication": r"жарияланды|жарияланып\s+отыр|жарық\s+көрді|талқылауға\s+(?:ұсынылды|шығарылды)",
    # the verb or its converb: "тұрғындармен кездесті", "тұрғындармен кездесіп, жобаны түсіндірді"
    "public_discussion": r"Ұлттық\s+құрылтай\w*\s+(?:\w+\s+){0,2}(?:отырыс|өтті)|"
                         # the participle before it, with its day: "20 қаңтарда Қызылордада өткен V Ұлттық құрылтайдан кейін"
                         r"\b(?:өткен|болған)\s+(?:[IVX]+\s+)?Ұлттық\s+құрылтай\w*|"
                         # … named again without its epithet, taking place on a day, in a city: "Құрылтай сейсенбіде
                         # Қызылордада өтті" (the parliament named Kurultai sits, "Құрылтайдың отырысы", it does not take place)
                         r"\bҚұрылтай\s+(?:[\w-]+(?:да|де|та|те|нда|нде)\s+){1,3}өтті\b|(?:тұрғын|халық|сайлаушы|жұртшылық|студент|курсант|тыңдаушы|оқушы|жастар|" + _KK_TRADES + r")\w*\s+(?:(?:да|де|та|те)\s+)?(?:кездес|жүздес)(?:ті|іп|кеннен\s+(?:кейін|соң))\b|"
                         # … the place between: "студенттерімен университеттің мәжіліс залында кездесті"
                         r"(?:тұрғын|халық|сайлаушы|жұртшылық|студент|курсант|тыңдаушы|оқушы|жастар|" + _KK_TRADES + r")\w*(?:мен|пен|бен)\s+(?:[\w-]+\s+){1,4}?"
                         r"(?:кездес|жүздес)(?:ті|іп)\b|қоғамдық\s+тыңдау|\bфорум|"
                         # … by its representatives: "шаруа қожалықтарының өкілдерімен кездесті"
                         r"(?:" + _KK_TRADES + r")\w*\s+(?:[\w-]+\s+)?өкілдер\w*(?:мен)\s+(?:[\w-]+\s+){0,4}?(?:кездес|жүздес)(?:ті|іп)\b|"
                         # the noun: "тұрғындармен кездесу өтті", "жоба тұрғындармен талқыланды"
                         r"(?:тұрғын|халық|сайлаушы|жұртшылық|азамат|студент|курсант|тыңдаушы|оқушы|жастар|" + _KK_TRADES + r")\w*мен\s+(?:[\w-]+\s+){0,5}?кездесу\w*\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:өтті|өткізді|өткізілді|болды|ұйымдастырылды|ұйымдастырды|өткізіп)\b|"
                         r"(?:тұрғын|халық|сайлаушы|жұртшылық|азамат)\w*мен\s+талқыланды|"
                         # a gathering held to explain something to the public: "түсіндіру жиыны өтті"
                         r"түсіндіру\s+(?:жиын|кездесу)\w*\s+(?:[\w-]+\s+){0,2}?(?:өтті|өткізілді|ұйымдастырылды|болды)\b|"
                         # … or to discuss the draft: "Конституция жобасын талқылауға арналған кездесу өтті"
                         r"(?:талқылауға|түсіндіруге)\s+арналған\s+(?:жиын|кездесу)\w*\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:өтті|өткізілді|ұйымдастырылды|болды)\b",
    "round_table": r"дөңгелек\s+үстел",
    "briefing": r"брифинг|баспасөз\s+(?:мәслихат|конференция)",
    # "X-ті қабылдады" receives someone; "заңды/жобаны қабылдады" adopts a text
    # a text handed to the President in person: "жобаны Президентке тапсырды"
    "meeting": r"(?:Президентке|Мемлекет\s+басшысына)\s+(?:[\w-]+\s+){0,3}?(?:тапсырды|табыс\s+етті|табыстады)\b|"
               # … told from his side: "төрайымынан қорытынды жобаны қабылдап алды"
               r"\b[А-ЯӘҒҚҢӨҰҮҺІ]\w+(?:дан|ден|тан|тен|нан|нен)\s+(?:[\w-]+\s+){0,2}?(?:жоба|мәтін)\w*\s+қабылдап\s+ал|"
               # … the President named, the dative on his name: "жобаны Мемлекет басшысы Қасым-Жомарт Тоқаевқа тапсырды"
               # … with what was handed between: "Тоқаевқа жаңа Конституцияның түпкілікті жобасын табыс етті"
               r"(?:Президент|Мемлекет\s+басшысы)\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+(?:ға|ге|қа|ке)\s+"
               r"(?:[\w-]+\s+){0,4}?(?:тапсырды|табыс\s+етті|табыстады)\b|"
               r"(?<![\w-])(?!(?:заң|жоба|құжат|Конституция|Ата\s+Заң|шешім|қаулы|түзету|өзгеріс|пакет|бағдарлама|ереже|"
               # (nor voters or proposals a polling station or a body takes in: "учаскелер сайлаушыларды қабылдады")
               r"мәлімдеме|үндеу|бюджет|сайлаушы|ұсыныс|өтініш)\w*\s)[\w-]+\s+қабылдады|(?:кездес|жүздес)(?:ті|іп)\b|"
               # the reception as the time of what else was told: "Мемлекет басшысы кеше комиссия басшылығын
               # қабылдаған кезде белгілі болды"
               r"(?<![\w-])(?!(?:заң|жоба|құжат|Конституция|шешім|қаулы|сайлаушы|ұсыныс|өтініш)\w*\s)[\w-]+(?:ны|ні|ды|ді|ты|ті|ын|ін|н)\s+"
               r"қабылдаған\s+(?:кезде|кезінде|сәтте)\b|"
               # the converb before the next act: "мәслихат депутаттарын қабылдап, … талқылады"
               r"(?:депутат|мүше|өкіл|басшы|делегация|елші|министр|төраға|әкім|сенатор)\w*(?:ын|ін|н)\s+қабылдап\b|"
               # a meeting told as what came first: "облыс әкімі мәслихат депутаттарымен кездескеннен кейін …"
               r"(?:кездес|жүздес)кеннен\s+(?:кейін|соң)\b|келіссөздер\s+жүргізді|"
               # the noun with a body's members or officials: "мәслихат депутаттарымен жеке кездесу өткізді"
               r"(?:депутат|мүше|өкіл|басшы|делегация|елші|министр|төраға|әкім)\w*(?:мен|пен|бен)\s+(?:[\w-]+\s+){0,3}?"
               r"кездесу\w*\s+(?:[\w-]+\s+){0,2}?(?:өткізді|өтті|болды)|"
               # what was done "at the meeting held" there: "Жұма күні Ақордада өткен кездесуде Президент … тыңдады";
               # not one held with someone ("тұрғындармен өткен кездесуде" may be the public's)
               r"(?<!мен\s)(?<!пен\s)(?<!бен\s)\bөткен\s+кездесуде\b",
    "parliament_session": r"бірлескен\s+отырыс|пленарлық\s+отырыс|(?:Мәжілістің|Сенаттың|Парламенттің|(?<!Ұлттық\s)Құрылтайдың)\s+(?:\w+\s+)?отырыс|"
                          r"(?:Мәжіліс|Сенат|Парламент)\w*\s+(?:\w+\s+){0,3}отырыс\w*\s+(?:өтті|өткізді|болды)|"
                          r"(?:Мәжіліс|Сенат|Парламент)\w*\s+(?:[\w-]+\s+){0,5}?(?:заң\w*|жоба\w*)\s+(?:[\w-]+\s+){0,2}?(?:қабылдады|мақұлдады|бекітті)",
    # adverbs of manner or place may stand between: "референдум тыныш өтті", "сайлау бүкіл елде ұйымдасқан түрде өтті"
    # and the day: "сайлауы 23 тамызда өтті"
    "referendum": r"референдум(?:\w*\s+(?:\d{1,2}\s+" + _KK_ADVERBIALS + r")?|\s+" + _KK_ADVERBIALS + r"|\w*\s+" + _KK_DAY_AND_DATE + r")(?:өтті|өтуде|өтіп\s+жатыр|басталды|аяқталды)|"
                  # the voting itself going on: "референдум бойынша дауыс беру жалғасып жатыр"
                  r"референдум\w*\s+(?:бойынша\s+)?дауыс\s+беру\s+(?:жалғасып\s+жатыр|жалғасуда|өтіп\s+жатыр|өтуде|басталды|аяқталды)\b",
    # "... Құрылтайдың депутаттарын сайлады": the people electing deputies
    "election": r"сайлау(?:\w*\s+(?:\d{1,2}\s+" + _KK_ADVERBIALS + r")?|\s+" + _KK_ADVERBIALS + r"|\w*\s+" + _KK_DAY_AND_DATE + r")(?:өтті|өтуде|өтіп\s+жатыр|басталды|аяқталды)|өткен\s+(?:[\w-]+\s+){0,3}?сайлау|"
                r"(?:депутат|мәслихат|Құрылтай|Мәжіліс|Президент)\w*\s+(?:[\w-]+\s+){0,3}?сайлады\b|"
                # "Елде жаңа парламент сайланды"
                r"\b(?:парламент|Құрылтай|Мәжіліс)\w*\s+(?:[\w-]+\s+){0,2}?сайланды\b|"
                # the voters voting in it, now or just past: "тұрғындар депутаттарды сайлауға дауыс беріп жатыр"
                r"\bсайлау(?:ға|да)\s+дауыс\s+(?:беріп\s+жатыр|беруде|берді)\b",
    # the results of a vote (TRIGGER_CONTEXT), not "кездесу қорытындысы бойынша" (following the meeting)
    # … not the results reported on to someone, the topic of a meeting: "Мемлекет басшысына референдумның қорытындысы
    # туралы баяндалды"
    # … nor the proposals summed up: "ұсыныстардың қорытындысы шығарылды"
    "results": r"(?<!ұсыныстардың\s)(?<!ұсыныстарының\s)(?<!ұсыныстар\s)қорытынды\w*(?![\w]|\s+бойынша|\s+туралы\s+(?:[\w-]+\s+)?баянда)",
    # … or as a converb before the next act of the same day: "Бүгін заң күшіне еніп, ескі ереже тоқтады"
    # an exhibition opened: "кітапханада … көрме ашылды"
    # (an act in force "from the day it was signed" is that signing, no event of its own)
    "other": r"көрме\w*\s+(?:[\w-]+\s+)?ашылды\b|(?<!қойылған\sкүннен\sбастап\s)күшіне\s+(?:енді|еніп)\b|" + _SENT_TO_PRESIDENT["kk"] + "|"
             # "референдум учаскелерінің дайындығын тексерді": an official inspecting the polling stations
             r"(?:референдум|сайлау)\w*\s+учаске\w*\s+(?:[\w-]+\s+){0,2}?(?:тексерді|тексеріп)\b|"
             r"(?:партиялық\s+)?тізімдер\w*\s+(?:[\w-]+\s+){0,2}?(?:тіркеді|тіркелді)|"
             r"тізімдер\w*\s+тіркеу\w*\s+(?:[\w-]+\s+){0,2}?аяқта(?:лды|ды)|"
             # a regional council's session ("мәслихаттың кезектен тыс сессиясы өтті"), not "баспасөз мәслихаты"
             r"(?<!баспасөз\s)мәслихат\w*\s+(?:[\w-]+\s+){0,3}?сессия\w*\s+(?:өтті|өткізді|өткізілді|болды)|"
             # a candidate registered: "депутаттыққа кандидат ретінде тіркелді"
             r"кандидат\w*\s+(?:ретінде\s+)?тіркелді|"
             # a televised debate: "теледебат өтті", "дебаттар өтті"
             r"(?:теле)?дебат\w*\s+(?:[\w-]+\s+){0,3}?(?:өтті|өткізілді|болды)",
}
# the sitting counted, perhaps as the last of all: "its twelfth and final session", "an extraordinary session"
_EN_ORDINAL = r"(?:\w+\s+)?(?:and\s+(?:final|last)\s+)?"
# people an official meets to explain the reform, after "met" (with or without "with")
# how many people were met, as a number: "met about 300 residents", "met with more than 200 students"
_EN_HOW_MANY = (r"(?:(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|up\s+to|at\s+least)\s+)?"
                r"\d[\d,]*\s+)?")
_EN_MET_THE_PUBLIC = r"\s+(?:with\s+)?" + _EN_HOW_MANY + (r"(?:(?:local|university|young|\w+)\s+)?"
                                                          r"(?:residents|the\s+public|citizens|students|cadets|voters|pupils)\b")
_EN = {
    # the noun with it: a clause on "the State-of-the-Nation Address, which was delivered on Monday" is on the address
    "address": r"address(?:ed)?\s+(?:to\s+)?the\s+nation|State-of-the-Nation(?:\s+[Aa]ddress)?|[Ss]tate\s+of\s+the\s+[Nn]ation\s+[Aa]ddress|annual\s+address",
    # headlines write the present: "Tokayev signs decree", "Kazakhstan holds referendum"
    "decree": r"(?:signed|issued|signs|issues)\s+(?:(?:a|the)\s+)?[Dd]ecree|[Dd]ecree\s+(?:was\s+)?(?:signed|issued)|"
              # an order signed by its signer ("signed an order establishing a working group"); in the passive ("the
              # order establishing the group was signed") the group formed is the news
              r"\b(?:signed|signs|issued|issues)\s+(?:an|the|a)\s+(?:presidential\s+|executive\s+)?[Oo]rder\b|"
              # a body formed by the decree, in the passive: "was formed by a presidential decree"
              r"\b(?:was|were|has\s+been|have\s+been)\s+(?:formed|created|established|set\s+up|appointed)\s+by\s+"
              r"(?:a|the)\s+(?:presidential\s+)?[Dd]ecree\b",
    # "signed the law", "signed Constitutional Law No. 5", headlines "Signs Law"
    # … with the day between the verb and its object: "signed on Friday the Constitutional Law on …"
    "law_signed": r"(?:signed|[Ss]igns)\s+(?:(?:on\s+\w+day|yesterday|today)\s+)?(?:(?:a|the|an)\s+)?(?:new\s+)?(?:[Cc]onstitutional\s+)?[Ll]aw\b|signed\s+(?:[\w-]+\s+){1,6}?into\s+law",
    "working_group": r"working\s+group\s+(?:was\s+)?(?:set\s+up|created|established|met|held)|"
                     # whatever the group is for, then its sitting: "The working group on parliamentary reform met …"
                     r"working\s+group\s+(?:on|for)\s+[^.,;]{1,60}?\s+(?:met(?!" + _EN_MET_THE_PUBLIC + r")|convened|gathered)\b|"
                     # … or holding its sitting, past an apposition on how it was formed: "The working group on …,
                     # formed by the order of Oct. 8, held a meeting today"
                     r"working\s+group\b(?:[^.;]|\.(?=\s\d)){0,120}?\bheld\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:meeting|session|sitting)\b(?!\s+with\b)|"
                     # whatever the group is for, within its clause: "A working group to prepare proposals on … was set up"
                     r"working\s+group\s+(?:on|for|to|that|which)\s+[^.,;]{1,120}?\s+(?:was|has\s+been|had\s+been)\s+(?:set\s+up|created|established|formed)|"
                     r"\b(?:[Ss]ets?\s+[Uu]p|[Cc]reates?|[Ee]stablish(?:es)?|[Ff]orms?)\s+(?:(?:a|the|its)\s+)?(?:\w+\s+)?[Ww]orking\s+[Gg]roup|"
                     r"(?:set\s+up|created|established|formed)\s+(?:a|the|its)\s+(?:\w+\s+)?working\s+group|"
                     r"\bgroup\s+was\s+(?:set\s+up|created|established|formed)|"
                     r"working\s+group\s+(?:(?:on|for)\s+[^.,;]{1,60}?\s+|(?:\w+\s+){0,2}?)"
                     r"(?:approved|agreed\s+on|finali[sz]ed|endorsed|"
                     # its last sitting: "The working group on … wrapped up its work on Friday"
                     r"(?:wrapped\s+up|completed|concluded|finished)\s+its\s+work)\b|"
                     # the act that sets the group up: "the order establishing the working group was signed"
                     r"(?:order|decision|resolution)\s+(?:on\s+(?:the\s+)?(?:creation|establishment)\s+of|establishing|setting\s+up|"
                     r"creating)\s+(?:a|the)\s+(?:\w+\s+)?working\s+group\s+(?:[\w-]+\s+){0,4}?(?:was|has\s+been)\s+signed",
    # the body sitting, not its members meeting the public ("members of the Commission met students|cadets")
    "commission_meeting": r"(?<!Election\s)Commission\s+(?:convened|met(?!" + _EN_MET_THE_PUBLIC + r")|gathered)\b|Commission\s+(?:has\s+|had\s+)?held\s+(?:its|a)\s+" + _EN_ORDINAL + r"(?:meeting|session|sitting)|Constitutional\s+Commission\s+(?:met\b(?!" + _EN_MET_THE_PUBLIC + r")|(?:\w+\s+){0,2}?(?:approved|endorsed|reviewed|discussed)\b)|(?:meeting|session|sitting)\s+of\s+the\s+(?:Constitutional\s+)?Commission\b|"
                          # what the commission did at its own sitting: "The Commission presented the draft at its sixth session"
                          r"(?<![Ee]lection\s)\b[Cc]ommission\b(?![’']s)[^.]{0,100}?\bat\s+its\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:meeting|session|sitting)\b|"
                          # in lower case: "Earlier in the week the commission held its seventh session"
                          r"(?<![Ee]lection\s)\bcommission\s+(?:has\s+|had\s+)?held\s+(?:its|a)\s+" + _EN_ORDINAL
                          + r"(?:meeting|session|sitting)|"
                          # in lower case, a relative clause set off: "The commission, which has 130 members, met …"
                          r"(?<![Ee]lection\s)\bcommission(?:,\s+(?:which|whose)\s[^,.;]{1,80},)?\s+(?:convened|"
                          r"met(?!" + _EN_MET_THE_PUBLIC + r")|gathered)\b|"
                          # its last sitting: "after the commission wrapped up its work on Feb. 10" (as a working group's)
                          r"(?<![Ee]lection\s)\b[Cc]ommission\s+(?:has\s+|had\s+)?(?:wrapped\s+up|completed|concluded|"
                          r"finished)\s+its\s+work\b|"
                          # the sitting opening the sentence, the body named after: "At its sitting on Tuesday, the
                          # commission's last, members approved …"
                          r"^At\s+its\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\b"
                          r"(?=[^.]{0,60}?(?<![Ee]lection\s)\b[Cc]ommission)|"
                          # the possessive: "was presented at the commission's sixth session"
                          r"(?<![Ee]lection\s)\b[Cc]ommission[’']s\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\b",
    # not a text shown to a sitting: "was unveiled on Friday at the sixth session of the Commission" is the session's
    "publication": r"(?:was|were|has\s+been)\s+(?:unveiled|released|made\s+public)\b(?![^.]{0,40}?\bat\s+(?:the|a|its)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:session|sitting|meeting)\b)|(?:unveiled|released|made\s+public)\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,2}draft|"
                   r"(?:put|submitted|released)\s+(?:up\s+)?for\s+(?:public|nationwide)\s+discussion|(?:was|were|has\s+been|is)\s+published|"
                   # printed as the report appears: "The decree and the draft are being published today in the newspapers"
                   r"\b(?:is|are)\s+being\s+published\b|"
                   # the text put on the web: "put the first draft of its new Constitution online on Saturday"
                   r"\b(?:put|posted|placed)\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,3}?(?:draft|text|document)\s+"
                   r"(?:[\w-]+\s+){0,6}?online\b|"
                   # not the participle of the act by which something else was done: "set up by an order published on …"
                   # … nor of where someone's words appeared: "said in a statement published on the Court's website"
                   r"(?<!order\s)(?<!decree\s)(?<!statement\s)(?<!interview\s)(?<!article\s)(?<!column\s)published\s+(?:on|in|(?:the|its|a)\s+(?!next|following|same|day|week|month|year)\w+)\b|"
                   # a newspaper printing the text: "printed the full text of the Constitution"
                   r"\b(?:printed|published|carried)\s+the\s+(?:full\s+|final\s+|official\s+|complete\s+)?text\s+of\b|"
                   # … the text as the subject: "The full text of the new Constitution appeared in Kazakhstanskaya Pravda"
                   r"\b(?:full|final|official|complete)\s+text\s+of\s+[^.]{0,60}?\bappeared\s+(?:in|on)\b|"
                   # … the draft or text in newspapers on a day: "The final draft, which has 96 articles, appeared on
                   # Thursday in the state newspapers"
                   r"\b(?:draft|text)\b[^.]{0,80}?\bappeared\s+(?:on\s+\w+day\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?newspapers?\b|"
                   # … in the passive: "The text … was printed on Thursday in Kazakhstanskaya Pravda"
                   r"\b(?:was|were|has\s+been)\s+printed\b|"
                   # … or put on the web: "The draft was posted on Saturday on the court's website"
                   r"\b(?:was|were|has\s+been)\s+posted\s+(?:(?:on\s+\w+day|yesterday|today)\s+)?(?:on|online)\b|"
                   # a reduced relative clause set off by commas: "The first draft, made public on Saturday, has drawn …"
                   r",\s+(?:made\s+public|published|unveiled|released)\s+(?:on|last)\s+\w+day\b",
    "public_discussion": r"(?:meeting|session)\s+of\s+the\s+National\s+Kurultai|\b(?:held|hosted|organi[sz]ed)\s+an?\s+(?:[\w-]+\s+)?meeting\s+with\s+(?:local\s+)?(?:residents|voters|citizens|students|the\s+public)\b|National\s+Kurultai(?:,\s+which)?\s+(?:was\s+held|opened|met|convened|gathered)|[Pp]ublic\s+hearings?|town\s+hall\b(?!s)|\bforum\b|met\s+(?:(?:on\s+\w+day|yesterday|today)\s+)?with\s+" + _EN_HOW_MANY + r"(?:(?:local|university|\w+)\s+)?(?:residents|the\s+public|citizens|students|cadets|voters)|"
                         # without "with": "members of the commission met students|cadets and lecturers"
                         r"\bmet\s+(?:(?:on\s+\w+day|yesterday|today)\s+)?" + _EN_HOW_MANY
                         + r"(?:local\s+|university\s+)?"
                         r"(?:residents|students|cadets|voters|citizens)\b|"
                         r"meeting\s+with\s+" + _EN_HOW_MANY + r"(?:local\s+)?"
                         r"(?:residents|voters|citizens|the\s+public|students|cadets)(?:\s+(?:of|in|from)\s+[A-Z][\w-]+)?\s+"
                         r"(?:was\s+held|took\s+place)|"
                         r"discussed\s+with\s+(?:local\s+)?(?:residents|voters|citizens|the\s+public)|"
                         # the public as the subject: "Students of the university met officials of the akimat"
                         r"\b(?:[Ss]tudents|[Rr]esidents|[Vv]oters|[Cc]itizens|[Pp]upils|[Cc]adets)\s+(?:of\s+(?:the\s+)?"
                         r"(?:[A-Z][\w-]*\s+){1,3})?met\s+(?:with\s+)?(?:[\w-]+\s+)?(?:officials|representatives|members)\b",
    "round_table": r"[Rr]ound\s+table|[Rr]oundtable",
    "briefing": r"\bbriefing\b|(?:press|news)\s+conference|briefed\s+(?:reporters|journalists|the\s+press|the\s+media)",
    # "handed the President the final draft", "handed over the draft to the Head of State"
    "meeting": r"\b(?:handed|presented)\s+(?:over\s+)?(?:[\w-]+\s+){0,8}?(?:to\s+)?(?:the\s+[Pp]resident|the\s+Head\s+of\s+State|"
               r"President\s+[A-Z][\w-]*|Tokayev)\b(?![’']s)|"
               # the President told before, by a pronoun: "hours after the chair handed him the final draft"
               r"\bhanded\s+(?:him|her)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:draft|text|proposals|report)\b|"
               # … or told from his side: "hours after he received the final draft from the Commission"
               r"\b(?:[Hh]e|President(?:\s+[A-Z][\w-]+){0,2}|Head\s+of\s+State|Tokayev)\s+(?:had\s+)?(?:received|receives)\s+"
               r"(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:draft|text)\s+(?:[\w-]+\s+){0,5}?from\b|"
               # … with its day between ("Tokayev on Wednesday received the final draft … from"): the subject alone,
               # so that the day stays the sentence's, shared with the act told after "and"
               r"\b(?:President(?:\s+[A-Z][\w-]+){0,2}|Head\s+of\s+State|Tokayev)(?=\s+on\s+[A-Z]\w+day\s+"
               r"(?:received|receives)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:draft|text)\s+(?:[\w-]+\s+){0,5}?from\b)|"
               r"\b(?:received|hosted|receives|hosts)\s+(?:[A-Z]|the\s+[A-Z])|held\s+talks\s+with|"
               # what the President told a body's leaders to their face: "Tokayev told the leaders of the
               # Constitutional Commission on Friday that …"
               r"\b(?:told|urged|instructed|tasked)\s+(?:the\s+)?"
               r"(?:leaders|leadership|heads|chairs?|chairman|chairwoman)\s+of\s+the\s+[A-Z]|"
               # a body's leaders or members received: "received the leadership of the Commission"
               r"\b(?:received|hosted|receives|hosts)\s+the\s+(?:leadership|leaders|heads?|chair(?:man|woman)?|members|"
               r"delegation|ambassador)\s+of\s+(?:the\s+)?[A-Z]|"
               # the body named in the possessive: "received the commission's leadership"
               r"\b(?:received|hosted|receives|hosts)\s+the\s+(?:[\w-]+\s+)?[\w-]+[’']s\s+(?:leadership|leaders|heads?|"
               r"chair(?:man|woman)?|members|delegation)\b|"
               # the noun with both sides: "began with a meeting between the regional akim and deputies of the maslikhat"
               r"\bmeeting\s+between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:akim|minister|governor|mayor|[Pp]resident)\s+and\b|"
               # "held a separate meeting with deputies of the maslikhat": the noun, with officials, not the public
               r"\bheld\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?meeting\s+with\s+(?!" + _EN_HOW_MANY
               + r"(?:(?:local|university|\w+)\s+)?"
               r"(?:residents|the\s+public|citizens|students|cadets|voters)\b)|"
               # "met with", "met on Thursday with", "also met Johanna Lindqvist", headline "meets OSCE/ODIHR mission":
               # with a person, a delegation, a mission or a body's leaders, not residents or students|cadets
               r"\b(?:met|meets)\s+(?:(?:also|separately|later|on\s+\w+day|yesterday|today)\s+){0,2}"
               r"(?:with\s+(?!" + _EN_HOW_MANY + r"(?:(?:local|university|\w+)\s+)?"
               r"(?:residents|the\s+public|citizens|students|cadets|voters)\b)|"
               r"(?:the\s+)?(?:[A-Z]|delegation|leadership|leaders|heads?|members|mission|observers|representatives|ambassador|chair|"
               # elected or appointed officials, not the public: "met deputies of the regional maslikhat"
               r"deputies|senators|akims|ministers))",
    "parliament_session": r"joint\s+(?:session|sitting|meeting\s+of\s+the\s+(?:chambers|houses))|"
                          # "the Senate and Mazhilis met together for the last time on Tuesday"
                          r"\b(?:Senate|Mazhilis|chambers|houses)\s+(?:[\w-]+\s+){0,2}?met\s+(?:together|jointly)\b|plenary\s+(?:session|sitting)|"
                          r"(?:Mazhilis|Senate|Parliament|(?<!National\s)Kurultai|lawmakers|senators)\s+(?:\w+\s+){0,2}?(?:passed|approved|adopted)\s+"
                          r"(?:[\w-]+\s+){0,5}?(?:law|bill|amendments)|"
                          r"(?:session|sitting)\s+of\s+(?:the\s+)?(?:Mazhilis|Senate|Parliament|(?:new\s+)?Kurultai|chambers)|"
                          r"(?:Mazhilis|Senate|Parliament|(?<!National\s)Kurultai|chambers|senators|deputies|lawmakers)\b[^.]{0,60}?"
                          r"\b(?:met|gathered|convened|held)\b[^.]{0,60}?\b(?:sitting|session)",
    # not the observers of the referendum holding something: "observers who monitored the referendum held a press
    # conference"
    "referendum": r"referendum\s+(?:was\s+)?held(?!\s+(?:a|an|the|its|their)\b)|went\s+to\s+the\s+polls\s+[^.]{0,40}?\breferendum|\b(?:held|holds)\s+(?:(?:a|the|its)\s+)?(?:\w+\s+)?referendum|referendum\s+took\s+place|voted\s+(?:[\w’']+\s+){0,3}?in\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?referendum|"
                  r"(?:[Vv]oting|[Pp]olls)\s+(?:in|for)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}referendum[^.]{0,60}?\b(?:opened|closed|ended|began|started)\b|"
                  r"(?:[Pp]olls|[Pp]olling\s+stations)\s+(?:[\w-]+\s+){0,3}?(?:opened|closed)\b(?:[ap]\.m\.|[^.]){0,80}?(?:referendum|new\s+Constitution)|\w+day[’']s\s+referendum|"
                  # "citizens vote in the national referendum", headline "Kazakhstan votes in referendum"
                  r"\b(?:[Vv]otes?|[Vv]oting)\s+in\s+(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,2}?[Rr]eferendum",
    "election": r"\w+day[’']s\s+election|election\s+(?:was\s+)?held|elections?\s+took\s+place|"
                # "Kazakhstan held its first election to the Kurultai", headline "holds parliamentary elections"
                r"\b(?:held|holds)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?elections?\b|"
                r"(?:[Pp]olls|[Pp]olling\s+stations)\s+(?:[\w-]+\s+){0,3}?(?:opened|closed)\b(?:[ap]\.m\.|[^.]){0,80}?\belections?\b|"
                r"\b(?:[Vv]otes?|[Vv]oting)\s+in\s+(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,2}?[Ee]lections?\b|"
                # … by its convocation: "elected the first convocation of the Kurultai"
                r"\belected\s+(?:[\w-]+\s+){0,4}?(?:convocation\s+of\s+(?:the\s+)?)?(?:Kurultai|parliament|Mazhilis|deputies)|"
                # "Voters went to the polls on Sunday to elect …", "… headed to the polls in the parliamentary election"
                r"(?:went|headed)\s+to\s+the\s+polls\b[^.]{0,60}?\b(?:to\s+(?:elect|choose|pick)|"
                r"(?:in|for)\s+(?:the|a)\s+"
                r"(?:[\w-]+\s+){0,2}?elections?)\b",
    # the vote named by its day: "The results of Sunday's constitutional referendum" (not "briefed on the results of
    # the republican referendum", a topic)
    "results": r"(?:[Pp]reliminary|[Ff]inal|[Oo]fficial)\s+(?:results|figures|returns)|results\s+of\s+the\s+(?:referendum|election|vote)|"
               r"results\s+of\s+(?:the\s+)?\w+day[’']s\s+(?:[\w-]+\s+)?(?:referendum|election|vote)|"
               # the share for the question, told by the body counting the votes (turnout alone is the vote's day):
               # "The Central Election Commission said on Monday that 62 percent of voters had backed the draft"
               r"(?:Election|[Rr]eferendum)\s+[Cc]ommission\b[^.]{0,80}?\b(?:said|announced|reported)\b[^.]{0,40}?"
               r"\bthat\s+[\d.,]+\s*(?:percent|per\s+cent|%)\s+of\s+[^.]{0,60}?\b"
               r"(?:supported|backed|voted\s+(?:for|in\s+favou?r|against|yes|no))\b|"
               # … or the outcome without its figure: "the Central Referendum Commission reported that the draft had won
               # overwhelming support", "… announced that voters had approved the amendments"
               r"(?:Election|[Rr]eferendum)\s+[Cc]ommission\b[^.]{0,80}?\b(?:said|announced|reported)\b[^.]{0,40}?"
               r"\bthat\s+(?:[\w-]+\s+){1,4}?(?:had|has)\s+(?:(?:won|received|gained|secured|drawn)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:support|backing|approval|majority)|(?:backed|approved|supported|endorsed|rejected)\s+(?:the|it)\b|"
               # … in the passive: "announced that the text had been approved by a wide margin"
               r"been\s+(?:approved|backed|supported|endorsed|rejected)\b)|"
               # the share first, the counting body after it: "… won the support of 87 percent of those who took part
               # in the referendum, the Central Referendum Commission announced on Monday", "87 percent of voters
               # supported the new text, the commission announced"
               r"\b[\d.,]+\s*(?:percent|per\s+cent|%)\s+of\s+[^.]{0,80}?\b(?:referendum|vote|voters)\b[^.,;]{0,60},\s+"
               r"(?:the\s+)?(?:[\w-]+\s+)?(?:Election|[Rr]eferendum|election)\s+[Cc]ommission\s+(?:said|announced|reported)\b|"
               # the outcome first, the counting body after it: "Voters have approved the new text, the Central
               # Election Commission announced on Monday"
               r"\b(?:[Vv]oters|[Cc]itizens|Kazakhstanis)\s+(?:have|had)\s+(?:approved|backed|endorsed|rejected|supported)\s+"
               r"[^.,;]{1,60},\s+(?:the\s+)?(?:[\w-]+\s+)?(?:Election|[Rr]eferendum)\s+[Cc]ommission\s+"
               r"(?:said|announced|reported)\b",
    # an exhibition opened: "an exhibition opened at the library"
    "other": r"\bexhibition\s+(?:[\w-]+\s+){0,3}?opened\b|\bopened\s+an?\s+(?:[\w-]+\s+)?exhibition\b|(?:came|entered|comes|enters)\s+into\s+force|(?:took|takes)\s+effect|" + _SENT_TO_PRESIDENT["en"] + "|"
             # an official inspecting the polling stations: "checked the readiness of polling stations"
             r"\b(?:checked|inspected)\s+(?:the\s+)?(?:readiness\s+of\s+)?(?:[\w-]+\s+){0,3}?polling\s+stations?\b|"
             r"\bregistered\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:party\s+)?lists|(?:completed|finished)\s+(?:the\s+)?registration\s+of\s+"
             r"(?:[\w-]+\s+)?(?:party\s+lists|candidates)|"
             # a regional council's session: "the regional maslikhat held an extraordinary session"
             r"\bmaslikhat\s+(?:[\w-]+\s+){0,2}?(?:held|convened)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?session|"
             r"\bsession\s+of\s+the\s+(?:[\w-]+\s+){0,2}?maslikhat\b|"
             # a candidate registered: "was registered as a candidate", "registered as a candidate on Saturday"
             r"\bregistered\s+(?:[\w-]+\s+){0,4}?as\s+(?:a\s+)?candidate\b|"
             # a televised debate: "a debate on the draft was held", "hosted a televised debate"
             r"\bdebate\s+(?:[\w-]+\s+){0,4}?(?:was\s+held|took\s+place|aired)|"
             r"\b(?:held|hosted|aired)\s+(?:a\s+)?(?:televised\s+|TV\s+|live\s+)?debate\b|"
             # a public office opened: "a public reception office of the maslikhat opened in the regional centre"
             r"\b(?:reception|office|centre|center)\s+(?:(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:was\s+)?opened\b",
}
# Words a trigger needs around it: (before, after), either found within 40 characters.
TRIGGER_CONTEXT = {
    ("kk", "results"): (re.compile(r"(?:сайлау|референдум|дауыс\s+беру|алдын\s+ала|түпкілікті|ресми)\w*\s+(?:[\w-]+\s+){0,2}$"),
                        re.compile(r"^\w*\s+(?:жарияла|шықты|шығарыл)")),
}
TRIGGERS = {
    lang: [(event_type, re.compile(pattern)) for event_type, pattern in table.items()]
    for lang, table in (("ru", _RU), ("kk", _KK), ("en", _EN))
}
# A sentence that recalls the past ("Напомним, ...") reports background, not this document's news.
BACKGROUND = re.compile(r"^(?:Напомним|Ранее|Как сообщалось|Ранее сообщалось|Как известно|Как (?:мы\s+)?писал[иа]?|"
                        r"Как ранее сообщал\w*|Стоит напомнить|Следует напомнить|Еске\s+сал\w*|Естеріңізге\s+сал\w*|"
                        r"Айта\s+кетейік|Бұған\s+дейін|Бұдан\s+бұрын|Earlier|Recall|As\s+reported|As\s+previously\s+reported|"
                        r"Previously|As\s+a\s+reminder|It\s+(?:is\s+worth\s+recalling|will\s+be\s+recalled))\b", re.I)
# Where the news lives: the title and the first paragraphs.
LEAD_PARAGRAPHS = 3
# Past the lead, only a signing, or something said to happen today, is still the document's news
# ("Кездесу қорытындысы бойынша ... Жарлыққа қол қойды", "Жарлық ... бүгін газетінде жарияланып отыр").
BEYOND_LEAD_TYPES = {"decree", "law_signed"}
# Past the lead, a sentence opening with a day of the last few days reports a further item of a digest:
# "Накануне встреча с жителями прошла в …", "Вчера …", "Кеше …", "Yesterday, …", "On Monday, …"
DATED_OPENING = re.compile(r"^(?:(?:Also|Также|Кроме\s+того|Сондай-ақ|Сонымен\s+қатар|А|Ал),?\s+)?(?:[Нн]акануне|[Вв]чера|Днем\s+ранее|Днём\s+ранее|Позавчера|[Кк]еше|Бір\s+күн\s+бұрын|[Yy]esterday|"
                           r"A\s+day\s+earlier|The\s+day\s+before|"
                           # … of the week before too: "В прошлую пятницу, 3 июля, …"
                           r"(?:[Вв]|[Вв]о)\s+(?:прошл(?:ый|ую|ое)\s+)?(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"
                           r"(?:[Дд]үйсенбі|[Сс]ейсенбі|[Сс]әрсенбі|[Бб]ейсенбі|[Жж]ұма|[Сс]енбі|[Жж]ексенбі)\s+күні|"
                           r"[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                           # the day after the item before: "Уже на следующий день, 31 января, …", "The next day, …"
                           r"(?:Уже\s+)?[Нн]а\s+следующий\s+день|Наутро|Келесі\s+күні|(?:On\s+)?[Tt]he\s+(?:next|following)\s+day|"
                           # a short opening clause naming the day, then a colon or a dash: "Поворотным стал четверг: …",
                           # "Thursday was the turning point: …", "Бейсенбі шешуші күн болды: …"
                           r"[^:.;«»“\"]{0,40}?\b(?:понедельник|вторник|четверг|пятница|суббота|воскресенье|дүйсенбі|сейсенбі|"
                           r"сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"[^:.;«»“\"]{0,30}?(?=:|\s[–—]\s))\b(?!\s+(?:[а-яё]+\s+)?(?:референдума|выборов|заседания|Послания))")
# the day after an earlier item: "на следующий день" without a date of its own takes that item's day plus one
NEXT_DAY = re.compile(r"^(?:Уже\s+)?[Нн]а\s+следующий\s+день|^Наутро|^Келесі\s+күні|^(?:On\s+)?[Tt]he\s+(?:next|following)\s+day")
# Past the lead, a sentence opening "after" or "before" an event reported before tells what happened around it that day:
# "После Послания в Мажилисе прошел брифинг", "Перед началом круглого стола он встретился со студентами",
# "Жолдаудан кейін … брифинг өтті", "Отырыс алдында …", "After the meeting, … briefed reporters", "Before the session, …"
_EVENT_NOUNS_RU = (r"(?:Послани|заседани|встреч|выступлени|голосовани|подписани|кругл\w+\s+стол|брифинг|пресс-конференци|"
                   r"форум|слушани|сесси|мероприяти)\w*")
AROUND_EVENT = re.compile(r"^(?:Сразу\s+|Незадолго\s+|Еще\s+|Ещё\s+)?(?:(?:После|Перед|До)\s+(?:начал(?:ом|а)\s+)?"
                          r"(?:этого\s+|этой\s+|того\s+|той\s+|этим\s+)?" + _EVENT_NOUNS_RU + r"|"
                          # the event told before named in the dative: "Указу предшествовала встреча в Акорде: …",
                          # "Подписанию предшествовала встреча" (the signing just told, without its act)
                          r"(?:Указу|Подписанию(?:\s+указа)?|" + _EVENT_NOUNS_RU + r")\s+предшествовал[аои]?|"
                          # "Іс-шарадан соң", like "После мероприятия": the event told before, by the general noun
                          r"(?:Осы\s+|Сол\s+)?(?:Жолдаудан|Отырыстан|Сессиядан|Кездесуден|Жиыннан|Сөзден|Дөңгелек\s+үстелден|Брифингтен|"
                          r"Форумнан|Тыңдаудан|Іс-шарадан)\s+(?:кейін|соң)|"
                          # the signing told before, by its verbal noun: "Жарлыққа қол қоюдан бұрын … қабылдады"
                          r"(?:Жарлыққа|Заңға)\s+қол\s+қоюдан\s+(?:бұрын|кейін|соң)|"
                          r"(?:Осы\s+|Сол\s+)?(?:Жолдау|Отырыс|Кездесу|Жиын|Дөңгелек\s+үстел|Брифинг|Форум|Тыңдау|Іс-шара)\s+"
                          r"(?:басталар\s+)?алдында|"
                          r"(?:Right\s+|Shortly\s+|Just\s+)?(?:After|Before|Ahead\s+of)\s+(?:the|this|that)\s+"
                          r"(?:address|meeting|session|sitting|speech|signing|round\s*table|briefing|press\s+conference|forum|"
                          r"hearings?|event))\b")
TODAY = re.compile(r"\b(?:сегодня|сегодняшн\w+|бүгін|бүгінгі|today|today[’']s)\b", re.I)
# A sentence opening with the part of the day and no date tells this morning's news: "Утром председатель ЦИК
# встретился …", "This morning …", "Таңертең …"
THIS_MORNING = re.compile(r"^(?:Утром|Этим\s+утром|Сегодня\s+утром|This\s+morning|Earlier\s+today|Таңертең|Бүгін\s+таңертең)\b")
# "По итогам встречи ... подписал указ": an undated act that follows a meeting happened on the meeting's day
AFTER_MEETING = re.compile(r"\b(?:(?:[Оо]сы\s+)?[Кк]ездесу\s+қорытындысы\s+бойынша|(?:[Оо]сы\s+)?[Кк]ездесуден\s+(?:кейін|соң)|"
                           r"(?:[Пп]о\s+итогам|[Пп]осле)\s+(?:этой\s+|той\s+|данной\s+)?(?:встречи|переговоров)|"
                           r"(?:[Ff]ollowing|[Aa]fter)\s+(?:the|this|that)\s+(?:meeting|talks))\b")
# "Сол күні", "в тот же день", "the same day": the date of the event reported just before
SAME_DAY = re.compile(r"\b(?:[Сс]ол\s+күні|[Сс]ол\s+күні-ақ|[Вв]\s+тот\s+же\s+день|[Тт]ем\s+же\s+днем|[Тт]ем\s+же\s+днём|"
                      r"(?:[Oo]n\s+)?[Tt]he\s+same\s+day|(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)\s+(?:day|morning)|"
                      r"(?:[Ll]ater|[Ee]arlier)\s+in\s+the\s+day|[Tt]hat\s+same\s+day|"
                      r"[Рр]анее\s+в\s+тот\s+же\s+день|[Сс]ол\s+күні\s+(?:ертерек|таңертең|кешке|түсте)|"
                      # the same day by its part or by "this": "Вечером того же дня", "Также в этот день", "that evening"
                      r"(?:[Вв]ечером|[Уу]тром|[Дд]н[её]м|[Пп]озже)\s+того\s+же\s+дня|[Вв]\s+этот\s+(?:же\s+)?день|"
                      r"(?:[Oo]n\s+)?[Tt]hat\s+(?:evening|afternoon)|[Tt]he\s+same\s+(?:evening|afternoon)|"
                      r"[Оо]сы\s+күні)\b")
# A sentence right after an undated trigger that dates it: "The order was signed on Wednesday.", "Указ подписан в среду."
FOLLOW_UP_DATE = re.compile(
    r"^(?:The\s+(?:(?:relevant|corresponding)\s+)?(?:order|decree|law|meeting|session|sitting|group|document|event)|It|This|"
    # the act by its reference back: "Соответствующее распоряжение подписано …", "Тиісті өкімге … қол қойылды"
    r"Соответствующ\w+\s+(?:указ|распоряжение|приказ|постановление)|Указ|Распоряжение|Приказ|Постановление|Закон|Документ|"
    r"Заседание|Встреча|Мероприятие|Он[аои]?|(?:Тиісті\s+)?(?:Жарлық|[Өө]кім|[Бб]ұйрық|[Ққ]аулы)\w*|Заң|Құжат|Кездесу|Отырыс|"
    r"Іс-шара|Ол)\b[^.]{0,60}?"
    r"\b(?:was\s+(?:signed|held|issued|adopted|approved|set\s+up|created|established)|took\s+place|"
    r"подписан\w*|состоял\w*|прош(?:ел|ёл|ла|ло|ли)|принят\w*|создан\w*|"
    # … the act in the dative with its signer as the subject: "Тиісті өкімге Мемлекет басшысы сәрсенбіде қол қойды"
    r"қол\s+қойылды|қол\s+қойды|өтті|өткізілді|болды|құрылды|қабылданды)\b")
# An event asked for or prepared, not held: "поручил провести общественные слушания", "ordered public hearings",
# "о подготовке к брифингу", "қоғамдық тыңдау өткізуді тапсырды" (the words right before or after the trigger)
PLAN_BEFORE = re.compile(r"\b(?:поручил\w*|поручено|предложил\w*|призвал\w*|провести|организовать|подготовк\w+\s+к|"
                         r"ordered|instructed|proposed|called\s+for|urged|preparing\s+for|preparations\s+for|"
                         # what is readied for: "polling stations ready for Sunday's referendum", "ahead of the vote"
                         r"ready\s+for|ahead\s+of|in\s+the\s+run-up\s+to|готов\w*\s+к|в\s+преддверии)\s+"
                         r"(?:[\w-]+\s+){0,3}$"
                         # the trigger's own verb in the future or under a modal: "the draft would be put up for
                         # discussion on Saturday", "could be published", "будет опубликован", "может быть вынесен"
                         r"|\b(?:will|would|shall|could|may|might|should|must|can|is\s+to|are\s+to)\s+(?:not\s+)?"
                         r"(?:(?:also|then|soon|now|only|probably|likely)\s+)?be\s+$"
                         # … or in the infinitive after a decision or an intention: "agreed to form working groups",
                         # "decided on Wednesday to set up a group"
                         r"|\b(?:agreed|decided|resolved|plans?|planned|intends?|intended)\s+(?:(?:on\s+)?\w+\s+)?to\s+$"
                         r"|\b(?:будет|будут|может\s+быть|могут\s+быть|должен\s+быть|должна\s+быть|должно\s+быть|должны\s+быть)\s+$",
                         re.I)
PLAN_AFTER = re.compile(r"^\w*\s+(?:[\w-]+\s+){0,2}?\w+(?:уды|уді)\s+(?:тапсырды|ұсынды|сұрады)"
                        # what is expected or planned, today too: "Бүгін … отырысы өтеді деп күтілуде"
                        r"|^\w*\s+(?:[\w-]+\s+){0,3}?\w+\s+деп\s+(?:күтілуде|күтілетін|жоспарлануда|жоспарланып\s+отыр)")
# A series going on, not one event: "в регионах проходят встречи с жителями", "meetings are being held"
HABITUAL = {
    "ru": re.compile(r"\b(?:проходят|идут|продолжаются|ведутся|регулярно|постоянно|(?:несколько|много|десяток|\d+)\s+раз)\b", re.I),
    "kk": re.compile(r"\b(?:жалғасуда|тұрақты\s+түрде|үнемі|(?:бірнеше|ондаған|\d+)\s+рет)\b", re.I),
    "en": re.compile(r"\b(?:are\s+being\s+held|continue\s+to\s+be\s+held|regularly|are\s+held|take\s+place|"
                     # a count of sittings over weeks: "the Commission met a dozen times"
                     r"(?:a\s+dozen|several|many|numerous|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times)\b", re.I),
}
# A vague date ("в конце января", "in late January") that is not the document's day: the trigger is background
VAGUE_DATE = re.compile(
    r"\b(?:в\s+(?:конце|начале|середине)\s+(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|"
    r"(?:in\s+)?(?:late|early|mid-?)\s*(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*\s+"
    r"(?:айының\s+)?(?:соңында|басында|ортасында)|"
    # a month or a year with no day ("в сентябре", "in September", "қыркүйекте", "в 2022 году", "last year")
    r"в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|"
    r"(?:в|во)\s+(?:(?:19|20)\d\d\s+году|прошлом\s+(?:году|месяце)|минувшем\s+году|прошлый\s+раз)|прошлого\s+года|"
    r"на\s+прошлой\s+неделе|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|"
    r"earlier\s+this\s+(?:week|month|year)|ранее\s+на\s+этой\s+неделе|осы\s+аптаның\s+басында|"
    # some day this week, not the report's: "на этой неделе", "this week", "осы аптада"
    r"на\s+этой\s+неделе|в\s+начале\s+(?:этой\s+)?недели|(?<!later\s)this\s+week|осы\s+аптада|"
    r"in\s+(?:19|20)\d\d|last\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|spring|summer|autumn|fall|winter)|"
    r"(?<!\d\s)(?<!\d)(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:да|де|та|те)\b|"
    r"(?:19|20)\d\d\s+жылы|өткен\s+(?:жылы|айда|аптада)|былтыр|"
    # this year, no day: "биылғы Жолдауында", "в Послании этого года", "this year's address"
    r"биылғы|биыл|этого\s+года|в\s+этом\s+году|this\s+year[’']s)", re.I)

ORGANISER_BY_TYPE = {
    "commission_meeting": {"ru": "Конституционная комиссия", "kk": "Конституциялық комиссия", "en": "Constitutional Commission"},
    "results": {"ru": "Центральная избирательная комиссия", "kk": "Орталық сайлау комиссиясы", "en": "Central Election Commission"},
    "referendum": {"ru": "Центральная избирательная комиссия", "kk": "Орталық сайлау комиссиясы", "en": "Central Election Commission"},
    "election": {"ru": "Центральная избирательная комиссия", "kk": "Орталық сайлау комиссиясы", "en": "Central Election Commission"},
}

# A plan, not a happening: the trigger's clause speaks of the future ("заседание состоится", "will be held",
# "комиссия отырысында қаралатын" — a future participle). Looked for in the trigger's clause only.
FUTURE = {
    # words that put the trigger itself in the future; "в преддверии референдума", "ahead of the vote", "the upcoming
    # referendum" date another thing and are left out
    "ru": re.compile(r"\b(?:состоится|состоятся|пройд[её]т|пройдут|будет|будут|планиру\w+|запланирован\w*|намечен\w*|"
                     r"предстоит|откроется|откроются|соберется|соберётся|соберутся|проведут|проведет|проведёт|"
                     r"начнется|начнётся|ожида\w+ся|намерен[аы]?|на\s+следующей\s+неделе|"
                     r"в\s+ближайш\w+\s+(?:время|дни)|объявит|объявят|огласит|огласят|подвед[её]т|подведут|опубликует|"
                     r"опубликуют|подпишет|рассмотрит|рассмотрят|обсудит|обсудят|соберет|соберут|выступит|встретится|"
                     r"встретятся|откроет|примет\s+участие|"
                     # a sitting set for a day: "Следующее заседание группы назначено на пятницу"
                     r"назначен[аоы]?\s+на\s+(?:[\w-]+\s+)?(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|\d))\b", re.I),
    # the future participle nominalised ("қаралатынын", "өтетіні"; a noun in -ат/-ет takes "-ін", "-інде", never
    # "-інін"), the common attributive ones ("өтетін сайлау"), the passive future ("өткізіледі", "жарияланады")
    # ("өткізген болатын" after a past participle is the pluperfect, "had held")
    "kk": re.compile(r"\b\w+(?:атын|етін|йтын|йтін)(?:ын|ін|ы|і)\b|\b(?:өтетін|өткізілетін|"
                     r"(?<!ған\s)(?<!ген\s)(?<!қан\s)(?<!кен\s)болатын|басталатын|жарияланатын|"
                     r"ұйымдастырылатын|қаралатын|өтеді|жариялайды|өткізеді|қол\s+қояды|талқылайды|келесі\s+аптада|"
                     r"жақын\s+арада|өтпек\w*|болмақ\w*|\w+(?:мақ|мек|бақ|бек|пақ|пек)шы|"
                     # what is done again and again from now on: "ақпарат сайтта жарияланып отырады"
                     r"\w+(?:ып|іп|п)\s+(?:отырады|тұрады)|"
                     # not the past of a verb in -ла/-ле: "талқылады" (discussed), "қорытындылады" (summed up)
                     r"(?!(?:талқы|қорытынды)лады\b)\w+(?:ылады|іледі|анады|енеді)|жоспарлан\w*)\b", re.I),
    # "will"/"would" only with a verb of the event itself: "a law that will take effect" leaves the sitting past
    "en": re.compile(r"\b(?:(?:will|would|shall|is\s+to|are\s+to)\s+(?:(?:also|then|again|now)\s+)?(?:be\s+(?:held|convened|"
                     r"published|signed|announced|opened|released)|hold|meet|convene|gather|take\s+place|sign|publish|"
                     r"announce|open|begin|start|discuss|consider|vote|go\s+to\s+the\s+polls|receive)|"
                     r"(?:is|are)\s+(?:scheduled|expected|due|set|planned)\b|scheduled\s+for|(?:plans|intends|expects|hopes)\s+to|"
                     # a law's rule for when it applies: "it takes effect ten days after its official publication"
                     r"(?:takes|take|comes|come)\s+(?:effect|into\s+force)\s+(?:[\w-]+\s+){0,3}?(?:after|once|upon)|"
                     r"to\s+be\s+held|next\s+(?:week|month)|tomorrow)\b", re.I),
}
# A date this long before the document's is not its news but something it recalls.
BACKGROUND_AFTER_DAYS = 7


# Triggers whose type the document tells, not the words: a vote narrated without its noun ("Voters went to the polls on
# Sunday", "Жексенбі күні дауыс беру … өтті", "Избиратели пришли на участки") is the referendum or the election the
# document is about; an ordinal sitting without its body ("на пятом заседании", "at its sixth session") is a sitting of
# the body whose sitting the document reported before; an act setting something up named by a pronoun ("Распоряжение о
# ее создании подписано в среду", "The order establishing it was signed") is the creation of the working group the
# sentence before names.
ANAPHORIC_TRIGGERS = {
    # … counted in the genitive: "более девяти миллионов казахстанцев пришли на участки"
    "ru": [("vote", re.compile(r"\b(?:[Ии]збиратели|[Кк]азахстанцы|[Гг]раждане|[Жж]ители|(?:[Ии]збирател|[Кк]азахстанц|"
                               r"[Гг]раждан|[Жж]ител)(?:ей|ев)(?=\s+(?:пришли|проголосовали|отдали)))\s+(?:[\w-]+\s+){0,4}?(?:пришли\s+на\s+"
                               r"(?:избирательные\s+)?участки|(?:про)?голосовали|отдали\s+(?:свои\s+)?голоса|"
                               # the ballot's question answered: "Вчера казахстанцы отвечали на вопрос: «…»"
                               r"(?:ответили|отвечали)\s+на\s+(?:[\w-]+\s+)?вопрос)|"
                               # the voting opening or closing on the day: "Голосование началось в 7:00"
                               r"[Гг]олосовани\w+\s+(?:[\w-]+\s+){0,6}?(?:прошло|состоялось|началось|завершилось|стартовало)\b|"
                               r"\b(?:прошло|состоялось)\s+голосовани|"
                               # the stations closing on the day: "Последние участки закрылись в 20:00"
                               r"\b(?:[Пп]оследние\s+|[Ии]збирательные\s+)?участки\s+(?:[\w-]+\s+){0,3}?закрылись\b")),
           ("sitting", re.compile(r"\b(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|очередн|заключительн|"
                                  r"итогов)\w*\s+заседани\w*")),
           ("creation", re.compile(r"\b(?:[Рр]аспоряжени|[Пп]риказ|[Пп]остановлени)\w*\s+о\s+(?:е[её]|его)\s+(?:создании|образовании)\s+"
                                   r"(?:[\w-]+\s+){0,4}?подписан|подписал\w*\s+(?:[\w-]+\s+){0,2}?(?:распоряжени|приказ|постановлени)\w*"
                                   r"\s+о\s+(?:е[её]|его)\s+(?:создании|образовании)")),
           # the act named back by a common noun: "Документ, подписанный Президентом вчера, …", "Документ подписан в среду"
           ("signed_document", re.compile(r"\b[Дд]окумент(?:,\s+|\s+(?:был\s+)?)подписан\w*"))],
    "kk": [("vote", re.compile(r"\bдауыс\s+беру\s+(?:[\w:-]+\s+){0,8}?(?:өтті|басталды|аяқталды|басталып)\b|"
                               # "ел азаматтары таңертеңнен бастап сайлау учаскелеріне барды"
                               r"\b(?:[Сс]айлаушылар|[Ққ]азақстандықтар|[Аа]заматтар|[Тт]ұрғындар)\w*\s+(?:[\w-]+\s+){0,6}?"
                               # … with the day and the hour between: "жексенбі күні таңғы сағат жетіден бастап учаскелерге ағылды"
                               r"(?:дауыс\s+берді|(?:сайлау\s+)?учаскелер(?:ге|іне)\s+(?:келді|барды|жиналды|ағылды))|"
                               # … with what they went to elect between: "сайлаушылар жаңа парламент депутаттарын сайлау
                               # үшін учаскелерге барды"
                               r"\b(?:[Сс]айлаушылар|[Ққ]азақстандықтар|[Аа]заматтар|[Тт]ұрғындар)\w*\s+[^.!?]{0,150}?\s"
                               r"(?:сайлау|дауыс\s+беру)\s+үшін\s+(?:сайлау\s+)?учаскелер(?:ге|іне)\s+(?:келді|барды|жиналды|ағылды)|"
                               # "ел азаматтары жаңа Конституция бойынша референдумға қатысты": the people took part
                               r"\b(?:[Сс]айлаушылар|[Ққ]азақстандықтар|[Аа]заматтар|[Тт]ұрғындар)\w*\s+"
                               r"(?:[\w-]+\s+){0,6}?(?:референдумға|сайлауға)\s+(?:белсене\s+|белсенді\s+)?қатысты\b")),
           ("sitting", re.compile(r"\b(?:бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы|"
                                  r"алғашқы|кезекті|қорытынды)\s+отырыс\w*")),
           ("creation", re.compile(r"\b(?:[Оо]ны|[Тт]опты)\s+құру\s+туралы\s+(?:[\w-]+\s+){0,3}?(?:өкім|бұйрық|қаулы)\w*\s+(?:[\w-]+\s+){0,5}?"
                                   r"қол\s+қой"))],
    "en": [("vote", re.compile(r"\b(?:[Vv]oters|Kazakhstanis|Kazakhs|[Cc]itizens|[Rr]esidents)\s+(?:[\w-]+\s+){0,4}?(?:(?:went|headed|came|turned\s+out)"
                               r"\s+to\s+(?:the\s+)?polls?\b|cast\s+(?:their\s+)?(?:ballots|votes)\b)|"
                               # the people electing: "Voters elected the 145 members of the new parliament on Sunday"
                               r"\b(?:[Vv]oters|Kazakhstanis|[Cc]itizens)\s+elected\b|"
                               # "Citizens voted on Sunday at polling stations …"; not "70% of voters voted for it", a figure
                               r"(?<!\bof\s)\b(?:[Vv]oters|Kazakhstanis|[Cc]itizens)\s+voted\s+(?=on\s+[A-Z]\w+day\b|"
                               r"at\s+(?:polling|\d)|across\b)|"
                               # the stations opening on the day: "Polling stations across the country opened at 7 a.m."
                               r"\b[Pp]olling\s+stations\s+(?:[\w-]+\s+){0,4}?(?:opened|closed)\b|"
                               # "Sunday's vote was held at 10,000 polling stations"
                               r"\b(?:[Vv]oting|[Tt]he\s+vote|[A-Z]\w+day[’']s\s+vote)\s+(?:took\s+place|was\s+held)\b|"
                               # how the day went: "voting passed without major incidents", "the vote went off smoothly"
                               r"\b(?:[Vv]oting|[Tt]he\s+vote|[Tt]he\s+referendum|[Tt]he\s+elections?)\s+"
                               # … with its day: "Voting on Sunday went smoothly"
                               r"(?:on\s+\w+day\s+)?(?:passed|went)\s+(?:off\s+)?"
                               r"(?:peacefully|calmly|smoothly|quietly|without)\b")),
           ("sitting", re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|closing)\s+"
                                  r"(?:meeting|session|sitting)\b")),
           ("creation", re.compile(r"\b(?:order|decision|resolution)\s+(?:on\s+its\s+(?:creation|establishment)|(?:establishing|"
                                   r"setting\s+up|creating)\s+it)\s+(?:[\w-]+\s+){0,3}?(?:was|had\s+been|has\s+been)\s+signed|"
                                   # the act named back by "relevant": "The relevant order was signed on Wednesday"
                                   r"\b[Tt]he\s+relevant\s+(?:order|decision|resolution)\s+(?:was|had\s+been|has\s+been)\s+signed")),
           # the hand-over in a clause of time: "signed the decree on Wednesday, shortly after receiving the final draft
           # from the Commission"
           ("received_text", re.compile(r"\b(?:after|upon|on)\s+receiving\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:draft|text)\s+"
                                        r"(?:[\w-]+\s+){0,5}?from\b"))],
}
# The vote a document is about: its first vote noun, not the election commission or a polling station
VOTE_NOUNS = {
    "ru": re.compile(r"(?P<referendum>[Рр]еферендум)|(?P<election>\b[Вв]ыбор(?:ы|ов|ах|ам)\b)"),
    "kk": re.compile(r"(?P<referendum>[Рр]еферендум)|(?P<election>\b[Сс]айлау(?!шы)\w*(?!\s+(?:комиссия|учаске|округ)))"),
    "en": re.compile(r"(?P<referendum>[Rr]eferendum)|(?P<election>\b[Ee]lections?\b(?!\s+[Cc]ommission))"),
}
# A vote whose object is a constitution, in a text naming no vote: "votes on new Constitution", "голосуют по проекту
# Конституции", "Ата Заң жобасы бойынша дауыс береді"
VOTE_ON_CONSTITUTION = re.compile(r"\bvot\w*\s+(?:on|for|against)\s+(?:(?:the|a)\s+)?(?:new\s+|draft\s+)*Constitution|"
                                  # the people deciding on it: "voters have backed a new Constitution"
                                  r"\b(?:voters|citizens|Kazakhstanis)\s+(?:have\s+)?(?:backed|approved|endorsed|supported|"
                                  r"rejected)\s+(?:(?:the|a)\s+)?(?:new\s+|draft\s+)*Constitution|"
                                  r"\bto\s+adopt\s+(?:the\s+|a\s+)?new\s+Constitution|"
                                  # the polls' question: "went to the polls to decide on an entirely new Constitution"
                                  r"\bto\s+decide\s+on\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?Constitution|"
                                  # the share of the voters behind it: "87 percent of those who took part had backed the
                                  # new Constitution"
                                  r"\b(?:percent|per\s+cent|%)\s+of\s+[^.]{0,40}?\b(?:had\s+|have\s+)?(?:backed|approved|"
                                  r"endorsed|supported|rejected)\s+(?:(?:the|a)\s+)?(?:new\s+|draft\s+)*Constitution|"
                                  r"голосу\w*\s+(?:по|за|против)\s+(?:\w+\s+){0,2}?Конституци|"
                                  r"(?:Конституция|Ата\s+Заң)\w*\s+(?:\w+\s+){0,2}?(?:бойынша\s+)?дауыс\s+бер", re.I)
# A vote of the chambers is no referendum: a sentence naming them does not narrate the people's vote
PARLIAMENT_WORDS = re.compile(r"Мажилис|Сенат|Парламент|палат|депутат|Мәжіліс|Parliament|Mazhilis|Senate|chamber|"
                              r"lawmakers|deputies|senators", re.I)
SITTING_TYPES = ("commission_meeting", "parliament_session", "working_group")
