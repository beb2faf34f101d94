//! GraphiQL at `/graphiql` (never in production): a fixed page, so the server does not need
//! async-graphql's template engine (its `graphiql` feature pulls in handlebars). The page is
//! the one `GraphiQLSource::build().endpoint("/graphql").subscription_endpoint("/graphql")`
//! renders; it loads GraphiQL 4 from unpkg, which is why it alone has no CSP
//! (`security_headers`).
use axum::response::{Html, IntoResponse};

const PAGE: &str = include_str!("graphiql.html");

pub async fn page() -> impl IntoResponse {
    Html(PAGE)
}
