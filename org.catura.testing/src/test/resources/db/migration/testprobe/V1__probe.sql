create table testing_probe (id int primary key, note varchar(40) not null);
insert into testing_probe values (1, 'migrated');
