//! Free-text search in queues: "part of a reference or of an organisation's name, any case".
//! One place builds the `LIKE` pattern (escaped, lower-cased) so that every queue matches the
//! same way.
use super::entities::organisation;
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, Query, SelectStatement, SimpleExpr};
use sea_orm::{ColumnTrait, IntoSimpleExpr};

/// The most characters a search takes (references and organisation names are shorter); the
/// transports refuse longer ones, naming the field.
pub const SEARCH_MAX: usize = 100;

/// Whether `typed` is within [`SEARCH_MAX`] characters.
pub fn within_bound(typed: &str) -> bool {
    typed.trim().chars().count() <= SEARCH_MAX
}

/// What a person typed, trimmed; `None` when there is nothing to search for.
#[derive(Debug, Clone)]
pub struct Contains(String);

impl Contains {
    pub fn parse(typed: Option<&str>) -> Option<Self> {
        let t = typed.map(str::trim).filter(|s| !s.is_empty())?;
        let escaped = t
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        Some(Self(format!("%{escaped}%")))
    }

    fn like(&self) -> LikeExpr {
        LikeExpr::new(self.0.clone()).escape('\\')
    }

    /// `column` contains the text, any case.
    pub fn in_column(&self, column: impl ColumnTrait) -> SimpleExpr {
        Expr::expr(Func::lower(column.into_simple_expr())).like(self.like())
    }

    /// The ids of the organisations whose name contains the text, any case.
    pub fn organisations_named(&self) -> SelectStatement {
        Query::select()
            .column(organisation::Column::Id)
            .from(organisation::Entity)
            .and_where(self.in_column(organisation::Column::Name))
            .to_owned()
    }
}
