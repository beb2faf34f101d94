//! A real SMTP server for the e-mail tests: Python's `aiosmtpd` (from the package index, in the
//! venv `make test` creates: `.venv-interop`, or `INTEROP_PYTHON`) running
//! `tests/interop/smtp_sink.py`, which writes every message it accepts as JSON into a folder
//! the test reads. It can be stopped and started again on the same port.
use serde::Deserialize;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// One message the SMTP server accepted.
#[derive(Debug, Clone, Deserialize)]
pub struct Received {
    pub to: Vec<String>,
    pub subject: String,
    pub language: String,
    #[serde(rename = "messageId")]
    pub message_id: String,
    pub body: String,
}

pub struct SmtpSink {
    pub port: u16,
    dir: PathBuf,
    child: Option<Child>,
}

fn python() -> PathBuf {
    std::env::var_os("INTEROP_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.venv-interop/bin/python")
        })
}

impl SmtpSink {
    /// Starts the server on a free port.
    pub fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let dir = std::env::temp_dir().join(format!("cyberhealth-smtp-{}", uuid::Uuid::new_v4()));
        let mut sink = Self {
            port,
            dir,
            child: None,
        };
        sink.resume();
        sink
    }

    /// The server's URL for `CYBERHEALTH_SMTP_URL` (plain SMTP on loopback).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops the server: connections are refused until [`SmtpSink::resume`].
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            c.kill().ok();
            c.wait().ok();
        }
    }

    /// Starts the server (again) on its port; returns once it listens.
    pub fn resume(&mut self) {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("interop/smtp_sink.py");
        let python = python();
        assert!(
            python.exists(),
            "{}: the venv with aiosmtpd is missing; run `make interop-venv` (tests/interop/requirements.txt)",
            python.display()
        );
        let mut child = Command::new(python)
            .arg(script)
            .arg(self.port.to_string())
            .arg(&self.dir)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        self.child = Some(child);
    }

    /// Every message accepted so far, oldest first.
    pub fn received(&self) -> Vec<Received> {
        let mut files: Vec<_> = std::fs::read_dir(&self.dir)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "json"));
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    /// Waits until `done` holds for the messages received (at most 20 s), and returns them.
    pub async fn wait_for(&self, done: impl Fn(&[Received]) -> bool) -> Vec<Received> {
        for _ in 0..200 {
            let got = self.received();
            if done(&got) {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let got = self.received();
        panic!("the expected e-mails did not arrive; received: {got:#?}");
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
        std::fs::remove_dir_all(&self.dir).ok();
    }
}
