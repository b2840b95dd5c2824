-- The audit log (audit module, docs/adr/015): who did what, when (UTC), from where, and how it ended.
-- Append-only: rows are inserted, never changed or removed, by anyone using the database as the application does.
CREATE TABLE audit_log (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    actor          VARCHAR(200) NOT NULL,
    actor_role     VARCHAR(40),
    action         VARCHAR(120) NOT NULL,
    target_type    VARCHAR(80),
    target_id      VARCHAR(80),
    outcome        VARCHAR(10)  NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED', 'FAILED')),
    client_address VARCHAR(64),
    details        VARCHAR(1000)
);

-- What the administrator's filters use; every list is newest first (id descending), so each index ends with id.
CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at, id);
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id, id);
CREATE INDEX audit_log_not_success ON audit_log (outcome, id) WHERE outcome <> 'SUCCESS';
CREATE INDEX audit_log_client_address ON audit_log (client_address, id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit records are never changed or deleted.';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
