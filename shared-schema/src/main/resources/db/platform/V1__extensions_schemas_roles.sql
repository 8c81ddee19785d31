-- Platform slice (DESIGN §2): extensions, one schema per service, two roles per service.
-- Applied by PlatformMigrator with superuser credentials, never by a service.
-- Roles are cluster-wide, so their creation is guarded: the same SQL runs on every database.

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA public;

-- Supabase enables RLS database-wide; row_security=on is the PostgreSQL default, made explicit.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET row_security = on', current_database());
END $$;

-- Nobody but owners may create objects in public (PostgreSQL 15 default, restated for older clusters).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

DO $$
DECLARE
  svc text;
BEGIN
  FOREACH svc IN ARRAY ARRAY['identity', 'tarot', 'chat', 'wallet', 'audit'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = svc || '_owner') THEN
      EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT', svc || '_owner');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = svc || '_app') THEN
      EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS', svc || '_app');
    END IF;

    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', svc, svc || '_owner');
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', svc, svc || '_owner');
    -- The app role may use its own schema and nothing else: no CREATE (no DDL).
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', svc);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', svc, svc || '_app');
    -- Whatever the owner creates later is usable for DML by the app role, never for DDL.
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   svc || '_owner', svc, svc || '_app');
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                   svc || '_owner', svc, svc || '_app');
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT EXECUTE ON FUNCTIONS TO %I',
                   svc || '_owner', svc, svc || '_app');
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), svc || '_owner', svc || '_app');
    -- Unqualified names resolve inside the service's own schema first.
    EXECUTE format('ALTER ROLE %I SET search_path = %I, public', svc || '_owner', svc);
    EXECUTE format('ALTER ROLE %I SET search_path = %I, public', svc || '_app', svc);
  END LOOP;
END $$;

REVOKE CONNECT ON DATABASE postgres FROM PUBLIC;
