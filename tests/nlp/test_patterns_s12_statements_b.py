"""Statement patterns the blind sets 55 to 60 showed missing or overreaching, and their neighbours, each in short
sentences of our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_a_proposal_after_the_reported_clause_is_no_part_of_it(make_doc):
    doc = make_doc("Minister Arman Seitov said the old tariff had served its time, and proposed raising it next "
                   "year.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the old tariff had served its time")]


def test_a_reservation_naming_only_a_topic_ends_the_clause(make_doc):
    doc = make_doc("Inspectors from the ministry said the bridge had been built well, though they pointed to cracks "
                   "on the eastern side.", language="en")
    assert _said(extract_statements(doc)) == [("Inspectors from the ministry", "the bridge had been built well")]


def test_a_reservation_with_its_own_clause_stays_a_statement(make_doc):
    doc = make_doc("Inspectors from the ministry said the bridge had been built well, though they noted that the "
                   "paint was thin.", language="en")
    assert _said(extract_statements(doc)) == [("Inspectors from the ministry", "the bridge had been built well"),
                                              ("Inspectors from the ministry", "the paint was thin")]


def test_the_head_of_state_with_an_adverb_of_time_before_the_verb(make_doc):
    doc = make_doc("Председателем совета назначена судья Дана Абенова.\n\nГлава государства ранее подчеркнул, что все "
                   "замечания будут учтены.")
    assert _said(extract_statements(doc)) == [("Касым-Жомарт Токаев", "все замечания будут учтены")]


def test_a_role_with_an_adverb_of_time_is_still_the_role(make_doc):
    doc = make_doc("Председателем совета назначена судья Дана Абенова.\n\nПредседатель ранее подчеркнула, что все "
                   "замечания будут учтены.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "все замечания будут учтены")]


def test_the_head_of_the_region_is_the_akim_of_the_oblast(make_doc):
    doc = make_doc("Аким области Арман Сеитов встретился с депутатами.\n\nСекретарь маслихата Дана Абенова отметила, "
                   "что депутаты подготовили десять предложений.\n\n«Мы обсудим каждое из них», — сказал глава региона.")
    assert _said(extract_statements(doc)) == [("Дана Абенова", "депутаты подготовили десять предложений"),
                                              ("Арман Сеитов", "Мы обсудим каждое из них")]


def test_a_farmer_named_before_is_called_again_by_his_trade(make_doc):
    doc = make_doc("Ауданнан келген фермер Қайрат Омаров жиынға қатысты.\n\n«Су жетпейді», — деді фермер.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Қайрат Омаров", "Су жетпейді")]


def test_a_farmer_named_before_is_called_again_by_his_trade_in_russian(make_doc):
    doc = make_doc("Фермер Кайрат Омаров приехал на слушания.\n\n«Воды не хватает», — сказал фермер.")
    assert _said(extract_statements(doc)) == [("Кайрат Омаров", "Воды не хватает")]


def test_a_capitalised_role_before_a_surname_named_in_full_elsewhere(make_doc):
    doc = make_doc("Заңгер Нұрлан Әбілов жоба жетілгенін айтты.\n\nСарапшы Әбіловтің пікірінше, жаңа бөлім кеңейген.",
                   language="kk")
    assert _said(extract_statements(doc)) == [("Нұрлан Әбілов", "жоба жетілгенін"),
                                              ("Нұрлан Әбілов", "жаңа бөлім кеңейген")]


def test_a_role_word_that_is_a_first_name_stays_a_name(make_doc):
    doc = make_doc("Ғалым Серікбаев жиында сөйледі. Ғалым Серікбаев жоба жетілгенін айтты.", language="kk")
    assert _said(extract_statements(doc)) == [("Ғалым Серікбаев", "жоба жетілгенін")]


def test_a_long_description_then_the_name_then_when_and_to_whom_before_a_colon(make_doc):
    doc = make_doc("Досым, салық саласының маманы Ерлан Досанов бірде маған: «Есеп ашық болса, сенім де болады», — "
                   "деген еді.", language="kk")
    assert _said(extract_statements(doc)) == [("Ерлан Досанов", "Есеп ашық болса, сенім де болады")]


def test_spoke_from_the_heart_after_a_quote(make_doc):
    doc = make_doc("Қостанайда дауыс берген дәрігер Айгүл Бекова «бұл күн мен үшін мереке болды» деп ағынан "
                   "жарылды.", language="kk")
    assert _said(extract_statements(doc)) == [("Айгүл Бекова", "бұл күн мен үшін мереке болды")]


def test_a_farmer_with_a_surname_of_no_russian_shape_is_named(make_doc):
    doc = make_doc("Учитель Арман Тулеуов сказал, что ученики прочли проект.\n\nФермер Нурлан Жаксыбай, в свою очередь, "
                   "заявил, что ему важно понять, как изменятся налоги.")
    assert _said(extract_statements(doc)) == [("Арман Тулеуов", "ученики прочли проект"),
                                              ("Нурлан Жаксыбай", "ему важно понять, как изменятся налоги")]


def test_when_it_was_said_between_the_verb_and_the_clause(make_doc):
    doc = make_doc("Декан Мария Ахметова сказала журналистам после собрания, что факультет получил новое здание.")
    assert _said(extract_statements(doc)) == [("Мария Ахметова", "факультет получил новое здание")]


def test_an_adverb_of_time_set_off_after_an_apposition(make_doc):
    doc = make_doc("Мой сосед, адвокат Ерлан Досанов, как-то заметил, что хороший договор помещается на одной "
                   "странице.")
    assert _said(extract_statements(doc)) == [("Ерлан Досанов", "хороший договор помещается на одной странице")]


def test_a_resident_with_a_short_surname(make_doc):
    doc = make_doc("Жительница Экибастуза Ольга Пак сказала, что впервые увидела новый закон целиком.")
    assert _said(extract_statements(doc)) == [("Ольга Пак", "впервые увидела новый закон целиком")]


def test_an_expectation_is_voiced(make_doc):
    doc = make_doc("Экономист Арман Сеитов ожидает, что цены стабилизируются к осени.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "цены стабилизируются к осени")]


def test_the_subject_of_a_first_act_speaks_after_but(make_doc):
    doc = make_doc("Адвокат Ерлан Досанов поддержал поправки, но заметил, что суды к ним не готовы.")
    assert _said(extract_statements(doc)) == [("Ерлан Досанов", "суды к ним не готовы")]


def test_a_new_subject_after_but_is_the_speaker(make_doc):
    doc = make_doc("Закон принят, но адвокаты отметили, что суды к нему не готовы.")
    assert _said(extract_statements(doc)) == [("Адвокаты", "суды к нему не готовы")]


def test_said_no_opening_the_subject_of_a_clause(make_doc):
    doc = make_doc("Judge Arman Seitov spoke first. He said no complaints had been filed that could change the result.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "no complaints had been filed that could change the "
                                                               "result")]


def test_said_no_as_a_vote_is_no_statement(make_doc):
    doc = make_doc("Some 8,000 voters said no to the plan.", language="en")
    assert _said(extract_statements(doc)) == []


def test_told_members_then_a_clause_without_that(make_doc):
    doc = make_doc("Engineer Arman Seitov told members the plan keeps the old bridge.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the plan keeps the old bridge")]


def test_put_it_to_me_over_dinner_before_a_colon(make_doc):
    doc = make_doc('Dana Abenova, a nurse in Taraz whom I have known for years, put it to me bluntly over dinner: '
                   '"Doctors will read the rules the old way."', language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "Doctors will read the rules the old way")]


def test_told_me_before_a_colon(make_doc):
    doc = make_doc('Dana Abenova, a former clerk who now advises charities, told me: "The rule only matters when you '
                   'need it."', language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "The rule only matters when you need it")]


def test_a_person_called_again_by_age(make_doc):
    doc = make_doc('Nurse Dana Abenova spoke first. Student Arman Seitov said he had come with his sister. "My mother '
                   'voted here," the 19-year-old said.', language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "he had come with his sister"),
                                              ("Arman Seitov", "My mother voted here")]


def test_the_one_told_is_no_speaker_in_english(make_doc):
    doc = make_doc("Minister Arman Seitov met the akim. The minister was also told that the plan is expected next "
                   "week.", language="en")
    assert _said(extract_statements(doc)) == []


def test_the_one_told_in_the_dative_is_no_speaker(make_doc):
    doc = make_doc("Министр Арман Сеитов встретился с акимом. Министру доложили, что жители направили тысячу "
                   "предложений.")
    assert _said(extract_statements(doc)) == []


def test_whoever_told_the_meeting_is_the_speaker(make_doc):
    doc = make_doc("Arman Seitov told the meeting that the plan is ready.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the plan is ready")]


def test_the_name_between_turned_to_and_whom(make_doc):
    doc = make_doc("Аким Арман Сеитов провел встречу. «Решения должны приниматься ближе к вам», – обратился Сеитов к "
                   "собравшимся.")
    assert _said(extract_statements(doc)) == [("Арман Сеитов", "Решения должны приниматься ближе к вам")]


def test_turned_to_a_court_is_no_speech(make_doc):
    doc = make_doc("Аким Арман Сеитов обратился в суд, чтобы оспорить решение.")
    assert _said(extract_statements(doc)) == []
