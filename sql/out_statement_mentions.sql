-- parts: core_statement_mentions
-- Which parts of the Constitution each statement discusses.
SELECT * FROM core_statement_mentions ORDER BY document_id, char_start, mention_id
