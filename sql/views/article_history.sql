-- Every change to an article between consecutive versions of the Constitution, with both texts side by side.
SELECT
    c.version_a,
    c.version_b,
    c.language,
    c.article_number_a,
    c.article_number_b,
    coalesce(b.section_title, a.section_title) AS section_title,
    c.change_type,
    c.similarity,
    a.text AS text_a,
    b.text AS text_b,
    c.diff_text,
    c.is_sample
FROM article_changes AS c
LEFT JOIN articles AS a ON a.article_id = c.article_id_a
LEFT JOIN articles AS b ON b.article_id = c.article_id_b
ORDER BY c.version_a, c.version_b, c.language, coalesce(a.article_ordinal, b.article_ordinal)
