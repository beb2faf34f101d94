//! `cyberhealth`: serve (default), migrate, seed-demo, create-user, schema, audit verify.
use api::config::{AuditCommand, Cli, Command, DbCommand, Settings};
use api::startup::Application;
use api::store::{Store, audit};
use clap::Parser;
use std::io::BufRead;
use std::process::ExitCode;

/// mimalloc, not the system allocator: the system allocator took about a fifth of the server's
/// CPU on nested reads (issue #15; before and after in docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = cli.log_format.unwrap_or(match cli.environment {
        api::config::Environment::Production => api::config::LogFormat::Json,
        _ => api::config::LogFormat::Text,
    });
    api::logging::init(&cli.log, format);
    match run(cli).await {
        Ok(code) => code,
        Err(message) => {
            eprintln!("cyberhealth: {message}");
            ExitCode::from(2)
        }
    }
}

async fn run(cli: Cli) -> Result<ExitCode, String> {
    match &cli.command {
        None | Some(Command::Serve) => {
            let settings = Settings::from_cli(&cli).map_err(|e| e.to_string())?;
            let app = Application::build(settings)
                .await
                .map_err(|e| e.to_string())?;
            let addr = app.local_addr().map_err(|e| e.to_string())?;
            println!("listening on http://{addr}");
            app.run().await.map_err(|e| e.to_string())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Schema) => {
            print!("{}", api::graphql::sdl());
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Migrate) => {
            let store = connect(&cli).await?;
            println!("migrations applied");
            drop(store);
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::SeedDemo) => {
            if cli.environment == api::config::Environment::Production {
                return Err("demo data is refused when CYBERHEALTH_ENV=production".into());
            }
            let store = connect(&cli).await?;
            let now = api::clock::Clock::system().now();
            let keys =
                api::store::sealed::Keyring::configured(cli.data_key.as_deref(), &cli.database_url)
                    .map_err(|e| e.to_string())?;
            let code_key =
                api::store::sealed::CodeKey::configured(cli.code_key.as_deref(), &cli.database_url)
                    .map_err(|e| e.to_string())?;
            let codes = api::store::vouchers::CodeKeys {
                code_key: &code_key,
                keys: &keys,
            };
            if api::seed::seed_demo(&store, now, codes)
                .await
                .map_err(|e| e.to_string())?
            {
                demo_incident(&cli, &store, now).await?;
                println!(
                    "demo data loaded; every demo account's password is {}",
                    api::seed::DEMO_PASSWORD
                );
            } else {
                println!("demo data already present");
            }
            for (email, role, _) in api::seed::DEMO_ACCOUNTS {
                println!("  {role:<17} {email}");
            }
            for (email, _, _) in api::seed::incidents::AUTHORITY_ACCOUNTS {
                println!("  {:<17} {email}", "AUTHORITY_OFFICER");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::CreateUser {
            email,
            role,
            display_name,
            organisation,
        }) => {
            let store = connect(&cli).await?;
            let password = match std::env::var("CYBERHEALTH_NEW_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin()
                        .lock()
                        .read_line(&mut line)
                        .map_err(|e| e.to_string())?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            let id = api::actions::accounts::create_from_cli(
                &store,
                api::clock::Clock::system().now(),
                email,
                role,
                display_name,
                *organisation,
                &password,
            )
            .await
            .map_err(|e| e.to_string())?;
            println!("created account {id}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Audit {
            command: AuditCommand::Verify { checkpoint },
        }) => {
            let store = connect(&cli).await?;
            let mut intact = match audit::verify(store.db()).await.map_err(|e| e.to_string())? {
                Ok(v) => {
                    for (chain, n) in &v.chains {
                        println!("chain {chain}: {n} rows, intact");
                    }
                    println!("audit trail intact ({} chains)", v.chains.len());
                    true
                }
                Err(broken) => {
                    println!("BROKEN: {broken}");
                    false
                }
            };
            if let Some(path) = checkpoint {
                intact &= against_checkpoint(&cli, &store, path).await?;
            }
            Ok(if intact {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Some(Command::Audit {
            command: AuditCommand::Checkpoint { out },
        }) => {
            let settings = Settings::from_cli(&cli).map_err(|e| e.to_string())?;
            let key = settings
                .audit
                .signing_key
                .as_deref()
                .ok_or("CYBERHEALTH_AUDIT_SIGNING_KEY is needed to sign a checkpoint")?;
            let target = out
                .clone()
                .or(settings.audit.checkpoint_dir.clone())
                .ok_or("say where with --out FILE|DIR or CYBERHEALTH_AUDIT_CHECKPOINT_DIR")?;
            let store = connect(&cli).await?;
            let now = api::clock::Clock::system().now();
            let cp = api::actions::audit::checkpoint(&store, key, now).await?;
            let path = api::jobs::checkpoint::write(&target, &cp, now)?;
            println!(
                "checkpoint of {} chains written to {}",
                cp.heads.chains.len(),
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Db {
            command: DbCommand::Grant { role },
        }) => grant(&cli, role).await,
        Some(Command::RotateDataKey { generate: true }) => {
            let id = format!(
                "k{}",
                api::clock::Clock::system().now().format("%Y%m%d%H%M%S")
            );
            println!("{}", api::store::sealed::Keyring::generate(&id));
            eprintln!(
                "put it first in CYBERHEALTH_DATA_KEY (keep the old keys after it), restart, then run `cyberhealth rotate-data-key`"
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::RotateDataKey { generate: false }) => rotate_data_key(&cli).await,
        Some(Command::Audit {
            command: AuditCommand::Keygen,
        }) => {
            use rand::RngCore;
            let mut seed = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut seed);
            let seed = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, seed);
            let key = domain::audit::checkpoint::signing_key(&seed).map_err(|e| e.to_string())?;
            println!("CYBERHEALTH_AUDIT_SIGNING_KEY={seed}");
            println!(
                "CYBERHEALTH_AUDIT_PUBLIC_KEY={}",
                domain::audit::checkpoint::public_key_of(&key)
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The demo incident of clinic.de (its text is sealed, so it needs the data keys).
async fn demo_incident(
    cli: &Cli,
    store: &Store,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), String> {
    let keys = api::store::sealed::Keyring::configured(cli.data_key.as_deref(), &cli.database_url)
        .map_err(|e| e.to_string())?;
    let email = domain::account::Email::parse("clinic.de@cyberhealth.example")
        .map_err(|e| e.to_string())?;
    let account = api::store::accounts::find_by_email(store.db(), &email)
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the demo clinic account is missing")?;
    let clinic = account
        .organisation_id
        .ok_or("the demo clinic has no organisation")?;
    api::seed::incidents::seed_case(store, &keys, now, clinic, account.id)
        .await
        .map_err(|e| e.to_string())?;
    api::seed::reserve::seed(store, &keys, now, clinic, account.id)
        .await
        .map_err(|e| e.to_string())
}

/// `cyberhealth rotate-data-key`: every sealed text re-sealed under the current key.
async fn rotate_data_key(cli: &Cli) -> Result<ExitCode, String> {
    let store = connect(cli).await?;
    let keys = api::store::sealed::Keyring::configured(cli.data_key.as_deref(), &cli.database_url)
        .map_err(|e| e.to_string())?;
    let now = api::clock::Clock::system().now();
    let actor = api::store::audit::Actor::system("rotate-data-key");
    let n = api::store::incidents::reseal_all(&store, &keys, &actor, now)
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "{n} sealed values re-sealed under key `{}`; older keys may now be removed from CYBERHEALTH_DATA_KEY",
        keys.current_id()
    );
    Ok(ExitCode::SUCCESS)
}

/// `cyberhealth db grant --role NAME`, as the owner.
async fn grant(cli: &Cli, role: &str) -> Result<ExitCode, String> {
    let store = connect(cli).await?;
    api::store::roles::grant_application_role(&store, role)
        .await
        .map_err(|e| e.to_string())?;
    println!("role {role}: read and write on the business tables, INSERT-only on audit_log");
    Ok(ExitCode::SUCCESS)
}

/// Checks the trail against a signed checkpoint file; prints every problem.
async fn against_checkpoint(
    cli: &Cli,
    store: &Store,
    path: &std::path::Path,
) -> Result<bool, String> {
    let settings = Settings::from_cli(cli).map_err(|e| e.to_string())?;
    let trusted = api::actions::audit::trusted_key(&settings.audit).ok_or(
        "CYBERHEALTH_AUDIT_PUBLIC_KEY (or the signing key) is needed to trust a checkpoint",
    )?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cp: domain::audit::checkpoint::Checkpoint = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a checkpoint: {e}", path.display()))?;
    let problems = api::actions::audit::against_checkpoint(store, &cp, &trusted).await?;
    for p in &problems {
        println!("BROKEN: {p}");
    }
    if problems.is_empty() {
        println!(
            "the trail holds every row of the checkpoint taken at {} ({} chains)",
            cp.heads.taken_at.to_rfc3339(),
            cp.heads.chains.len()
        );
    }
    Ok(problems.is_empty())
}

async fn connect(cli: &Cli) -> Result<Store, String> {
    let store = Store::connect(&cli.database_url)
        .await
        .map_err(|e| e.to_string())?;
    store.migrate().await.map_err(|e| e.to_string())?;
    Ok(store)
}
