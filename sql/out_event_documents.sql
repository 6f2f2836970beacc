-- Which documents report which event.
SELECT DISTINCT event_id, document_id FROM core_event_documents ORDER BY event_id, document_id
