-- The people who spoke about the reform, their spellings joined.
SELECT
    person_id, name,
    array_to_string(aliases, '; ') AS aliases,
    array_to_string(languages, ', ') AS languages,
    first_date, last_date, statement_count, document_count
FROM core_people
ORDER BY name, person_id
