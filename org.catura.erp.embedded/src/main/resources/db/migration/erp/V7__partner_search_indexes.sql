-- The clerk's partner search (BusinessPartners.search) compares in lower case and matches customer
-- numbers, names, e-mails and postal codes from their start. text_pattern_ops lets LIKE 'abc%' use
-- these indexes whatever the database's collation; no extension (pg_trgm) is needed.
CREATE INDEX C_BPartner_Value_Lower ON C_BPartner (lower(Value) text_pattern_ops);
CREATE INDEX C_BPartner_Name_Lower ON C_BPartner (lower(Name) text_pattern_ops);
CREATE INDEX C_BPartner_Name2_Lower ON C_BPartner (lower(Name2) text_pattern_ops);
CREATE INDEX AD_User_EMail_Lower_Prefix ON AD_User (lower(EMail) text_pattern_ops);
CREATE INDEX C_Location_Postal_Prefix ON C_Location (upper(replace(Postal, ' ', '')) text_pattern_ops);
