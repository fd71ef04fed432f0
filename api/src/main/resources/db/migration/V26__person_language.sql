-- A person's language for what Boucle sends them (e-mails) and writes for them (the yearly
-- report): French by default, English when they chose it in the interface.
ALTER TABLE person
    ADD COLUMN language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en'));
