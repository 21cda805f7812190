-- initiative_projection takes the shared shape of csi-platform's InitiativeProjectionBase (issue 13), which also keeps
-- the initiative's owner. Rows projected before have none until the initiative's next event; every other column is
-- unchanged, so they stay readable as they are.
ALTER TABLE initiative_projection ADD COLUMN owner VARCHAR(200);
