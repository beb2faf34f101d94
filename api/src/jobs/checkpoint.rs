//! Signed audit checkpoints written outside the database: `cyberhealth audit checkpoint`, and
//! every `CYBERHEALTH_AUDIT_CHECKPOINT_INTERVAL_SECONDS` by the server when
//! `CYBERHEALTH_AUDIT_CHECKPOINT_DIR` and the signing key are set (`docs/audit.md`). Files are
//! never overwritten: each checkpoint is a new file named by its time.
use crate::actions::audit;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use domain::audit::checkpoint::Checkpoint;
use std::path::{Path, PathBuf};
use tokio::task::JoinHandle;

/// Writes `cp` to `target`: that file when it does not exist yet, or a new file in it when it
/// is a directory. Returns the file written.
pub fn write(target: &Path, cp: &Checkpoint, now: DateTime<Utc>) -> Result<PathBuf, String> {
    let path = if target.is_dir() {
        target.join(format!(
            "audit-checkpoint-{}.json",
            now.format("%Y%m%dT%H%M%S%.6fZ")
        ))
    } else {
        target.to_path_buf()
    };
    let json = serde_json::to_string_pretty(cp).map_err(|e| e.to_string())?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::io::Write::write_all(&mut file, json.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Takes and writes one checkpoint now.
pub async fn once(app: &AppState) -> Result<Option<PathBuf>, String> {
    let settings = &app.settings.audit;
    let (Some(key), Some(dir)) = (&settings.signing_key, &settings.checkpoint_dir) else {
        return Ok(None);
    };
    let now = app.clock.now();
    let cp = audit::checkpoint(&app.store, key, now).await?;
    write(dir, &cp, now).map(Some)
}

/// Runs [`once`] every interval when configured.
pub fn spawn(app: AppState) -> Option<JoinHandle<()>> {
    let settings = &app.settings.audit;
    if settings.signing_key.is_none() || settings.checkpoint_dir.is_none() {
        return None;
    }
    let interval = settings.checkpoint_interval;
    Some(tokio::spawn(async move {
        let mut tick = tokio::time::interval(interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match once(&app).await {
                Ok(Some(path)) => {
                    tracing::info!(file = %path.display(), "audit checkpoint written")
                }
                Ok(None) => {}
                Err(e) => tracing::error!(error = %e, "audit checkpoint failed"),
            }
        }
    }))
}
