//! The SPA's files (`CYBERHEALTH_STATIC_DIR`, the Vite build):
//! - `/assets/*` are content-hashed by Vite, so they are served `immutable` for a year, and a
//!   missing one is a 404 (never `index.html`, which must not be cached for a year);
//! - everything else is a file of the build (`favicon.svg`) or, for the app's own routes,
//!   `index.html`, served `no-cache` so a new release is picked up at the next visit;
//! - each file is sent precompressed when the build wrote `<file>.br` or `<file>.gz` next to it
//!   and the browser accepts that encoding (brotli first).
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Request, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

/// `Cache-Control` of content-hashed assets.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of `index.html` and the other unhashed files: revalidate every time.
pub const NO_CACHE: &str = "no-cache";
/// Where Vite writes the content-hashed files.
const ASSETS: &str = "/assets";

/// The router serving the built SPA from `dir`; merge it into the app's router.
pub fn router<S: Clone + Send + Sync + 'static>(dir: &Path) -> Router<S> {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let assets = ServeDir::new(dir.join(ASSETS.trim_start_matches('/')))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    Router::new()
        .nest_service(ASSETS, assets)
        .fallback_service(files)
        .layer(middleware::from_fn(cache_rules))
}

async fn cache_rules(request: Request<Body>, next: Next) -> Response {
    let hashed = request.uri().path().starts_with(&format!("{ASSETS}/"));
    let mut response = next.run(request).await;
    let immutable = hashed && response.status().is_success();
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if immutable { IMMUTABLE } else { NO_CACHE }),
    );
    // The same address answers in several encodings.
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}
