-- Customer matching looks partners up by normalised postal code and walks from the address to
-- its partner; without these, each new order scans every address stored so far.
CREATE INDEX C_Location_Postal_Normalised ON C_Location (upper(replace(Postal, ' ', '')));
CREATE INDEX C_BPartner_Location_Location ON C_BPartner_Location (C_Location_ID);
-- Search keys are unique per client; new partners check theirs by Value alone.
CREATE INDEX C_BPartner_Value ON C_BPartner (Value);
