//! The axum router: `/graphql` (HTTP and WebSocket), `/graphiql`, `/healthz`, `/readyz`,
//! `/metrics`, attachments (`http/attachments.rs`), and the SPA's files at `/`.
pub mod alerts;
pub mod attachments;
pub mod catalogue;
pub mod csv;
pub mod graphiql;
pub mod graphql;
pub mod health;
pub mod ledger_csv;
pub mod metrics;
pub mod redemptions_csv;
pub mod request_span;
pub mod review_queue_csv;
pub mod security_headers;
pub mod spa;
pub mod taxii;
pub mod ws;

use crate::graphql::AppSchema;
use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Method, header};

use axum::Router;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

/// GET `/graphql`: a WebSocket upgrade goes to the subscription handler, anything else is a
/// query over GET.
#[allow(clippy::too_many_arguments)]
async fn graphql_get(
    state: axum::extract::State<AppState>,
    schema: axum::Extension<AppSchema>,
    guard: axum::Extension<std::sync::Arc<crate::graphql::guard::Guard>>,
    peer: axum::extract::ConnectInfo<std::net::SocketAddr>,
    headers: axum::http::HeaderMap,
    query: Result<
        axum::extract::Query<graphql::GetParams>,
        axum::extract::rejection::QueryRejection,
    >,
    upgrade: Result<
        axum::extract::ws::WebSocketUpgrade,
        axum::extract::ws::rejection::WebSocketUpgradeRejection,
    >,
    protocol: Result<async_graphql_axum::GraphQLProtocol, axum::http::StatusCode>,
) -> Response {
    match (upgrade, protocol) {
        (Ok(up), Ok(proto)) => ws::upgrade(state, schema, guard, peer, headers, proto, up).await,
        (Ok(_), Err(status)) => (status, "unsupported WebSocket subprotocol").into_response(),
        (Err(_), _) => graphql::get(state, schema, guard, peer, headers, query).await,
    }
}

pub fn router(app: AppState, schema: AppSchema) -> Router {
    let limits = app.settings.limits.clone();
    let mut r = Router::new()
        .route("/graphql", get(graphql_get).post(graphql::post))
        .route("/programs/{id}/ledger.csv", get(ledger_csv::export))
        .route("/catalogue.jsonld", get(catalogue::jsonld))
        .route("/training/sessions/{file}", get(catalogue::ics))
        .route("/review-queue.csv", get(review_queue_csv::export))
        .route("/redemptions.csv", get(redemptions_csv::export))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::handler))
        .route("/stix/alerts/{id}", get(alerts::stix_alert))
        .route("/stix/bundle", get(alerts::stix_bundle))
        .route("/alerts.atom", get(alerts::atom))
        .merge(taxii::router())
        .merge(attachments::router());
    if !app.settings.is_production() {
        r = r.route("/graphiql", get(graphiql::page));
    }
    if let Some(dir) = &app.settings.static_dir {
        r = r.merge(spa::router(dir));
    }
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(
            app.settings
                .cors_origins
                .iter()
                .filter_map(|o| HeaderValue::from_str(o).ok()),
        ))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE]);
    let guard = std::sync::Arc::new(crate::graphql::guard::Guard::new(
        &schema.sdl(),
        limits.aliases,
    ));
    r.layer(axum::Extension(schema))
        .layer(axum::Extension(guard))
        .layer(axum::Extension(app.clone()))
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(cors)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(axum::middleware::from_fn_with_state(
            security_headers::SecurityHeaders {
                hsts: app.settings.is_production(),
            },
            security_headers::apply,
        ))
        .layer(axum::middleware::from_fn_with_state(
            app.metrics.clone(),
            metrics::track,
        ))
        .layer(axum::middleware::from_fn(request_span::span))
        .with_state(app)
}
