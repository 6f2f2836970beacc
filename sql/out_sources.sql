-- The sources of the dataset, with how many documents each contributed.
WITH counts AS (
    SELECT source, count(*) AS documents, count(*) FILTER (WHERE is_sample) AS sample_documents
    FROM core_documents
    GROUP BY source
)
SELECT
    s.source,
    s.title,
    array_to_string(s.hosts, ', ') AS hosts,
    array_to_string(s.languages, ', ') AS languages,
    s.kind,
    s.discovery,
    s.homepage,
    s.rate_limit_per_s,
    s.enabled,
    coalesce(c.documents, 0) AS documents,
    coalesce(c.sample_documents, 0) AS sample_documents
FROM core_sources AS s
LEFT JOIN counts AS c USING (source)
ORDER BY s.source
