-- parts: core_statements, core_person_statements
-- Who said what about the reform: each attributed statement with its speaker as a person where one is known.
SELECT
    s.statement_id, s.document_id, p.person_id, s.speaker_name, s.speaker_role, s.speaker_org, s.statement_text,
    s.kind, s.speech_verb, s.char_start, s.char_end, s.statement_date, s.language, s.confidence, s.is_collective,
    s.is_organisation, s.attribution, s.resolution, s.is_sample
FROM core_statements AS s
LEFT JOIN core_person_statements AS p USING (statement_id)
ORDER BY s.document_id, s.char_start
