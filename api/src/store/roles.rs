//! Least privilege on PostgreSQL: `cyberhealth migrate` runs as the database's owner, and
//! `serve` can run as an application role that reads and writes the business tables but may
//! only INSERT into the audit trail (`cyberhealth db grant --role NAME`; `docs/security.md`).
use super::{Store, StoreError};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

/// A role name we are willing to put into SQL: lower-case letters, digits and `_`, starting
/// with a letter or `_`, at most 63 characters.
pub fn valid_role_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c == '_')
        && name.len() <= 63
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Creates the application role if needed (with LOGIN) and grants it what `serve` needs: read
/// and write on every table, but on `audit_log` only SELECT and INSERT, and on the migration
/// table only SELECT. Run it as the owner, after `migrate` (new tables need the grant again).
pub async fn grant_application_role(owner: &Store, role: &str) -> Result<(), StoreError> {
    if owner.backend() != DatabaseBackend::Postgres {
        return Err(StoreError::Setup(
            "database roles exist on PostgreSQL only".into(),
        ));
    }
    if !valid_role_name(role) {
        return Err(StoreError::Setup(format!(
            "`{role}` is not a role name (a-z, 0-9 and _, starting with a letter)"
        )));
    }
    let db = owner.db();
    let create = format!(
        "DO $$ BEGIN \
           IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE \"{role}\" LOGIN; END IF; \
         EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
    );
    db.execute_unprepared(&create).await?;
    let database: String = db
        .query_one_raw(Statement::from_string(
            DatabaseBackend::Postgres,
            "SELECT current_database() AS name",
        ))
        .await?
        .ok_or_else(|| StoreError::Setup("no current database".into()))?
        .try_get("", "name")?;
    for sql in [
        format!("GRANT CONNECT ON DATABASE \"{database}\" TO \"{role}\""),
        format!("GRANT USAGE ON SCHEMA public TO \"{role}\""),
        format!(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"{role}\""
        ),
        format!("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM \"{role}\""),
        format!("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON seaql_migrations FROM \"{role}\""),
    ] {
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

/// The migrations this binary knows that the database has not applied (for `serve` when it
/// must not migrate: an application role cannot).
pub async fn pending_migrations(store: &Store) -> Result<Vec<String>, StoreError> {
    // No migration table yet: nothing is applied.
    let applied: Vec<String> = store
        .db()
        .query_all_raw(Statement::from_string(
            store.backend(),
            "SELECT version FROM seaql_migrations",
        ))
        .await
        .unwrap_or_default()
        .into_iter()
        .filter_map(|r| r.try_get::<String>("", "version").ok())
        .collect();
    Ok(Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .filter(|name| !applied.contains(name))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::valid_role_name;

    #[test]
    fn role_names_are_plain_identifiers() {
        for ok in ["cyberhealth_app", "_x", "app2"] {
            assert!(valid_role_name(ok), "{ok}");
        }
        for bad in [
            "",
            "App",
            "2app",
            "app-x",
            "x\"; DROP TABLE y; --",
            &"a".repeat(64),
        ] {
            assert!(!valid_role_name(bad), "{bad}");
        }
    }
}
