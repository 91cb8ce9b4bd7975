-- Customer matching looks partners up by normalised postal code and walks from the address to
-- its partner; without these, each new order scans every address stored so far.
CREATE INDEX C_Location_Postal_Normalised ON C_Location (upper(replace(Postal, ' ', '')));
CREATE INDEX C_BPartner_Location_Location ON C_BPartner_Location (C_Location_ID);
