//! The mail job (issue #17): every `CYBERHEALTH_MAIL_INTERVAL_SECONDS`, it claims the due
//! e-mails of the outbox with a lease (`store::outbox::claim_due`: one conditional update per
//! e-mail, so of several server processes one holds it), sends each through SMTP (lettre, on
//! tokio with rustls) or, without SMTP settings, writes it to the mail folder, and marks it sent
//! only after the server accepted it. A failure schedules the next attempt with exponential
//! backoff; the change that wrote the e-mail committed long before and is never held up.
use crate::actions::Ctx;
use crate::actions::email::{self, OutboxEmail};
use crate::state::AppState;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::PathBuf;
use tokio::task::JoinHandle;

/// Where e-mail goes.
pub enum Mailer {
    Smtp(Box<AsyncSmtpTransport<Tokio1Executor>>),
    /// Development: one `.eml` file per e-mail in the folder.
    Folder(PathBuf),
}

impl Mailer {
    /// From the settings: SMTP when `CYBERHEALTH_SMTP_URL` is set, else the folder.
    pub fn configured(app: &AppState) -> Result<Self, String> {
        let settings = &app.settings.mail;
        match &settings.smtp_url {
            Some(url) => AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map(|b| Self::Smtp(Box::new(b.build())))
                .map_err(|e| format!("CYBERHEALTH_SMTP_URL: {e}")),
            None => Ok(Self::Folder(settings.dir.clone())),
        }
    }

    /// Sends one e-mail; `Ok` once the SMTP server accepted it (or the file is written).
    pub async fn send(&self, from: &str, mail: &OutboxEmail) -> Result<(), String> {
        let message = message(from, mail)?;
        match self {
            Self::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Self::Folder(dir) => {
                let path = dir.join(format!(
                    "{}-{}.eml",
                    mail.created_at.format("%Y%m%dT%H%M%S"),
                    mail.id
                ));
                let bytes = message.formatted();
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| format!("{}: {e}", dir.display()))?;
                tokio::fs::write(&path, bytes)
                    .await
                    .map_err(|e| format!("{}: {e}", path.display()))
            }
        }
    }
}

/// The e-mail as a MIME message: plain text in UTF-8, its language in `Content-Language`.
fn message(from: &str, mail: &OutboxEmail) -> Result<Message, String> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| format!("CYBERHEALTH_MAIL_FROM: {e}"))?;
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone())
        .message_id(Some(format!("<{}@cyberhealth>", mail.id)))
        .header(ContentType::TEXT_PLAIN)
        .header(ContentLanguage(mail.language.clone()))
        .body(mail.body.clone())
        .map_err(|e| e.to_string())
}

/// `Content-Language` (RFC 3282): the language the e-mail is written in.
#[derive(Clone)]
struct ContentLanguage(String);

impl lettre::message::header::Header for ContentLanguage {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Content-Language")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }
    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// One pass: sends every due e-mail this process claims. Returns how many were sent.
pub async fn deliver_due(app: &AppState, mailer: &Mailer, owner: &str) -> u64 {
    let ctx = Ctx::system(app.clone(), "mail");
    let claimed = match email::claim_due(&ctx, owner).await {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = ?e, "mail: cannot claim e-mails");
            return 0;
        }
    };
    let mut sent = 0;
    for mail in claimed {
        let outcome = mailer.send(&app.settings.mail.from, &mail).await;
        if outcome.is_ok() {
            sent += 1;
        } else if let Err(e) = &outcome {
            tracing::warn!(id = %mail.id, attempts = mail.attempts, error = %e, "mail: not sent; retried later");
        }
        if let Err(e) = email::record_outcome(&ctx, &mail, owner, outcome).await {
            tracing::error!(id = %mail.id, error = ?e, "mail: cannot record the outcome");
        }
    }
    sent
}

/// Runs [`deliver_due`] every interval until aborted.
pub fn spawn(app: AppState) -> Result<JoinHandle<()>, String> {
    let mailer = Mailer::configured(&app)?;
    let owner = uuid::Uuid::new_v4().to_string();
    Ok(tokio::spawn(async move {
        let mut tick = tokio::time::interval(app.settings.mail.interval);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let n = deliver_due(&app, &mailer, &owner).await;
            if n > 0 {
                tracing::info!(sent = n, "mail");
            }
        }
    }))
}
