-- detection_counts (V5) only serves the rules' windows, the longest an hour by default: older minutes are dead weight,
-- and without pruning the table grows by a row per rule, subject and busy minute forever. audit_app may not delete
-- the counts itself (V5 revokes it); this function, run as the owner, removes only minutes older than the age it is
-- given, never less than a day, so no window in use can lose what it sums. Called daily by DetectionCountsRetention.
CREATE FUNCTION prune_detection_counts(keep INTERVAL) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = audit, pg_temp
AS $$
DECLARE
    removed INTEGER;
BEGIN
    IF keep IS NULL OR keep < INTERVAL '1 day' THEN
        RAISE EXCEPTION 'detection counts are kept at least a day, not %', keep USING ERRCODE = '22023';
    END IF;
    DELETE FROM detection_counts WHERE minute < now() - keep;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END;
$$;

REVOKE ALL ON FUNCTION prune_detection_counts(INTERVAL) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prune_detection_counts(INTERVAL) TO audit_app;
