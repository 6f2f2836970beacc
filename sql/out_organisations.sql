-- The institutions whose people spoke, with their aliases.
SELECT
    organisation_id, name,
    array_to_string(aliases, '; ') AS aliases,
    array_to_string(languages, ', ') AS languages,
    array_to_string(people, '; ') AS people,
    statement_count, document_count
FROM core_organisations
ORDER BY name, organisation_id
