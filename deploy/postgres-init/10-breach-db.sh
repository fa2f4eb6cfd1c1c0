#!/bin/sh
# Run once by the postgres image, on an empty data volume
# (/docker-entrypoint-initdb.d): the breach store's own user and database,
# beside Temporal's (temporal, temporal_visibility: the schema job makes
# those). The password comes from BREACH_DB_PASSWORD in deploy/breach.env.
# A volume initialised before this script existed does not run it: then
# run the same SQL by hand (docker compose exec postgresql psql -U temporal).
set -eu
: "${BREACH_DB_PASSWORD:?BREACH_DB_PASSWORD is not set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
	-v breach_password="$BREACH_DB_PASSWORD" <<'SQL'
CREATE ROLE breach LOGIN PASSWORD :'breach_password';
CREATE DATABASE breach OWNER breach;
REVOKE ALL ON DATABASE breach FROM PUBLIC;
SQL
