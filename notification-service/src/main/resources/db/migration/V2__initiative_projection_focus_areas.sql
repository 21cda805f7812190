-- The services' copies of an initiative share one shape (csi-platform InitiativeProjectionBase): the focus areas get a
-- column of their own, filled from the details already kept.
ALTER TABLE initiative_projection ADD COLUMN focus_areas JSONB NOT NULL DEFAULT '[]';
UPDATE initiative_projection SET focus_areas = details -> 'focusAreas' WHERE jsonb_typeof(details -> 'focusAreas') = 'array';
