-- Platform settings the other services and the admin console read; values are validated against
-- value_type and validation_rules (min, max, enum, pattern) when a super_admin changes them.
INSERT INTO system_configuration (config_key, config_value, value_type, description, is_sensitive, required_role, validation_rules) VALUES
  ('platform.commission_rate', '0.20', 'number', 'Share of each paid reading kept by the platform', false, 'super_admin', '{"min": 0, "max": 0.5}'),
  ('platform.maintenance_mode', 'false', 'boolean', 'When true, clients cannot start new readings', false, 'super_admin', NULL),
  ('platform.default_currency', 'USD', 'string', 'Currency of wallets and reader rates', false, 'super_admin', '{"enum": ["USD"]}'),
  ('reading.max_duration_minutes', '60', 'number', 'Longest reading a client may book', false, 'super_admin', '{"min": 5, "max": 240}'),
  ('reading.min_rate_per_minute', '0.50', 'number', 'Lowest rate a reader may set', false, 'super_admin', '{"min": 0, "max": 100}'),
  ('support.email', 'support@samia-tarot.local', 'string', 'Where users write for help', false, 'super_admin', '{"pattern": "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"}'),
  ('ai.reading_model', '{"name": "tarot-interpreter", "version": "1"}', 'json', 'AI interpretation model', false, 'super_admin', NULL),
  ('payments.webhook_secret', 'local-only-webhook-secret', 'string', 'Shared secret of payment gateway webhooks', true, 'super_admin', NULL)
ON CONFLICT (config_key) DO NOTHING;
