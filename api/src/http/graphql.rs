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
use crate::state::AppState;
use async_graphql::parser::types::{ExecutableDocument, OperationType, Selection, SelectionSet};
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use std::net::SocketAddr;

/// An error that stops the request before GraphQL execution, in the GraphQL error shape.
fn reject(status: StatusCode, code: &str, message: &str, request_id: &str) -> Response {
    let body = json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    let mut res = (status, axum::Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(request_id) {
        res.headers_mut().insert("x-request-id", v);
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

fn count_aliases(doc: &ExecutableDocument) -> usize {
    fn walk(set: &SelectionSet, depth: usize) -> usize {
        if depth > 64 {
            return 0;
        }
        set.items
            .iter()
            .map(|s| match &s.node {
                Selection::Field(f) => {
                    usize::from(f.node.alias.is_some())
                        + walk(&f.node.selection_set.node, depth + 1)
                }
                Selection::InlineFragment(i) => walk(&i.node.selection_set.node, depth + 1),
                Selection::FragmentSpread(_) => 0,
            })
            .sum()
    }
    let ops: usize = doc
        .operations
        .iter()
        .map(|(_, op)| walk(&op.node.selection_set.node, 0))
        .sum();
    let frags: usize = doc
        .fragments
        .values()
        .map(|f| walk(&f.node.selection_set.node, 0))
        .sum();
    ops + frags
}

/// Checks what the schema's own limits do not: aliases, and (for GET) the operation type.
fn precheck(
    req: &async_graphql::Request,
    app: &AppState,
    get: bool,
) -> Result<(), (StatusCode, &'static str, String)> {
    let Ok(doc) = async_graphql::parser::parse_query(&req.query) else {
        return Ok(()); // the executor reports the syntax error itself
    };
    if count_aliases(&doc) > app.settings.limits.aliases {
        return Err((
            StatusCode::BAD_REQUEST,
            "VALIDATION",
            format!("too many aliases (at most {})", app.settings.limits.aliases),
        ));
    }
    if get {
        let op_type = match &req.operation_name {
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
            return Err((
                StatusCode::METHOD_NOT_ALLOWED,
                "FORBIDDEN",
                "mutations must be sent with POST".into(),
            ));
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

fn respond(body: Value, rid: &str) -> Response {
    let mut res = (StatusCode::OK, axum::Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(rid) {
        res.headers_mut().insert("x-request-id", v);
    }
    res
}

pub async fn post(
    State(app): State<AppState>,
    axum::Extension(schema): axum::Extension<AppSchema>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let rid = request_id(&headers);
    if !is_json(&headers) {
        return reject(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "VALIDATION",
            "send GraphQL requests as application/json",
            &rid,
        );
    }
    let parsed: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => {
            return reject(
                StatusCode::BAD_REQUEST,
                "VALIDATION",
                "the body is not JSON",
                &rid,
            );
        }
    };
    let (batch, items) = match parsed {
        Value::Array(items) => (true, items),
        other => (false, vec![other]),
    };
    if items.is_empty() || items.len() > app.settings.limits.batch {
        let msg = format!(
            "a batch holds 1 to {} operations",
            app.settings.limits.batch
        );
        return reject(StatusCode::BAD_REQUEST, "VALIDATION", &msg, &rid);
    }
    let mut requests = Vec::with_capacity(items.len());
    for item in items {
        match serde_json::from_value::<async_graphql::Request>(item) {
            Ok(r) => requests.push(r),
            Err(_) => {
                return reject(
                    StatusCode::BAD_REQUEST,
                    "VALIDATION",
                    "not a GraphQL request",
                    &rid,
                );
            }
        }
    }
    for r in &requests {
        if let Err((status, code, msg)) = precheck(r, &app, false) {
            return reject(status, code, &msg, &rid);
        }
    }
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let mut out = Vec::with_capacity(requests.len());
    for r in requests {
        let resp = execute(&schema, &ctx, r).await;
        out.push(serde_json::to_value(&resp).unwrap_or_else(|_| json!({ "errors": [{ "message": "internal error", "extensions": { "code": "INTERNAL" } }] })));
    }
    let body = if batch {
        Value::Array(out)
    } else {
        out.pop().unwrap_or(Value::Null)
    };
    respond(body, &rid)
}

/// GraphQL over HTTP's GET parameters.
#[derive(serde::Deserialize)]
pub struct GetParams {
    query: String,
    #[serde(rename = "operationName")]
    operation_name: Option<String>,
    variables: Option<String>,
}

pub async fn get(
    State(app): State<AppState>,
    axum::Extension(schema): axum::Extension<AppSchema>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    params: Result<Query<GetParams>, QueryRejection>,
) -> Response {
    let rid = request_id(&headers);
    let Ok(Query(params)) = params else {
        return reject(
            StatusCode::BAD_REQUEST,
            "VALIDATION",
            "not a GraphQL request",
            &rid,
        );
    };
    let mut req = async_graphql::Request::new(params.query);
    req.operation_name = params.operation_name;
    if let Some(vars) = params.variables {
        match serde_json::from_str(&vars) {
            Ok(v) => req.variables = v,
            Err(_) => {
                return reject(
                    StatusCode::BAD_REQUEST,
                    "VALIDATION",
                    "variables are not JSON",
                    &rid,
                );
            }
        }
    }
    if let Err((status, code, msg)) = precheck(&req, &app, true) {
        return reject(status, code, &msg, &rid);
    }
    let ctx = match context(&app, &headers, peer, &rid).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    let resp = execute(&schema, &ctx, req).await;
    respond(serde_json::to_value(&resp).unwrap_or(Value::Null), &rid)
}
