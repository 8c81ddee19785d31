-- Supabase-compatible auth helpers (DESIGN §2). Each request transaction first runs
--   select set_config('request.jwt.claims', '<verified claims json>', true)
-- and policies call these functions. nullif(...,'') because once a pooled connection has used the
-- setting it reads '' rather than NULL outside a transaction (FACTS.md); a malformed sub fails closed.

CREATE SCHEMA IF NOT EXISTS auth;

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
  LANGUAGE sql STABLE
AS $$
  SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
$$;

CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
  LANGUAGE sql STABLE
AS $$
  SELECT nullif(auth.jwt() ->> 'sub', '')::uuid
$$;

-- The caller's platform role: client, reader, admin, monitor, super_admin, or service for background work.
CREATE OR REPLACE FUNCTION auth.role() RETURNS text
  LANGUAGE sql STABLE
AS $$
  SELECT nullif(auth.jwt() ->> 'role', '')
$$;

-- Policy helpers: role checks read the verified claim, never a users table (the seed's recursion defect).
CREATE OR REPLACE FUNCTION auth.is_admin() RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT coalesce(auth.role() IN ('admin', 'super_admin'), false)
$$;

CREATE OR REPLACE FUNCTION auth.is_service() RETURNS boolean
  LANGUAGE sql STABLE
AS $$
  SELECT coalesce(auth.role() = 'service', false)
$$;

REVOKE ALL ON SCHEMA auth FROM PUBLIC;
DO $$
DECLARE
  svc text;
BEGIN
  FOREACH svc IN ARRAY ARRAY['identity', 'tarot', 'chat', 'wallet', 'audit'] LOOP
    -- Owners need USAGE to create policies that call auth.*; apps need it to evaluate them.
    EXECUTE format('GRANT USAGE ON SCHEMA auth TO %I, %I', svc || '_owner', svc || '_app');
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA auth TO %I, %I', svc || '_owner', svc || '_app');
  END LOOP;
END $$;
