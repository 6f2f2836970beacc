"""Patterns the third blind set showed missing, and their neighbours, each in short sentences of our own (not the
labelled texts)."""
from datetime import date

from pipeline.nlp import extract_events, extract_statements


# --- statements: a pronoun with an adverb refers back to the person named before ------------------------------

def test_ru_pronoun_with_also_after_po_slovam(make_doc, pairs):
    doc = make_doc("По словам министра Армана Сеитова, бюджет готов.\n\n"
                   "Он также добавил, что цены снизятся.\n\n"
                   "Депутат Айгуль Бекова заявила, что закон нужен.\n\n"
                   "Она же отметила, что сроки сжатые.")
    assert pairs(extract_statements(doc)) == [
        ("Арман Сеитов", "бюджет готов"), ("Арман Сеитов", "цены снизятся"),
        ("Айгуль Бекова", "закон нужен"), ("Айгуль Бекова", "сроки сжатые"),
    ]


def test_kk_pronoun_with_also_and_the_adverb_left_out_of_the_clause(make_doc, pairs):
    doc = make_doc("Министр Арман Сейітов бюджет дайын екенін айтты. Ол сондай-ақ бағалар төмендейтінін атап өтті.",
                   language="kk")
    assert pairs(extract_statements(doc)) == [("Арман Сейітов", "бюджет дайын"),
                                               ("Арман Сейітов", "бағалар төмендейтінін")]


# --- statements: English subjects without auxiliaries, collectives with a quantifier -----------------------------

def test_en_auxiliaries_are_not_part_of_the_speaker(make_doc, pairs):
    doc = make_doc("Officials have stressed that the plan was drafted with care.\n\n"
                   "Minister Arman Seitov said the budget was ready. He has also said that prices would fall.",
                   language="en")
    assert pairs(extract_statements(doc)) == [
        ("Officials", "the plan was drafted with care"), ("Arman Seitov", "the budget was ready"),
        ("Arman Seitov", "prices would fall"),
    ]


def test_quantified_collectives_in_three_languages(make_doc, pairs):
    doc = make_doc("Some deputies said they would vote for the bill.\n\nMany analysts have argued that the timing was rushed.",
                   language="en")
    rows = extract_statements(doc)
    assert pairs(rows) == [("Some deputies", "they would vote for the bill"),
                            ("Many analysts", "the timing was rushed")]
    assert all(r["is_collective"] for r in rows)
    doc = make_doc("Ряд экспертов считает, что норма размыта.\n\nНекоторые депутаты заявили, что поддержат закон.")
    assert pairs(extract_statements(doc)) == [("Ряд экспертов", "норма размыта"),
                                               ("Некоторые депутаты", "поддержат закон")]
    doc = make_doc("Кейбір депутаттар заң қажет екенін айтты.", language="kk")
    assert pairs(extract_statements(doc)) == [("Кейбір депутаттар", "заң қажет")]


def test_en_asides_and_a_named_audience_before_a_bare_clause(make_doc, pairs):
    doc = make_doc("Critics, however, say that the discussion period was short.\n\n"
                   "Minister Azamat Seitov told The Astana Times the law was ready.\n\n"
                   "A number of analysts believe the reform will strengthen Parliament.", language="en")
    assert pairs(extract_statements(doc)) == [
        ("Critics", "the discussion period was short"), ("Azamat Seitov", "the law was ready"),
        ("A number of analysts", "the reform will strengthen Parliament"),
    ]


def test_pronoun_after_a_connective_in_ru_and_kk(make_doc, pairs):
    doc = make_doc("Министр Азамат Сеитов заявил, что закон готов. Кроме того, он отметил, что сроки сжатые. "
                   "Он, в частности, подчеркнул, что бюджет есть.")
    assert pairs(extract_statements(doc)) == [("Азамат Сеитов", "закон готов"), ("Азамат Сеитов", "сроки сжатые"),
                                               ("Азамат Сеитов", "бюджет есть")]
    doc = make_doc("Министр Азамат Сейітов заң дайын екенін айтты. Сонымен қатар ол мерзім қысқа екенін атап өтті.",
                   language="kk")
    assert pairs(extract_statements(doc)) == [("Азамат Сейітов", "заң дайын"), ("Азамат Сейітов", "мерзім қысқа")]


# --- events: a date the text cites for another happening does not date the reported act --------------------------

def test_a_cited_date_of_an_earlier_vote_does_not_date_the_decree(make_doc, events):
    published = "2026-04-16T15:00:00+05:00"
    doc = make_doc("President Tokayev signed a decree on carrying out the Constitution adopted at the nationwide "
                   "referendum on March 15.", language="en", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "decree")]
    doc = make_doc("Президент подписал указ о мерах по реализации Конституции, принятой 15 марта на республиканском "
                   "референдуме.", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "decree")]
    doc = make_doc("Президент 2026 жылғы 15 наурызда республикалық референдумда қабылданған Конституцияны іске асыру "
                   "шаралары туралы Жарлыққа қол қойды.", language="kk", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "decree")]
    # the act's own day, written in the same sentence, still counts
    doc = make_doc("Глава государства 14 апреля подписал указ о реализации Основного закона, одобренного на "
                   "референдуме 15 марта.", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 14), "decree")]


# --- events: parliament sittings ---------------------------------------------------------------------------------

def test_parliament_sittings_in_three_languages(make_doc, events):
    published = "2026-04-16T18:00:00+05:00"  # a Thursday
    for text, language in (("The Senate and the Mazhilis met on Wednesday for a joint sitting.", "en"),
                           ("Lawmakers gathered on April 15 for a plenary session of the Mazhilis.", "en"),
                           ("В среду палаты Парламента провели совместное заседание.", "ru"),
                           ("Депутаты Мажилиса накануне собрались на пленарное заседание.", "ru"),
                           ("Кеше Сенат пен Мәжілістің бірлескен отырысы өтті.", "kk")):
        doc = make_doc(text, language=language, published=published)
        assert events(extract_events(doc)) == [(date(2026, 4, 15), "parliament_session")], text


# --- events: plans are no events -------------------------------------------------------------------------------

def test_planned_events_are_no_events(make_doc, events):
    published = "2026-04-16T10:00:00+05:00"
    for text, language in (("Совместное заседание палат Парламента состоится 20 апреля.", "ru"),
                           ("Круглый стол, посвященный проекту, пройдет в Академии в понедельник.", "ru"),
                           ("ЦИК объявит окончательные итоги референдума завтра.", "ru"),
                           ("The chambers will meet for a joint sitting on April 20.", "en"),
                           ("A round table on the draft is scheduled for next week.", "en"),
                           ("The commission said it would hold its next meeting on Friday.", "en"),
                           ("Дөңгелек үстел 20 сәуірде Академияда өтеді.", "kk"),
                           ("ОСК ертең референдумның түпкілікті қорытындысын жариялайды.", "kk")):
        assert extract_events(make_doc(text, language=language, published=published)) == [], text
    # something held later the same day is that day's event
    doc = make_doc("Сегодня в Астане пройдет круглый стол по проекту Конституции.", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "round_table")]


def test_a_meeting_named_in_what_someone_says_will_happen_is_not_the_news(make_doc, events):
    doc = make_doc("Конституциялық комиссия дайындаған Ата Заң жобасы бүгін жарияланды.\n\n"
                   "Комиссия мүшесі азаматтардың ұсыныстары комиссия отырысында қаралатынын айтты.", language="kk",
                   published="2026-04-16T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "publication")]


# --- events: background --------------------------------------------------------------------------------------------

def test_recollections_are_no_events(make_doc, events):
    published = "2026-04-16T10:00:00+05:00"
    doc = make_doc("Сегодня в Академии прошел круглый стол.\n\n"
                   "Напомним, 15 марта прошел республиканский референдум. Тогда же состоялся брифинг ЦИК.",
                   published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "round_table")]
    doc = make_doc("Еске сала кетейік, 15 наурызда республикалық референдум өтті. Сол күні ОСК брифинг өткізді.",
                   language="kk", published=published)
    assert extract_events(doc) == []
    # a day weeks before the report, or only a month or a year: something recalled, not the news
    for text, language in (("8 сентября 2025 года Президент выступил с Посланием народу Казахстана.", "ru"),
                           ("Президент в сентябре прошлого года выступил с Посланием.", "ru"),
                           ("In September, President Tokayev delivered his annual address to the nation.", "en"),
                           ("Мемлекет басшысы өткен жылы қыркүйекте Жолдау жариялады.", "kk")):
        assert extract_events(make_doc(text, language=language, published=published)) == [], text
    doc = make_doc("Tokayev, who announced the referendum in his annual address last September, signed the law on "
                   "Friday.", language="en", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 10), "law_signed")]


def test_an_interview_reports_no_event(make_doc):
    doc = make_doc("Вчера состоялось заседание Конституционной комиссии. Мы поговорили с ее членом.\n\n"
                   "– Что обсуждали?\n\n– Права граждан.\n\n– Когда будет готов проект?\n\n– Скоро.",
                   published="2026-04-16T10:00:00+05:00")
    assert extract_events(doc) == []
    doc = make_doc("Q: How do you see the draft?\n\nA: It is balanced.\n\nQ: What comes next?\n\nA: A round table "
                   "was held yesterday, and now the vote.", language="en", published="2026-04-16T10:00:00+05:00")
    assert extract_events(doc) == []


# --- events: dates and words ---------------------------------------------------------------------------------------

def test_relative_and_written_dates(make_doc, events):
    published = "2026-04-16T10:00:00+05:00"
    cases = (("Днем ранее в Академии состоялся круглый стол.", "ru", date(2026, 4, 15)),
             # the eve of the vote is no date relative to the report
             ("Накануне референдума Президент провел встречу с жителями Астаны.", "ru", date(2026, 4, 16)),
             ("A round table took place at the Academy on 15 April.", "en", date(2026, 4, 15)),
             ("A round table took place at the Academy on April 14th.", "en", date(2026, 4, 14)),
             ("Бейсенбіде Академияда дөңгелек үстел өтті.", "kk", date(2026, 4, 16)),
             ("14 сәуірде Академияда дөңгелек үстел өтті.", "kk", date(2026, 4, 14)))
    for text, language, expected in cases:
        rows = extract_events(make_doc(text, language=language, published=published))
        assert [r["event_date"] for r in rows] == [expected], text
    # "3 decades" is no date
    doc = make_doc("A round table took place at the Academy, 3 decades after the first Constitution.", language="en",
                   published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "round_table")]


def test_kazakh_adopted_texts_and_following_a_meeting(make_doc, events):
    published = "2026-04-16T10:00:00+05:00"
    doc = make_doc("Мәжілістің пленарлық отырысында депутаттар заңды қабылдады.", language="kk", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "parliament_session")]
    doc = make_doc("Президент Ақордада Конституциялық сот төрағасын қабылдады. Кездесу қорытындысы бойынша Мемлекет "
                   "басшысы Жарлыққа қол қойды.", language="kk", published=published)
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "decree"), (date(2026, 4, 16), "meeting")]


def test_an_event_named_in_a_quoted_title_is_not_reported(make_doc, events):
    doc = make_doc("Президент выступил на форуме «Круглый стол: Конституция и общество».",
                   published="2026-04-16T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "public_discussion")]


def test_more_ways_of_writing_the_event_and_plans_of_other_things(make_doc, events):
    published = "2026-04-16T10:00:00+05:00"  # a Thursday
    cases = (("President Tokayev held talks with the Prime Minister on Wednesday.", "en", "meeting"),
             ("Abdirov told a news conference on Wednesday that turnout was high.", "en", "briefing"),
             ("The Constitutional Commission unveiled the draft on Wednesday.", "en", "publication"),
             ("Tokayev signed the constitutional law on the Kurultai into law on Wednesday.", "en", "law_signed"),
             ("Tokayev issued a decree on Wednesday setting up the commission.", "en", "decree"),
             # a plan or a future of something else in the same sentence leaves the event in the past
             ("President Tokayev met with residents of Kyzylorda on Wednesday ahead of the referendum.", "en",
              "public_discussion"),
             ("Deputies at a joint session on Wednesday approved laws that will take effect on July 1.", "en",
              "parliament_session"),
             ("Накануне Президент провел переговоры с премьер-министром.", "ru", "meeting"),
             ("Вчера проект Конституции размещен на портале открытых правовых актов.", "ru", "publication"),
             ("Кеше Президент премьер-министрмен келіссөздер жүргізді.", "kk", "meeting"))
    for text, language, kind in cases:
        doc = make_doc(text, language=language, published=published)
        assert events(extract_events(doc)) == [(date(2026, 4, 15), kind)], text


def test_english_headlines_in_the_present(make_doc, events):
    doc = make_doc("The President signed it in Akorda.", language="en", published="2026-04-16T10:00:00+05:00",
                   title="Tokayev signs decree on implementing new Constitution")
    assert events(extract_events(doc)) == [(date(2026, 4, 16), "decree")]
    doc = make_doc("Polling stations opened at 7 a.m.", language="en", published="2026-03-15T10:00:00+05:00",
                   title="Kazakhstan holds constitutional referendum")
    assert events(extract_events(doc)) == [(date(2026, 3, 15), "referendum")]


def test_each_type_in_other_words(make_doc, events):
    cases = (
        ("Конституционная комиссия вчера одобрила итоговый вариант проекта.", "ru", "commission_meeting"),
        ("The Constitutional Commission approved the final version of the draft on Wednesday.", "en", "commission_meeting"),
        ("Вчера в Павлодаре состоялась встреча депутатов с жителями города.", "ru", "public_discussion"),
        # a meeting with residents is a public discussion, not a reception as well
        ("Кеше Павлодарда депутаттар тұрғындармен кездесті.", "kk", "public_discussion"),
        ("Мажилис вчера одобрил в первом чтении конституционный закон о Курултае.", "ru", "parliament_session"),
        ("The Mazhilis passed the constitutional law on the Kurultai in its first reading on Wednesday.", "en",
         "parliament_session"),
        ("Кеше Мәжіліс депутаттары Құрылтай туралы заң жобасын мақұлдады.", "kk", "parliament_session"),
        ("Вчера проект Конституции вынесен на всенародное обсуждение.", "ru", "publication"),
        ("Кеше жаңа Конституцияның жобасы жалпыхалықтық талқылауға ұсынылды.", "kk", "publication"),
        ("The draft was put up for public discussion on Wednesday.", "en", "publication"),
        ("Justice Minister Azamat Seitov briefed reporters on the draft on Wednesday.", "en", "briefing"),
    )
    for text, language, kind in cases:
        doc = make_doc(text, language=language, published="2026-04-16T10:00:00+05:00")
        assert events(extract_events(doc)) == [(date(2026, 4, 15), kind)], text


def test_votes_and_entry_into_force_in_other_words(make_doc, events):
    cases = (("В Казахстане завершилось голосование на республиканском референдуме.", "ru", "referendum"),
             ("Елімізде республикалық референдум басталды.", "kk", "referendum"),
             ("Polls opened across the country as citizens vote on a new Constitution.", "en", "referendum"))
    for text, language, kind in cases:
        doc = make_doc(text, language=language, published="2026-03-15T10:00:00+05:00")
        assert events(extract_events(doc)) == [(date(2026, 3, 15), kind)], text
    doc = make_doc("Kazakhstan elected its first unicameral Kurultai on Sunday.", language="en",
                   published="2026-08-24T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 8, 23), "election")]
    doc = make_doc("The new Constitution took effect on July 1.", language="en", published="2026-07-01T12:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 7, 1), "other")]
    doc = make_doc("The new Constitution will take effect on July 1.", language="en",
                   published="2026-06-20T12:00:00+05:00")
    assert extract_events(doc) == []


def test_two_events_of_one_kind_on_two_days(make_doc, events):
    doc = make_doc("14 сәуірде Академияда дөңгелек үстел өтті. 15 сәуірде Университетте тағы бір дөңгелек үстел өтті.",
                   language="kk", published="2026-04-16T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 14), "round_table"), (date(2026, 4, 15), "round_table")]
    # the same day twice is one event
    doc = make_doc("Вчера в Академии прошел круглый стол. Круглый стол вчера собрал сто участников.",
                   published="2026-04-16T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 4, 15), "round_table")]


def test_a_briefing_report_quoting_two_questions_is_still_a_report(make_doc, events):
    doc = make_doc("Сегодня в Астане состоялся брифинг председателя ЦИК Нурлана Абдирова.\n\n"
                   "Он рассказал о подготовке к голосованию.\n\nНа участках будут работать наблюдатели.\n\n"
                   "Бюллетени уже напечатаны.\n\nЖурналисты задали несколько вопросов.\n\n"
                   "– Когда откроются участки?\n\n– В семь утра.\n\n– Будут ли наблюдатели?\n\n– Да, будут.\n\n"
                   "Брифинг продлился час.\n\nСледующий пройдет в пятницу.\n\nАккредитация открыта.",
                   published="2026-03-10T10:00:00+05:00")
    assert events(extract_events(doc)) == [(date(2026, 3, 10), "briefing")]


def test_an_event_of_some_day_this_week_is_not_given_the_reports_day(make_doc):
    doc = make_doc("The Constitutional Commission held its ninth meeting earlier this week.", language="en",
                   published="2026-04-16T10:00:00+05:00")
    assert extract_events(doc) == []
