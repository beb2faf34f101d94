//! The `cyberhealth` binary's subcommands, run as a process on a SQLite file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sea_orm::{ConnectionTrait, Database};
use std::path::PathBuf;
use std::process::{Command, Output};

struct Db {
    dir: PathBuf,
    url: String,
}

impl Db {
    fn new() -> Self {
        let dir = std::env::temp_dir()
            .join("cyberhealth-cli-tests")
            .join(uuid::Uuid::new_v4().simple().to_string());
        std::fs::create_dir_all(&dir).unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.join("cli.sqlite").display());
        Self { dir, url }
    }

    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cyberhealth"));
        cmd.arg("--database-url")
            .arg(&self.url)
            .args(args)
            .env_remove("CYBERHEALTH_ENV")
            .env("CYBERHEALTH_LOG", "warn");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    /// Edits the trail as someone with the owner's rights would: drops the append-only
    /// triggers first (migration m20261130_000007), then runs `statement`.
    async fn tamper(&self, statement: &str) {
        let conn = Database::connect(&self.url).await.unwrap();
        for trigger in [
            "audit_log_append_only_update",
            "audit_log_append_only_delete",
        ] {
            conn.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {trigger}"))
                .await
                .unwrap();
        }
        conn.execute_unprepared(statement).await.unwrap();
        conn.close().await.unwrap();
    }

    async fn sql(&self, statement: &str) {
        let conn = Database::connect(&self.url).await.unwrap();
        conn.execute_unprepared(statement).await.unwrap();
        conn.close().await.unwrap();
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn seeded() -> Db {
    let db = Db::new();
    let o = db.run(&["seed-demo"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("admin@cyberhealth.example"));
    db
}

#[tokio::test]
async fn audit_verify_passes_on_an_intact_trail_and_names_an_edited_row() {
    let db = seeded();
    let ok = db.run(&["audit", "verify"], &[]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert!(stdout(&ok).contains("chain MS:DE:"), "{}", stdout(&ok));
    db.tamper("UPDATE audit_log SET action = 'account.nothing' WHERE chain = 'MS:DE' AND seq = 2")
        .await;
    let broken = db.run(&["audit", "verify"], &[]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stdout(&broken).contains("chain MS:DE: row 2 was altered"),
        "{}",
        stdout(&broken)
    );
}

#[tokio::test]
async fn audit_verify_names_a_deleted_row() {
    let db = seeded();
    db.tamper("DELETE FROM audit_log WHERE chain = 'MS:DE' AND seq = 3")
        .await;
    let o = db.run(&["audit", "verify"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("chain MS:DE: row 3 is missing"),
        "{}",
        stdout(&o)
    );
}

#[tokio::test]
async fn audit_verify_notices_the_last_row_deleted() {
    let db = seeded();
    db.tamper("DELETE FROM audit_log WHERE chain = 'EU' AND seq = (SELECT MAX(seq) FROM audit_log WHERE chain = 'EU')").await;
    let o = db.run(&["audit", "verify"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("chain EU: the chain head says"),
        "{}",
        stdout(&o)
    );
}

#[tokio::test]
async fn audit_verify_names_a_row_inserted_behind_the_apis_back() {
    let db = seeded();
    // Shift the rest of the chain up and insert a forged row at position 2.
    db.tamper("UPDATE audit_log SET seq = seq + 1000 WHERE chain = 'MS:FR' AND seq >= 2")
        .await;
    db.tamper("UPDATE audit_log SET seq = seq - 999 WHERE chain = 'MS:FR' AND seq >= 1002")
        .await;
    db.sql(
        "INSERT INTO audit_log (id, chain, seq, prev_hash, hash, at, actor_id, actor_role, scope, action, object_type, object_id, outcome, detail, request_id) \
         SELECT X'0190a0a0000070008000000000000001', chain, 2, hash, hash, at, actor_id, actor_role, scope, 'forged', object_type, object_id, outcome, detail, request_id \
         FROM audit_log WHERE chain = 'MS:FR' AND seq = 1",
    )
    .await;
    let o = db.run(&["audit", "verify"], &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("chain MS:FR: row 2"), "{}", stdout(&o));
}

#[test]
fn demo_data_is_refused_in_production() {
    let db = Db::new();
    let o = db.run(&["seed-demo"], &[("CYBERHEALTH_ENV", "production")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("refused"), "{}", stderr(&o));
}

#[test]
fn seeding_twice_changes_nothing() {
    let db = seeded();
    let again = db.run(&["seed-demo"], &[]);
    assert!(again.status.success());
    assert!(stdout(&again).contains("already present"));
}

#[test]
fn a_bad_setting_stops_startup_with_a_clear_message() {
    let db = Db::new();
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let weak = "a".repeat(44);
    let data_key = "k1:dGVzdC1kYXRhLWtleS0zMi1ieXRlcy1sb25nLi4uLi4=";
    let cases: [Case; 6] = [
        (
            &["--jwt-secret", &weak, "serve"],
            &[("CYBERHEALTH_ENV", "production")],
            "too predictable",
        ),
        (
            &["--bind", "not-an-address", "serve"],
            &[],
            "CYBERHEALTH_BIND",
        ),
        (
            &["serve"],
            &[("CYBERHEALTH_ENV", "production")],
            "CYBERHEALTH_JWT_SECRET is required in production",
        ),
        (
            &["--jwt-secret", "short", "serve"],
            &[],
            "at least 32 bytes",
        ),
        (
            &["--oidc-issuer", "https://idp.example", "serve"],
            &[],
            "go together",
        ),
        (
            &[
                "--jwt-secret",
                "q8Xr2mPz7Lk4Vb9Nw1Ct6Yh3Jd5Fs0Ga8Ue2Io7Kp4=",
                "serve",
            ],
            &[
                ("CYBERHEALTH_ENV", "production"),
                ("CYBERHEALTH_DATA_KEY", data_key),
            ],
            "CYBERHEALTH_CODE_KEY is required in production",
        ),
    ];
    for (args, env, needle) in cases {
        let o = db.run(args, env);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).contains("configuration error") && stderr(&o).contains(needle),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn schema_prints_the_sdl() {
    let db = Db::new();
    let o = db.run(&["schema"], &[]);
    assert!(o.status.success());
    let sdl = stdout(&o);
    assert!(
        sdl.contains("type QueryRoot")
            && sdl.contains("login(email: String!, password: String!): LoginPayload!")
    );
}

#[tokio::test]
async fn create_user_bootstraps_an_admin_and_refuses_bad_input() {
    let db = Db::new();
    let ok = db.run(
        &[
            "create-user",
            "--email",
            "Root@Example.eu",
            "--role",
            "PLATFORM_ADMIN",
        ],
        &[("CYBERHEALTH_NEW_PASSWORD", "a-very-long-password")],
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).starts_with("created account "));
    let conn = Database::connect(&db.url).await.unwrap();
    let row = conn
        .query_one_raw(sea_orm::Statement::from_string(
            conn.get_database_backend(),
            "SELECT email, role FROM app_user",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.try_get::<String>("", "email").unwrap(),
        "root@example.eu"
    );
    conn.close().await.unwrap();
    let dup = db.run(
        &[
            "create-user",
            "--email",
            "root@example.eu",
            "--role",
            "PLATFORM_ADMIN",
        ],
        &[("CYBERHEALTH_NEW_PASSWORD", "a-very-long-password")],
    );
    assert_eq!(dup.status.code(), Some(2));
    assert!(stderr(&dup).contains("already exists"));
    let short = db.run(
        &[
            "create-user",
            "--email",
            "x@example.eu",
            "--role",
            "PLATFORM_ADMIN",
        ],
        &[("CYBERHEALTH_NEW_PASSWORD", "short")],
    );
    assert_eq!(short.status.code(), Some(2));
    let needs_org = db.run(
        &[
            "create-user",
            "--email",
            "y@example.eu",
            "--role",
            "AGENCY_OFFICER",
        ],
        &[("CYBERHEALTH_NEW_PASSWORD", "a-very-long-password")],
    );
    assert!(
        stderr(&needs_org).contains("needs --organisation"),
        "{}",
        stderr(&needs_org)
    );
}

/// POSTs a GraphQL request over a plain HTTP/1.1 connection and returns the JSON body.
async fn post_graphql(
    addr: &str,
    token: Option<&str>,
    body: serde_json::Value,
) -> serde_json::Value {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let payload = body.to_string();
    let auth = token.map_or(String::new(), |t| format!("Authorization: Bearer {t}\r\n"));
    let request = format!(
        "POST /graphql HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8(raw).unwrap();
    let (_, body) = text.split_once("\r\n\r\n").unwrap();
    serde_json::from_str(body).unwrap()
}

#[tokio::test]
async fn voucher_codes_never_reach_the_logs_even_at_trace_level() {
    use std::io::BufRead;
    let db = seeded();
    let log_path = db.dir.join("server.log");
    let mut server = Command::new(env!("CARGO_BIN_EXE_cyberhealth"))
        .args(["--database-url", &db.url, "--bind", "127.0.0.1:0", "serve"])
        .env_remove("CYBERHEALTH_ENV")
        .env("CYBERHEALTH_LOG", "trace")
        .stdout(std::process::Stdio::piped())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap()
        .to_owned();
    let login = |email: &'static str| {
        let addr = addr.clone();
        async move {
            let r = post_graphql(
                &addr,
                None,
                serde_json::json!({ "query": "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", "variables": { "e": email, "p": "Demo-Passw0rd!" } }),
            )
            .await;
            r["data"]["login"]["token"].as_str().unwrap().to_owned()
        }
    };
    let clinic = login("clinic.fr@cyberhealth.example").await;
    let vendor = login("vendor@cyberhealth.example").await;
    let v = post_graphql(
        &addr,
        Some(&clinic),
        serde_json::json!({ "query": "{ vouchers { edges { node { code } } } }" }),
    )
    .await;
    let code = v["data"]["vouchers"]["edges"][0]["node"]["code"]
        .as_str()
        .unwrap()
        .to_owned();
    let lookup = post_graphql(
        &addr,
        Some(&vendor),
        serde_json::json!({ "query": "query($c: String!) { voucherLookup(code: $c) { remaining } }", "variables": { "c": code } }),
    )
    .await;
    assert_eq!(lookup["data"]["voucherLookup"]["remaining"], "20000.00");
    let redeem = post_graphql(
        &addr,
        Some(&vendor),
        serde_json::json!({ "query": "mutation($i: RedeemVoucherInput!) { redeemVoucher(input: $i) { covered } }", "variables": { "i": { "code": code, "invoiceReference": "LOG-1", "serviceCategory": "RISK_ASSESSMENT", "invoiceAmount": "1000" } } }),
    )
    .await;
    assert_eq!(redeem["data"]["redeemVoucher"]["covered"], "800.00");
    server.kill().unwrap();
    server.wait().unwrap();
    let log = std::fs::read_to_string(&log_path).unwrap();
    assert!(log.lines().count() > 5, "trace logging was on:\n{log}");
    let raw = code.replace('-', "");
    for form in [
        code.clone(),
        raw.clone(),
        raw.to_lowercase(),
        code[..9].to_owned(),
    ] {
        assert!(
            !log.contains(&form),
            "the code appears in the log as {form}"
        );
    }
}

/// A token whose header quotes attacker text (an `alg` with an escape code and a newline) ends
/// up in the "token refused" log line: in production (JSON lines) and in text mode, it cannot
/// forge a line or reach the terminal raw, and every line of the request carries its id.
#[tokio::test]
async fn log_lines_escape_control_characters_and_carry_the_request_id() {
    use base64::Engine;
    use std::io::BufRead;
    let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    let forged = format!(
        "{}.{}.c2ln",
        b64("{\"alg\":\"X\\u001b[31m\\nFAKE admin logged in\",\"typ\":\"JWT\"}"),
        b64("{}")
    );
    for production in [true, false] {
        let db = Db::new();
        let log_path = db.dir.join("server.log");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cyberhealth"));
        cmd.args(["--database-url", &db.url, "--bind", "127.0.0.1:0", "serve"])
            .env("CYBERHEALTH_LOG", "info")
            .stdout(std::process::Stdio::piped())
            .stderr(std::fs::File::create(&log_path).unwrap());
        if production {
            cmd.env("CYBERHEALTH_ENV", "production")
                .env(
                    "CYBERHEALTH_JWT_SECRET",
                    "k8Jq2Zr7Vx0pLm4Nw9Tb6Yc1Ud3Hf5Gs8Ke2Qa7Rt0=",
                )
                // Required in production (sealed incident text, docs/incidents.md).
                .env(
                    "CYBERHEALTH_DATA_KEY",
                    "k1:dGVzdC1kYXRhLWtleS0zMi1ieXRlcy1sb25nLi4uLi4=",
                )
                // Required in production (voucher codes at rest, docs/security.md).
                .env(
                    "CYBERHEALTH_CODE_KEY",
                    "dGVzdC1jb2RlLWtleS0zMi1ieXRlcy1sb25nLi4uLi4=",
                );
        } else {
            cmd.env_remove("CYBERHEALTH_ENV");
        }
        let mut server = cmd.spawn().unwrap();
        let mut line = String::new();
        std::io::BufReader::new(server.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap()
            .to_owned();
        let r = post_graphql(
            &addr,
            Some(&forged),
            serde_json::json!({ "query": "{ me { id } }" }),
        )
        .await;
        assert_eq!(r["errors"][0]["extensions"]["code"], "UNAUTHENTICATED");
        server.kill().unwrap();
        server.wait().unwrap();
        let log = std::fs::read_to_string(&log_path).unwrap();
        assert!(
            !log.contains('\u{1b}'),
            "a raw escape code in the log:\n{log}"
        );
        let refused: Vec<&str> = log
            .lines()
            .filter(|l| l.contains("token refused"))
            .collect();
        assert_eq!(refused.len(), 1, "{log}");
        assert!(
            !log.lines().any(|l| l.starts_with("FAKE")),
            "a forged line:\n{log}"
        );
        assert!(refused[0].contains("request_id"), "{}", refused[0]);
        if production {
            for l in log.lines() {
                let v: serde_json::Value =
                    serde_json::from_str(l).unwrap_or_else(|_| panic!("not a JSON line: {l}"));
                assert!(v.get("level").is_some(), "{l}");
            }
            let v: serde_json::Value = serde_json::from_str(refused[0]).unwrap();
            assert!(v["span"]["request_id"].is_string(), "{v}");
        }
    }
}

/// `audit checkpoint` signs every chain's head with a key from configuration; `audit verify
/// --checkpoint` then sees the cuts that a plain `audit verify` cannot: the newest rows of a
/// chain deleted together with its head moved back, or a whole chain deleted with its head.
#[tokio::test]
async fn a_signed_checkpoint_catches_a_chain_cut_with_its_head() {
    let db = seeded();
    let keys = stdout(&db.run(&["audit", "keygen"], &[]));
    let seed = keys
        .lines()
        .find_map(|l| l.strip_prefix("CYBERHEALTH_AUDIT_SIGNING_KEY="))
        .unwrap()
        .to_owned();
    let public = keys
        .lines()
        .find_map(|l| l.strip_prefix("CYBERHEALTH_AUDIT_PUBLIC_KEY="))
        .unwrap()
        .to_owned();
    let file = db.dir.join("checkpoint.json");
    let o = db.run(
        &["audit", "checkpoint", "--out", file.to_str().unwrap()],
        &[("CYBERHEALTH_AUDIT_SIGNING_KEY", &seed)],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let verify_env = [("CYBERHEALTH_AUDIT_PUBLIC_KEY", public.as_str())];
    let args = ["audit", "verify", "--checkpoint", file.to_str().unwrap()];
    let o = db.run(&args, &verify_env);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    // Cut MS:DE's last two rows and move its head back consistently: the chain alone looks intact.
    db.tamper("DELETE FROM audit_log WHERE chain = 'MS:DE' AND seq > (SELECT seq - 2 FROM audit_chain WHERE chain = 'MS:DE')")
        .await;
    db.sql("UPDATE audit_chain SET seq = seq - 2, head_hash = (SELECT hash FROM audit_log WHERE chain = 'MS:DE' ORDER BY seq DESC LIMIT 1) WHERE chain = 'MS:DE'")
        .await;
    // Drop the whole FR chain with its head.
    db.tamper("DELETE FROM audit_log WHERE chain = 'MS:FR'")
        .await;
    db.sql("DELETE FROM audit_chain WHERE chain = 'MS:FR'")
        .await;
    let plain = db.run(&["audit", "verify"], &[]);
    assert!(
        plain.status.success(),
        "plain verify cannot see it: {}",
        stdout(&plain)
    );
    let o = db.run(&args, &verify_env);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("chain MS:DE is shorter than the checkpoint"),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains("chain MS:FR is missing"),
        "{}",
        stdout(&o)
    );
    // A checkpoint edited to match the cut no longer verifies.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut cp: serde_json::Value = serde_json::from_str(&text).unwrap();
    for c in cp["heads"]["chains"].as_array_mut().unwrap() {
        if c["chain"] == "MS:DE" {
            c["seq"] = serde_json::json!(c["seq"].as_i64().unwrap() - 2);
        }
    }
    std::fs::write(&file, cp.to_string()).unwrap();
    let o = db.run(&args, &verify_env);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("signature does not verify"),
        "{}",
        stdout(&o)
    );
}
