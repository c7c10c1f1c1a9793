-- Audit events are append-only: no UPDATE or DELETE, from the app or anyone else with its database role.
-- The one change allowed is the foreign key set to NULL when a person is deleted (ON DELETE SET NULL).
-- The function body is an E-string with \073 for the semicolons: the migration runner splits statements at every semicolon.
CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE''
    AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
    AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
    AND NEW."entityType" = OLD."entityType" AND NEW."entityId" = OLD."entityId"
    AND NEW.data IS NOT DISTINCT FROM OLD.data THEN
    RETURN NEW\073
  END IF\073
  RAISE EXCEPTION ''Audit events cannot be changed or deleted'' USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER audit_event_immutable
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
