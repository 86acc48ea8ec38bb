#!/usr/bin/env bash
# (Re)creates the empty MariaDB databases the integration tests use, owned by user custos/custos.
# Needs an account that may create users (default: root without password over TCP).
set -euo pipefail
root=(mariadb -h "${CUSTOS_TEST_DB_HOST:-127.0.0.1}" -u "${CUSTOS_TEST_DB_ROOT:-root}")
[ -n "${CUSTOS_TEST_DB_ROOT_PASSWORD:-}" ] && root+=(-p"$CUSTOS_TEST_DB_ROOT_PASSWORD")
"${root[@]}" <<'SQL'
CREATE USER IF NOT EXISTS 'custos'@'localhost' IDENTIFIED BY 'custos';
CREATE USER IF NOT EXISTS 'custos'@'127.0.0.1' IDENTIFIED BY 'custos';
CREATE USER IF NOT EXISTS 'custos'@'%' IDENTIFIED BY 'custos';
DROP DATABASE IF EXISTS custos_test;
CREATE DATABASE custos_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL ON custos_test.* TO 'custos'@'localhost', 'custos'@'127.0.0.1', 'custos'@'%';
FLUSH PRIVILEGES;
SQL
echo "MariaDB database custos_test is empty and owned by custos"
