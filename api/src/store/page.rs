//! Keyset pagination over UUIDv7 ids (time-ordered), shared by every list.
use super::StoreError;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};
use uuid::Uuid;

/// Default and maximum page sizes (DESIGN: default 20, maximum 100).
pub const DEFAULT_PAGE: u64 = 20;
pub const MAX_PAGE: u64 = 100;

/// A page request after validation: how many, and after which id.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    pub first: u64,
    pub after: Option<Uuid>,
}

/// A page of rows; `has_next` is found by reading one extra row.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many items match, on all pages (`totalCount`).
    pub total: u64,
    pub has_next: bool,
    pub has_previous: bool,
}

impl<T> Default for Page<T> {
    /// An empty first page.
    fn default() -> Self {
        Self {
            items: Vec::new(),
            total: 0,
            has_next: false,
            has_previous: false,
        }
    }
}

impl<T> Page<T> {
    /// Trims the one extra row read to learn whether a next page exists.
    pub fn from_overfetch(mut items: Vec<T>, total: u64, req: PageRequest) -> Self {
        let has_next = items.len() as u64 > req.first;
        items.truncate(req.first as usize);
        Self {
            items,
            total,
            has_next,
            has_previous: req.after.is_some(),
        }
    }
}

/// The order of a keyset page over a UUIDv7 id column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    OldestFirst,
    NewestFirst,
}

/// Reads one page of `query` by its id column: after the cursor, one extra row to learn whether
/// a next page exists. Every list of the API pages through here.
pub async fn fetch<E: EntityTrait>(
    db: &DatabaseConnection,
    query: Select<E>,
    id: E::Column,
    order: Order,
    req: PageRequest,
) -> Result<Page<E::Model>, StoreError>
where
    E::Model: Sync,
{
    // Counted over the id alone, so that an index answers it (issue #15).
    let total = query.clone().select_only().column(id).count(db).await?;
    let mut q = query;
    if let Some(after) = req.after {
        q = match order {
            Order::OldestFirst => q.filter(id.gt(after)),
            Order::NewestFirst => q.filter(id.lt(after)),
        };
    }
    q = match order {
        Order::OldestFirst => q.order_by_asc(id),
        Order::NewestFirst => q.order_by_desc(id),
    };
    let rows = q.limit(req.first + 1).all(db).await?;
    Ok(Page::from_overfetch(rows, total, req))
}

impl<T> Page<T> {
    /// The same page with every item converted (stops at the first failure).
    pub fn try_map<U, E>(self, f: impl FnMut(T) -> Result<U, E>) -> Result<Page<U>, E> {
        Ok(Page {
            items: self.items.into_iter().map(f).collect::<Result<_, _>>()?,
            total: self.total,
            has_next: self.has_next,
            has_previous: self.has_previous,
        })
    }
}
