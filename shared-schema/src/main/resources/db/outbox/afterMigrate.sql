-- Runs after every migrate of every service: the runtime role must never rewrite migration history
-- (default privileges would otherwise grant it DML on the history table).
DO $$
BEGIN
  IF to_regclass('${flyway:defaultSchema}.flyway_schema_history') IS NOT NULL THEN
    EXECUTE format('REVOKE ALL ON TABLE %I.flyway_schema_history FROM %I',
                   '${flyway:defaultSchema}', '${flyway:defaultSchema}' || '_app');
  END IF;
END $$;
