-- Who is an administrator, as audit-service learns it from identity.events (DESIGN §2: identity's users table
-- is not readable here). Triage checks that an alert's assignee is an active admin/super_admin in this
-- projection. Fed in the ingestion transaction from user.registered (role), user.role_changed (newRole),
-- user.deactivated / user.reactivated / user.deleted (status), only for events seen for the first time, so a
-- redelivered event changes nothing; last_event_at keeps an older replayed event from overwriting a newer state.
CREATE TABLE user_roles (
    user_id UUID PRIMARY KEY,
    -- NULL: a status event arrived for a user whose registration predates the audit trail (role unknown).
    role VARCHAR(20),
    -- NULL: no status event seen yet (active since registration).
    status VARCHAR(20) CHECK (status IN ('active', 'deactivated', 'deleted')),
    last_event_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()
);

ALTER TABLE user_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Service maintains user roles" ON user_roles
    FOR ALL USING ((SELECT auth.is_service())) WITH CHECK ((SELECT auth.is_service()));
-- Triage runs with the admin's claims and only reads.
CREATE POLICY "Admins read user roles" ON user_roles
    FOR SELECT USING ((SELECT auth.is_admin()));
REVOKE DELETE, TRUNCATE ON TABLE user_roles FROM audit_app;
