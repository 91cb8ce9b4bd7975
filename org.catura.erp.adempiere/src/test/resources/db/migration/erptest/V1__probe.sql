CREATE TABLE catura_probe (id INT PRIMARY KEY, note VARCHAR(40) NOT NULL);
INSERT INTO catura_probe VALUES (1, 'migrated');
