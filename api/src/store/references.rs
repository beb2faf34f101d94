//! References people can quote (`domain::reference`): the next number of a programme's kind,
//! drawn inside the caller's transaction from the `reference_counter` row by a conditional
//! update. The row stays locked until that transaction ends (SQLite writes one at a time), and
//! a rolled-back transaction takes its number back with it: numbers are gapless, in commit
//! order, whatever the concurrency.
use super::StoreError;
use super::programmes::Programme;
use domain::reference::{Reference, ReferenceKind};
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict, Query};

fn counter() -> Alias {
    Alias::new("reference_counter")
}

/// The next reference of `kind` in `programme`, counted in `txn`.
pub async fn next<C: ConnectionTrait>(
    txn: &C,
    programme: &Programme,
    kind: ReferenceKind,
) -> Result<Reference, StoreError> {
    let (program_id, kind_col, last) = (
        Alias::new("program_id"),
        Alias::new("kind"),
        Alias::new("last"),
    );
    let letter = kind.letter();
    let create = Query::insert()
        .into_table(counter())
        .columns([program_id.clone(), kind_col.clone(), last.clone()])
        .values_panic([programme.id.into(), letter.into(), 0i64.into()])
        .on_conflict(
            OnConflict::columns([program_id.clone(), kind_col.clone()])
                .do_nothing()
                .to_owned(),
        )
        .to_owned();
    txn.execute(&create).await?;
    let increment = Query::update()
        .table(counter())
        .value(last.clone(), Expr::col(last.clone()).add(1))
        .and_where(Expr::col(program_id.clone()).eq(programme.id))
        .and_where(Expr::col(kind_col.clone()).eq(letter))
        .to_owned();
    let changed = txn.execute(&increment).await?.rows_affected();
    if changed != 1 {
        return Err(StoreError::Corrupt(format!(
            "reference counter {} {letter} changed {changed} rows",
            programme.id
        )));
    }
    let read = Query::select()
        .column(last.clone())
        .from(counter())
        .and_where(Expr::col(program_id).eq(programme.id))
        .and_where(Expr::col(kind_col).eq(letter))
        .to_owned();
    let n: i64 = txn
        .query_one(&read)
        .await?
        .ok_or_else(|| StoreError::Corrupt("reference counter vanished".into()))?
        .try_get("", "last")?;
    Reference::new(programme.member_state, &programme.code, kind, n).ok_or_else(|| {
        StoreError::Corrupt(format!(
            "programme {} has given all {letter} references",
            programme.id
        ))
    })
}
