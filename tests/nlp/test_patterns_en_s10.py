"""English statement patterns the blind sets 33 to 36 showed missing, and their neighbours, each in short sentences of
our own (not the labelled texts)."""
from pipeline.nlp import extract_statements


def _said(rows):
    return [(r["speaker_name"], r["statement_text"]) for r in rows]


def test_told_them_then_a_clause_without_that(make_doc):
    doc = make_doc("Mayor Dana Abenova met teachers in Taraz on Friday. Abenova told them the city would open two new "
                   "schools next year.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the city would open two new schools next year")]


def test_told_them_a_noun_is_no_statement(make_doc):
    doc = make_doc("Mayor Dana Abenova met teachers in Taraz on Friday. Abenova told them the story of the old school.",
                   language="en")
    assert _said(extract_statements(doc)) == []


def test_the_official_refers_back_to_the_person_named(make_doc):
    doc = make_doc("Deputy Governor Arman Seitov spoke at the akimat on Monday. \"The roads come first,\" Seitov said.\n\n"
                   "Asked about schools, the official noted that two had been repaired.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "The roads come first"),
                                              ("Arman Seitov", "two had been repaired")]


def test_but_said_opens_a_second_clause_without_that(make_doc):
    doc = make_doc("Minister Arman Seitov noted that the budget had grown, but said most of the money is already spent.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the budget had grown"),
                                              ("Arman Seitov", "most of the money is already spent")]


def test_but_said_nothing_stays_in_the_clause(make_doc):
    doc = make_doc("Minister Arman Seitov noted that the budget had grown, but said nothing about schools.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov",
                                               "the budget had grown, but said nothing about schools")]


def test_an_apposition_of_the_body_the_speaker_comes_from(make_doc):
    doc = make_doc("Observer Dana Abenova, from a student volunteer group, said that her group had visited 12 stations.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "her group had visited 12 stations")]


def test_a_person_the_writer_asked_unnamed(make_doc):
    doc = make_doc("I asked a school teacher in a small village what the vote meant to her. \"Mostly hope,\" she told "
                   "me.", language="en")
    assert _said(extract_statements(doc)) == [("A school teacher in a small village", "Mostly hope")]


def test_a_person_the_writer_asked_by_name_keeps_the_name(make_doc):
    doc = make_doc("I asked teacher Dana Abenova what the vote meant to her. \"Mostly hope,\" she told me.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "Mostly hope")]


def test_a_long_title_before_the_name_then_the_role_alone(make_doc):
    doc = make_doc("Chairman of the Board and of the Audit Committee Arman Seitov said that the audit had been finished. "
                   "Committee member Dana Abenova, a former accountant, agreed. \"The books are clean,\" she said.\n\n"
                   "The chairman stressed that the report would be published in May.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the audit had been finished"),
                                              ("Dana Abenova", "The books are clean"),
                                              ("Arman Seitov", "the report would be published in May")]


def test_a_quote_left_open_at_the_paragraph_end_goes_on_in_the_next(make_doc):
    doc = make_doc("\"The bridge is finished,\" said engineer Arman Seitov. \"It opens in May.\n\n\"Traffic will follow "
                   "by summer.\"", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "The bridge is finished"),
                                              ("Arman Seitov", "It opens in May.\n\n\"Traffic will follow by summer")]


def test_a_description_then_the_name_set_off_after_a_quote(make_doc):
    doc = make_doc("\"The roads are better,\" a farmer from the Aktobe region, Arman Seitov, said at the meeting. \"The "
                   "schools are not.\"", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "The roads are better"),
                                              ("Arman Seitov", "The schools are not")]


def test_a_second_verb_after_a_name_with_an_apposition(make_doc):
    doc = make_doc("Dana Abenova, a teacher from Taraz who attended the hearing, welcomed the new curriculum but warned "
                   "that the schools lacked books.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the schools lacked books")]


def test_a_second_verb_spelling_out_a_proposal_stays_no_statement(make_doc):
    doc = make_doc("Dana Abenova, a teacher from Taraz, proposed a new curriculum and suggested that it be tried in "
                   "two schools first.", language="en")
    assert _said(extract_statements(doc)) == []


def test_the_pronoun_and_verb_set_inside_a_clause_without_quotes(make_doc):
    doc = make_doc("Economist Arman Seitov expects slow growth. The new taxes, he said, will weigh on small firms.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov",
                                               "The new taxes, he said, will weigh on small firms")]


def test_the_inserted_verb_after_a_colon(make_doc):
    doc = make_doc("Arman Seitov, an economist in Almaty, disagreed: the tax, he argued, hurts small firms most.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the tax, he argued, hurts small firms most")]


def test_said_then_a_comma_and_the_quote_closing_the_sentence(make_doc):
    doc = make_doc("Arman Seitov, an economist, is watching the new tax. It is, he said, \"the hardest test for small "
                   "firms.\"", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the hardest test for small firms")]


def test_some_of_my_colleagues_as_a_group(make_doc):
    doc = make_doc("Some of my colleagues believe that the tax will be cut next year.", language="en")
    rows = extract_statements(doc)
    assert _said(rows) == [("Some of my colleagues", "the tax will be cut next year")]
    assert rows[0]["is_collective"]


def test_for_one_set_off_after_the_name(make_doc):
    doc = make_doc("Economist Arman Seitov, for one, insists that the tax will hurt small firms.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "the tax will hurt small firms")]


def test_a_name_or_role_and_verb_set_inside_a_clause_without_quotes(make_doc):
    doc = make_doc("Finance Minister Arman Seitov presented the budget on Monday. The new taxes, Seitov said, will weigh "
                   "on small firms. Most of the money, the minister added, will go to schools.", language="en")
    assert _said(extract_statements(doc)) == [
        ("Arman Seitov", "The new taxes, Seitov said, will weigh on small firms"),
        ("Arman Seitov", "Most of the money, the minister added, will go to schools")]


def test_a_person_the_writer_asked_by_the_role_alone(make_doc):
    doc = make_doc("Minister Arman Seitov opened the new school. I asked a teacher what had changed. \"The roof no longer "
                   "leaks,\" she told me.", language="en")
    assert _said(extract_statements(doc)) == [("A teacher", "The roof no longer leaks")]


def test_a_second_verb_after_a_comma_and_but(make_doc):
    doc = make_doc("Dana Abenova, a teacher, welcomed the plan, but warned that the schools lacked books.", language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the schools lacked books")]


def test_a_second_verb_after_a_name_with_a_relative_clause(make_doc):
    doc = make_doc("Dana Abenova, who teaches in Taraz, welcomed the plan but noted that the schools lacked books.",
                   language="en")
    assert _said(extract_statements(doc)) == [("Dana Abenova", "the schools lacked books")]


def test_a_participle_set_off_after_the_verb_is_no_inserted_clause(make_doc):
    doc = make_doc("Asked about the delay, Arman Seitov said, smiling, that the bridge would open in May.", language="en")
    assert not any("smiling" in text for _, text in _said(extract_statements(doc)))


def test_the_dateline_is_no_part_of_a_clause_said_after_it(make_doc):
    doc = make_doc("TARAZ – The new bridge will open in May, akim Arman Seitov told reporters on Monday.", language="en")
    assert _said(extract_statements(doc)) == [("Arman Seitov", "The new bridge will open in May")]
