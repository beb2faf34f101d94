//! `/graphql` over HTTP.
//!
//! - POST: `application/json` only (CSRF: a form or `text/plain` body gets 415); a batch (JSON
//!   array) of at most `limits.batch` operations.
//! - GET: queries only; a mutation or subscription gets 405.
//! - The body limit is enforced before parsing; alias, depth, complexity and directive limits
//!   apply to every operation.
use crate::actions::{self, Caller, Ctx};
use crate::auth::authenticate;
use crate::graphql::AppSchema;
use crate::graphql::guard::Guard;
use crate::state::AppState;
use async_graphql::parser::types::OperationType;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::Arc;

/// An error that stops the request before GraphQL execution, in the GraphQL error shape
/// (`application/json`: the media type may not have been negotiated yet).
fn reject(status: StatusCode, code: &str, message: &str, request_id: &str) -> Response {
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    answer(
        status,
        body.to_string().into_bytes(),
        Media::Json,
        request_id,
    )
}

/// Every answer of `/graphql` over HTTP is built here: the status, the serialised body, its
/// media type and the request id.
fn answer(status: StatusCode, body: Vec<u8>, media: Media, rid: &str) -> Response {
    let mut res = (status, body).into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(media.content_type()),
    );
    if let Ok(v) = HeaderValue::from_str(rid) {
        headers.insert("x-request-id", v);
    }
    res
}

pub fn request_id(headers: &HeaderMap) -> String {
    headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .map_or_else(|| uuid::Uuid::now_v7().to_string(), str::to_owned)
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

/// Builds the request's action context, or the 401 for bad credentials (audited).
pub(crate) async fn context(
    app: &AppState,
    headers: &HeaderMap,
    peer: SocketAddr,
    rid: &str,
) -> Result<Ctx, Response> {
    let auth = headers
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap_or("\u{0}"));
    let mut caller = Caller::anonymous(rid, peer.ip().to_string());
    match authenticate(&app.tokens, &app.store, auth).await {
        Ok(principal) => {
            caller.principal = principal;
            Ok(Ctx::new(app.clone(), caller))
        }
        Err(crate::auth::AuthError::Unavailable(cause)) => {
            let id = uuid::Uuid::new_v4();
            tracing::error!(correlation_id = %id, request_id = %rid, cause = %cause, "internal error");
            let body = json!({ "errors": [{ "message": "internal error",
                "extensions": { "code": "INTERNAL", "correlationId": id.to_string() } }] });
            Err(answer(
                StatusCode::INTERNAL_SERVER_ERROR,
                body.to_string().into_bytes(),
                Media::Json,
                rid,
            ))
        }
        Err(e) => {
            tracing::info!(request_id = %rid, reason = %e, "token refused");
            let ctx = Ctx::new(app.clone(), caller);
            if let Err(err) = actions::accounts::token_refused(&ctx).await {
                tracing::error!(error = ?err, "could not audit a denial");
                return Err(reject(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "INTERNAL",
                    "internal error",
                    rid,
                ));
            }
            Err(reject(
                StatusCode::UNAUTHORIZED,
                "UNAUTHENTICATED",
                "invalid or expired token",
                rid,
            ))
        }
    }
}

/// The response media type the client asked for. With `application/graphql-response+json`
/// (GraphQL over HTTP), a request that cannot run (unparseable, invalid, bad variables) is a
/// 4xx; with `application/json` (the legacy type, kept for existing clients) it is 200 with the
/// errors in the body, as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Media {
    GraphqlResponse,
    Json,
}

const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

impl Media {
    fn negotiate(headers: &HeaderMap) -> Result<Self, ()> {
        let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
            return Ok(Media::Json);
        };
        let types: Vec<String> = accept
            .split(',')
            .map(|t| {
                t.split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase()
            })
            .collect();
        if types.iter().any(|t| t == GRAPHQL_RESPONSE) {
            Ok(Media::GraphqlResponse)
        } else if types
            .iter()
            .any(|t| t == "application/json" || t == "*/*" || t == "application/*")
        {
            Ok(Media::Json)
        } else {
            Err(())
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Media::GraphqlResponse => "application/graphql-response+json; charset=utf-8",
            Media::Json => "application/json",
        }
    }
}

/// A request that did not run: its errors carry no path and there is no data.
fn request_error(resp: &async_graphql::Response) -> bool {
    resp.data == async_graphql::Value::Null
        && !resp.errors.is_empty()
        && resp.errors.iter().all(|e| e.path.is_empty())
}

/// Parses the operation once (execution reuses the parsed document) and runs the checks shared
/// with the WebSocket (`graphql::guard`); for GET, refuses mutations.
fn precheck(
    req: &mut async_graphql::Request,
    guard: &Guard,
    get: bool,
    media: Media,
) -> Result<(), (StatusCode, Value)> {
    let variables = req.variables.clone();
    let operation_name = req.operation_name.clone();
    let doc = match req.parsed_query() {
        Ok(doc) => doc,
        Err(e) => {
            let body = json!({ "errors": [{ "message": e.message, "extensions": { "code": "VALIDATION" } }] });
            // A syntax error is a request error: 400 under GraphQL over HTTP, 200 (with the
            // error in the body) for `application/json` clients, as before.
            let status = match media {
                Media::GraphqlResponse => StatusCode::BAD_REQUEST,
                Media::Json => StatusCode::OK,
            };
            return Err((status, body));
        }
    };
    if let Err(r) = guard.check(doc, &variables) {
        let body = json!({ "errors": [r.to_error()] });
        return Err((StatusCode::BAD_REQUEST, body));
    }
    if get {
        let op_type = match &operation_name {
            Some(name) => doc
                .operations
                .iter()
                .find(|(n, _)| n.map(|n| n.as_str()) == Some(name.as_str()))
                .map(|(_, op)| op.node.ty),
            None => doc.operations.iter().next().map(|(_, op)| op.node.ty),
        };
        if matches!(
            op_type,
            Some(OperationType::Mutation | OperationType::Subscription)
        ) {
            let body = json!({ "errors": [{ "message": "mutations must be sent with POST", "extensions": { "code": "FORBIDDEN" } }] });
            return Err((StatusCode::METHOD_NOT_ALLOWED, body));
        }
    }
    Ok(())
}

async fn execute(
    schema: &AppSchema,
    ctx: &Ctx,
    req: async_graphql::Request,
) -> async_graphql::Response {
    let mut req = req;
    crate::graphql::loaders::install(&mut req.data, ctx.clone());
    let mut resp = schema.execute(req).await;
    with_codes(&mut resp.errors);
    resp
}

/// Every error carries a code: those raised before execution (syntax, unknown fields, depth,
/// complexity, directives) are `VALIDATION`.
pub fn with_codes(errors: &mut [async_graphql::ServerError]) {
    for e in errors {
        let ext = e.extensions.get_or_insert_with(Default::default);
        if ext.get("code").is_none() {
            ext.set("code", "VALIDATION");
        }
    }
}

/// The executed operations' answer, serialised once, straight from the executor's response
/// (no intermediate JSON tree).
fn serialised(resp: &async_graphql::Response) -> Vec<u8> {
    serde_json::to_vec(resp).unwrap_or_else(|_| {
        br#"{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}"#.to_vec()
    })
}

/// The status of one executed operation: 200, or 400 for a request error under
/// `application/graphql-response+json`.
fn status_of(resp: &async_graphql::Response, media: Media) -> StatusCode {
    if media == Media::GraphqlResponse && request_error(resp) {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    }
}

fn not_acceptable(rid: &str) -> Response {
    reject(
        StatusCode::NOT_ACCEPTABLE,
        "VALIDATION",
        "accept application/graphql-response+json or application/json",
        rid,
    )
}

pub async fn post(
    State(app): State<AppState>,
    axum::Extension(schema): axum::Extension<AppSchema>,
    axum::Extension(guard): axum::Extension<Arc<Guard>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let rid = request_id(&headers);
    let Ok(media) = Media::negotiate(&headers) else {
        return not_acceptable(&rid);
    };
    if !is_json(&headers) {
        return reject(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "VALIDATION",
            "send GraphQL requests as application/json",
            &rid,
        );
    }
    let body = match body {
        Ok(b) => b,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            let msg = format!(
                "the request body is larger than {} bytes",
                app.settings.limits.body_bytes
            );
            return reject(StatusCode::PAYLOAD_TOO_LARGE, "VALIDATION", &msg, &rid);
        }
        Err(_) => {
            return reject(
                StatusCode::BAD_REQUEST,
                "VALIDATION",
                "the body could not be read",
                &rid,
            );
        }
    };
    let (batch, requests) = match serde_json::from_slice::<async_graphql::BatchRequest>(&body) {
        Ok(async_graphql::BatchRequest::Single(r)) => (false, vec![r]),
        Ok(async_graphql::BatchRequest::Batch(rs)) => (true, rs),
        Err(_) => {
            return reject(
                StatusCode::BAD_REQUEST,
                "VALIDATION",
                "not a GraphQL request",
                &rid,
            );
        }
    };
    if requests.is_empty() || requests.len() > app.settings.limits.batch {
        let msg = format!(
            "a batch holds 1 to {} operations",
            app.settings.limits.batch
        );
        return reject(StatusCode::BAD_REQUEST, "VALIDATION", &msg, &rid);
    }
    let mut requests = requests;
    for r in &mut requests {
        if let Err((status, body)) = precheck(r, &guard, false, media) {
            return answer(status, body.to_string().into_bytes(), media, &rid);
        }
    }
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let mut status = StatusCode::OK;
    let mut body = Vec::new();
    if batch {
        body.push(b'[');
    }
    for (i, r) in requests.into_iter().enumerate() {
        let resp = execute(&schema, &ctx, r).await;
        if !batch {
            status = status_of(&resp, media);
        } else if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(&serialised(&resp));
    }
    if batch {
        body.push(b']');
    }
    answer(status, body, media, &rid)
}

/// GraphQL over HTTP's GET parameters.
#[derive(serde::Deserialize)]
pub struct GetParams {
    query: Option<String>,
    #[serde(rename = "operationName")]
    operation_name: Option<String>,
    variables: Option<String>,
    extensions: Option<String>,
}

pub async fn get(
    State(app): State<AppState>,
    axum::Extension(schema): axum::Extension<AppSchema>,
    axum::Extension(guard): axum::Extension<Arc<Guard>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    params: Result<Query<GetParams>, QueryRejection>,
) -> Response {
    let rid = request_id(&headers);
    let Ok(media) = Media::negotiate(&headers) else {
        return not_acceptable(&rid);
    };
    let Ok(Query(params)) = params else {
        return reject(
            StatusCode::BAD_REQUEST,
            "VALIDATION",
            "not a GraphQL request",
            &rid,
        );
    };
    let Some(query) = params.query else {
        return reject(
            StatusCode::BAD_REQUEST,
            "VALIDATION",
            "the query parameter is missing",
            &rid,
        );
    };
    let mut req = async_graphql::Request::new(query);
    req.operation_name = params.operation_name;
    for (raw, what) in [
        (&params.variables, "variables"),
        (&params.extensions, "extensions"),
    ] {
        let Some(raw) = raw else { continue };
        match serde_json::from_str::<serde_json::Map<String, Value>>(raw) {
            Ok(map) if what == "variables" => {
                req.variables = async_graphql::Variables::from_json(Value::Object(map));
            }
            Ok(_) => {}
            Err(_) => {
                let msg = format!("{what} are not a JSON object");
                return reject(StatusCode::BAD_REQUEST, "VALIDATION", &msg, &rid);
            }
        }
    }
    if let Err((status, body)) = precheck(&mut req, &guard, true, media) {
        return answer(status, body.to_string().into_bytes(), media, &rid);
    }
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let resp = execute(&schema, &ctx, req).await;
    answer(status_of(&resp, media), serialised(&resp), media, &rid)
}
