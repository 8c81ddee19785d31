-- GET /api/v1/readings/{id} in one round trip. Rls.asCaller costs four (BEGIN, set_config, SELECT, COMMIT);
-- this function publishes the caller's claims and reads the row inside ONE statement, called outside any
-- transaction block: set_config(..., true) then lives exactly as long as the statement's implicit
-- transaction, so the claims can never outlive it on a pooled connection (FACTS.md). SECURITY INVOKER:
-- the row is read as tarot_app, so the policies of reading_sessions apply as for any other read. The
-- claims come from the verified token, exactly as Rls sets them; set_config itself is open to the app
-- role anyway, so this grants nothing new.
CREATE FUNCTION reading_as(p_claims TEXT, p_id UUID) RETURNS SETOF reading_sessions
    LANGUAGE plpgsql VOLATILE SECURITY INVOKER
    SET search_path = tarot, pg_temp
AS $$
BEGIN
    PERFORM set_config('request.jwt.claims', p_claims, true);
    RETURN QUERY SELECT * FROM tarot.reading_sessions r WHERE r.id = p_id;
END;
$$;

REVOKE ALL ON FUNCTION reading_as(TEXT, UUID) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reading_as(TEXT, UUID) TO tarot_app;
