//! Free-text search in queues: "part of a reference or of an organisation's name, any case".
//! One place builds the `LIKE` pattern (escaped, folded by the database) so that every queue
//! matches the same way; the bound on what may be typed is the domain's ([`SearchText`]).
use super::entities::organisation;
use domain::search::SearchText;
use sea_orm::sea_query::{BinOper, Expr, ExprTrait, Func, Query, SelectStatement, SimpleExpr};
use sea_orm::{ColumnTrait, IntoSimpleExpr};

/// A search as a `LIKE` pattern: the text escaped (`%` and `_` are literal), between wildcards.
#[derive(Debug, Clone)]
pub struct Contains(String);

impl Contains {
    pub fn of(text: &SearchText) -> Self {
        // `!` escapes (a backslash would need quoting differently per database and in the
        // statement template).
        let escaped = text
            .as_str()
            .replace('!', "!!")
            .replace('%', "!%")
            .replace('_', "!_");
        Self(format!("%{escaped}%"))
    }

    /// `column` contains the text, any case. Both sides are folded by the database's own
    /// `LOWER`, so that what is typed as written always matches: SQLite folds ASCII letters
    /// only (searching "ärzte" does not find "Ärztehaus" there, "Ärzte" does).
    pub fn in_column(&self, column: impl ColumnTrait) -> SimpleExpr {
        // `LOWER(column) LIKE LOWER(pattern) ESCAPE '!'`, built as sea-query builds a `LikeExpr`
        // (whose pattern is a literal, not an expression to fold).
        let pattern = Expr::Binary(
            Box::new(Func::lower(Expr::val(self.0.clone())).into()),
            BinOper::Escape,
            Box::new(Expr::Constant('!'.into())),
        );
        Expr::expr(Func::lower(column.into_simple_expr())).binary(BinOper::Like, pattern)
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use sea_orm::{DbBackend, EntityTrait, QueryFilter, QueryTrait};

    #[test]
    fn wildcards_typed_are_literal_and_both_sides_are_folded_by_the_database() {
        let typed = SearchText::parse("search", Some(" 100%_Ab! "))
            .unwrap()
            .unwrap();
        let q = organisation::Entity::find()
            .filter(Contains::of(&typed).in_column(organisation::Column::Name));
        for backend in [DbBackend::Sqlite, DbBackend::Postgres] {
            let sql = q.build(backend).to_string();
            assert!(
                sql.ends_with(
                    r#"WHERE LOWER("organisation"."name") LIKE LOWER('%100!%!_Ab!!%') ESCAPE '!'"#
                ),
                "{sql}"
            );
        }
    }
}
