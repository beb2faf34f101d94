//! Security headers on every response (OWASP Secure Headers; `docs/security.md`):
//! - a strict Content-Security-Policy: everything from this origin only, no inline script,
//!   no plugins, no framing (`frame-ancestors 'none'`, with `X-Frame-Options: DENY` for old
//!   browsers). GraphiQL (never in production) loads its scripts from a CDN, so its page alone
//!   goes without one;
//! - `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, a `Permissions-Policy`
//!   that turns off the device features the app never uses, and
//!   `Cross-Origin-Opener-Policy: same-origin`;
//! - in production, HSTS (RFC 6797) for a year on this host and its subdomains.
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::middleware::Next;
use axum::response::Response;

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
pub const REFERRER_POLICY: &str = "no-referrer";
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), geolocation=(), \
     gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000; includeSubDomains";

/// Which headers apply: HSTS only in production (where TLS terminates in front of us).
#[derive(Clone, Copy, Debug)]
pub struct SecurityHeaders {
    pub hsts: bool,
}

/// Middleware: `axum::middleware::from_fn_with_state(SecurityHeaders { .. }, apply)`.
pub async fn apply(
    State(policy): State<SecurityHeaders>,
    request: Request<Body>,
    next: Next,
) -> Response {
    let graphiql = request.uri().path() == "/graphiql";
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let mut set = |name: HeaderName, value: &'static str| {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    };
    if !graphiql {
        set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    }
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(header::REFERRER_POLICY, REFERRER_POLICY);
    set(
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    );
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    if policy.hsts {
        set(header::STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY);
    }
    response
}
