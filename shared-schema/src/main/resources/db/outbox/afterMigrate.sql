-- Runs after every migrate of every service: the runtime role must never rewrite migration history
-- (default privileges would otherwise grant it DML on the history table).
-- Replicas starting together run this at the same moment, and two concurrent REVOKEs of one table fail with
-- "tuple concurrently updated": a transaction-scoped advisory lock per schema makes them take turns.
DO $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('samia.after-migrate.${flyway:defaultSchema}'));
  IF to_regclass('${flyway:defaultSchema}.flyway_schema_history') IS NOT NULL THEN
    EXECUTE format('REVOKE ALL ON TABLE %I.flyway_schema_history FROM %I',
                   '${flyway:defaultSchema}', '${flyway:defaultSchema}' || '_app');
  END IF;
END $$;
