-- One database per IXL service (the gateway's, ixl_gateway, is POSTGRES_DB). Run once by the postgres image.
create database ixl_people owner ixl;
create database ixl_companies owner ixl;
create database ixl_training owner ixl;
create database ixl_projects owner ixl;
create database ixl_finance owner ixl;
