-- initiative_projection takes the shared shape of csi-platform's InitiativeProjectionBase (issue 13): the key is
-- initiative_id and the initiative's version is version, as in the other services' copies. Same data, renamed.
ALTER TABLE initiative_projection RENAME COLUMN id TO initiative_id;
ALTER TABLE initiative_projection RENAME COLUMN source_version TO version;
