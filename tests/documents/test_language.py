from pipeline.documents.language import detect_language


def test_russian_kazakh_english():
    assert detect_language("Конституционная комиссия провела заседание в Астане и обсудила проект.") == "ru"
    assert detect_language("Конституциялық комиссия Астанада отырыс өткізіп, жобаны талқылады.") == "kk"
    assert detect_language("The Constitutional Commission met in Astana to discuss the draft.") == "en"


def test_russian_text_with_a_kazakh_name_stays_russian():
    text = ("Председатель комиссии напомнила, что проект обсуждался во всех регионах страны. " * 5
            + "Участники встречи посетили «Қазақстан Халық Кеңесі».")
    assert detect_language(text) == "ru"


def test_too_short_text_falls_back_to_the_hint():
    assert detect_language("12:00", hint="kk") == "kk"
    assert detect_language("12:00") is None
