-- Every statement with its speaker and the document it comes from (title, source, date, link).
SELECT
    s.statement_date,
    s.speaker_name,
    s.speaker_role,
    s.speaker_org,
    s.kind,
    s.statement_text,
    s.language,
    d.source,
    d.title AS document_title,
    d.url,
    s.statement_id,
    s.person_id,
    s.document_id,
    s.is_collective,
    s.is_sample
FROM statements AS s
JOIN documents AS d USING (document_id)
ORDER BY s.statement_date, d.document_id, s.char_start
