-- Every article of every version in every language, notes kept apart from the text.
SELECT
    article_id, version_id, language, section_number, section_title, article_number, article_ordinal, title,
    array_to_string(points, ', ') AS points,
    text,
    nullif(array_to_string(notes, chr(10)), '') AS notes,
    repealed, anchor, text_sha256, source_url, warc_file, warc_offset, is_sample
FROM core_articles
ORDER BY version_id, language, article_ordinal
