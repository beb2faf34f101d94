//! Relay cursor connections: `first` defaults to 20 and is capped at 100; cursors are opaque.
use crate::actions::{DEFAULT_PAGE, MAX_PAGE, Page, PageRequest};
use crate::error::ApiError;
use async_graphql::connection::{Connection, Edge};
use async_graphql::{OutputType, SimpleObject};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

pub fn encode_cursor(id: Uuid) -> String {
    URL_SAFE_NO_PAD.encode(format!("c1:{id}"))
}

fn decode_cursor(cursor: &str) -> Option<Uuid> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    Uuid::parse_str(text.strip_prefix("c1:")?).ok()
}

/// Validates `first` and `after`. A `first` above 100 is capped at 100.
pub fn page_request(first: Option<i32>, after: Option<String>) -> Result<PageRequest, ApiError> {
    let first = match first {
        None => DEFAULT_PAGE,
        Some(n) if n < 0 => return Err(ApiError::validation("first", "must not be negative")),
        Some(n) => (n as u64).min(MAX_PAGE),
    };
    let after = match after {
        None => None,
        Some(c) => Some(
            decode_cursor(&c)
                .ok_or_else(|| ApiError::validation("after", "is not a cursor from this API"))?,
        ),
    };
    Ok(PageRequest { first, after })
}

/// What every connection adds to Relay's fields.
#[derive(SimpleObject)]
pub struct ListTotals {
    /// How many items match the query and its filters, on all pages.
    pub total_count: u64,
}

/// A Relay connection with `totalCount`: every list of the API.
pub type Conn<N> = Connection<String, N, ListTotals>;

/// Turns a page of rows into a connection of GraphQL nodes.
pub fn connection<T, N: OutputType>(
    page: Page<T>,
    id: impl Fn(&T) -> Uuid,
    node: impl Fn(T) -> Result<N, ApiError>,
) -> Result<Conn<N>, ApiError> {
    let totals = ListTotals {
        total_count: page.total,
    };
    let mut conn = Connection::with_additional_fields(page.has_previous, page.has_next, totals);
    for item in page.items {
        let cursor = encode_cursor(id(&item));
        conn.edges.push(Edge::new(cursor, node(item)?));
    }
    Ok(conn)
}
