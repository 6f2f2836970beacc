-- The reform day by day: every event with the documents that report it (title, source, link), earliest first.
SELECT
    e.event_date,
    e.event_type,
    e.title AS event_title,
    e.location,
    d.source,
    d.title AS document_title,
    d.url,
    d.language,
    e.event_id,
    d.document_id,
    e.is_sample
FROM events AS e
JOIN event_documents AS ed USING (event_id)
JOIN documents AS d USING (document_id)
ORDER BY e.event_date, e.event_type, e.event_id, d.published_at
