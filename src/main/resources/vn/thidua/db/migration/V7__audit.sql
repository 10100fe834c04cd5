-- The change log (audit_log, made in V2) gets the workstation, a one-line summary the clerk reads in the list,
-- and indexes for the screen's date range and for one record's history.
ALTER TABLE audit_log ADD COLUMN workstation VARCHAR(100);
ALTER TABLE audit_log ADD COLUMN summary VARCHAR(400);
CREATE INDEX audit_log_logged_at ON audit_log (logged_at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
