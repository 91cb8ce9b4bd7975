-- Who made the last change to a channel (the web UI's user name); null when it was changed
-- through the Java API, which names nobody.
alter table amazon_channel add column updated_by varchar(100);
