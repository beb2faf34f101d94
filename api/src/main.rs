//! `cyberhealth`: serve (default), migrate, seed-demo, create-user, schema, audit verify.
use api::config::{AuditCommand, Cli, Command, Settings};
use api::startup::Application;
use api::store::{Store, audit};
use clap::Parser;
use std::io::BufRead;
use std::process::ExitCode;

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
            if api::seed::seed_demo(&store, now)
                .await
                .map_err(|e| e.to_string())?
            {
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
            command: AuditCommand::Verify,
        }) => {
            let store = connect(&cli).await?;
            match audit::verify(store.db()).await.map_err(|e| e.to_string())? {
                Ok(v) => {
                    for (chain, n) in &v.chains {
                        println!("chain {chain}: {n} rows, intact");
                    }
                    println!("audit trail intact ({} chains)", v.chains.len());
                    Ok(ExitCode::SUCCESS)
                }
                Err(broken) => {
                    println!("BROKEN: {broken}");
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}

async fn connect(cli: &Cli) -> Result<Store, String> {
    let store = Store::connect(&cli.database_url)
        .await
        .map_err(|e| e.to_string())?;
    store.migrate().await.map_err(|e| e.to_string())?;
    Ok(store)
}
