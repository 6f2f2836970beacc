-- Which article of one version is which article of the next, and the same article across languages.
SELECT * FROM core_article_alignment
ORDER BY version_a, language_a, version_b, language_b, article_id_a, article_id_b
