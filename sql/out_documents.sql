-- parts: core_documents
-- Every document of the reform: official texts, press releases and news reports, with clean text and provenance.
-- Rows come in the order of core_documents (by WARC file, then document_id: one part per WARC file, each in
-- document_id order), which a COPY keeps; an ORDER BY here would make DuckDB sort every text in memory (1.1 GB at
-- 100,000 pages).
SELECT
    document_id,
    url,
    canonical_url,
    source,
    kind,
    language,
    title,
    published_at,
    CAST(timezone('Asia/Almaty', published_at) AS DATE) AS published_date,
    text,
    text_chars,
    content_sha256,
    relevance_score,
    duplicate_of,
    is_sample,
    fetched_at,
    warc_file,
    warc_offset,
    warc_record_id,
    payload_sha256
FROM core_documents
