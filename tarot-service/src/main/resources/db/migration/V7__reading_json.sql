-- GET /api/v1/readings/{id} leaves the database as the finished JSON document (ReadingReads), so the service
-- neither maps columns nor re-serialises the cards and the interpretation, it passes the bytes on. Timestamps
-- must read exactly as the service's own JSON writes them (ISO-8601 in UTC with "Z", fraction without
-- trailing zeros), so every endpoint shows one instant in one spelling.
CREATE FUNCTION iso_utc(ts TIMESTAMPTZ) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT rtrim(rtrim(to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z'
$$;
