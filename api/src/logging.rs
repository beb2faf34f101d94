//! Logs: one line an event on stderr, as JSON objects (the default in production) or text, with
//! the request's id on every line of a request (`http::request_span`). Log lines carry ids and
//! codes, never contents. Control characters are escaped in both formats, so nothing a client
//! sends (a header, a token's claims quoted in an error) can forge a line or a terminal escape.
use crate::config::LogFormat;
use std::io::Write;
use tracing_subscriber::fmt::MakeWriter;

/// Writes to stderr, escaping every control character but the line's final newline.
#[derive(Clone, Copy, Default)]
pub struct EscapingStderr;

/// The bytes of one formatted event with control characters escaped as `\u{…}` (a newline at
/// the very end stays: it ends the line).
pub fn escape(line: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(line);
    let (body, end) = match text.strip_suffix('\n') {
        Some(b) => (b, "\n"),
        None => (text.as_ref(), ""),
    };
    let mut out = String::with_capacity(body.len() + 1);
    for c in body.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push_str(end);
    out.into_bytes()
}

pub struct LineWriter(Vec<u8>);

impl Write for LineWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for LineWriter {
    fn drop(&mut self) {
        let _ = std::io::stderr().lock().write_all(&escape(&self.0));
    }
}

impl<'a> MakeWriter<'a> for EscapingStderr {
    type Writer = LineWriter;
    fn make_writer(&'a self) -> LineWriter {
        LineWriter(Vec::with_capacity(256))
    }
}

/// Installs the subscriber: `filter` as `CYBERHEALTH_LOG`, in `format`.
pub fn init(filter: &str, format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(EscapingStderr);
    match format {
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .init(),
        LogFormat::Text => builder.init(),
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn control_characters_inside_a_line_are_escaped_and_its_end_kept() {
        let forged = b"token refused reason=bad \x1b[31mred\nFAKE level=INFO admin logged in\n";
        let out = String::from_utf8(escape(forged)).unwrap_or_default();
        assert_eq!(
            out,
            "token refused reason=bad \\u{1b}[31mred\\u{a}FAKE level=INFO admin logged in\n"
        );
        assert_eq!(out.matches('\n').count(), 1);
        assert_eq!(escape(b"plain\n"), b"plain\n");
    }
}
