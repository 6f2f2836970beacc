-- What happened when, merged across the reports that describe the same event.
SELECT
    event_id, event_date, event_type, title, location, organiser,
    array_to_string(participants, '; ') AS participants,
    array_to_string(languages, ', ') AS languages,
    array_to_string(sources, ', ') AS sources,
    document_count, is_sample
FROM core_events
ORDER BY event_date, event_type, event_id
