-- Accounts that log in against the LDAP / Active Directory: their distinguished name; no local password.
ALTER TABLE app_user ADD COLUMN directory_dn VARCHAR(1000);
