-- What changed in each article between consecutive versions, with a word-level diff.
SELECT * FROM core_article_changes
ORDER BY version_a, version_b, language, coalesce(article_id_a, article_id_b)
