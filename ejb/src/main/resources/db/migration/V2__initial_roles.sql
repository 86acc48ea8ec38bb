-- The initial roles and what they may do. Permissions are feature:action (Shiro wildcard syntax).
INSERT INTO app_role (code, version) VALUES ('ADMINISTRATOR', 0);
INSERT INTO app_role (code, version) VALUES ('ISMS_MANAGER', 0);
INSERT INTO app_role (code, version) VALUES ('EDITOR', 0);
INSERT INTO app_role (code, version) VALUES ('READER', 0);
INSERT INTO app_role (code, version) VALUES ('EXTERNAL_AUDITOR', 0);

INSERT INTO role_permission (role_id, permission) SELECT id, '*' FROM app_role WHERE code = 'ADMINISTRATOR';

INSERT INTO role_permission (role_id, permission) SELECT id, 'standards:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'organisation:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'people:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'documents:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'risk:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'controls:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'improvement:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'readiness:*' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audittrail:read' FROM app_role WHERE code = 'ISMS_MANAGER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'user:read' FROM app_role WHERE code = 'ISMS_MANAGER';

INSERT INTO role_permission (role_id, permission) SELECT id, 'standards:read,edit' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'organisation:read,edit' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'people:read,edit' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'documents:read,edit' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'risk:read,edit' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'controls:read,edit' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:read' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'improvement:read,edit' FROM app_role WHERE code = 'EDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'readiness:read' FROM app_role WHERE code = 'EDITOR';

INSERT INTO role_permission (role_id, permission) SELECT id, 'standards:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'organisation:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'people:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'documents:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'risk:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'controls:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'improvement:read' FROM app_role WHERE code = 'READER';
INSERT INTO role_permission (role_id, permission) SELECT id, 'readiness:read' FROM app_role WHERE code = 'READER';

INSERT INTO role_permission (role_id, permission) SELECT id, 'standards:read' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'documents:read' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'risk:read' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'controls:read' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'readiness:read' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'audit:read,finding' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
