-- Every version of the Constitution, with its dates, status and how many of its articles the dataset holds.
SELECT
    version_id, date, in_force_from, in_force_until, status, title, kind,
    array_to_string(languages, ', ') AS languages,
    adilet_code, amending_act, article_count, source_urls, note, articles_in_dataset
FROM core_constitution_versions
ORDER BY date, version_id
