-- A csi-admin may review on behalf of someone (issue 12): reviewed_by is then the admin, this the person.
ALTER TABLE checkpoint ADD COLUMN reviewed_on_behalf_of VARCHAR(200);
