-- Table-id sequences, as iDempiere keeps them: one AD_Sequence row per table, IsTableID='Y',
-- AD_Client_ID 0 (System), drawn by RecordIdSequence for the <T>_ID of dictionary tables
-- (CAT_ReleaseRule, ...). Rows are made on first use, so a plugin needs no migration here.
-- A table's id sequence and a document-number sequence may share a name (C_BPartner is the
-- search-key sequence), so a name is unique per kind, not overall.
ALTER TABLE AD_Sequence ADD COLUMN IsTableID CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsTableID IN ('Y','N'));
ALTER TABLE AD_Sequence DROP CONSTRAINT ad_sequence_name_key;
CREATE UNIQUE INDEX AD_Sequence_Name ON AD_Sequence (Name, IsTableID);
