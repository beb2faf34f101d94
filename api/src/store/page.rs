//! Keyset pagination over UUIDv7 ids (time-ordered), shared by every list.
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
    pub has_next: bool,
    pub has_previous: bool,
}

impl<T> Page<T> {
    /// Trims the one extra row read to learn whether a next page exists.
    pub fn from_overfetch(mut items: Vec<T>, req: PageRequest) -> Self {
        let has_next = items.len() as u64 > req.first;
        items.truncate(req.first as usize);
        Self {
            items,
            has_next,
            has_previous: req.after.is_some(),
        }
    }
}
