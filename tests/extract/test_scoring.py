from pipeline.extract.scoring import score_page, shingles, summarise


def test_identical_texts_score_one_and_disjoint_zero():
    text = "The final draft has eleven sections and 96 articles."
    assert score_page(text, text).f1 == 1.0
    assert score_page("Snow and ice expected across the north tonight.", text).f1 == 0.0


def test_tokens_are_lowercased_word_runs_and_case_or_punctuation_do_not_count():
    assert score_page("ELEVEN sections, and 96 articles!", "eleven sections and 96 articles").f1 == 1.0


def test_leaked_boilerplate_costs_precision_missing_text_costs_recall():
    gold = "one two three four five six seven eight"
    leaky = score_page(gold + " share this on telegram now please", gold)
    assert leaky.recall == 1.0 and leaky.precision < 1.0
    short = score_page("one two three four five", gold)
    assert short.precision == 1.0 and short.recall < 1.0


def test_short_texts_are_one_shingle_and_empty_prediction_scores_zero():
    assert shingles("two words") == {("two", "words"): 1}
    assert score_page("", "some gold text here today").f1 == 0.0
    assert score_page("", "").f1 == 1.0


def test_pages_weigh_the_same_whatever_their_length():
    long_gold = " ".join(f"w{i}" for i in range(1000))
    summary = summarise([score_page(long_gold, long_gold), score_page("", "a b c d e")])
    assert summary.f1 == 0.5 and abs(summary.pooled_f1 - 2 / 3) < 1e-9
