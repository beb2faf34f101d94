//! The data key of sealed incident text, through the `cyberhealth` binary on a SQLite file:
//! the development key file beside the database, `rotate-data-key` (re-seal under the current
//! key, then the old one can go), and the key required in production.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sea_orm::{ConnectionTrait, Database, DatabaseBackend, Statement};
use std::path::PathBuf;
use std::process::{Command, Output};

struct Db {
    dir: PathBuf,
    file: PathBuf,
    url: String,
}

impl Db {
    fn new() -> Self {
        let dir = std::env::temp_dir()
            .join("cyberhealth-incident-cli-tests")
            .join(uuid::Uuid::new_v4().simple().to_string());
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("cli.sqlite");
        let url = format!("sqlite://{}?mode=rwc", file.display());
        Self { dir, file, url }
    }

    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cyberhealth"));
        cmd.arg("--database-url")
            .arg(&self.url)
            .args(args)
            .env_remove("CYBERHEALTH_ENV")
            .env_remove("CYBERHEALTH_DATA_KEY")
            .env_remove("CYBERHEALTH_CODE_KEY")
            .env("CYBERHEALTH_LOG", "warn");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    /// The sealed columns' key ids.
    async fn key_ids(&self) -> Vec<String> {
        let conn = Database::connect(&self.url).await.unwrap();
        let rows = conn
            .query_all_raw(Statement::from_string(
                DatabaseBackend::Sqlite,
                "SELECT assessment_sealed AS s FROM incident \
                 UNION ALL SELECT code_sealed AS s FROM voucher",
            ))
            .await
            .unwrap();
        conn.close().await.unwrap();
        rows.iter()
            .map(|r| {
                let s: String = r.try_get("", "s").unwrap();
                s.split(':').next().unwrap().to_owned()
            })
            .collect()
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn out(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[tokio::test]
async fn development_keeps_a_key_file_beside_the_database_and_rotation_reseals_under_the_new_key() {
    let db = Db::new();
    let seeded = db.run(&["seed-demo"], &[]);
    assert!(seeded.status.success(), "{}", out(&seeded));
    assert!(out(&seeded).contains("csirt.de@cyberhealth.example"));
    let key_file = PathBuf::from(format!("{}.data-key", db.file.display()));
    let old = std::fs::read_to_string(&key_file).unwrap();
    assert!(old.starts_with("dev1:"), "{old}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the key file is the owner's only");
    }
    assert_eq!(
        db.key_ids().await,
        ["dev1", "dev1"],
        "the demo case and the demo voucher's code are sealed"
    );

    let generated = db.run(&["rotate-data-key", "--generate"], &[]);
    assert!(generated.status.success(), "{}", out(&generated));
    let new = String::from_utf8_lossy(&generated.stdout).trim().to_owned();
    let new_id = new.split(':').next().unwrap().to_owned();
    assert_ne!(new_id, "dev1");

    let both = format!("{new},{}", old.trim());
    let rotated = db.run(&["rotate-data-key"], &[("CYBERHEALTH_DATA_KEY", &both)]);
    assert!(rotated.status.success(), "{}", out(&rotated));
    assert!(
        out(&rotated).contains("2 sealed values re-sealed"),
        "{}",
        out(&rotated)
    );
    assert_eq!(db.key_ids().await, [new_id.clone(), new_id.clone()]);
    let again = db.run(&["rotate-data-key"], &[("CYBERHEALTH_DATA_KEY", &both)]);
    assert!(
        out(&again).contains("0 sealed values re-sealed"),
        "{}",
        out(&again)
    );

    // Without the old key nothing is lost now; a key that never sealed them cannot open them.
    let only_new = db.run(&["rotate-data-key"], &[("CYBERHEALTH_DATA_KEY", &new)]);
    assert!(only_new.status.success(), "{}", out(&only_new));
    let wrong = db.run(
        &["rotate-data-key"],
        &[("CYBERHEALTH_DATA_KEY", old.trim())],
    );
    assert!(
        !wrong.status.success(),
        "a value under an unknown key is refused"
    );
    assert!(
        !out(&wrong).contains("Imaging unavailable"),
        "{}",
        out(&wrong)
    );
}

#[tokio::test]
async fn production_requires_the_data_key() {
    let db = Db::new();
    let o = db.run(
        &["serve"],
        &[
            ("CYBERHEALTH_ENV", "production"),
            (
                "CYBERHEALTH_JWT_SECRET",
                "q8Xr2mPz7Lk4Vb9Nw1Ct6Yh3Jd5Fs0Ga8Ue2Io7Kp4=",
            ),
        ],
    );
    assert!(!o.status.success());
    assert!(
        out(&o).contains("CYBERHEALTH_DATA_KEY is required in production"),
        "{}",
        out(&o)
    );
}
